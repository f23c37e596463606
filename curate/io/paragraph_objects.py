"""A text stored as a list of paragraph objects, not of strings: its paragraphs read in order.

CMS exports keep an article's body as blocks: Arc XP (the Washington Post's publishing
system) writes `"content_elements": [{"type": "text", "content": "..."}, {"type": "image",
...}]`, block editors `[{"type": "paragraph", "text": "..."}]`. Such a row was quarantined as
"'text' must be a string (or a list of strings), got list". Each block's string under `text`
or `content` is a paragraph; blocks with none (an image, an embed) are passed over, as a
page's images are.
"""

from __future__ import annotations

from typing import Any

# where a block holds its paragraph; a chat's turns too, `{"role": ..., "content": ...}` and
# ShareGPT's `{"from": ..., "value": ...}` (a `conversations` row was "got list")
BLOCK_KEYS = ("text", "content", "value")


def _paragraph(block: dict[str, Any]) -> str | None:
    for key in BLOCK_KEYS:
        if isinstance(block.get(key), str):
            return block[key]
    return None


def joined_paragraphs(value: Any) -> str | None:
    """The blocks' paragraphs joined by blank lines, or None when `value` is no such list
    (not all objects, or not one paragraph among them)."""
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(block, dict) for block in value):
        return None
    parts = [_paragraph(block) for block in value]
    if all(part is None for part in parts):
        return None
    return "\n\n".join(part for part in parts if part is not None and part.strip())
