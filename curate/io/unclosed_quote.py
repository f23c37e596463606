"""A table row whose quote never closes: the rows after it read one by one, not swallowed.

A CSV written by hand or by `f.write(f"{id},{text}\\n")` has a row whose text opens with a quote
(`q1,"Budget vote ...` with no closing one): `csv` reads on, across the line breaks, until the
next quote anywhere in the file. Every row after it became part of that one row, which was then
quarantined as "3 fields past the header" (`read: 1` for a file of 4 rows), or kept as one
document holding the rest of the file. A row over several lines whose quotes do not pair, or
that has more fields than the header, is read again a line at a time when every one of its
lines is a row of its own (at least as many fields as the header); otherwise it stays as it
was.

Its quote may open the row's first field (session 25, round 15): `"Report 0 ...<TAB>0` as the
text of a headerless-quoting TSV. Such a line read alone is one field (the quote takes the tab
in), and the quote of the next line closes it, the pair even: two rows were one document, the
file's last row, its quote unclosed to the end, a text holding its id. The rows' lines are read
one by one when the quotes pair only by a quote followed by more of a field (`"abc"def`, what
`csv`'s strict mode refuses), and a line whose quote never closes is read as written
(`QUOTE_NONE`), its quote kept in the text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any


class RowLines:
    """The lines a `csv` reader pulls, kept until `take()`: the lines of the row just read
    (`csv` reads no further than the end of the row it returns)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._held: list[str] = []

    def __iter__(self) -> RowLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self._held.append(line)
        return line

    def take(self) -> list[str]:
        held, self._held = self._held, []
        return held


def split_rows(
    row: dict[Any, Any], lines: list[str], fieldnames: list[str], dialect: dict[str, Any]
) -> list[dict[Any, Any]] | None:
    """The rows `lines` hold when `row` (read from them) is an unclosed quote's swallow, else
    None: the row as `csv` read it stands."""
    quotes = sum(line.count('"') for line in lines)
    if len(lines) < 2:
        cut = quotes % 2 and None in row.values()  # the last row's quote, open to the end
        return _as_written(lines, fieldnames, dialect) if cut else None
    if None not in row and quotes % 2 == 0 and _well_quoted(lines, dialect):
        return None  # a quoted field over several lines, closed: a text with line breaks
    rows = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        fields = next(csv.reader([line], **dialect), [])
        if len(fields) < len(fieldnames) and line.count('"') % 2:  # `"text<TAB>id`
            fields = next(csv.reader([line], **{**dialect, "quoting": csv.QUOTE_NONE}), [])
        if len(fields) < len(fieldnames):
            return None
        row = dict(zip(fieldnames, fields[: len(fieldnames)], strict=True))
        if len(fields) > len(fieldnames):  # as `csv.DictReader` keeps them (io.unquoted_commas)
            row[None] = fields[len(fieldnames) :]
        rows.append(row)
    return rows if len(rows) > 1 else None


def _well_quoted(lines: list[str], dialect: dict[str, Any]) -> bool:
    """Whether each quote of `lines` closes a field where a field ends (`csv`'s strict mode):
    `"abc"def` is an unclosed quote closed by the next line's opening one."""
    try:
        list(csv.reader(lines, **{**dialect, "strict": True}))
    except csv.Error:
        return False
    return True


def _as_written(
    lines: list[str], fieldnames: list[str], dialect: dict[str, Any]
) -> list[dict[Any, Any]] | None:
    """The one row of a line whose quote never closes, read with its quote as a character."""
    line = lines[0].rstrip("\r\n")
    fields = next(csv.reader([line], **{**dialect, "quoting": csv.QUOTE_NONE}), [])
    if len(fields) != len(fieldnames):
        return None
    return [dict(zip(fieldnames, fields, strict=True))]
