"""A file's text field guessed from the first row that holds a text (curate.io.first_text_row)."""

import csv
import gzip
import json

import pytest

from curate.io.first_text_row import MAX_ROWS, first_deciding
from curate.io.readers import Document, Quarantined, read_file, walk_inputs

STORY = "The council approved the budget after a long debate."


def _texts(path):
    items = list(read_file(path))
    docs = [(d.id, d.text) for d in items if isinstance(d, Document)]
    return docs, [q for q in items if isinstance(q, Quarantined)]


@pytest.mark.parametrize(
    "first",
    [
        {"id": "r0", "url": "https://example.com/0", "content": None, "error": "timeout"},
        {"id": "r0", "content": ""},
        {"id": "r0", "content": "Forbidden"},  # one word: no text to guess from
    ],
    ids=["null", "empty", "one-word"],
)
@pytest.mark.parametrize("name", ["rows.jsonl", "rows.jsonl.gz"])
def test_a_first_row_without_text_does_not_lose_the_file(tmp_path, first, name):
    # every row was quarantined "no 'text' field ... if 'url' holds the text: --text-field url"
    rows = [first] + [{"id": f"r{n}", "content": f"{STORY} {n}"} for n in (1, 2)]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    docs, quarantined = _texts(path)
    assert docs[-2:] == [("r1", f"{STORY} 1"), ("r2", f"{STORY} 2")]
    assert len(docs) + len(quarantined) == 3  # the first row read or quarantined, never lost
    assert all("--text-field" not in q.error for q in quarantined)


def test_a_csv_whose_first_row_has_no_text_is_read(tmp_path):
    # the whole file was passed over: "no 'text' field ... if 'id' holds the text"
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerows([["id", "content"], ["c0", ""], ["c1", STORY], ["c2", STORY + " 2"]])
    assert walk_inputs([tmp_path]).paths == [path]
    docs, _ = _texts(path)
    assert docs[-2:] == [("c1", STORY), ("c2", STORY + " 2")]


def test_a_nested_text_after_a_first_row_without_it_is_read(tmp_path):
    rows = [{"id": "n0", "content": {"text": None}}, {"id": "n1", "content": {"text": STORY}}]
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, [first] = _texts(path)
    assert docs == [("n1", STORY)] and first.line == 1 and first.kind == "missing_field"


def test_first_deciding_looks_at_most_max_rows():
    rows = [{"n": n} for n in range(MAX_ROWS + 5)]
    assert first_deciding(rows, lambda r: r["n"] == 3) == {"n": 3}
    assert first_deciding(rows, lambda r: r["n"] == MAX_ROWS) == {"n": 0}  # too far: the first
    assert first_deciding([], bool) is None


@pytest.mark.parametrize("wrapped", [False, True], ids=["array", "wrapper"])
def test_a_json_array_whose_first_item_has_no_text_is_read(tmp_path, wrapped):
    # `[{"content": null}, ...]` and `{"status": "ok", "articles": [...]}` were passed over
    rows = [{"id": "a0", "content": None}] + [{"id": f"a{n}", "content": STORY} for n in (1, 2)]
    path = tmp_path / "rows.json"
    path.write_text(json.dumps({"status": "ok", "articles": rows} if wrapped else rows), "utf-8")
    assert walk_inputs([tmp_path]).paths == [path]
    docs, [first] = _texts(path)
    assert docs == [("a1", STORY), ("a2", STORY)] and first.kind == "missing_field"


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.json"])
def test_a_value_nested_past_the_stack_after_the_first_row_is_passed_over(tmp_path, name):
    # the look past the first row stopped the run with RecursionError
    deep = "[" * 100_000 + "]" * 100_000
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text(f'{{"id": "r0", "content": null}}\n{deep}\n', encoding="utf-8")
    else:
        path.write_text(f'[{{"id": "r0", "content": null}}, {deep}]', encoding="utf-8")
    list(read_file(path))
    walk_inputs([tmp_path])


@pytest.mark.parametrize("empty", [None, ""])
def test_an_article_saved_alone_with_its_text_empty_is_quarantined_not_skipped(tmp_path, empty):
    # news-please writes an article a `.json`; one whose extraction failed (`"maintext":
    # null`) was among the skipped files with no reason, the input count one short
    for n, text in enumerate([empty, STORY]):
        row = {"title": f"Title {n}", "maintext": text, "url": f"https://example.com/{n}"}
        (tmp_path / f"{n:03d}.json").write_text(json.dumps(row), encoding="utf-8")
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["000.json", "001.json"] and found.skipped == []
    (failed,) = read_file(found.paths[0])
    if empty is None:
        assert isinstance(failed, Quarantined) and failed.error == "'maintext' is null"
    else:  # an empty text: a document the stages remove with their reason
        assert isinstance(failed, Document) and failed.text == ""


def test_a_one_word_or_an_object_under_a_known_name_is_still_no_text(tmp_path):
    (tmp_path / "notes.json").write_text('[{"title": "a", "body": "draft"}]', encoding="utf-8")
    (tmp_path / "meta.json").write_text('{"content": {"pages": 3}}', encoding="utf-8")
    assert walk_inputs([tmp_path]).paths == []
