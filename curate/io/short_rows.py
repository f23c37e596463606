"""A table row that ends before its text column.

`f.write(f"{id},{title},{text}\\n")` with a text of several paragraphs breaks the row at each
line break: the lines after the first are rows of one or two fields. Such a row was
quarantined as missing its text field with advice to read another column as the text ("no
'text' field (the row has 'id', 'title'); if 'title' holds the text: --text-field title"),
which reads every row wrong. It is a malformed row, and its record says so and why.
"""

from __future__ import annotations

from typing import Any


def short_row(row: dict[Any, Any], names: list[str], text_fields: tuple[str, ...]) -> str | None:
    """Why a row that ends before every text column of the header is malformed; else None
    (a row with its text column, even empty, is no short row)."""
    columns = [name for name in text_fields if name in names]
    if not columns or any(row.get(name) is not None for name in columns):
        return None
    given = sum(1 for name in names if row.get(name) is not None)
    return (
        f"the row has {given} of the header's {len(names)} fields and ends before "
        f"{columns[0]!r}; a line break in an unquoted text? write the file with csv.writer, "
        "which quotes it"
    )
