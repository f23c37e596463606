"""A JSON Feed read an item a document (io.json_feed): newcomer round 23. `feed.json` was
passed over, nothing read and nothing said."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from curate.io.json_feed import NO_TEXT, is_json_feed
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)
ITEMS = [
    {"id": "1", "url": "https://t.example/1", "title": "Market", "content_html": f"<p>{A}</p>"},
    {"id": "2", "url": "https://t.example/2", "content_text": B},
    {"id": "3", "content_html": f"<p>{C}</p><p></p>", "content_text": C, "summary": "x"},
    {"id": "4", "url": "https://t.example/4", "external_url": "https://n.example/a"},
]


def _feed(version: str = "1.1", items: list = ITEMS) -> str:
    return json.dumps(
        {"version": f"https://jsonfeed.org/version/{version}", "title": "Town", "items": items}
    )


@pytest.mark.parametrize("version", ["1", "1.1"])
@pytest.mark.parametrize("name", ["feed.json", "index.json"])
def test_an_item_with_content_is_a_document(tmp_path, version, name):
    (tmp_path / name).write_text(_feed(version), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.id, d.text) for d in docs] == [("1", A), ("2", B), ("3", C)]
    assert (docs[0].title, docs[0].source) == ("Market", "https://t.example/1")
    assert [i.kind for i in items if isinstance(i, Skipped)] == [NO_TEXT]


def test_a_zipped_feed_is_read(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("site/feed.json", _feed())
    (tmp_path / "site.zip").write_bytes(buf.getvalue())
    assert [d.text for d in documents(read_all(tmp_path / "site.zip"))] == [A, B, C]


@pytest.mark.parametrize(
    "value",
    [
        {"version": "1.0", "items": [{"content_text": "a"}]},  # another format's version
        {"version": "https://jsonfeed.org/version/1.1", "items": "none"},
        {"items": [{"content_text": "a"}]},
    ],
)
def test_other_json_is_no_json_feed(tmp_path, value):
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(value))
    assert not is_json_feed(path)
