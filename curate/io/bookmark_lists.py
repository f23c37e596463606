"""A list of saved links exported as HTML: no text of its own, skipped by kind.

Pocket's export (`ril_export.html`, `<title>Pocket Export</title>`, a `<ul>` of `<a href
time_added tags>` under "Unread" and "Read Archive") and every browser's bookmarks
(`bookmarks.html`, `<!DOCTYPE NETSCAPE-Bookmark-file-1>`, as Instapaper and Raindrop write
them too) were read as ONE document of link titles ("Unread Council approves harbour budget
Bridge closed for works ..."). The pages they name are not in them: the file is skipped and
counted as `bookmark list`; fetch the pages to read them.
"""

from __future__ import annotations

import re
from pathlib import Path

BOOKMARKS = "bookmark list (links to pages, no text)"
HEAD = 2048
MARKS = re.compile(
    rb"<!DOCTYPE\s+NETSCAPE-Bookmark-file-1>"
    rb"|<title>\s*(?:Pocket|Instapaper) Export\s*</title>",
    re.IGNORECASE,
)


def is_bookmark_list(path: Path) -> bool:
    """An `.html` of saved links (see the module), by its first bytes."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    try:
        with path.open("rb") as handle:
            return MARKS.search(handle.read(HEAD)) is not None
    except OSError:
        return False
