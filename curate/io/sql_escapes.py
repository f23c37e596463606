"""A database's tab-separated dump: `\\N` for NULL, and `\\n`, `\\t`, `\\\\` for the characters
they name (MySQL's `SELECT ... INTO OUTFILE` and `mysql --batch`, PostgreSQL's `COPY ... TO` in
its text format).

Read as a plain TSV, a NULL title was the title `\\N` in the published dataset, and an
article's paragraphs were one line holding `\\n` between them (`...at the town hall.\\nThe
vote...`). A `.tsv` whose first rows hold a cell that is `\\N`, or a `\\n` on two rows or more,
is read as such a dump: quoting off (a dump never quotes), each cell unescaped, `\\N` no value
(a row whose text is NULL is quarantined as one without the field is). An unknown `\\x` is
`x`, as both databases read it back.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from typing import Any

SNIFF_LINES = 200
NULL = "\\N"
ESCAPE = re.compile(r"\\(.)", re.S)
NAMED = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "b": "\b", "f": "\f", "v": "\v", "Z": "\x1a"}


def escaped_dump(lines: Iterable[str]) -> bool:
    """Whether a tab-separated table's first rows (its header first) are a database's dump."""
    rows = list(itertools.islice(lines, SNIFF_LINES))[1:]
    if any(NULL in row.rstrip("\r\n").split("\t") for row in rows):
        return True
    return sum("\\n" in row for row in rows) >= 2


def unescaped(values: Mapping[Any, Any]) -> dict[Any, Any]:
    """A dump's row as the database held it: `\\N` cells left out, escapes undone."""
    return {
        key: ESCAPE.sub(_character, value) if isinstance(value, str) and "\\" in value else value
        for key, value in values.items()
        if value != NULL
    }


def _character(found: re.Match[str]) -> str:
    return NAMED.get(found.group(1), found.group(1))
