"""A data file with nothing in it, in a folder (io.empty_files): one `empty` record naming it,
whatever its kind. A `.json`, `.json.gz` (Dolma's shards) or `.csv` of no bytes was passed over
as a file of its extension ("skipped: .json.gz 1"), no reason given, where an empty `.jsonl`
was quarantined as `empty` (session 52's ecosystem round)."""

import bz2
import gzip
import json

import pytest
import zstandard

from curate.io.readers import Quarantined, walk_inputs
from tests.newcomer_runs import documents, read_all, texts_of


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cc_news-0002.json.gz", gzip.compress(b"", mtime=0)),  # Dolma's shard of an empty stream
        ("c4-0003.json.zst", zstandard.ZstdCompressor().compress(b"\n")),
        ("rows.json", b""),
        ("rows.json", b"\n \n"),
        ("rows.json.bz2", bz2.compress(b"")),
        ("rows.csv", b""),
        ("rows.csv.gz", gzip.compress(b"", mtime=0)),
        ("rows.tsv", b"\n"),
    ],
)
def test_an_empty_json_or_table_in_a_folder_is_one_empty_record(tmp_path, name, data):
    (tmp_path / "ok.jsonl").write_text(json.dumps({"text": texts_of(1)[0]}) + "\n")
    (tmp_path / name).write_bytes(data)
    items = read_all(tmp_path)
    assert len(documents(items)) == 1
    empty = [i for i in items if isinstance(i, Quarantined)]
    assert [(q.file, q.kind) for q in empty] == [(str(tmp_path / name), "empty")]
    assert "nothing to read" in empty[0].error
    assert not walk_inputs([tmp_path]).skipped


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tags.json", b'{"tags": ["a", "b"]}'),  # JSON of no records: passed over, as before
        ("sitemap.json", b"[]"),
        ("notes.csv", b"name,count\nJane,3\n"),  # a table of no text column
    ],
)
def test_a_json_or_table_that_holds_something_else_is_still_passed_over(tmp_path, name, data):
    (tmp_path / "ok.jsonl").write_text(json.dumps({"text": texts_of(1)[0]}) + "\n")
    (tmp_path / name).write_bytes(data)
    assert walk_inputs([tmp_path]).skipped == [str(tmp_path / name)]
