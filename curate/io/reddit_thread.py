"""A Reddit thread saved as JSON (a post's address with `.json` added): its post and every
comment a document.

Reddit answers `https://www.reddit.com/r/news/comments/abc/.json` with a list of two
listings, `[{"kind": "Listing", "data": {"children": [{"kind": "t3", "data": {"title": ...,
"selftext": ...}}]}}, {"kind": "Listing", "data": {"children": [{"kind": "t1", "data":
{"body": ..., "replies": {"kind": "Listing", ...}}}, {"kind": "more", ...}]}}]`. It was passed
over without a word (a list of two wrappers holds no record with a text field). The post (its
`selftext`, its `title` the title) and each comment (`body`), replies after the comment they
answer, are read; a link post of no text and the `more` stubs of comments not loaded are
skipped by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LISTING = re.compile(rb'"kind"\s*:\s*"Listing"')
MAX_DEPTH = 200  # replies nest; a thread deeper than this is cut there, never a RecursionError
LINK_POST = "reddit link post without text"
MORE = "reddit comments not loaded (more)"
TEXT_OF = {"t3": "selftext", "t1": "body"}


def _listing_children(value: Any) -> list[Any] | None:
    if not isinstance(value, dict) or value.get("kind") != "Listing":
        return None
    children = (value.get("data") or {}).get("children")
    return children if isinstance(children, list) else None


def _things(children: list[Any], depth: int = 0) -> Iterator[dict[str, Any]]:
    """The thread's things in reading order: each comment, then its replies."""
    for child in children:
        if not isinstance(child, dict):
            continue
        yield child
        replies = _listing_children((child.get("data") or {}).get("replies"))
        if replies and depth < MAX_DEPTH:
            yield from _things(replies, depth + 1)


def _entries(value: Any) -> list[dict[str, Any]] | None:
    """The post and comments of a thread (a list of listings), or None for other JSON."""
    if not isinstance(value, list) or len(value) < 2:
        return None
    listings = [_listing_children(item) for item in value]
    if any(children is None for children in listings):
        return None
    things = [thing for children in listings for thing in _things(children)]
    kinds = {thing.get("kind") for thing in things}
    return things if "t3" in kinds else None


def is_reddit_thread(path: Path) -> bool:
    """A `.json` that is a list of Reddit listings holding a post, by content."""
    from curate.io.json_exports import ARRAY, sniffed

    return sniffed(path, (ARRAY, LISTING), _entries)


def read_reddit_thread(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document for the post and for each comment, in the thread's order."""
    from curate.io.json_exports import read_rows

    def row_of(thing: dict[str, Any], number: int) -> dict[str, Any] | str:
        field = TEXT_OF.get(thing.get("kind"))
        data = thing.get("data") if isinstance(thing.get("data"), dict) else {}
        if field is None:
            return MORE
        text = data.get(field)
        if not isinstance(text, str) or not text.strip():
            return LINK_POST
        own = data.get("name") or data.get("id")
        row = {"id": own if isinstance(own, str) and own else f"{base_id}-{number}", "text": text}
        if thing.get("kind") == "t3" and isinstance(data.get("title"), str):
            row["title"] = data["title"]
        if isinstance(data.get("permalink"), str):
            row["url"] = "https://www.reddit.com" + data["permalink"]
        return row

    yield from read_rows(path, reader, _entries, row_of)
