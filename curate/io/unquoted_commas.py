"""A table row whose last column, the text, holds the delimiter unquoted.

`f.write(f"{id},{title},{text}\\n")` is how many scrapers write CSV: an article's commas are
then field breaks, and every such row was quarantined as "N fields past the header", which for
news text is nearly every row. When the text column is the header's last, the fields past it
can only be the rest of the text: they are joined back with the delimiter, giving the text as
it was written. With the text in another column, or spaces after the delimiter skipped (which
a join could not put back), the row stays quarantined.

Session 27 (`mended`): a trailing separator (`5,"text",world,`: an empty field past the header)
quarantined a whole row for a field that holds nothing; its empty fields are dropped. A text
in another column than the last keeps its quarantine: a header's `title` may hold one word.
"""

from __future__ import annotations

from typing import Any


def rejoined(
    row: dict[Any, Any], fieldnames: list[str], text_fields: tuple[str, ...], dialect: dict
) -> dict[str, Any] | None:
    """`row` with its fields past the header joined onto its last column when that is the
    text column, else None."""
    extra = row.get(None)
    if not extra or not fieldnames or fieldnames[-1] not in text_fields:
        return None
    if dialect.get("skipinitialspace") or not isinstance(row.get(fieldnames[-1]), str):
        return None
    delimiter = dialect.get("delimiter", ",")
    joined = {key: value for key, value in row.items() if key is not None}
    joined[fieldnames[-1]] = delimiter.join([row[fieldnames[-1]], *extra])
    return joined


def mended(row: dict[Any, Any]) -> dict[str, Any] | None:
    """`row` without the empty fields a trailing separator leaves past the header, or None when
    a field past it holds something (see the module)."""
    extra = row.get(None)
    if not extra or any(isinstance(cell, str) and cell.strip() for cell in extra):
        return None
    return {key: value for key, value in row.items() if key is not None}
