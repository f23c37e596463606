"""Editor.js's saved output (`editor.save()` written as `<article>.json`): a file a document.

Sites built on Editor.js keep an article as `{"time": 1709535600000, "blocks": [{"id": ...,
"type": "header", "data": {"text": ..., "level": 1}}, {"type": "paragraph", "data": {"text":
...}}, {"type": "image", ...}], "version": "2.28.2"}`. Such a file was read as rows: each
block a quarantine record or a document of one paragraph (4 quarantined and 4 documents for two
articles). Its blocks are read in order, a block a paragraph: paragraphs, headers, quotes, list
and checklist items, table cells, a warning's title and message; images, embeds, code, raw
HTML and delimiters are left out, as a page's are. A header opening the article is its title.
Inline markup (`<b>`, `<a href>`, `&nbsp;`) is read as words (io.block_text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BLOCKS = re.compile(rb'"blocks"\s*:\s*\[\s*\{')
VERSION = re.compile(rb'"version"\s*:\s*"2\.')
NO_TEXT = "editor.js article without text"


def _article(value: Any) -> list[dict[str, Any]] | None:
    """[the article] when `value` is Editor.js's output (blocks of `type` and `data`)."""
    if not isinstance(value, dict) or not isinstance(value.get("blocks"), list):
        return None
    blocks = value["blocks"]
    shaped = all(
        isinstance(b, dict) and isinstance(b.get("type"), str) and isinstance(b.get("data"), dict)
        for b in blocks
    )
    return [value] if blocks and shaped and "version" in value else None


def is_editorjs(path: Path) -> bool:
    """A `.json` of Editor.js's output, by content."""
    from curate.io.json_exports import OBJECT, sniffed

    return sniffed(path, (OBJECT, BLOCKS, VERSION), _article)


def _items(items: Any) -> list[str]:
    """A list block's items: strings, `{"content": ..., "items": [...]}` (nested lists) or a
    checklist's `{"text": ..., "checked": ...}`."""
    found: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            words = item.get("content", item.get("text"))
            found += [words] if isinstance(words, str) else []
            found += _items(item.get("items"))
    return found


def block_strings(kind: str, data: dict[str, Any]) -> list[str]:
    """The strings of one block that are the author's words (see the module)."""
    if kind in ("paragraph", "header", "quote"):
        return [data["text"]] if isinstance(data.get("text"), str) else []
    if kind in ("list", "nestedlist", "checklist"):
        return _items(data.get("items"))
    if kind == "table":
        rows = data.get("content") if isinstance(data.get("content"), list) else []
        return [" | ".join(c for c in r if isinstance(c, str)) for r in rows if isinstance(r, list)]
    if kind == "warning":
        return [data[k] for k in ("title", "message") if isinstance(data.get(k), str)]
    return []


def article_row(article: dict[str, Any], number: int, base_id: str) -> dict[str, Any] | str:
    from curate.io.block_text import plain

    title = None
    paragraphs: list[str] = []
    for block in article["blocks"]:
        strings = [plain(s).strip() for s in block_strings(block["type"], block["data"])]
        strings = [s for s in strings if s]
        if block["type"] == "header" and strings and not paragraphs and title is None:
            title = strings[0]
            continue
        paragraphs += strings
    if not paragraphs:
        return NO_TEXT
    row: dict[str, Any] = {"id": base_id, "text": "\n\n".join(paragraphs)}
    if title:
        row["title"] = title
    return row


def read_editorjs(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The article, one document (see the module)."""
    from curate.io.json_exports import read_rows

    yield from read_rows(path, reader, _article, lambda a, n: article_row(a, n, base_id))
