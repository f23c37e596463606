"""A Reddit thread saved as JSON (`<post>.json`: a list of two listings) read a post or a
comment a document, replies after the comment they answer (io.reddit_thread). It was passed
over without a word (newcomer round 24)."""

from __future__ import annotations

import json
import zipfile

import pytest

from curate.io.reddit_thread import LINK_POST, MORE
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(5)


def _comment(cid, text, replies=""):
    data = {"id": cid, "name": f"t1_{cid}", "body": text, "permalink": f"/r/x/comments/a/b/{cid}/"}
    return {"kind": "t1", "data": data | {"replies": replies}}


def _listing(children):
    return {"kind": "Listing", "data": {"after": None, "children": children}}


def _thread(selftext=TEXTS[0], depth=1):
    reply = _comment("r1", TEXTS[2])
    for level in range(depth - 1):  # a chain of replies, each answering the one before
        reply = _comment(f"d{level}", TEXTS[2], _listing([reply]))
    post = {
        "kind": "t3",
        "data": {"id": "abc", "name": "t3_abc", "title": "Ferry", "selftext": selftext},
    }
    comments = [
        _comment("c1", TEXTS[1], _listing([reply])),
        _comment("c2", TEXTS[3]),
        {"kind": "more", "data": {"count": 7, "children": ["c9"]}},
    ]
    return [_listing([post]), _listing(comments)]


def _texts(items):
    return [d.text for d in documents(items)]


def test_a_thread_reads_its_post_then_each_comment_and_reply(tmp_path):
    path = tmp_path / "abc.json"
    path.write_text(json.dumps(_thread()))
    items = read_all(tmp_path)
    docs = documents(items)
    assert [d.text for d in docs] == [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[3]]
    assert [d.id for d in docs] == ["t3_abc", "t1_c1", "t1_r1", "t1_c2"]
    assert docs[0].title == "Ferry"
    assert [i.kind for i in items if type(i).__name__ == "Skipped"] == [MORE]
    assert not quarantined(items)


@pytest.mark.parametrize("selftext", ["", None])
def test_a_link_post_of_no_text_is_skipped_by_kind_and_its_comments_read(tmp_path, selftext):
    path = tmp_path / "abc.json"
    path.write_text(json.dumps(_thread(selftext=selftext)))
    items = read_all(path)
    assert _texts(items) == [TEXTS[1], TEXTS[2], TEXTS[3]]
    assert LINK_POST in [i.kind for i in items if type(i).__name__ == "Skipped"]


def test_a_deep_chain_of_replies_is_read_without_recursion_error(tmp_path):
    path = tmp_path / "abc.json"
    path.write_text(json.dumps(_thread(depth=150)))
    assert len(documents(read_all(path))) == 4 + 149


def test_a_thread_in_a_zip_and_after_curate_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "threads.zip", "w") as archive:
        archive.writestr("reddit/abc.json", json.dumps(_thread()))
    assert sorted(_texts(read_all(folder))) == sorted(TEXTS[:4])
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["kept"] == 4 and report["counts"]["skipped"] == 1


@pytest.mark.parametrize(
    "value",
    [
        [_listing([])],  # one listing: a subreddit's page, read as rows elsewhere
        [{"kind": "Listing"}, {"kind": "Listing"}],  # listings of nothing
        [{"kind": "t1", "data": {"body": TEXTS[0]}}, {"kind": "t1", "data": {"body": TEXTS[1]}}],
    ],
)
def test_json_of_no_thread_is_not_read_as_one(tmp_path, value):
    from curate.io.reddit_thread import is_reddit_thread

    path = tmp_path / "x.json"
    path.write_text(json.dumps(value))
    assert not is_reddit_thread(path)
