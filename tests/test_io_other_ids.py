"""The ids other tools write, read when a record has no `id` (curate.io.text_aliases)."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.io.readers import Document, read_file
from curate.io.text_aliases import id_field_in

STORY = "The council approved the budget after a long debate."


@pytest.mark.parametrize(
    "names, expected",
    [
        (["text", "adlr_id", "file_name"], "adlr_id"),  # NeMo Curator's AddId
        (["raw_content", "doc_id", "meta"], "doc_id"),  # RedPajama v2
        (["text", "_id", "adlr_id"], "_id"),
        (["text", "id", "adlr_id"], None),  # `id` is read as it is
        (["text", "ID", "adlr_id"], "ID"),
        (["text", "ID", "Id", "adlr_id"], None),  # two ids in other cases: none guessed
        (["text", "url"], None),
    ],
)
def test_id_field_in(names, expected):
    assert id_field_in(names) == expected


def test_nemo_curator_shards_keep_their_ids(tmp_path):
    # NeMo Curator's `adlr_id` ("news-0000000001") was replaced by `<file>-<line>`: the
    # tool's duplicate lists, written against those ids, no longer matched anything
    rows = [{"text": f"{STORY} {n}", "adlr_id": f"news-{n:010d}", "file_name": "a"} for n in (1, 2)]
    jsonl = tmp_path / "shard_0.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    parquet = tmp_path / "shard_1.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet)
    for path in (jsonl, parquet):
        docs = [d for d in read_file(path) if isinstance(d, Document)]
        assert [d.id for d in docs] == ["news-0000000001", "news-0000000002"], path.name


def test_redpajama_v2_rows_keep_their_doc_id(tmp_path):
    row = {"raw_content": STORY, "doc_id": "2023-06/0000/en_head.json.gz/0", "meta": "{}"}
    path = tmp_path / "en_head.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [doc] = read_file(path)
    assert (doc.id, doc.text) == ("2023-06/0000/en_head.json.gz/0", STORY)


@pytest.mark.parametrize("name", ["part-00000", "0.part", "rows.txt"])
def test_json_lines_under_another_name_keep_their_ids_too(tmp_path, name):
    # a Spark part, a Dask part, a `.txt` of JSON Lines: read as JSON Lines, but `adlr_id` and
    # `ID` were not looked for there: every id was `<file>-<line>`
    rows = [{"text": f"{STORY} {n}", "adlr_id": f"news-{n:010d}"} for n in (1, 2)]
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert [d.id for d in read_file(path)] == ["news-0000000001", "news-0000000002"]


IDS = {
    "tweet_id": lambda k: 1234567890 + k,
    "article_id": lambda k: f"art-{k}",
    "guid": lambda k: f"https://n.example/?p={k}",
    "uuid": lambda k: f"0b6f{k:04d}-1d2e-4c3b-9a8f-1234567890ab",
    "post_id": lambda k: f"p{k}",
    "storyId": lambda k: 77 + k,
    "Record ID": lambda k: f"R{k}",
}


def _write_rows(path, rows):
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif path.suffix == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.mark.parametrize("column", list(IDS))
@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_an_id_under_a_name_of_its_own_is_the_id(tmp_path, column, suffix):
    # every document was `<file>-<line>` (round 19): the tool's own lists matched nothing
    make = IDS[column]
    rows = [{column: make(k), "user_id": 42, "text": f"{STORY} {k}"} for k in range(4)]
    path = tmp_path / f"rows{suffix}"
    _write_rows(path, rows)
    assert [d.id for d in read_file(path)] == [str(make(k)) for k in range(4)]


@pytest.mark.parametrize(
    "rows, expected",
    [
        # what a document belongs to is never its id, distinct or not
        ([{"user_id": 40 + k, "text": f"{STORY} {k}"} for k in range(3)], None),
        # a repeated value is no id; two distinct ones of no known name are not guessed between
        ([{"row_id": k % 2, "text": STORY} for k in range(4)], None),
        ([{"row_id": k, "sample_id": f"s{k}", "text": STORY} for k in range(3)], None),
        # one distinct column of another name is; a known name wins over another
        ([{"row_id": k, "text": STORY} for k in range(3)], "row_id"),
        (
            [{"user_id": k, "tweet_id": 9 + k, "review_id": k, "text": STORY} for k in range(3)],
            "tweet_id",
        ),
        # a blank or a float value is no id; `ID` is read as before
        ([{"row_id": " ", "text": STORY}, {"row_id": "x", "text": STORY}], None),
        ([{"row_id": 1.5, "text": STORY}], None),
        ([{"ID": 1, "post_id": 2, "text": STORY}], "ID"),
    ],
)
def test_the_id_column_is_told_by_its_values(rows, expected):
    from curate.io.id_columns import document_id_field

    names = list(rows[0])
    found = id_field_in(names) or document_id_field(names, lambda _: rows)
    assert found == expected
