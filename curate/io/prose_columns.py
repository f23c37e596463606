"""The text column of records that name it in no known way, told by what the columns hold.

A scraper's or a spreadsheet's table names its text as it likes: `Article Text`, `full_text`,
`Body Text`, `news_text`, `FullText`, `Story Text`. With no `text` and no known name
(io.text_aliases), a `.csv` of them was passed over and a `.jsonl` had every row quarantined as
`missing_field`, the advice naming `--text-field` for a second run. The records' values tell
which column is the text: one string column holds prose of many words (`MIN_WORDS` a row, on
average over the first rows), the others hold a headline, a date, an address, an id. That
column is read, and its name is on each document (`text_field`, counted in `report.json` and
said by the run). Two columns of prose, neither `DOMINATES` times the other's words (an
`Article Text` beside a `Full Story`), are not guessed between: the rows keep their quarantine
and the hint names both, with the flag for each. A news-please lead (`description`, one or two
sentences) beside its `maintext` is no second text: the article's words are many times its.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any

MIN_WORDS = 20  # a row's text, on average: a headline holds 5 to 15 words, a lead 20 to 50
DOMINATES = 3  # the text's words over the next column's: an article over its lead
MAX_ROWS = 50  # rows looked at


def prose_field(records: Iterable[Any]) -> str | tuple[str, str] | None:
    """The one string field of `records` that holds prose (see the module); the two leading
    ones as a tuple when neither dominates; None when none holds prose."""
    words: dict[str, int] = {}
    rows = 0
    for record in islice(records, MAX_ROWS):
        if not isinstance(record, Mapping):
            continue
        rows += 1
        for name, value in record.items():
            if _name_like(name) and isinstance(value, str) and _prose_like(value):
                words[name] = words.get(name, 0) + len(value.split())
    ranked = sorted(
        (name for name, total in words.items() if total >= MIN_WORDS * rows),
        key=lambda name: (-words[name], name),
    )
    if not ranked:
        return None
    if len(ranked) == 1 or words[ranked[0]] >= DOMINATES * words[ranked[1]]:
        return ranked[0]
    return ranked[0], ranked[1]


def _name_like(name: Any) -> bool:
    """A column's name, not a headerless table's first cell or a `{url: text}` key."""
    from curate.io.tab_text import NAME

    return isinstance(name, str) and bool(NAME.match(name.strip()))


def _prose_like(value: str) -> bool:
    """Words, not markup or serialised data (`<div>...`, `{"a": ...}`, `[...]`)."""
    return value.lstrip()[:1] not in ("<", "{", "[")
