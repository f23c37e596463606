"""A file holding another kind of records than its name says (io.other_kinds): JSON Lines or a
JSON array in a `.csv`, `.tsv` or `.txt`, a table in a `.jsonl` or `.json`."""

from __future__ import annotations

import gzip
import json

import pytest

from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(5)
JSONL = "".join(json.dumps({"id": f"d{k}", "text": t}) + "\n" for k, t in enumerate(TEXTS))
CONTENT = "".join(json.dumps({"id": f"d{k}", "content": t}) + "\n" for k, t in enumerate(TEXTS))
ARRAY = json.dumps([{"id": f"d{k}", "text": t} for k, t in enumerate(TEXTS)], indent=1)
CSV = "id,text\n" + "".join(f'd{k},"{t}"\n' for k, t in enumerate(TEXTS))
TSV = "id\ttext\n" + "".join(f"d{k}\t{t}\n" for k, t in enumerate(TEXTS))

SHAPES = [
    # `df.to_json(lines=True)` saved as `.csv`: "no 'text' or 'html' column in the header"
    ("rows.csv", JSONL.encode()),
    ("rows.tsv", JSONL.encode()),
    ("rows.csv", CONTENT.encode()),  # under a known text field (io.text_aliases)
    ("rows.csv", ARRAY.encode()),
    ("rows.csv.gz", gzip.compress(JSONL.encode())),
    ("rows.csv", JSONL.encode("utf-16")),
    # a table saved as `.jsonl`: a `malformed_json` record a line
    ("rows.jsonl", CSV.encode()),
    ("rows.jsonl", TSV.encode()),
    ("rows.ndjson", ("\ufeff" + CSV).encode()),
    # a table saved as `.json`: "no JSON records"
    ("rows.json", CSV.encode()),
    # a JSON array saved as `.txt`: ONE document of JSON source
    ("rows.txt", ARRAY.encode()),
]


@pytest.mark.parametrize(("name", "data"), SHAPES)
def test_a_file_is_read_as_what_it_holds(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    items = read_all(path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [(f"d{k}", t) for k, t in enumerate(TEXTS)]
    assert walk_inputs([tmp_path]).paths == [path]  # found in a folder, not passed over


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("story.txt", "[Updated] " + "\n\n".join(TEXTS), 1),  # prose opening with a bracket
        ("notes.txt", '{"draft": true}\n\n' + "\n\n".join(TEXTS), 1),
        ("rows.csv", '{"id": 1, "title": "no text"}\n{"id": 2, "title": "here"}\n', 0),
        ("rows.jsonl", "The council met on Tuesday.\nIt voted on the budget.\n", 0),
    ],
)
def test_a_file_of_neither_kind_is_read_by_its_name(tmp_path, name, text, count):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = read_all(path)
    assert len(documents(items)) == count
    if count:
        assert documents(items)[0].text.startswith(text[:9])


def test_with_sample_by_line_a_txt_stays_lines(tmp_path):
    path = tmp_path / "rows.txt"
    path.write_text(ARRAY, encoding="utf-8")
    docs = documents(read_all(path, reader={"sample_by": "line"}))
    assert len(docs) == len(ARRAY.splitlines())


def test_a_run_counts_every_record(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(JSONL, encoding="utf-8")
    (folder / "b.jsonl").write_text(CSV, encoding="utf-8")
    (folder / "c.json").write_text(TSV.replace("d", "e"), encoding="utf-8")
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"), "--skip", "dedup")
    assert report["counts"]["read"] == 15 and report["counts"]["quarantined"] == 0
    assert not report.get("skipped_files")
