"""A Facebook export's posts and comments (io.facebook_export): newcomer round 21. Each file
was passed over, its entries holding their text under `data[].post` (0 of 25 on 8 exports)."""

from __future__ import annotations

import json
import zipfile

import pytest

from curate.io.facebook_export import is_facebook_export
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(4)


def _posts(texts: list[str], extra: bool = False, title: bool = True) -> list[dict]:
    entries = []
    for k, text in enumerate(texts):
        entry: dict = {"timestamp": 1600000000 + k, "data": [{"post": text}]}
        if extra:
            entry["data"].append({"update_timestamp": 1600000000 + k})
        entry["attachments"] = [{"data": [{"external_context": {"url": f"https://n.org/{k}"}}]}]
        if title:
            entry["title"] = "Jane Doe updated her status."
        entries.append(entry)
    return entries


@pytest.mark.parametrize(
    "name, value",
    [
        ("posts_1.json", _posts(TEXTS)),
        ("your_posts_1.json", _posts(TEXTS, extra=True)),
        ("your_posts__check_ins__photos_and_videos_1.json", _posts(TEXTS, title=False)),
        ("group_posts_and_comments.json", {"group_posts_v2": _posts(TEXTS)}),
        (
            "comments.json",
            {
                "comments_v2": [
                    {
                        "timestamp": 1600000000 + k,
                        "data": [{"comment": {"timestamp": 1, "comment": t, "author": "Jane"}}],
                        "title": "Jane Doe commented on a post.",
                    }
                    for k, t in enumerate(TEXTS)
                ]
            },
        ),
    ],
)
def test_an_exports_posts_are_read_an_entry_a_document(tmp_path, name, value):
    folder = tmp_path / "your_activity_across_facebook" / "posts"
    folder.mkdir(parents=True)
    (folder / name).write_text(json.dumps(value, indent=2))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == TEXTS


def test_an_entry_without_text_is_skipped_by_kind(tmp_path):
    photo = {"timestamp": 1, "attachments": [{"data": [{"media": {"uri": "p/1.jpg"}}]}]}
    (tmp_path / "posts_1.json").write_text(json.dumps([*_posts(TEXTS[:2]), photo]))
    items = read_all(tmp_path)
    assert [d.text for d in documents(items)] == TEXTS[:2]
    assert [i.kind for i in items if isinstance(i, Skipped)] == [
        "facebook entry without text (a photo, a check-in)"
    ]


def test_its_escaped_utf8_is_decoded(tmp_path):
    # Facebook writes each UTF-8 byte as an escape: "Caf\u00c3\u00a9" is "Café"
    texts = ["Caf\u00c3\u00a9 na\u00c3\u00afve, \u00e2\u0080\u0094 said", "Caf\u00e9 in Latin-1"]
    (tmp_path / "posts_1.json").write_text(json.dumps(_posts(texts)))
    assert [d.text for d in documents(read_all(tmp_path))] == [
        "Café naïve, — said",
        "Caf\u00e9 in Latin-1",
    ]


def test_a_zipped_export_is_read(tmp_path):
    with zipfile.ZipFile(tmp_path / "facebook-janedoe.zip", "w") as archive:
        archive.writestr("posts/your_posts_1.json", json.dumps(_posts(TEXTS)))
    assert [d.text for d in documents(read_all(tmp_path))] == TEXTS


@pytest.mark.parametrize(
    "value",
    [
        {"friends_v2": [{"name": "Ann", "timestamp": 1600000000}]},  # no text
        [{"timestamp": 1, "data": [{"reaction": {"reaction": "LIKE"}}], "title": "x"}],
        [{"timestamp": 1, "data": [{"post": "a"}]}, {"text": "no timestamp"}],
        [{"id": 1, "text": "records of another kind"}],
    ],
)
def test_other_files_are_no_export_of_posts(tmp_path, value):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(value))
    assert not is_facebook_export(path)
