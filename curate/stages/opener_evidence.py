"""Whether a document's own evidence lets a learned opener capitalise after a line's prefix.

A small letter after a label and a colon, a dash or a bracket is a house style in English
(Chicago lowercases after a colon, AP capitalises a full sentence): "UPDATE 2: the road reopened"
and "WARNING: the bridge is closed." are correct English, shaped exactly like a translation's
slip ("Update, 6:18 p.m. ET: the ferry resumed", "URGENT – the"). `sentence_opener`'s model reads
the shape of the place, and the shape cannot decide between them (session 50: the
fragment-or-clause model gained 106 cells and broke 21 look-alikes pinned as correct English).
The document decides:

- (b) evidence of the same slip: another lower-case sentence start a rule of the stage is sure
  of, in the same field, an earlier one or the stage's first pass (`translation`'s `sure`).
  Other signals of translation are not enough (a title word, a spaced mark: "M. Macron" beside
  "UPDATE 2: the road" leaves the label's small letter as written);
- (a) the document's own house style: elsewhere it capitalises an ordinary word after the same
  kind of mark at the same kind of place ("UPDATE 1: The road ..." beside "UPDATE 2: the road
  ..."), as often as it writes the small letter there: the small letter is the inconsistent one.

A line's first word with nothing before it (the model's `line` kind) is no label's, nor is a
dateline's sentence after its dash or its wire's bracket ("OTTERMERE (Reuters) - the tax cut",
"Fomboni, 5 May 2026 (Al-Fajr) the"; the stage's own dateline reader says which): no English
style writes either small, and the model decides there alone, as before. A date before a colon
is a label's as often ("UPDATE, Dec 6: the road reopened"): that waits for evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from curate.stages import sentence_opener

# the kinds of place where a small letter may be the document's style: after a line's prefix, a
# colon, a dash, a bracket or another mark (not a line's bare start, nor a stop: never asked)
STYLED = frozenset(sentence_opener.MARKS) - {"line"} - sentence_opener.STOPS
# an ordinary word written with a capital at the places `sentence_opener.candidates` finds in
# small letters ("UPDATE 1: The road", "PARIS (AFP) - The"): its first letter, in the same
# shapes as `_AFTER_MARK` and `_LINE_PREFIX`
_CAPITAL_AFTER_MARK = re.compile(r"[-–—:)\].!?|>•][ \t\u00a0]{1,3}(?=[A-Z][a-z])")
_CAPITAL_AFTER_PREFIX = re.compile(r"\n[ \t]*(?:[^\sa-z]{1,40}[ \t\u00a0]{1,3}){1,6}(?=[A-Z][a-z])")
# a word seen this often in small letters in clean text is no name ("The", "Residents"; not
# "Reuters", "Orban"): capitalised at a place, it is the document's style of opening a sentence
ORDINARY = 3
HEAD = 60  # characters of a line's head read before the word (`translation_scan.HEAD`'s bound)


def head_shape(value: str, at: int) -> str:
    """The shape of the line's head before `at`, its letters and digits as classes ("UPDATE 2: "
    -> "A 9: ", "NALKOT, Route 6: " -> "A, Aa 9: "): the same kind of label, whatever its
    number or wording; "1. " and "2) " are not the same lead."""
    floor = max(0, at - HEAD)  # a label's head is short: a long line costs no more
    line = value.rfind("\n", floor, at)
    head = value[line + 1 if line >= 0 else floor : at]
    return _RUNS.sub(lambda m: _CLASS[m.lastindex], head)


_RUNS = re.compile(r"([A-Z][A-Za-z'’-]*)|([a-z][a-z'’-]*)|([0-9][0-9]*)")
_CLASS = {1: "A", 2: "a", 3: "9"}


def capitals_by_shape(value: str) -> Counter[str]:
    """How many ordinary words `value` capitalises after each shape of line head."""
    m = sentence_opener.model()
    found: Counter[str] = Counter()
    if m is None:
        return found
    places: dict[int, str] = {}
    for match in _CAPITAL_AFTER_PREFIX.finditer("\n" + value):  # offsets one past `value`'s
        places[match.end() - 1] = "prefix"
    for match in _CAPITAL_AFTER_MARK.finditer(value):
        places.setdefault(match.end(), sentence_opener.mark_kind(value[match.start()]))
    stats = m["stats"]
    lowered = value.lower()
    for at, kind in places.items():
        word = sentence_opener.word_at(lowered, at)
        if kind in STYLED and word and stats.get(word, (0, 0))[1] >= ORDINARY:
            found[head_shape(value, at)] += 1
    return found


def allowed(
    value: str,
    found: list[tuple[int, int, str, float]],
    evident: bool,
    dateline: Callable[[str, int], bool],
) -> list[tuple[int, int, str, float]]:
    """The learned starts of `found` (in `value`) that the document's evidence lets through:
    all of them when `evident` (b); otherwise a line's bare start, a dateline's sentence after
    its dash or bracket (`dateline`, the stage's reader), and a styled place whose head the
    document writes with a capital after it at least as often as with a small letter (a)."""
    if evident or not found:
        return found
    kinds = sentence_opener.candidates(value)
    waiting = [
        start
        for start in found
        if kinds.get(start[0]) in STYLED
        and (kinds[start[0]] == ":" or not dateline(value, start[0]))
    ]
    if not waiting:
        return found
    capitals = capitals_by_shape(value)
    small = Counter(head_shape(value, at) for at, kind in kinds.items() if kind in STYLED)
    kept = {
        start[0]
        for start in waiting
        if capitals[head_shape(value, start[0])] < max(small[head_shape(value, start[0])], 1)
    }
    return [start for start in found if start[0] not in kept]
