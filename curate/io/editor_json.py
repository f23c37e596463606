"""A post's text kept only as its editor's document: Lexical's or Mobiledoc's JSON.

Ghost stores a post as `lexical` (Ghost 5) or `mobiledoc` (Ghost 1-4), a JSON document in a
string, beside the `html` it renders; an export of drafts, or one made by a tool that drops the
rendering, has the editor's document alone (`"html": null`). Each such post was quarantined,
"no 'text' field ... --text-field mobiledoc", advice that reads the JSON source as the text.
A row with no text whose `lexical` or `mobiledoc` field holds such a document is read from
it: Lexical's top-level blocks (a paragraph, a heading, a quote, each list item) a paragraph
each, their text nodes' text; Mobiledoc's markup and list sections likewise, their markers'
text. Cards (an image, an embed, a bookmark) hold no text of the post's and are left out.
"""

from __future__ import annotations

import json
from typing import Any

FIELDS = ("lexical", "mobiledoc")
MAX_DEPTH = 50  # nested lists: deeper is no editor's document
MOBILEDOC_MARKUP, MOBILEDOC_LIST = 1, 3


def editor_text(row: dict[str, Any]) -> tuple[str, str] | None:
    """(field, text) of a row's editor document (see the module), or None."""
    for field in FIELDS:
        value = row.get(field)
        if not isinstance(value, str) or not value.lstrip().startswith("{"):
            continue
        try:
            document = json.loads(value)
        except ValueError:
            continue
        text = _lexical(document) if field == "lexical" else _mobiledoc(document)
        if text:
            return field, text
    return None


def _lexical(document: Any) -> str | None:
    root = document.get("root") if isinstance(document, dict) else None
    if not isinstance(root, dict) or not isinstance(root.get("children"), list):
        return None
    blocks: list[str] = []
    for block in root["children"]:
        if not isinstance(block, dict):
            continue
        items = [c for c in block.get("children") or [] if isinstance(c, dict)]
        if block.get("type") == "list":  # a list item a paragraph
            blocks.extend(_inline(item, 0) for item in items)
        else:
            blocks.append(_inline(block, 0))
    return "\n\n".join(b.strip() for b in blocks if b.strip()) or None


def _inline(node: dict[str, Any], depth: int) -> str:
    if depth > MAX_DEPTH:
        return ""
    if node.get("type") == "linebreak":
        return "\n"
    if isinstance(node.get("text"), str) and "children" not in node:
        return node["text"]
    children = node.get("children")
    parts = [_inline(c, depth + 1) for c in children or [] if isinstance(c, dict)]
    return "".join(parts)


def _mobiledoc(document: Any) -> str | None:
    if not isinstance(document, dict) or not str(document.get("version", "")).startswith("0.3"):
        return None
    blocks: list[str] = []
    for section in document.get("sections") or []:
        if not isinstance(section, list) or len(section) < 3:
            continue
        if section[0] == MOBILEDOC_MARKUP:
            blocks.append(_markers(section[2]))
        elif section[0] == MOBILEDOC_LIST and isinstance(section[2], list):
            blocks.extend(_markers(item) for item in section[2])
    return "\n\n".join(b.strip() for b in blocks if b.strip()) or None


def _markers(markers: Any) -> str:
    """A section's text: its text markers' (`[0, [], 0, "text"]`); atoms are left out."""
    if not isinstance(markers, list):
        return ""
    return "".join(
        m[3]
        for m in markers
        if isinstance(m, list) and len(m) > 3 and m[0] == 0 and isinstance(m[3], str)
    )
