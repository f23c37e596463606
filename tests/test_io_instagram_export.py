"""An Instagram export's posts, reels and stories read a caption a document
(io.instagram_export): newcomer round 22. `posts_1.json` was passed over (0 -> 2 of 2)."""

from __future__ import annotations

import json

import pytest

from curate.io.instagram_export import is_instagram_export
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)


def _medium(k: int, title: str = "") -> dict:
    return {"uri": f"media/posts/{k}.jpg", "creation_timestamp": 1700000000 + k, "title": title}


EXPORTS = {
    "posts": [{"media": [_medium(0, A)]}, {"media": [_medium(1, B)]}],
    "a carousel's caption": [
        {"media": [_medium(0), _medium(1)], "title": A, "creation_timestamp": 1},
        {"media": [_medium(2, B)]},
    ],
    "reels": {"ig_reels_media": [{"media": [_medium(0, A)]}, {"media": [_medium(1, B)]}]},
    "stories": {"ig_stories": [_medium(0, A), _medium(1, B)]},
}


@pytest.mark.parametrize("kind", EXPORTS)
def test_a_caption_is_a_document(tmp_path, kind):
    folder = tmp_path / "your_instagram_activity" / "content"
    folder.mkdir(parents=True)
    (folder / "posts_1.json").write_text(json.dumps(EXPORTS[kind]), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == [A, B]


def test_metas_byte_escaped_utf8_is_decoded(tmp_path):
    caption = "Caf\u00e9 on the harbour \U0001f30a"
    escaped = caption.encode("utf-8").decode("latin-1")
    (tmp_path / "posts_1.json").write_text(json.dumps([{"media": [_medium(0, escaped)]}]))
    [doc] = documents(read_all(tmp_path))
    assert doc.text == caption


def test_a_post_without_a_caption_is_skipped_by_kind(tmp_path):
    export = [{"media": [_medium(0, A)]}, {"media": [_medium(1)]}]
    (tmp_path / "posts_1.json").write_text(json.dumps(export))
    items = read_all(tmp_path)
    assert [d.text for d in documents(items)] == [A]
    assert [i.kind for i in items if isinstance(i, Skipped)] == [
        "instagram post without caption (a photo alone)"
    ]


@pytest.mark.parametrize(
    "value",
    [
        [{"media": [_medium(0)]}],  # no caption at all
        [{"media": [{"uri": "a.jpg"}]}],  # no timestamp: no export's medium
        [{"text": A, "uri": "x", "creation_timestamp": 1}, {"text": B}],
        {"a": [_medium(0, A)], "b": []},  # two keys
    ],
)
def test_other_json_is_no_instagram_export(tmp_path, value):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(value))
    assert not is_instagram_export(path)
