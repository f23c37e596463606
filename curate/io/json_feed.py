"""A JSON Feed (`feed.json`, https://jsonfeed.org: Micro.blog's, many static sites'): an item
a document.

`{"version": "https://jsonfeed.org/version/1.1", "title": ..., "items": [{"id": ..., "url":
..., "title": ..., "content_html": "<p>...</p>", "content_text": ...}]}`. The file was passed
over: its items hold no field of a text's name, and nothing was read, nothing said. An item is
a document: its `content_text`, else its `content_html`'s paragraphs, else its `summary`; an
item of none (a link alone) is skipped and counted by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

VERSION = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')
NO_TEXT = "json feed item without content (a link alone)"


def _items(value: Any) -> list[dict[str, Any]] | None:
    version = value.get("version") if isinstance(value, dict) else None
    if not isinstance(version, str) or "jsonfeed.org/version/" not in version:
        return None
    items = value.get("items")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        return None
    return items


def is_json_feed(path: Path) -> bool:
    """A `.json` of a JSON Feed (its `version` says so), by its content."""
    from curate.io.json_exports import OBJECT, sniffed

    return sniffed(path, (OBJECT, VERSION), _items)


def _text(item: dict[str, Any]) -> str:
    from curate.io.html_fragment import fragment_paragraphs

    for key in ("content_text", "content_html", "summary"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return fragment_paragraphs(value) if key == "content_html" else value
    return ""


def read_json_feed(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document an item with content, in the feed's order; the others skipped by kind."""
    from curate.io.json_exports import read_rows

    def row_of(item: dict[str, Any], number: int) -> dict[str, Any] | str:
        text = _text(item)
        if not text.strip():
            return NO_TEXT
        own = item.get("id")
        row_id = str(own) if isinstance(own, (str, int)) and str(own) else f"{base_id}-{number}"
        return {"id": row_id, "text": text, "title": item.get("title"), "url": item.get("url")}

    yield from read_rows(path, reader, _items, row_of)
