"""A post's text kept only as its editor's document: Lexical's or Mobiledoc's JSON.

Ghost stores a post as `lexical` (Ghost 5) or `mobiledoc` (Ghost 1-4), a JSON document in a
string, beside the `html` it renders; an export of drafts, or one made by a tool that drops the
rendering, has the editor's document alone (`"html": null`). Each such post was quarantined,
"no 'text' field ... --text-field mobiledoc", advice that reads the JSON source as the text.
A row with no text whose `lexical` or `mobiledoc` field holds such a document is read from
it: Lexical's top-level blocks (a paragraph, a heading, a quote, each list item) a paragraph
each, their text nodes' text; Mobiledoc's markup and list sections likewise, their markers'
text. A card the author wrote text in is read as its text (newcomer round 22: each was left
out): a Markdown card's Markdown and an HTML card's HTML without their syntax, an embed's
caption, a callout's and a toggle's text. An image, a bookmark, a button or code holds no text
of the post's and is left out, as are the embedded player's or post's markup.
"""

from __future__ import annotations

import json
from typing import Any

FIELDS = ("lexical", "mobiledoc")
MAX_DEPTH = 50  # nested lists: deeper is no editor's document
MOBILEDOC_MARKUP, MOBILEDOC_LIST, MOBILEDOC_CARD = 1, 3, 10
# a card's fields of the author's text, in order: Markdown, else HTML (as Ghost names them in
# Lexical's nodes and Mobiledoc's card payloads alike)
CARD_MARKDOWN = {"markdown": ("markdown",)}
CARD_HTML = {
    "html": ("html",),
    "embed": ("caption",),  # its `html` is the player's `<iframe>`
    "callout": ("calloutText",),
    "toggle": ("heading", "content"),
}


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
        card = _card(block.get("type"), block)
        if card is not None:  # a Markdown or an HTML card: its text
            blocks.append(card)
        elif block.get("type") == "list":  # a list item a paragraph
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
    cards = document.get("cards") if isinstance(document.get("cards"), list) else []
    for section in document.get("sections") or []:
        if not isinstance(section, list) or len(section) < 2:
            continue
        if section[0] == MOBILEDOC_CARD and isinstance(section[1], int) and section[1] < len(cards):
            card = cards[section[1]]  # `[10, 0]`: the first of `cards`, `["markdown", {...}]`
            if isinstance(card, list) and len(card) == 2 and isinstance(card[1], dict):
                blocks.append(_card(card[0], card[1]) or "")
        if len(section) < 3:
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


def _card(kind: Any, fields: dict[str, Any]) -> str | None:
    """The author's text of a card (see the module), or None for a card of none."""
    if not isinstance(kind, str):
        return None
    if kind in CARD_MARKDOWN:
        from curate.io.markdown import markdown_text

        parts = [markdown_text(fields[f]) for f in CARD_MARKDOWN[kind] if _given(fields, f)]
    elif kind in CARD_HTML:
        from curate.io.html_fragment import fragment_paragraphs

        parts = [fragment_paragraphs(fields[f]) for f in CARD_HTML[kind] if _given(fields, f)]
    else:
        return None
    return "\n\n".join(part for part in parts if part) or None


def _given(fields: dict[str, Any], name: str) -> bool:
    return isinstance(fields.get(name), str) and bool(fields[name].strip())
