"""Reddit's and Hacker News's records read from their text's own field (io.text_aliases):
newcomer round 23. A Pushshift submissions dump was quarantined a row at a time, "no 'text'
field ... --text-field selftext"; Hacker News's Algolia `hits` were passed over."""

from __future__ import annotations

import json

import pytest
import zstandard

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)


def _submission(k: int, text: str) -> dict:
    return {"id": f"s{k}", "subreddit": "town", "author": "ann", "created_utc": 1704099600 + k,
            "title": f"Post {k}", "selftext": text, "is_self": True}  # fmt: skip


@pytest.mark.parametrize("packed", ["ndjson", "zst", "json"])
def test_a_reddit_submissions_dump_reads_its_selftext(tmp_path, packed):
    rows = [_submission(k, text) for k, text in enumerate((A, B, C))]
    lines = "".join(json.dumps(row) + "\n" for row in rows).encode()
    if packed == "zst":
        (tmp_path / "RS_2024-01.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    elif packed == "json":  # the API's listing, saved: {"data": {"children": [{"data": ...}]}}
        listing = {
            "kind": "Listing",
            "data": {"children": [{"kind": "t3", "data": r} for r in rows]},
        }
        (tmp_path / "hot.json").write_text(json.dumps(listing))
    else:
        (tmp_path / "submissions.ndjson").write_bytes(lines)
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.text for d in docs] == [A, B, C]
    assert [d.title for d in docs] == ["Post 0", "Post 1", "Post 2"]


def test_hacker_news_stories_text_is_read(tmp_path):
    hits = [
        {"objectID": str(k), "title": f"Ask HN {k}", "story_text": t, "_tags": ["story"]}
        for k, t in enumerate((A, B))
    ]
    (tmp_path / "search.json").write_text(json.dumps({"hits": hits, "nbHits": 2, "page": 0}))
    assert [d.text for d in documents(read_all(tmp_path))] == [A, B]


def test_hacker_news_comments_text_is_read(tmp_path):
    hits = [{"objectID": "9", "comment_text": C, "story_id": 1, "_tags": ["comment"]}]
    (tmp_path / "comments.json").write_text(json.dumps({"hits": hits}))
    assert [d.text for d in documents(read_all(tmp_path))] == [C]
