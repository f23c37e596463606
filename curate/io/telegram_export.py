"""A Telegram Desktop export's `result.json` (Export chat history / Export Telegram data, JSON).

A chat's export is `{"name": ..., "type": "private_group", "id": ..., "messages": [...]}`; a
whole account's is `{"chats": {"list": [chat, ...]}, "left_chats": {"list": [...]}, ...}`.
A message is `{"id": 4, "type": "message", "date": ..., "from": ..., "text": ...}`, its text a
string, or a list of strings and entity objects (`{"type": "bold", "text": "council"}`, a
link, a mention) written in order: joined whole, with nothing between them.

Beside the messages stand the chat's service messages (`"type": "service"`, an `action` such
as `create_group`, `join_group_by_link`, `pin_message`, `phone_call`): their `text` is empty
and they were read as EMPTY documents; a message of a photo or a sticker alone was too. Both
are skipped and counted by kind, never kept empty, never quarantined. A whole account's
export was passed over (no records at its top): its chats' messages are read, each id named
by its chat's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MESSAGES = re.compile(rb'"messages"\s*:\s*\[')
MESSAGE_TYPE = re.compile(rb'"type"\s*:\s*"(?:message|service)"')
SERVICE = "telegram service message (a join, a pin, a call)"
NO_TEXT = "telegram message without text (a photo, a sticker)"


def is_telegram_export(path: Path) -> bool:
    """A `.json` of a Telegram Desktop export (see the module), by its content."""
    from curate.io.json_exports import OBJECT, sniffed

    return sniffed(path, (OBJECT, MESSAGES, MESSAGE_TYPE), lambda v: _chats(v) or None)


def _is_chat(value: Any) -> bool:
    messages = value.get("messages") if isinstance(value, dict) else None
    return isinstance(messages, list) and all(
        isinstance(m, dict) and m.get("type") in ("message", "service") for m in messages
    )


def _chats(export: Any) -> list[dict[str, Any]]:
    """The export's chats: itself, or its `chats` and `left_chats` lists."""
    if _is_chat(export):
        return [export]
    if not isinstance(export, dict):
        return []
    found = []
    for key in ("chats", "left_chats"):
        group = export.get(key)
        listed = group.get("list") if isinstance(group, dict) else None
        found += [chat for chat in listed if _is_chat(chat)] if isinstance(listed, list) else []
    return found


def message_text(value: Any) -> str | None:
    """A message's `text` (or `text_entities`) as one string: a list of strings and entity
    objects joined as written; None when it is neither."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts = []
    for part in value:
        if isinstance(part, dict):
            part = part.get("text")
        if not isinstance(part, str):
            return None
        parts.append(part)
    return "".join(parts)


def _text(message: dict[str, Any]) -> str | None:
    text = message_text(message.get("text"))
    if text is None or not text.strip():  # newer exports write both; either may be kept
        text = message_text(message.get("text_entities")) or text
    return text if text is not None and text.strip() else None


def _messages(export: Any) -> list[tuple[str, dict[str, Any]]] | None:
    """Each chat's messages in order, with the prefix of their ids (a whole account's)."""
    chats = _chats(export)
    many = len(chats) > 1
    found = [(f"{c.get('id')}-" if many else "", m) for c in chats for m in c["messages"]]
    return found or None


def read_telegram_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a message with text, in the file's order; service messages and messages
    without text skipped by kind."""
    from curate.io.json_exports import read_rows

    def row_of(entry: tuple[str, dict[str, Any]], number: int) -> dict[str, Any] | str:
        prefix, message = entry
        if message.get("type") == "service":
            return SERVICE
        text = _text(message)
        own = message.get("id")
        row_id = f"{prefix}{own}" if own is not None else f"{base_id}-{number}"
        return {"id": row_id, "text": text} if text is not None else NO_TEXT

    yield from read_rows(path, reader, _messages, row_of)
