"""A Discord channel exported by DiscordChatExporter as JSON: a message a document.

`Town - general [123].json` is `{"guild": {...}, "channel": {...}, "messages": [{"id": "2",
"type": "Default", "content": "...", "author": {...}}]}`. Among its messages stand Discord's
system messages, told by their `type` (`GuildMemberJoin`, `ChannelPinnedMessage`,
`ThreadCreated`, `RecipientAdd`, `Call`, ...), whose `content` is Discord's own words
("Pinned a message.", "Started a call that lasted 3 minutes."): they were read as documents.
They are skipped and counted by kind, as a message of an attachment alone (no content) is.

Kept: `Default` and `Reply` messages, and a type not known as a system one (a new kind of
message is not lost). A bot's post of an embed alone (a news bot's article: `embeds[].title`
and `description`, no content) is read as its embeds' titles and descriptions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD = 1 << 16
MAX_BYTES = 512 * 1024 * 1024
OPENS = re.compile(rb'\A\s*\{\s*"guild"\s*:\s*\{')
SYSTEM = "discord system message (a join, a pin, a call)"
NO_TEXT = "discord message without text (an attachment, a sticker)"
# DiscordChatExporter's names of Discord's message types written by Discord itself
SYSTEM_TYPES = frozenset(
    {
        "RecipientAdd",
        "RecipientRemove",
        "Call",
        "ChannelNameChange",
        "ChannelIconChange",
        "ChannelPinnedMessage",
        "GuildMemberJoin",
        "ThreadCreated",
        "ChannelFollowAdd",
        "GuildBoost",
        "GuildBoostTier1",
        "GuildBoostTier2",
        "GuildBoostTier3",
        "GuildDiscoveryDisqualified",
        "GuildDiscoveryRequalified",
        "AutoModerationAction",
    }
)


def _messages(value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, dict) or not isinstance(value.get("channel"), dict):
        return None
    messages = value.get("messages")
    if not isinstance(messages, list):
        return None
    if not all(isinstance(m, dict) and isinstance(m.get("type"), str) for m in messages):
        return None
    return messages


def is_discord_export(path: Path) -> bool:
    """A `.json` written by DiscordChatExporter (see the module), by its content."""
    if not path.name.lower().endswith(".json"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD).removeprefix(b"\xef\xbb\xbf")
        if not OPENS.match(head) or path.stat().st_size > MAX_BYTES:
            return False
        return _messages(json.loads(path.read_bytes())) is not None
    except (OSError, ValueError, RecursionError):
        return False


def _embeds_text(message: dict[str, Any]) -> str:
    parts = []
    for embed in message.get("embeds") or []:
        description = embed.get("description") if isinstance(embed, dict) else None
        if isinstance(description, str) and description.strip():
            title = embed.get("title")
            parts += [title.strip()] if isinstance(title, str) and title.strip() else []
            parts.append(description.strip())
    return "\n\n".join(parts)


def read_discord_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a message of a person or a bot, in the file's order; system messages and
    messages without text skipped by kind."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    try:
        messages = _messages(json.loads(path.read_bytes())) or []
    except (OSError, ValueError, RecursionError) as err:
        yield Quarantined(where, None, "malformed_json", f"{type(err).__name__}: {err}")
        return
    settings = reader_settings(reader)
    for number, message in enumerate(messages, 1):
        if message["type"] in SYSTEM_TYPES:
            yield Skipped(SYSTEM)
            continue
        text = message.get("content") if isinstance(message.get("content"), str) else ""
        text = text if text.strip() else _embeds_text(message)
        if not text.strip():
            yield Skipped(NO_TEXT)
            continue
        own = message.get("id")
        row_id = str(own) if isinstance(own, (str, int)) else f"{base_id}-{number}"
        yield from_row({"id": row_id, "text": text}, where, number, row_id, settings)
