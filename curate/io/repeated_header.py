"""A table's header again inside it: CSV exports joined with `cat a.csv b.csv > all.csv`.

Each file brings its own header, so the joined table holds `id,title,text` again where the
second file starts. That line was read as a row: a document whose id is `id` and whose text is
`text` (removed later as too short, counted as a document removed, and holding the id `id`).
A row whose every value is its column's name is the header again: no record, passed over as a
blank line is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

BOM = "\ufeff"


def is_header_again(row: Mapping[Any, Any], names: Sequence[str | None]) -> bool:
    """Whether `row` repeats the header `names` (as the reader names them: `Text` is read as
    `text`, so the spelling of case and spaces does not count)."""
    named = [name for name in names if name]
    if len(named) < 2:  # one column: a text that is the word `text` stays a row
        return False
    for name in named:
        value = row.get(name)
        if not isinstance(value, str):
            return False
        value = value.replace(BOM, "")  # each file's own byte order mark (Excel's "CSV UTF-8")
        if value.strip().casefold() != name.strip().casefold():
            return False
    return True
