"""Chat and social exports read a message (a post) a document, the tool's own notices skipped
by kind (io.discord_export, io.whatsapp_chat, io.activitypub_outbox), and an archive's
pictures skipped by kind (io.media_members): newcomer round 23."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from curate.io.activitypub_outbox import NOT_A_POST, is_activitypub_outbox
from curate.io.discord_export import NO_TEXT as DISCORD_NO_TEXT
from curate.io.discord_export import SYSTEM as DISCORD_SYSTEM
from curate.io.media_members import MEDIA, media_kind
from curate.io.readers import Skipped
from curate.io.whatsapp_chat import NO_TEXT as WHATSAPP_NO_TEXT
from curate.io.whatsapp_chat import SYSTEM as WHATSAPP_SYSTEM
from curate.io.whatsapp_chat import is_whatsapp_chat
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B, C = texts_of(3)


def _kinds(items: list) -> list[str]:
    return [i.kind for i in items if isinstance(i, Skipped)]


def _discord(messages: list) -> str:
    channel = {"id": "123", "type": "GuildTextChat", "name": "general"}
    return json.dumps(
        {"guild": {"id": "1", "name": "Town"}, "channel": channel, "messages": messages}
    )


def _said(k: int, kind: str, content: str, **more) -> dict:
    return {"id": str(k), "type": kind, "content": content, "author": {"name": "Ann"}, **more}


DISCORD_SYSTEM_MESSAGES = [
    _said(1, "GuildMemberJoin", ""),
    _said(3, "ChannelPinnedMessage", "Pinned a message."),
    _said(5, "ThreadCreated", "Started a thread."),
    _said(6, "RecipientAdd", "Added Cid to the group."),
    _said(7, "Call", "Started a call that lasted 3 minutes."),
]
DISCORD_KEPT = [_said(2, "Default", A), _said(4, "Reply", B, reference={"messageId": "2"})]
DISCORD_EMPTY = [_said(8, "Default", "", attachments=[{"url": "https://cdn/x.png"}])]


@pytest.mark.parametrize("zipped", [False, True])
def test_a_discord_channel_reads_its_people_not_discord(tmp_path, zipped):
    messages = sorted(
        DISCORD_SYSTEM_MESSAGES + DISCORD_KEPT + DISCORD_EMPTY, key=lambda m: int(m["id"])
    )
    name = "Town - general [123].json"
    if zipped:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr(name, _discord(messages))
            archive.writestr("Town - general [123].json_Files/x-1A2B.png", b"\x89PNG")
        (tmp_path / "discord.zip").write_bytes(buf.getvalue())
    else:
        (tmp_path / name).write_text(_discord(messages), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [("2", A), ("4", B)]
    kinds = _kinds(items)
    assert kinds.count(DISCORD_SYSTEM) == len(DISCORD_SYSTEM_MESSAGES)
    assert kinds.count(DISCORD_NO_TEXT) == 1
    assert kinds.count(MEDIA) == int(zipped)


def test_a_discord_bots_embed_is_its_text(tmp_path):
    embed = {"title": "Storm closes bridge", "description": A, "url": "https://n.org/a"}
    messages = [_said(1, "Default", "", embeds=[embed]), _said(2, "Default", "", embeds=[{}])]
    (tmp_path / "news.json").write_text(_discord(messages))
    items = read_all(tmp_path / "news.json")
    assert [d.text for d in documents(items)] == [f"Storm closes bridge\n\n{A}"]
    assert _kinds(items) == [DISCORD_NO_TEXT]


NOTICE = "Messages and calls are end-to-end encrypted. No one outside of this chat can read them."
ANDROID = """12/01/2024, 09:00 - {NOTICE}
12/01/2024, 09:01 - Ann created group "Town"
12/01/2024, 09:02 - Ann: {A}
12/01/2024, 09:03 - Bob: <Media omitted>
12/01/2024, 09:04 - Bob: {B1}
{B2}
12/01/2024, 09:05 - Cid joined using this group's invite link
12/01/2024, 09:06 - Ann: {C}
12/01/2024, 09:07 - Bob: This message was deleted
"""
IOS = """[12/01/2024, 09:00:01] Town: \u200eMessages and calls are end-to-end encrypted.
\u200e[12/01/2024, 09:01:00] Ann changed the subject to "Town: news"
[12/01/2024, 09:02:10] Ann: {A}
[12/01/2024, 09:03:10] Bob: \u200eimage omitted
[12/01/2024, 09:04:10] Bob: {B1}
{B2}
[12/01/2024, 09:06:10] Ann: {C}
[12/01/2024, 09:07:10] Bob: \u200e<attached: 00000012-PHOTO-2024-01-12.jpg>
"""
US = """1/12/24, 9:00 AM - Messages and calls are end-to-end encrypted.
1/12/24, 9:02 AM - Ann: {A}
1/12/24, 9:04 AM - +44 7700 900123: {B1}
{B2}
1/12/24, 9:05 PM - Bob: <Media omitted>
1/12/24, 9:06 PM - Ann: {C}
"""


@pytest.mark.parametrize("chat", [ANDROID, IOS, US], ids=["android", "ios", "12-hour"])
def test_a_whatsapp_chat_is_read_a_message_a_document(tmp_path, chat):
    b1, b2 = B[: len(B) // 2], B[len(B) // 2 :]
    text = chat.format(A=A, B1=b1, B2=b2, C=C, NOTICE=NOTICE)
    (tmp_path / "WhatsApp Chat with Town.txt").write_text(text, encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == [A, f"{b1}\n{b2}", C]
    kinds = _kinds(items)
    lines = [line for line in text.splitlines() if line[:1] in "[1\u200e"]
    assert kinds.count(WHATSAPP_SYSTEM) + kinds.count(WHATSAPP_NO_TEXT) == len(lines) - 3
    assert kinds.count(WHATSAPP_NO_TEXT) >= 1


@pytest.mark.parametrize(
    "text",
    [
        f"12/01/2024, 09:00 - LONDON: {A}\n12/01/2024, 10:00 - PARIS: {B}\n",  # a live blog
        f"Minutes\n12/01/2024, 09:02 - Ann: {A}\n12/01/2024, 09:04 - Bob: {B}\n",
        f"{A}\n{B}\n",
    ],
)
def test_other_texts_are_no_whatsapp_chat(tmp_path, text):
    path = tmp_path / "notes.txt"
    path.write_text(text)
    assert not is_whatsapp_chat(path)
    assert len(documents(read_all(path))) == 1


def _outbox(items: list) -> str:
    context = "https://www.w3.org/ns/activitystreams"
    return json.dumps({"@context": context, "type": "OrderedCollection", "orderedItems": items})


def _create(k: int, content: str, kind: str = "Note") -> dict:
    post = {"id": f"https://m.s/users/ann/statuses/{k}", "type": kind, "content": content}
    return {"type": "Create", "object": post}


OUTBOX = [
    _create(1, f"<p>{A}</p>"),
    {"type": "Announce", "object": "https://other.s/users/bob/statuses/9"},
    _create(3, f'<p>{B} <a href="https://m.s/tags/x" rel="tag">#<span>market</span></a></p>'),
    {"type": "Like", "object": "https://other.s/users/bob/statuses/8"},
    _create(5, f"<p>{C}</p>", "Article"),
]


@pytest.mark.parametrize("zipped", [False, True])
def test_a_mastodon_archives_posts_are_read_and_its_boosts_skipped(tmp_path, zipped):
    # a boost was quarantined, "no 'text' or 'object.content' field"
    if zipped:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr("outbox.json", _outbox(OUTBOX))
            archive.writestr("media_attachments/files/1/original/a.jpg", b"\xff\xd8\xff")
        (tmp_path / "archive-20240102.zip").write_bytes(buf.getvalue())
    else:
        (tmp_path / "outbox.json").write_text(_outbox(OUTBOX))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == [A, f"{B} #market", C]
    assert documents(items)[0].id == "https://m.s/users/ann/statuses/1"
    assert _kinds(items).count(NOT_A_POST) == 2


@pytest.mark.parametrize(
    "value",
    [
        {"type": "OrderedCollection", "orderedItems": ["https://o.s/1"]},  # likes.json
        {"type": "OrderedCollection", "orderedItems": [{"type": "Announce", "object": "x"}]},
        {"type": "Person", "orderedItems": []},
    ],
)
def test_other_collections_are_no_outbox(tmp_path, value):
    path = tmp_path / "likes.json"
    path.write_text(json.dumps({"@context": "https://www.w3.org/ns/activitystreams", **value}))
    assert not is_activitypub_outbox(path)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("images/image1.png", MEDIA),
        ("media/PHOTO.JPG", MEDIA),
        ("voice/a.opus", MEDIA),
        ("stickers/s.tgs", MEDIA),
        ("a.png/notes.txt", None),
        ("data.jsonl", None),
        ("png", None),
    ],
)
def test_media_members_by_name(name, kind):
    assert media_kind(name) == kind


def test_curate_run_counts_a_chats_skipped_messages(tmp_path):
    (tmp_path / "in").mkdir()
    messages = DISCORD_SYSTEM_MESSAGES + DISCORD_KEPT + DISCORD_EMPTY
    (tmp_path / "in" / "general.json").write_text(_discord(messages))
    chat = ANDROID.format(A=C, B1="one", B2="two", C=texts_of(1, 5)[0], NOTICE=NOTICE)
    (tmp_path / "in" / "WhatsApp Chat with Town.txt").write_text(chat)
    (tmp_path / "in" / "outbox.json").write_text(_outbox(OUTBOX[:2]))
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    assert counts.get("quarantined", 0) == 0
    assert counts["kept"] + counts["removed"] == 2 + 3 + 1
    assert counts["skipped"] == len(DISCORD_SYSTEM_MESSAGES) + 1 + 5 + 1
