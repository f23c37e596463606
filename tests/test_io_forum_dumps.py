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


def _hit(k: int, field: str | None, text: str | None) -> dict:
    hit = {
        "objectID": str(k),
        "author": "ann",
        "_tags": ["comment" if field == "comment_text" else "story"],
    }
    return hit | ({field: text} if field else {})  # fmt: skip


@pytest.mark.parametrize(
    "fields",
    [
        ("story_text", "comment_text", "comment_text"),  # a search: stories first
        ("comment_text", "story_text", "comment_text"),  # comments first
        ("story_text", "story_text", "comment_text"),
    ],
)
def test_a_search_of_stories_and_comments_reads_each_rows_own_field(tmp_path, fields):
    texts = texts_of(3, start=10)
    hits = [_hit(k, f, t) for k, (f, t) in enumerate(zip(fields, texts, strict=True))]
    (tmp_path / "search.json").write_text(json.dumps({"hits": hits, "nbHits": 3, "page": 0}))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == texts


@pytest.mark.parametrize("packed", ["jsonl", "csv"])
def test_rows_of_two_known_text_fields_read_each_from_its_own(tmp_path, packed):
    # two exports concatenated: `content` rows, then `body` rows, no `text` column
    texts = texts_of(4, start=20)
    rows = [{"id": k, ("content" if k < 2 else "body"): t} for k, t in enumerate(texts)]
    if packed == "jsonl":
        (tmp_path / "mixed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    else:
        lines = [f'{k},"{t}",' if k < 2 else f'{k},,"{t}"' for k, t in enumerate(texts)]
        (tmp_path / "mixed.csv").write_text("id,content,body\n" + "\n".join(lines) + "\n")
    items = read_all(tmp_path)
    assert [d.text for d in documents(items)] == texts


def test_a_hit_of_no_text_field_stays_quarantined_with_advice(tmp_path):
    hits = [_hit(0, "story_text", A), _hit(1, "story_text", None), _hit(2, None, None),
            _hit(3, "comment_text", B)]  # fmt: skip
    (tmp_path / "search.json").write_text(json.dumps({"hits": hits, "page": 0}))
    items = read_all(tmp_path)
    assert [d.text for d in documents(items)] == [A, B]
    held = quarantined(items)
    assert [q.kind for q in held] == ["missing_field", "missing_field"]
    assert all("story_text" in q.error for q in held)


def test_a_named_text_field_is_read_alone(tmp_path):
    hits = [_hit(0, "story_text", A), _hit(1, "comment_text", B)]
    (tmp_path / "search.json").write_text(json.dumps({"hits": hits, "page": 0}))
    items = read_all(tmp_path, reader={"text_field": "story_text"})
    assert [d.text for d in documents(items)] == [A]
    assert len(quarantined(items)) == 1
