"""An Instagram export's posts, reels and stories ("Download your information", as JSON).

Instagram gives a user's posts as `posts_1.json` (under `your_instagram_activity/content/` or
`content/`): a JSON array of entries, each `{"media": [{"uri": "media/posts/1.jpg",
"creation_timestamp": 1700000000, "title": "the caption"}], "title": "a carousel's caption"}`;
reels and stories come as one key holding entries (`{"ig_reels_media": [...]}`,
`{"ig_stories": [{"uri": ..., "creation_timestamp": ..., "title": ...}]}`). Such a file was
passed over: no field of a text's name at its top. A file is told by its entries (objects of
`media` items, or media items themselves, with a `uri` and a `creation_timestamp`), not by
its name.

An entry is a document, its text its caption (the entry's `title`, else its first medium's);
an entry without a caption (a photo alone) is counted, skipped by kind. Meta writes each UTF-8
byte of a caption as its own escape, as Facebook does (io.facebook_export).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

OPENS = re.compile(rb'\A\s*(?:\[\s*\{|\{\s*"[a-z_]{1,60}"\s*:\s*\[\s*\{)')
MEDIUM = re.compile(rb'"uri"\s*:\s*"[^"]{0,500}"\s*,\s*"creation_timestamp"\s*:\s*\d')
NO_CAPTION = "instagram post without caption (a photo alone)"


def is_instagram_export(path: Path) -> bool:
    """A `.json` whose entries are an Instagram export's (see the module)."""
    from curate.io.facebook_export import meta_export

    return meta_export(path, (OPENS, MEDIUM), _entries)


def _is_medium(value: Any) -> bool:
    return isinstance(value, dict) and "uri" in value and "creation_timestamp" in value


def _entries(value: Any) -> list[Any] | None:
    """The entries of an export's file, when at least one has a caption."""
    if isinstance(value, dict) and len(value) == 1:
        (value,) = value.values()
    if not isinstance(value, list) or not value:
        return None
    for entry in value:
        media = entry.get("media") if isinstance(entry, dict) else None
        if not _is_medium(entry) and not (isinstance(media, list) and all(map(_is_medium, media))):
            return None
    return value if any(_caption(entry) for entry in value) else None


def _caption(entry: dict[str, Any]) -> str | None:
    from curate.io.facebook_export import _unescaped

    media = entry.get("media") if isinstance(entry.get("media"), list) else []
    for candidate in (entry, *media):
        title = candidate.get("title")
        if isinstance(title, str) and title.strip():
            return _unescaped(title)
    return None


def read_instagram_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document an entry with a caption, in the file's order; the others skipped by kind."""
    from curate.io.facebook_export import read_meta_entries

    yield from read_meta_entries(path, base_id, reader, _entries, _caption, NO_CAPTION)
