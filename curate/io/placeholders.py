"""Texts a platform puts where a post or message was removed (Reddit's `[removed]`, Hacker
News' `[flagged]`, Slack's `This message was deleted.`): no one wrote them, so a record whose
whole text is one is skipped by kind at read time, never kept. A real text that merely
contains the word stays a document."""

from __future__ import annotations

import re

DELETED_PLACEHOLDER = "deleted placeholder (a removed post: [removed], [deleted], [flagged])"

_PLACEHOLDERS = frozenset(
    {
        # Reddit (posts, comments, Pushshift dumps, the GDPR export)
        "[removed]",
        "[deleted]",
        "[removed by reddit]",
        "[ removed by reddit ]",
        "[deleted by user]",
        "[removed by moderator]",
        # Hacker News (items API, Algolia search)
        "[flagged]",
        "[dead]",
        "[dupe]",
        # Twitter / X
        "this tweet was deleted.",
        "this tweet was deleted by the tweet author.",
        "this tweet is unavailable.",
        "this post was deleted.",
        "this post was deleted by the post author.",
        "this post is unavailable.",
        # Slack, WhatsApp, Messenger, Discord and other chats
        "this message was deleted.",
        "this message was deleted",
        "you deleted this message.",
        "you deleted this message",
        "this message was unsent.",
        "you unsent a message.",
        "message deleted",
        "deleted message",
        "[message deleted]",
        "[deleted message]",
        # forums and comment systems
        "[comment removed]",
        "[comment deleted]",
        "[post removed]",
        "[post deleted]",
        "this comment was deleted.",
        "this comment has been removed.",
        "this comment has been deleted.",
    }
)
_SPACES = re.compile(r"\s+")
_LONGEST = max(len(p) for p in _PLACEHOLDERS)


def placeholder_kind(text: str) -> str | None:
    """The skip kind when `text` is a platform's placeholder alone, else None."""
    if len(text) > 4 * _LONGEST:  # a placeholder is short: no work on long texts
        return None
    key = _SPACES.sub(" ", text).strip().lower()
    return DELETED_PLACEHOLDER if key in _PLACEHOLDERS else None
