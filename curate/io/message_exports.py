"""The exports of chat, social, publishing and note-taking tools, each told by its content
and read a message (a post, a feed's item, a note) a document, their own notices skipped by
kind: one place for the folder walk, a file read by name and an archive's member to ask."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Reader = Callable[[Path, str, Any], Iterator[Any]]


@functools.cache  # the same list for every file asked (20,000 files: 0.5 s of imports)
def _kinds() -> tuple[tuple[Callable[[Path], bool], Reader], ...]:
    from curate.io.activitypub_outbox import is_activitypub_outbox, read_activitypub_outbox
    from curate.io.arc_ans import is_arc_ans, read_arc_ans
    from curate.io.discord_export import is_discord_export, read_discord_export
    from curate.io.editorjs import is_editorjs, read_editorjs
    from curate.io.google_keep import is_keep_note, read_keep_note
    from curate.io.json_feed import is_json_feed, read_json_feed
    from curate.io.ninjs import is_ninjs, read_ninjs
    from curate.io.podcast_transcript import is_podcast_transcript, read_podcast_transcript
    from curate.io.proquest_text import is_proquest_text, read_proquest_text
    from curate.io.reddit_thread import is_reddit_thread, read_reddit_thread
    from curate.io.slack_export import is_slack_day, read_slack_day
    from curate.io.telegram_export import is_telegram_export, read_telegram_export
    from curate.io.timed_transcripts import is_timed_transcript, read_timed_transcript
    from curate.io.whatsapp_chat import is_whatsapp_chat, read_whatsapp_chat
    from curate.io.youtube_comments import is_youtube_comments, read_youtube_comments

    return (
        (is_telegram_export, read_telegram_export),  # Telegram Desktop's `result.json`
        (is_slack_day, read_slack_day),  # a Slack channel's `2024-01-01.json`
        (is_discord_export, read_discord_export),  # DiscordChatExporter's `.json`
        (is_activitypub_outbox, read_activitypub_outbox),  # Mastodon's `outbox.json`
        (is_whatsapp_chat, read_whatsapp_chat),  # `WhatsApp Chat with Town.txt`
        (is_json_feed, read_json_feed),  # a JSON Feed's `feed.json`
        (is_keep_note, read_keep_note),  # Google Keep's `Takeout/Keep/<title>.json`
        (is_youtube_comments, read_youtube_comments),  # Takeout's YouTube `comments.csv`
        (is_reddit_thread, read_reddit_thread),  # a Reddit thread's `<post>.json`
        (is_podcast_transcript, read_podcast_transcript),  # Podcasting 2.0's JSON transcript
        (is_timed_transcript, read_timed_transcript),  # youtube-transcript-api's `[{text, start}]`
        (is_proquest_text, read_proquest_text),  # ProQuest's `ProQuestDocuments-<date>.txt`
        (is_editorjs, read_editorjs),  # Editor.js's `editor.save()` output
        (is_arc_ans, read_arc_ans),  # Arc XP's stories (ANS), a Content API search
        (is_ninjs, read_ninjs),  # IPTC's ninjs 2 items (`bodies`, `headlines`)
    )


@functools.cache
def _named_kinds() -> tuple[tuple[Callable[[Path], bool], Reader], ...]:
    """Kinds of other names than `.json`, `.txt`, `.csv`: each tells by the name first."""
    from curate.io.har_pages import is_har, read_har
    from curate.io.mail_folders import is_mail_file, read_mail_file
    from curate.io.sanity_export import is_sanity_export, read_sanity_export
    from curate.io.timed_transcripts import is_timed_transcript, read_timed_transcript

    return (
        (is_timed_transcript, read_timed_transcript),  # yt-dlp's `.json3`, Whisper's `.tsv`
        (is_mail_file, read_mail_file),  # Thunderbird's `Inbox`, a Maildir's `cur/` files
        (is_har, read_har),  # a browser's network log, `ex.com.har`: its pages
        (is_sanity_export, read_sanity_export),  # Sanity's `data.ndjson`: Portable Text
    )


def export_reader(path: Path) -> Reader | None:
    """The reader of the export `path` is, or None (a `.json`, `.txt`, `.csv` of another kind)."""
    if path.name.lower().endswith((".json", ".txt", ".csv")):
        for holds, read in _kinds():
            if holds(path):
                return read
        return None
    for holds, read in _named_kinds():
        if holds(path):
            return read
    return None
