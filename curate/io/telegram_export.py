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

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD = 1 << 16  # bytes looked at before a file is parsed whole
MAX_BYTES = 512 * 1024 * 1024
MESSAGES = re.compile(rb'"messages"\s*:\s*\[')
MESSAGE_TYPE = re.compile(rb'"type"\s*:\s*"(?:message|service)"')
SERVICE = "telegram service message (a join, a pin, a call)"
NO_TEXT = "telegram message without text (a photo, a sticker)"


def is_telegram_export(path: Path) -> bool:
    """A `.json` of a Telegram Desktop export (see the module), by its content."""
    if not path.name.lower().endswith(".json"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD).removeprefix(b"\xef\xbb\xbf")
        if not head.lstrip().startswith(b"{") or not MESSAGES.search(head):
            return False
        if not MESSAGE_TYPE.search(head) or path.stat().st_size > MAX_BYTES:
            return False
        return bool(_chats(json.loads(path.read_bytes())))
    except (OSError, ValueError, RecursionError):
        return False


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


def read_telegram_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a message with text, in the file's order; service messages and messages
    without text skipped by kind."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    try:
        chats = _chats(json.loads(path.read_bytes()))
    except (OSError, ValueError, RecursionError) as err:
        yield Quarantined(where, None, "malformed_json", f"{type(err).__name__}: {err}")
        return
    settings = reader_settings(reader)
    number = 0
    for chat in chats:
        prefix = f"{chat.get('id')}-" if len(chats) > 1 else ""
        for message in chat["messages"]:
            number += 1
            if message.get("type") == "service":
                yield Skipped(SERVICE)
                continue
            text = _text(message)
            if text is None:
                yield Skipped(NO_TEXT)
                continue
            own = message.get("id")
            row_id = f"{prefix}{own}" if own is not None else f"{base_id}-{number}"
            yield from_row({"id": row_id, "text": text}, where, number, row_id, settings)
