"""A Telegram Desktop export's `result.json` read a message a document (io.telegram_export):
its service messages (a join, a pin, a call) and messages without text (a photo alone) were
read as EMPTY documents; they are skipped by kind. A whole account's export was passed over."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from curate.io.readers import Skipped
from curate.io.telegram_export import NO_TEXT, SERVICE, is_telegram_export, message_text
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B, C = texts_of(3)


def _service(k: int, action: str, **more) -> dict:
    return {"id": k, "type": "service", "date": "2024-01-01T09:00:00", "actor": "Ann",
            "action": action, "text": "", "text_entities": [], **more}  # fmt: skip


def _message(k: int, text, **more) -> dict:
    return {"id": k, "type": "message", "date": "2024-01-01T09:00:00", "from": "Ann",
            "text": text, **more}  # fmt: skip


SERVICES = [
    _service(1, "create_group", title="Town news", members=["Ann", "Bob"]),
    _service(3, "join_group_by_link", inviter="Group"),
    _service(5, "pin_message", message_id=2),
    _service(6, "phone_call", duration_seconds=30, discard_reason="hangup"),
    _service(8, "invite_members", members=["Cid"]),
    _service(9, "edit_group_photo", photo="photos/p.jpg"),
]
MESSAGES = [_message(2, A), _message(4, B), _message(7, C)]
WITHOUT_TEXT = [
    _message(10, "", photo="photos/1.jpg", width=10, height=10),
    _message(11, "", file="stickers/s.webp", media_type="sticker", sticker_emoji="x"),
    _message(12, [], text_entities=[]),
]


def _chat(messages: list, name: str = "Town news", chat_id: int = 5) -> dict:
    return {"name": name, "type": "private_group", "id": chat_id, "messages": messages}


def _in_order(*groups: list) -> list:
    return sorted((m for group in groups for m in group), key=lambda m: m["id"])


EXPORTS = {
    "a group": _chat(_in_order(SERVICES, MESSAGES, WITHOUT_TEXT)),
    "a channel": {**_chat(_in_order(MESSAGES, SERVICES[:1])), "type": "public_channel"},
    "a chat of messages alone": _chat(MESSAGES),
}


@pytest.mark.parametrize("kind", EXPORTS)
def test_a_message_with_text_is_a_document_and_no_other(tmp_path, kind):
    export = EXPORTS[kind]
    (tmp_path / "result.json").write_text(json.dumps(export, indent=1), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [("2", A), ("4", B), ("7", C)]
    assert all(d.text.strip() for d in documents(items))
    skipped = [i.kind for i in items if isinstance(i, Skipped)]
    services = sum(m["type"] == "service" for m in export["messages"])
    assert skipped.count(SERVICE) == services
    assert skipped.count(NO_TEXT) == len(export["messages"]) - services - 3


@pytest.mark.parametrize(
    "text, expected",
    [
        (["Breaking: ", {"type": "bold", "text": "council"}, " votes"], "Breaking: council votes"),
        ([{"type": "link", "text": "https://n.org/a"}, " read"], "https://n.org/a read"),
        ([{"type": "mention", "text": "@ann"}, {"type": "plain", "text": " said"}], "@ann said"),
        ([{"type": "text_link", "text": "the vote", "href": "https://n.org"}], "the vote"),
        ([{"type": "bold", "text": "a"}, "\n", {"type": "italic", "text": "b"}], "a\nb"),
        ("plain", "plain"),
    ],
)
def test_a_text_of_entities_is_joined_whole(text, expected):
    assert message_text(text) == expected


@pytest.mark.parametrize("text", [None, 3, ["a", 3], ["a", {"type": "bold"}], {"text": "a"}])
def test_other_values_are_no_text(text):
    assert message_text(text) is None


def test_text_entities_stand_in_for_an_empty_text(tmp_path):
    entities = [{"type": "plain", "text": "On "}, {"type": "bold", "text": A}]
    export = _chat([_message(1, "", text_entities=entities)])
    (tmp_path / "result.json").write_text(json.dumps(export))
    assert [d.text for d in documents(read_all(tmp_path / "result.json"))] == [f"On {A}"]


def test_a_whole_accounts_export_reads_every_chat(tmp_path):
    # `{"chats": {"list": [...]}}` was passed over: no records at its top
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"first_name": "Ann"},
        "chats": {"about": "", "list": [_chat([*SERVICES[:2], MESSAGES[0]]), _chat(
            [MESSAGES[1], WITHOUT_TEXT[0]], "Bob", 6)]},
        "left_chats": {"about": "", "list": [_chat([MESSAGES[2]], "Old", 7)]},
    }  # fmt: skip
    (tmp_path / "DataExport_2024-01-01").mkdir()
    (tmp_path / "DataExport_2024-01-01" / "result.json").write_text(json.dumps(export))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [("5-2", A), ("6-4", B), ("7-7", C)]
    assert sum(isinstance(i, Skipped) for i in items) == 3


def test_a_zipped_export_is_read_as_its_folder(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("ChatExport_2024/result.json", json.dumps(EXPORTS["a group"]))
        archive.writestr("ChatExport_2024/photos/1.jpg", b"\xff\xd8\xff")
        full = {"chats": {"list": [_chat(MESSAGES[:1])]}}
        archive.writestr("DataExport/result.json", json.dumps(full))
    (tmp_path / "telegram.zip").write_bytes(buf.getvalue())
    items = read_all(tmp_path / "telegram.zip")
    assert sorted(d.text for d in documents(items)) == sorted([A, A, B, C])
    assert [i.kind for i in items if isinstance(i, Skipped)].count(SERVICE) == len(SERVICES)


@pytest.mark.parametrize(
    "value",
    [
        {"messages": [{"id": 1, "text": "a"}]},  # messages of no Telegram type
        {"name": "x", "messages": "none"},
        [{"type": "message", "text": "a"}],
        {"chats": {"list": [{"name": "x"}]}},
    ],
)
def test_other_json_is_no_telegram_export(tmp_path, value):
    path = tmp_path / "result.json"
    path.write_text(json.dumps({**value, "type": "message"} if isinstance(value, dict) else value))
    assert not is_telegram_export(path)


def test_curate_run_counts_what_it_skipped(tmp_path):
    (tmp_path / "in").mkdir()
    export = EXPORTS["a group"]
    (tmp_path / "in" / "result.json").write_text(json.dumps(export), encoding="utf-8")
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    assert counts["read"] == len(export["messages"])
    assert counts.get("quarantined", 0) == 0
    assert counts["skipped"] == len(export["messages"]) - 3
    assert counts["kept"] + counts["removed"] == 3
