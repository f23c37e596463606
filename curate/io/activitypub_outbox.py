"""A Mastodon (or any ActivityPub server's) archive's `outbox.json`: a post a document.

"Request your archive" gives a zip of `outbox.json`, `{"@context": ".../activitystreams",
"type": "OrderedCollection", "orderedItems": [...]}`, beside `actor.json`, `likes.json` and
`media_attachments/`. An item is an activity: `Create` holds the user's post as its `object`
(`{"type": "Note", "content": "<p>...</p>"}`), `Announce` a boost of another's post, only its
address. A `Create`'s post is a document, its HTML's paragraphs the text (a hashtag's link its
words); a boost (and any other activity) was quarantined "no 'text' or 'object.content'
field": it is skipped and counted by kind, as a post without words (a picture alone) is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CONTEXT = re.compile(rb'"https://www\.w3\.org/ns/activitystreams"')
ITEMS = re.compile(rb'"orderedItems"\s*:\s*\[')
NOT_A_POST = "activitypub activity of no post (a boost, a like)"
NO_TEXT = "activitypub post without text (a picture alone)"
POSTS = frozenset({"Note", "Article", "Question", "Page"})


def _items(value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, dict) or value.get("type") not in ("OrderedCollection", "Collection"):
        return None
    items = value.get("orderedItems")
    if not isinstance(items, list) or not items:
        return None
    if not all(isinstance(i, dict) and isinstance(i.get("type"), str) for i in items):
        return None
    return items if any(_post(item) is not None for item in items) else None


def _post(activity: dict[str, Any]) -> dict[str, Any] | None:
    post = activity.get("object")
    if activity.get("type") != "Create" or not isinstance(post, dict):
        return None
    return post if post.get("type") in POSTS else None


def is_activitypub_outbox(path: Path) -> bool:
    """A `.json` that is an ActivityPub collection of activities holding posts, by content."""
    from curate.io.json_exports import OBJECT, sniffed

    return sniffed(path, (OBJECT, CONTEXT, ITEMS), _items)


def _text(post: dict[str, Any]) -> str:
    from curate.io.html_fragment import fragment_paragraphs

    content = post.get("content")
    if not isinstance(content, str) or not content.strip():
        languages = post.get("contentMap")
        found = [v for v in (languages or {}).values() if isinstance(v, str) and v.strip()]
        content = found[0] if found else ""
    text = fragment_paragraphs(content) if "<" in content else content
    summary = post.get("summary")  # a content warning: said before the post
    if isinstance(summary, str) and summary.strip() and text.strip():
        return f"{summary.strip()}\n\n{text}"
    return text


def read_activitypub_outbox(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a post, in the outbox's order; other activities skipped by kind."""
    from curate.io.json_exports import read_rows

    def row_of(activity: dict[str, Any], number: int) -> dict[str, Any] | str:
        post = _post(activity)
        if post is None:
            return NOT_A_POST
        text = _text(post)
        own = post.get("id")
        row_id = own if isinstance(own, str) and own else f"{base_id}-{number}"
        return (
            {"id": row_id, "text": text, "url": post.get("url") or own} if text.strip() else NO_TEXT
        )

    yield from read_rows(path, reader, _items, row_of)
