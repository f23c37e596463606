"""A title cell that spells a missing value is no title.

R's `write.csv` writes a missing string as a bare `NA` (`"2","a2",NA,"Residents ...",NA`),
pandas' `df.astype(str)` as `nan` (and `None` for an object column's None), a scraper's
f-string as `None`, MySQL's `SELECT ... INTO OUTFILE` as `\\N`, a JSON dump of SQL rows as
`null` or `NULL`. Each was read as the document's title: an article titled `NA` (newcomer
round 25). The text is read as it is: a text of such a word alone is the short text it is.
"""

from __future__ import annotations

from typing import Any

MISSING = frozenset({"NA", "nan", "NaN", "None", "null", "NULL", "\\N"})


def title_or_none(title: Any) -> str | None:
    """`title` when it is a string of words, None when it is blank or spells a missing value."""
    if not isinstance(title, str) or not title.strip() or title.strip() in MISSING:
        return None
    return title
