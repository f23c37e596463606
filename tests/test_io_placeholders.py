"""A platform's placeholder for a removed post read as a document (io.placeholders): Reddit's
`[removed]` / `[deleted]`, Hacker News's `[flagged]` / `[dead]`, Slack's and the chats' "This
message was deleted." were kept as texts; newcomer round 23. They are skipped by kind at read
time and counted; a real text that merely holds the word stays."""

from __future__ import annotations

import json

import pytest

from curate.io.placeholders import DELETED_PLACEHOLDER, placeholder_kind
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, read_all, run_counted, texts_of

A, B = texts_of(2)
PLACEHOLDERS = [
    "[removed]",
    "[deleted]",
    "[ Removed by Reddit ]",
    "[flagged]",
    "[dead]",
    "This Tweet was deleted by the Tweet author.",
    "This message was deleted.",
    "You deleted this message",
    "  [REMOVED]\n",
]


def _skipped(items: list) -> list[str]:
    return [i.kind for i in items if isinstance(i, Skipped)]


@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
@pytest.mark.parametrize("kind", ["reddit_jsonl", "hn_items", "csv", "algolia"])
def test_a_placeholder_is_skipped_by_kind_in_every_format(tmp_path, placeholder, kind):
    if kind == "reddit_jsonl":  # Pushshift's comments: `body`
        rows = [{"id": f"c{k}", "body": t} for k, t in enumerate((A, placeholder, B))]
        (tmp_path / "RC_town.ndjson").write_text("".join(json.dumps(r) + "\n" for r in rows))
    elif kind == "hn_items":
        rows = [{"id": k, "type": "comment", "text": t} for k, t in enumerate((A, placeholder, B))]
        (tmp_path / "items.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    elif kind == "csv":  # Reddit's GDPR `comments.csv`, a Slack channel flattened
        body = "".join(f'{k},"{t}"\n' for k, t in enumerate((A, placeholder, B)))
        (tmp_path / "comments.csv").write_text("id,body\n" + body)
    else:
        hits = [{"objectID": str(k), "comment_text": t} for k, t in enumerate((A, placeholder, B))]
        (tmp_path / "search.json").write_text(json.dumps({"hits": hits, "page": 0}))
    items = read_all(tmp_path)
    assert [d.text for d in documents(items)] == [A, B]
    assert _skipped(items) == [DELETED_PLACEHOLDER]


@pytest.mark.parametrize(
    "text",
    [
        "[removed] by the moderators after a long debate on the harbour budget.",
        "The post was [deleted] and the council never answered.",
        "This message was deleted. The council approved the budget anyway.",
        "removed",
        "deleted",
        "",
    ],
)
def test_a_text_that_merely_holds_the_word_is_no_placeholder(text):
    assert placeholder_kind(text) is None


def test_a_long_text_is_never_a_placeholder():
    assert placeholder_kind("[removed] " * 500) is None


def test_placeholders_are_counted_skipped_in_the_run(tmp_path):
    rows = [{"id": f"c{k}", "body": t} for k, t in enumerate((A, "[removed]", B, "[deleted]"))]
    (tmp_path / "RC_town.ndjson").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    report, _ = run_counted(tmp_path / "RC_town.ndjson", "--out", out)
    assert report["counts"]["kept"] == 2
    assert report["counts"]["skipped"] == 2
    kept = [json.loads(line)["text"] for f in (out / "jsonl").glob("*.jsonl") for line in open(f)]
    assert sorted(kept) == sorted([A, B])
