"""Whether a line addresses the reader: what tells site furniture written as prose from a report
(issue 13).

A cookie banner ("We use cookies to improve your experience. By continuing, you agree to our
Cookie Policy."), a paywall ("This story is for subscribers. Already a subscriber? Log in."), a
sign-up ("Get the Gazette's morning briefing in your inbox - sign up here."), an app prompt, a
"comments are closed" note are full sentences: the length and end-punctuation shape the line
model reads for bylines and labels calls them content, and in a document of sentences they are
judged at the sentence bar (line blind batches 1-12 half 1: cookie banners 2 of 17 removed,
scored 0.1 to 0.5 against 0.65). What they share is grammar, not wording: they speak to the
reader in the second person and as the site in the first person plural, outside any quotation
(a quote says "we" and "you" too, between its marks), in short sentences and prompts ("Log in.",
"Manage preferences"), often after a question ("Already a subscriber?", "Got a story?").

The pronouns are a closed class of each language (`data/reader_address.yaml`), not a list of
prompts. `columns(lines, judged)` gives the `NAMES` columns of each judged line: the line's own
(kept by line, as `features.shape_of` keeps shapes), and whether it addresses the reader while
the document's body paragraphs do not (a how-to's "you can ..." is its own text);
`features.matrix`, `document_rows.DocumentRows.matrix` and `document_rows.batch_matrix` append
them to a plain text's rows after the `island` columns, so the three agree bit for bit. Only the
`plain` model sees them (`features.names`), and only while `ON`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import cache

from curate import resources
from curate.stages.boilerplate.features import BODY_WORDS, WORD, facts_of

# whether the `plain` model's rows carry these columns (`features.names`). Off: measured in
# session 51 and not shipped (README, "Furniture that addresses the reader"): the trees learn
# from the read pages, where lines that address the reader are mostly content, and every
# figure but `news` overlap half B (noise -2.6 points) moved within the retrain spread (line
# blind 1-12: the reader-addressed kinds removed 159 -> 165 of 300 on half 1, 183 -> 188 of 314
# on half 2). To try: True, then `make train`; off, the rows and the model files are
# byte-identical to before
ON = False
NAMES = (
    "you_share",
    "we_share",
    "address_at",
    "quoted_address",
    "shortest_sentence",
    "inner_question",
    "address_unlike_body",
)
# a quotation: between paired marks, or from an opening mark the line never closes (a quote
# that runs on into the next paragraph); each alternative has no nested repetition
QUOTATION = re.compile(r'"[^"]*(?:"|$)|“[^”]*(?:”|$)|„[^“”]*(?:[“”]|$)|«[^»]*(?:»|$)')
# a sentence's end inside a line, or the line's end: "Already a subscriber? Log in." (from the
# first stop of a run only, possessive: a run of stops not followed by a space is tried once)
SENTENCE_END = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’)]*+(?:\s+|$)")
# a question with more words after it in the line
INNER_QUESTION = re.compile(r"\?[\"'”’)]*\s+\S")
# a word's parts: "Abonnez-vous" -> "Abonnez", "vous"; "you're" -> "you", "re"
PARTS = re.compile(r"[-'’]")
_KEPT_MAX = 20_000  # lines measured and kept (the judged lines, and the body's for its share)
_KEPT: dict[str, list[float]] = {}


def names() -> tuple[str, ...]:
    return NAMES if ON else ()


@cache
def _table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For each person, its pronouns compared case-folded and those compared as written."""
    data = resources.data_file("reader_address.yaml")
    return {
        person: (
            frozenset(word.casefold() for word in data[person]["folded"]),
            frozenset(data[person]["formal"]),
        )
        for person in ("second_person", "first_plural")
    }


def _persons(text: str) -> list[str | None]:
    """For each word part of `text`, the person it addresses ("second_person", "first_plural")
    or None."""
    table = _table()
    found: list[str | None] = []
    opens = True  # the next word opens a sentence
    for match in WORD.finditer(text):
        before = text[max(0, match.start() - 3) : match.start()].rstrip()
        opens = opens or not before or before[-1] in ".!?:…"
        for part in PARTS.split(match.group()):
            if not part:
                continue
            person = None
            shouted = len(part) > 1 and part.isupper()  # "US", the country; "WE" a label's
            for name, (folded, formal) in table.items():
                if not shouted and part.casefold() in folded or not opens and part in formal:
                    person = name
                    break
            found.append(person)
            opens = False
    return found


def _measure(line: str) -> list[float]:
    """The line's own `NAMES` columns."""
    words = len(WORD.findall(line)) or 1
    unquoted = QUOTATION.sub(" ", line)
    persons = _persons(unquoted)
    address = [i for i, person in enumerate(persons) if person is not None]
    quoted = "".join(match.group() for match in QUOTATION.finditer(line))
    sentences = [len(piece.split()) for piece in SENTENCE_END.split(line) if piece.strip()]
    return [
        persons.count("second_person") / words,
        persons.count("first_plural") / words,
        math.log1p(address[0]) if address else -1.0,
        1.0 if quoted and any(_persons(quoted)) else 0.0,
        math.log1p(min(sentences)) if sentences else -1.0,
        1.0 if INNER_QUESTION.search(line) is not None else 0.0,
    ]


def line_columns(line: str) -> list[float]:
    """The line's own `NAMES` columns (all but the document's two), measured once (a copy)."""
    kept = _KEPT.get(line)
    if kept is None:
        if len(_KEPT) >= _KEPT_MAX:
            _KEPT.clear()
        kept = _KEPT[line] = _measure(line)
    return list(kept)


def addresses(line: str) -> bool:
    """Whether the line speaks to the reader or as the site outside any quotation."""
    columns = line_columns(line)
    return columns[0] > 0 or columns[1] > 0


def columns(lines: Sequence[str], judged: Sequence[int]) -> list[list[float]]:
    """The `NAMES` columns of each line at `judged` among `lines` (the document's lines left):
    the line's own, then the share of the document's body paragraphs (`features.BODY_WORDS`+
    words closed like a sentence) that address the reader, and the line's address less that
    share. A how-to or an opinion piece speaks to its reader throughout ("you can ..."), and
    its lines that do are its own; a report does not, and its lines that do are the site's."""
    if not judged:
        return []
    body = [
        line
        for line, known in zip(lines, facts_of(list(lines)), strict=True)
        if known.words >= BODY_WORDS and known.ends
    ]
    share = sum(map(addresses, body)) / len(body) if body else -1.0
    rows = []
    for i in judged:
        row = line_columns(lines[i])
        spoken = 1.0 if row[0] > 0 or row[1] > 0 else 0.0
        # 0.0 for a line that addresses no one, whatever the body does: the column says
        # nothing of the document's genre by itself
        rows.append([*row, spoken * (1.0 - max(share, 0.0))])
    return rows
