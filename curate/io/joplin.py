"""Joplin's notes (`.jex` export, a RAW export's folder) read a note a document.

Joplin exports its notes as `<id>.md` files in a tar (`notes.jex`) or a folder: the note's
title on the first line, a blank line, its Markdown, a blank line and a trailer of
`key: value` lines (`id: <32 hex>`, `parent_id`, `created_time`, ..., `type_: 1`). Notebooks
(`type_: 2`), resources (`type_: 4`), tags and their links come as such files too. The
`.jex` was passed over as of no known kind; read as a tar, each note's trailer stood in its
text and each notebook and tag was read as a document. A note's trailer goes and its first
line is its title; an item of another type is skipped by kind.
"""

from __future__ import annotations

import re

NOTE_TYPE = "1"
OTHER_ITEM = "joplin notebook, tag or resource"
FIELD = re.compile(r"[a-z_]{1,40}: ?[^\n]{0,100000}")
ID = re.compile(r"id: [0-9a-f]{32}")
TYPE = re.compile(r"type_: (\d{1,3})")
MAX_TRAILER = 80  # lines: Joplin writes some thirty


def joplin_item(text: str) -> tuple[str, str, str] | None:
    """(type, title, Markdown body) of a Joplin item's text, or None when it is none."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    start = len(lines)
    while start > 0 and len(lines) - start < MAX_TRAILER and FIELD.fullmatch(lines[start - 1]):
        start -= 1
    trailer = lines[start:]
    kind = TYPE.fullmatch(trailer[-1]) if trailer else None
    if kind is None or not any(ID.fullmatch(line) for line in trailer):
        return None
    body = lines[:start]
    title = body[0].strip() if body else ""
    return kind.group(1), title, "\n".join(body[1:]).strip("\n")
