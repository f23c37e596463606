"""A `.csv` / `.tsv` written without a header: its first row is data, and says so.

Spark's `df.write.csv(...)` writes no header unless asked, nor does pandas' `to_csv(...,
header=False)`. Such a file was passed over with "no 'text' field (the row has 'The council
budget story number 0 drew wide attention ...'); if ... holds the text: --text-field The
council ...": an article taken for a column name, and advice that reads nothing. A first row
with a cell of prose (more than `MAX_HEADER_WORDS` words) or a web address is no header; the
file is named with the way to write one.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_HEADER_WORDS = 8  # a column name is a word or a few; "Date of first publication" is five
SHOWN = 60  # characters of the cell quoted


def headerless_reason(names: Iterable[str | None]) -> str | None:
    """Why a table's first row is no header (see the module), or None when it may be one."""
    for name in names:
        cell = (name or "").strip()
        if len(cell.split()) > MAX_HEADER_WORDS or cell.startswith(("http://", "https://")):
            shown = cell if len(cell) <= SHOWN else cell[:SHOWN].rstrip() + "..."
            return (
                f"its first row (line 1) is data, not a header naming the columns ({shown!r}); "
                "write the table with a header, a column named 'text' (Spark: "
                ".option('header', True); pandas: header=True), or add one as its first line"
            )
    return None
