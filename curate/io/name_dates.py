"""A Jekyll or Hugo post's date in its file name: `_posts/2024-03-05-harbour-reopens.md`.

Jekyll requires a post's name to open with its date (`YEAR-MONTH-DAY-title.md`) and reads the
post's date from it when the front matter gives none; Hugo's `:filename` date and a page
bundle's folder (`2024-03-05-harbour/index.md`) do the same, and so does a daily note
(`2024-03-05.md`). The Markdown reader read a date only from the front matter: such posts had
no `published` (session 42's newcomer round). The name's date is now the page's date when its
front matter gives none; a front matter's `date:` still wins. A name whose digits are no day
of the calendar (`2024-13-45-x.md`) gives none.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from curate.document import PAGE_METADATA, Document

# the date opening a name, alone or before `-` and the title's slug (no backtracking)
NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:-.|$)")
BUNDLE_PAGES = ("index", "_index")  # Hugo's page bundle: the folder names the page


def name_date(path: Path) -> str | None:
    """The ISO date a post's file name (or its bundle's folder) opens with, else None."""
    stem = path.name.split(".", 1)[0]
    if stem.casefold() in BUNDLE_PAGES:
        stem = path.parent.name
    match = NAME_DATE.match(stem)
    if match is None:
        return None
    try:
        return datetime.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def with_name_date(doc: Document, path: Path) -> Document:
    """`doc` dated by its file's name (see the module) when nothing else dated it."""
    metadata = doc.labels.get(PAGE_METADATA) or {}
    if metadata.get("date"):
        return doc
    date = name_date(path)
    if date is not None:
        doc.labels[PAGE_METADATA] = {**metadata, "date": date}
    return doc
