"""A text stored as a list with gaps or as lists of sentences: its paragraphs read in order.

A list of paragraph strings was read (joined by blank lines), but one null among them (a
scraper's paragraph that failed, pandas' or Spark's `list<string>` column with a missing
element: `["The council met...", null, "Roads will..."]`), or paragraphs stored as lists of
sentences (CNN/DailyMail-style `[["First sentence.", "Second."], ["Next paragraph."]]`), had
the row quarantined as "'text' must be a string (or a list of strings), got list", the whole
article lost. Nulls are passed over; a paragraph's sentences are joined by a space. An empty
list, or one of nulls only, is an empty text (removed as `read/empty`, as `""` is). Other
values in the list (a number, an object: io.paragraph_objects) are not guessed at.
"""

from __future__ import annotations

from typing import Any


def _paragraph(part: Any) -> str | None:
    """A paragraph: a string, or a list of sentences (strings or nulls); None for a gap;
    raises ValueError for anything else."""
    if part is None or isinstance(part, str):
        return part
    if isinstance(part, list) and all(s is None or isinstance(s, str) for s in part):
        return " ".join(s.strip() for s in part if s is not None and s.strip())
    raise ValueError(part)


def joined_list(value: Any) -> str | None:
    """The list's paragraphs joined by blank lines, or None when `value` is not a list of
    strings, nulls and lists of strings."""
    if not isinstance(value, list):
        return None
    try:
        parts = [_paragraph(part) for part in value]
    except ValueError:
        return None
    return "\n\n".join(part for part in parts if part is not None and part.strip())
