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

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    from curate.io.json_exports import sniffed

    return sniffed(path, (OPENS,), _messages)


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
    from curate.io.json_exports import read_rows

    def row_of(message: dict[str, Any], number: int) -> dict[str, Any] | str:
        if message["type"] in SYSTEM_TYPES:
            return SYSTEM
        text = message.get("content") if isinstance(message.get("content"), str) else ""
        text = text if text.strip() else _embeds_text(message)
        own = message.get("id")
        row_id = str(own) if isinstance(own, (str, int)) else f"{base_id}-{number}"
        return {"id": row_id, "text": text} if text.strip() else NO_TEXT

    yield from read_rows(path, reader, _messages, row_of)
