"""A text stored as a list of paragraph objects, not of strings: its paragraphs read in order.

CMS exports keep an article's body as blocks: Arc XP (the Washington Post's publishing
system) writes `"content_elements": [{"type": "text", "content": "..."}, {"type": "image",
...}]`, block editors `[{"type": "paragraph", "text": "..."}]`. Such a row was quarantined as
"'text' must be a string (or a list of strings), got list". Each block's string under `text`
or `content` is a paragraph; blocks with none (an image, an embed) are passed over, as a
page's images are.

A text of inline spans is one paragraph: Telegram's channel export (`result.json`) writes a
message with formatting as a list of plain strings and span objects, `["Breaking: ", {"type":
"bold", "text": "council"}, " votes today"]`; such a message was quarantined ("got list"). A
list holding both strings and objects, each object a `type` and a `text`, is its spans' text
joined with nothing between them (`joined_spans`).
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


def joined_spans(value: Any) -> str | None:
    """The inline spans' text joined as written (see the module), or None when `value` is
    no such list (strings and `{"type", "text"}` objects, at least one of each)."""
    if not isinstance(value, list) or not value:
        return None
    strings = objects = 0
    for span in value:
        if isinstance(span, str):
            strings += 1
        elif (
            isinstance(span, dict)
            and isinstance(span.get("type"), str)
            and isinstance(span.get("text"), str)
        ):
            objects += 1
        else:
            return None
    if not strings or not objects:
        return None
    return "".join(span if isinstance(span, str) else span["text"] for span in value)
