"""Arc XP's stories (ANS, the Washington Post's publishing system and its licensees' sites):
a story a document.

A site on Arc XP gives its stories through its Content API as ANS: a story is `{"_id":
"ABCDEF123", "type": "story", "headlines": {"basic": ...}, "content_elements": [{"type":
"text", "content": "..."}, {"type": "image", ...}, {"type": "header", ...}, {"type":
"raw_html", ...}], "canonical_url": ...}`, and a search answers `{"type": "results",
"content_elements": [story, ...], "count": ...}`. Either file was passed over, "no input
curate reads". A story's text is its elements of words in order (text, header, list items,
quotes, correction and interstitial text alike); images, galleries, videos, raw HTML, embeds
and dividers are left out. Its title is `headlines.basic`, its id `_id`, its source
`website_url` or `canonical_url` where it is an address; a story of no such element is
skipped by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ELEMENTS = re.compile(rb'"content_elements"\s*:\s*\[')
NO_TEXT = "arc story without text"
WORDS = ("text", "header", "correction")  # elements whose `content` is the author's words


def _is_story(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and value.get("type") == "story"
        and isinstance(value.get("content_elements"), list)
    )


def _stories(value: Any) -> list[dict[str, Any]] | None:
    if _is_story(value):
        return [value]
    if isinstance(value, dict) and isinstance(value.get("content_elements"), list):
        stories = [e for e in value["content_elements"] if _is_story(e)]
        return stories or None
    if isinstance(value, list) and value and all(_is_story(e) for e in value):
        return value
    return None


def is_arc_ans(path: Path) -> bool:
    """A `.json` of Arc XP stories, by content."""
    from curate.io.json_exports import ARRAY, OBJECT, sniffed

    return sniffed(path, (OBJECT, ELEMENTS), _stories) or sniffed(path, (ARRAY, ELEMENTS), _stories)


def element_strings(element: Any, depth: int = 0) -> list[str]:
    """An element's words: its `content` for a text, header or correction, a list's items,
    a quote's own elements; nothing for media, raw HTML and embeds."""
    if not isinstance(element, dict) or depth > 8:
        return []
    kind = element.get("type")
    if kind in WORDS and isinstance(element.get("content"), str):
        return [element["content"]]
    if kind == "list":
        return [s for item in element.get("items") or [] for s in element_strings(item, depth + 1)]
    if kind in ("quote", "blockquote"):
        inner = element.get("content_elements") or []
        return [s for e in inner for s in element_strings(e, depth + 1)]
    return []


def story_row(story: dict[str, Any], number: int) -> dict[str, Any] | str:
    from curate.io.block_text import plain

    paragraphs = [plain(s).strip() for e in story["content_elements"] for s in element_strings(e)]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        return NO_TEXT
    row: dict[str, Any] = {"text": "\n\n".join(paragraphs), "id": story.get("_id")}
    headlines = story.get("headlines")
    if isinstance(headlines, dict) and isinstance(headlines.get("basic"), str):
        row["title"] = plain(headlines["basic"]).strip()
    for key in ("website_url", "canonical_url"):
        if isinstance(story.get(key), str) and story[key].startswith(("http://", "https://")):
            row["url"] = story[key]
            break
    return row


def read_arc_ans(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The file's stories, a document each (see the module)."""
    from curate.io.json_exports import read_rows

    def row_of(story: dict[str, Any], number: int) -> dict[str, Any] | str:
        row = story_row(story, number)
        if isinstance(row, dict) and not isinstance(row.get("id"), str):
            row["id"] = f"{base_id}-{number}"
        return row

    yield from read_rows(path, reader, _stories, row_of)
