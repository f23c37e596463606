"""A Slack workspace export: a folder (or zip) of channels, a JSON file a day in each.

`general/2024-01-01.json` is an array of messages, `{"type": "message", "ts":
"1704099602.000100", "user": "U1", "text": "..."}`. Among them stand Slack's system messages,
told by their `subtype` (`channel_join`, `channel_leave`, `channel_topic`, `channel_purpose`,
`bot_add`, `pinned_item`, ...): "<@U1> has joined the channel" was read as a document. They are
skipped and counted by kind, as a message with no text (a file shared without a comment) is.

Kept: a message of no subtype, and a subtype whose text is a person's or a feed's words:
`thread_broadcast` (a reply also sent to the channel), `file_share` with its comment,
`me_message`, and `bot_message` (a news workspace's RSS and alert bots post the articles
themselves; a bot's repeated notices are what the boilerplate and duplicate stages are for,
and a reader that dropped them would lose those articles without a word). A subtype not known
as a system one is kept: a new kind of message is not lost. A bot's article often stands in
its `attachments` (a title and a text) with `text` empty: they are its text then.

Slack's markup is read as shown: `<https://n.org|the vote>` is `the vote`, `<@U1>` the
mention (`@ann` when the export's `users.json` names U1), `<#C1|general>` `#general`,
`<!here>` `@here`, and `&lt;` `&gt;` `&amp;` their characters. The export's index files
(`users.json`, `channels.json`, `integration_logs.json`, ...) hold no messages: skipped by kind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TS = re.compile(rb'"ts"\s*:\s*"\d{9,11}\.\d{6}"')
SYSTEM = "slack system message (a join, a topic, a pin)"
NO_TEXT = "slack message without text (a file, a reaction)"
INDEX = "slack export index"
# what Slack writes itself, not a person: https://api.slack.com/events/message (subtypes)
ROOM_EVENTS = (
    "join",
    "leave",
    "topic",
    "purpose",
    "name",
    "archive",
    "unarchive",
    "convert_to_private",
    "convert_to_public",
    "posting_permissions",
    "canvas_updated",
)
SYSTEM_SUBTYPES = frozenset(
    {f"{room}_{event}" for room in ("channel", "group") for event in ROOM_EVENTS}
    | {
        "bot_add",
        "bot_remove",
        "bot_enable",
        "bot_disable",
        "pinned_item",
        "unpinned_item",
        "reminder_add",
        "reminder_delete",
        "tombstone",
        "joiner_notification",
        "sh_room_created",
        "huddle_thread",
        "app_conversation_join",
        "app_conversation_leave",
        "message_deleted",
        "message_changed",
        "ekm_access_denied",
    }
)
INDEX_NAMES = frozenset(
    {
        "users.json",
        "org_users.json",
        "channels.json",
        "groups.json",
        "dms.json",
        "mpims.json",
        "integration_logs.json",
        "canvases.json",
        "file_conversations.json",
    }
)
# `<target>` or `<target|label>`: linear, no nesting in Slack's markup
MARKUP = re.compile(r"<([^<>|\n]{1,2000})(?:\|([^<>\n]{0,2000}))?>")


def _messages(value: Any) -> list[dict[str, Any]] | None:
    if not isinstance(value, list) or not value:
        return None
    for message in value:
        if not isinstance(message, dict) or message.get("type") != "message":
            return None
        if not isinstance(message.get("ts"), str):
            return None
    return value


def is_slack_day(path: Path) -> bool:
    """A `.json` of one channel's day in a Slack export (see the module), by its content."""
    from curate.io.json_exports import ARRAY, sniffed

    return sniffed(path, (ARRAY, TS), _messages)


def _index(value: Any) -> list[Any] | None:
    listed = isinstance(value, list) and all(
        isinstance(entry, dict) and isinstance(entry.get("id"), str) for entry in value
    )
    return value if listed else None


def is_slack_index(path: Path) -> bool:
    """`users.json`, `channels.json`, ...: an array of objects with ids, no messages."""
    from curate.io.json_exports import ARRAY, sniffed

    return path.name.lower() in INDEX_NAMES and sniffed(path, (ARRAY,), _index)


def index_kind(name: str) -> str | None:
    """The kind of a skipped file that is a Slack export's index (io.readers' `skipped_kinds`)."""
    path = Path(name)
    return INDEX if path.is_file() and is_slack_index(path) else None


def _user_names(day: Path) -> dict[str, str]:
    """The export's `users.json` (beside the channel folders): id -> the name shown."""
    users = day.parent.parent / "users.json"
    try:
        listed = json.loads(users.read_bytes()) if users.is_file() else []
    except (OSError, ValueError, RecursionError):
        return {}
    names = {}
    for user in listed if isinstance(listed, list) else []:
        if isinstance(user, dict) and isinstance(user.get("id"), str):
            profile = user.get("profile") if isinstance(user.get("profile"), dict) else {}
            shown = profile.get("display_name") or user.get("name") or user.get("real_name")
            if isinstance(shown, str) and shown:
                names[user["id"]] = shown
    return names


def plain_text(text: str, users: dict[str, str] | None = None) -> str:
    """Slack's markup as the reader sees it (see the module)."""
    users = users or {}

    def shown(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith("@"):
            return "@" + (label or users.get(target[1:], target[1:]))
        if target.startswith("#"):
            return "#" + (label or target[1:])
        if target.startswith("!"):
            return label or "@" + target[1:].split("^")[0]
        return label if label else target.removeprefix("mailto:")

    text = MARKUP.sub(shown, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _attachments_text(message: dict[str, Any]) -> str:
    parts = []
    for attachment in message.get("attachments") or []:
        if not isinstance(attachment, dict):
            continue
        for key in ("pretext", "title", "text"):
            value = attachment.get(key)
            if isinstance(value, str) and value.strip():
                parts.append(value.strip())
    return "\n\n".join(parts)


def read_slack_day(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a message of a person or a feed, in the file's order; system messages
    and messages without text skipped by kind."""
    from curate.io.json_exports import read_rows

    users = _user_names(path)

    def row_of(message: dict[str, Any], number: int) -> dict[str, Any] | str:
        if message.get("subtype") in SYSTEM_SUBTYPES:
            return SYSTEM
        text = message.get("text") if isinstance(message.get("text"), str) else ""
        text = text if text.strip() else _attachments_text(message)
        return (
            {"id": f"{base_id}-{number}", "text": plain_text(text, users)}
            if text.strip()
            else NO_TEXT
        )

    yield from read_rows(path, reader, _messages, row_of)
