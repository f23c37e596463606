"""A Slack export's channels read a message a document (io.slack_export): its system
messages (`channel_join`, `channel_topic`, `bot_add`, `pinned_item`, ...) were read as
documents ("<@U1> has joined the channel"); they are skipped by kind, as its index files
(`users.json`, `channels.json`) are."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from curate.io.readers import Skipped
from curate.io.slack_export import INDEX, NO_TEXT, SYSTEM, is_slack_day, plain_text
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B, C, D = texts_of(4)
STAMP = 1704099600


def _message(k: int, text: str, subtype: str | None = None, **more) -> dict:
    message = {"type": "message", "ts": f"{STAMP + k}.000100", "user": "U1", "text": text}
    return {**message, **({"subtype": subtype} if subtype else {}), **more}


SYSTEM_MESSAGES = [
    _message(0, "<@U1> has joined the channel", "channel_join"),
    _message(1, "<@U1> has left the channel", "channel_leave"),
    _message(2, "<@U1> set the channel topic: news", "channel_topic", topic="news"),
    _message(3, "<@U1> set the channel purpose: All", "channel_purpose", purpose="All"),
    _message(4, "added an integration to this channel: <https://x|rss>", "bot_add"),
    _message(5, "<@U1> pinned a message to this channel.", "pinned_item", item_type="C"),
    _message(6, "<@U1> renamed the channel from x to y", "channel_name"),
    _message(7, "<@U1> has joined the group", "group_join"),
]
# a person's or a feed's words: kept
KEPT = [
    _message(10, A, client_msg_id="a"),
    _message(11, B, "thread_broadcast", thread_ts=f"{STAMP + 10}.000100"),
    _message(12, C, "file_share", files=[{"id": "F1", "name": "a.pdf"}]),
    _message(13, D, "bot_message", bot_id="B1", username="RSS"),
]
WITHOUT_TEXT = [
    _message(20, "", "file_share", files=[{"id": "F2"}]),
    _message(21, " ", "bot_message", bot_id="B1", attachments=[{"image_url": "https://x"}]),
]
INDEX_FILES = {
    "users.json": [{"id": "U1", "name": "ann", "real_name": "Ann", "profile": {}}],
    "channels.json": [{"id": "C1", "name": "general", "topic": {"value": "news"}}],
    "integration_logs.json": [{"id": "I1", "service_type": "RSS", "reason": "added"}],
}


def _export(root: Path, days: dict[str, list]) -> None:
    for name, entries in INDEX_FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(json.dumps(entries))
    for day, messages in days.items():
        (root / day).parent.mkdir(parents=True, exist_ok=True)
        (root / day).write_text(json.dumps(messages, indent=4))


DAYS = {
    "one day of everything": {"general/2024-01-01.json": SYSTEM_MESSAGES + KEPT + WITHOUT_TEXT},
    "system messages between": {
        "general/2024-01-01.json": [*SYSTEM_MESSAGES[:2], KEPT[0], SYSTEM_MESSAGES[2], KEPT[1]],
        "random/2024-01-02.json": [KEPT[2], *SYSTEM_MESSAGES[3:], KEPT[3], WITHOUT_TEXT[0]],
    },
    "a day of system messages alone": {
        "general/2024-01-01.json": KEPT,
        "general/2024-01-02.json": SYSTEM_MESSAGES,
    },
}


def _counts(days: dict[str, list]) -> tuple[int, int]:
    messages = [m for day in days.values() for m in day]
    return sum(m in SYSTEM_MESSAGES for m in messages), sum(m in WITHOUT_TEXT for m in messages)


@pytest.mark.parametrize("kind", DAYS)
def test_a_person_or_a_feeds_message_is_a_document_and_no_other(tmp_path, kind):
    _export(tmp_path, DAYS[kind])
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == [A, B, C, D]
    skipped = [i.kind for i in items if isinstance(i, Skipped)]
    system, empty = _counts(DAYS[kind])
    assert (skipped.count(SYSTEM), skipped.count(NO_TEXT)) == (system, empty)


def test_a_zipped_export_skips_its_index_files_by_kind(tmp_path):
    # in a zip, `users.json` and `channels.json` were quarantined, "no 'text' field"
    _export(tmp_path / "export", DAYS["system messages between"])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for path in sorted((tmp_path / "export").rglob("*.json")):
            archive.write(path, path.relative_to(tmp_path / "export").as_posix())
    (tmp_path / "slack.zip").write_bytes(buf.getvalue())
    items = read_all(tmp_path / "slack.zip")
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == [A, B, C, D]
    skipped = [i.kind for i in items if isinstance(i, Skipped)]
    assert skipped.count(INDEX) == len(INDEX_FILES)
    assert skipped.count(SYSTEM) == len(SYSTEM_MESSAGES)


def test_an_index_file_named_alone_is_skipped(tmp_path):
    _export(tmp_path, {})
    for name in INDEX_FILES:
        assert read_all(tmp_path / name) == [Skipped(INDEX)]


def test_a_bots_article_in_its_attachments_is_its_text(tmp_path):
    attachments = [{"title": "Storm closes bridge", "text": A, "title_link": "https://n.org"}]
    day = [_message(0, "", "bot_message", bot_id="B1", attachments=attachments)]
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "2024-01-01.json").write_text(json.dumps(day))
    [doc] = documents(read_all(tmp_path))
    assert doc.text == f"Storm closes bridge\n\n{A}"


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("see <https://n.org/a|the vote> now", "see the vote now"),
        ("see <https://n.org/a>", "see https://n.org/a"),
        ("ask <@U1> or <@U2>", "ask @ann or @U2"),
        ("ask <@U2|bob>", "ask @bob"),
        ("in <#C1|general>", "in #general"),
        ("<!here> the vote", "@here the vote"),
        ("<!subteam^S1|@editors> read", "@editors read"),
        ("write <mailto:a@n.org|a@n.org>", "write a@n.org"),
        ("5 &lt; 6 &amp;&amp; 7 &gt; 2", "5 < 6 && 7 > 2"),
        ("no markup at all", "no markup at all"),
    ],
)
def test_slacks_markup_is_read_as_shown(raw, shown):
    assert plain_text(raw, {"U1": "ann"}) == shown


def test_mentions_are_named_from_the_exports_users(tmp_path):
    _export(tmp_path, {"general/2024-01-01.json": [_message(0, f"<@U1> wrote: {A}")]})
    [doc] = documents(read_all(tmp_path))
    assert doc.text == f"@ann wrote: {A}"


@pytest.mark.parametrize(
    "value",
    [
        [{"type": "message", "text": "a"}],  # no ts
        [{"ts": "1704099600.000100", "text": "a"}],  # no type
        [{"type": "message", "ts": "1704099600.000100"}, 3],
        [],
    ],
)
def test_other_json_is_no_slack_day(tmp_path, value):
    path = tmp_path / "2024-01-01.json"
    path.write_text(json.dumps(value))
    assert not is_slack_day(path)


def test_curate_run_counts_what_it_skipped(tmp_path):
    days = DAYS["system messages between"]
    _export(tmp_path / "in", days)
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    system, empty = _counts(days)
    assert counts["read"] == len(KEPT) + system + empty
    assert counts.get("quarantined", 0) == 0
    assert counts["skipped"] == system + empty
    assert counts["kept"] + counts["removed"] == len(KEPT)
