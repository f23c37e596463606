"""Whether a short line is an island in its document: what tells a photo caption from a short
paragraph of the story (issue 13).

A caption written as a sentence ("Volunteers stack sandbags outside the library on Tuesday.")
has a short paragraph's shape, so the line model's shape and place columns score it as one.
What differs is how it stands among its neighbours and what it carries: a short paragraph goes
on from the paragraph before it or leads into the next ("He was also fined £1,100.", "The board
set a second hearing for April 7."), while a caption names the picture's people and places,
often restates a sentence of the story further off, and sits between two paragraphs that go on
from each other as if it were not there; it often ends with a credit (`... on Monday. (AP
Photo/Jane Doe)`, `... at dusk. Photo / Supplied`) and on the last word of its sentence, a name,
a day or a date (`... in Karachi on Monday.`). No word list: the columns are read from the
line's own words, capitals and stops, and from the other lines of the document.

`columns(lines, judged)` gives, for each judged line, the `NAMES` columns, from the lines left
(the same call wherever the line model's rows are made: `features.matrix`,
`document_rows.DocumentRows.matrix`, `document_rows.batch_matrix`), so the rows agree bit for
bit. Only the `plain` model sees them (`features.names`): an HTML page's reader labels the
lines it gives to an image (`CAPTIONS`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from curate.document import line_key
from curate.stages.boilerplate.features import CLOSING, ENDS, WORD, facts_of

# whether the `plain` model's rows carry these columns (`features.names`). Off: measured in
# session 50 and not shipped (README, "Captions as islands"): on the real pages and line blind
# batches 1-11 every figure moved within the retrain spread, blind captions 60 -> 61 of 241.
# To try: True, then `make train`; off, the model files are byte-identical to before
PLAIN = False
NAMES = (
    "credit_tail",
    "ends_on_name",
    "previous_overlap",
    "next_overlap",
    "neighbours_overlap",
    "restated_share",
    "restated_distance",
    "names_elsewhere",
)
# how far from a line another line that restates it is looked for, in lines
REACH = 30
LONG = 4  # a word of this many characters or more carries the topic (no function words)
TAIL_WORDS = 8  # at most this many words after the last stop: a credit, not a sentence
# a stop that closes a sentence inside the line, then what follows it: "... on Monday. (AP
# Photo/Jane Doe)", "... Karachi. — APP/File", "... in 1936. Photo: Gazette archive"
INNER_STOP = re.compile(r"[.!?…][\"'”’]?\s+(?=\S)")
# a parenthesis or bracket closing the line, no stop before it inside: "... dairy site (Image:
# Harcombe Homes)", "... October 8, 2026. [File, Nairobi Sentinel]"
END_BRACKET = re.compile(r"[(\[]([^()\[\]]{1,80})[)\]]\s*$")


def _long_words(key: str) -> set[str]:
    """The line's words (case-folded `line_key` words) that carry its topic."""
    return {w for w in key.split() if len(w) >= LONG and not w.isdigit()}


def split_tail(line: str) -> tuple[str, str | None]:
    """The line's sentence and what follows it where a credit stands (None: nothing): a closing
    parenthesis or bracket after some text, or the words after the last inner stop of a line
    that does not close like a sentence."""
    stripped = line.strip()
    bracket = END_BRACKET.search(stripped.rstrip(".").rstrip())
    if bracket is not None and bracket.start() > 0:
        return stripped[: bracket.start()].rstrip(), bracket.group(1)
    if stripped.rstrip(CLOSING).rstrip()[-1:] not in ENDS:
        stops = list(INNER_STOP.finditer(stripped))
        if stops:
            return stripped[: stops[-1].start() + 1], stripped[stops[-1].end() :]
    return stripped, None


def credit_tail(line: str) -> float:
    """1.0 when the line ends with a short run of mostly capitalised words after a sentence
    (or in a closing parenthesis): `... on Monday. (PTI Photo)`, `... storm. Photo / Supplied`."""
    tail = split_tail(line)[1]
    if tail is None:
        return 0.0
    words = WORD.findall(tail)
    if not words or len(tail.split()) > TAIL_WORDS:
        return 0.0
    capitalised = sum(w[0].isupper() for w in words)
    return 1.0 if 2 * capitalised >= len(words) else 0.0


def ends_on_name(line: str) -> float:
    """1.0 when the last word of the line's sentence (its credit left out) is capitalised or a
    number: a caption's "... on Monday.", "... in 1988.", "... in Karachi."; 0.0 for another
    word; -1.0 for a line that closes no sentence."""
    sentence = split_tail(line)[0].rstrip(CLOSING).rstrip()
    if not sentence or sentence[-1] not in ENDS:
        return -1.0
    words = sentence[:-1].split()
    word = words[-1].strip(CLOSING + '"“‘([,;:') if words else ""
    if not word:
        return -1.0
    return 1.0 if word[0].isupper() or word[0].isdigit() else 0.0


def _share(words: set[str], other: set[str]) -> float:
    return len(words & other) / len(words) if words else -1.0


def columns(lines: Sequence[str], judged: Sequence[int]) -> list[list[float]]:
    """The `NAMES` columns of each line at `judged` among `lines` (the document's lines left)."""
    if not judged:
        return []
    keys = [known.key for known in facts_of(list(lines))]
    topic = [_long_words(key) for key in keys]
    # in how many lines each word stands (a line's words once)
    spread = Counter(word for key in keys for word in set(key.split()))
    total = len(lines)
    rows = []
    for i in judged:
        words = topic[i]
        previous = topic[i - 1] if i > 0 else set()
        following = topic[i + 1] if i + 1 < total else set()
        # the line restated: the line nearby (not beside it) holding most of its words
        best, distance = 0.0, REACH
        if words:
            for j in range(max(0, i - REACH), min(total, i + REACH + 1)):
                if abs(j - i) < 2:
                    continue
                share = len(words & topic[j]) / len(words)
                if share > best or share == best and best > 0 and abs(j - i) < distance:
                    best, distance = share, abs(j - i)
        # its names: the capitalised words after the first, as `line_key` words
        names = {
            part
            for w in WORD.findall(lines[i])[1:]
            if w[0].isupper() and len(w) >= 2 and not w.isupper()
            for part in line_key(w).split()
        }
        named = [spread[n] > 1 for n in names if n in spread]
        if previous and following:
            union = previous | following
            around = len(previous & following) / len(union)
        else:
            around = -1.0
        rows.append(
            [
                credit_tail(lines[i]),
                ends_on_name(lines[i]),
                _share(words, previous) if i > 0 else -1.0,
                _share(words, following) if i + 1 < total else -1.0,
                around,
                best if words else -1.0,
                math.log1p(distance) if words and best > 0 else -1.0,
                sum(named) / len(named) if named else -1.0,
            ]
        )
    return rows
