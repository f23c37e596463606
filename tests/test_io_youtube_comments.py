"""YouTube's comments from Takeout read a comment a document (io.youtube_comments): newcomer
round 23. `comments.csv` was passed over: "no input curate reads"."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from curate.io.readers import Skipped
from curate.io.youtube_comments import NO_TEXT, comment_text
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)
HEADER = ["Comment ID", "Channel ID", "Comment create timestamp", "Price", "Parent comment ID",
          "Post ID", "Video ID", "Comment text"]  # fmt: skip


def _csv(texts: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for k, text in enumerate(texts):
        writer.writerow([f"Ugz{k}", "UC1", "2024-01-01T09:00:00+00:00", "0", "", "", "v1", text])
    return out.getvalue()


def _segments(*parts: dict) -> str:
    return ",".join(json.dumps(part) for part in parts)


COMMENTS = [
    _segments({"text": A}),
    _segments({"text": B + " "}, {"mention": {"channelId": "UC2"}, "text": "@Ann"}),
    _segments({"text": ""}),
]


@pytest.mark.parametrize("zipped", [False, True])
def test_a_comment_is_a_document(tmp_path, zipped):
    path = "Takeout/YouTube and YouTube Music/comments/comments.csv"
    if zipped:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as archive:
            archive.writestr(path, _csv(COMMENTS))
        (tmp_path / "takeout.zip").write_bytes(buf.getvalue())
    else:
        (tmp_path / path).parent.mkdir(parents=True)
        (tmp_path / path).write_text(_csv(COMMENTS), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [("Ugz0", A), ("Ugz1", f"{B} @Ann")]
    assert [i.kind for i in items if isinstance(i, Skipped)] == [NO_TEXT]


@pytest.mark.parametrize(
    "value, text",
    [
        ('{"text":"a "},{"text":"b"}', "a b"),
        ('{"text":"line\\nnext"}', "line\nnext"),
        ("plain words, not JSON", "plain words, not JSON"),
        ('"a string", "another"', '"a string", "another"'),
    ],
)
def test_comment_text(value, text):
    assert comment_text(value) == text
