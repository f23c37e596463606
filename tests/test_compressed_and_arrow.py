"""Zstandard-compressed inputs (`.jsonl.zst` as The Pile ships them, `.txt.zst`) and the Arrow
shards of a `datasets` folder saved with `save_to_disk`."""

import json

import datasets
import pyarrow as pa
import pytest

from curate.document import Document
from curate.io.readers import Quarantined, read_inputs


def read(*paths, reader=None):
    items = list(read_inputs(paths, reader=reader))
    docs = [i for i in items if isinstance(i, Document)]
    bad = [i for i in items if isinstance(i, Quarantined)]
    return docs, bad


def _zst(path, data: bytes):
    with pa.CompressedOutputStream(str(path), "zstd") as out:
        out.write(data)
    return path


ROWS = "".join(json.dumps({"id": f"d{i}", "text": f"story {i} " * 30}) + "\n" for i in range(300))


def test_zstandard_json_lines_and_text_are_read(tmp_path):
    docs, bad = read(_zst(tmp_path / "pile-00.jsonl.zst", ROWS.encode()))
    assert len(docs) == 300 and not bad
    assert docs[7].id == "d7" and docs[7].text.startswith("story 7 ")
    (doc,), bad = read(_zst(tmp_path / "a.txt.zst", "Ein Artikel über Zürich.".encode()))
    assert (doc.id, doc.text, bad) == ("a", "Ein Artikel über Zürich.", [])
    lines, _ = read(_zst(tmp_path / "b.txt.zst", b"one\ntwo\n"), reader={"sample_by": "line"})
    assert [d.text for d in lines] == ["one", "two"]


# a plain file named .zst is read as it is (tests/test_newcomer_inputs4.py)
@pytest.mark.parametrize("damage", ["truncated", "corrupt"])
def test_a_damaged_zstandard_file_keeps_what_came_before_and_says_where(tmp_path, damage):
    good = _zst(tmp_path / "good.jsonl.zst", ROWS.encode() * 20).read_bytes()
    data = {
        "truncated": good[: len(good) // 2],
        "corrupt": good[:40] + bytes(64) + good[104:],
    }[damage]
    path = tmp_path / "bad.jsonl.zst"
    path.write_bytes(data)
    docs, bad = read(path)
    assert len(bad) == 1 and bad[0].kind == "truncated" and bad[0].file == str(path)
    assert bad[0].line == len(docs) + 1  # the line it could not read past


def test_a_saved_dataset_folder_is_read_row_by_row(tmp_path):
    rows = [
        {"id": f"h{i}", "text": f"article {i} " * 20, "url": f"https://e.x/{i}"} for i in range(5)
    ]
    datasets.Dataset.from_list(rows).save_to_disk(str(tmp_path / "saved"))
    docs, bad = read(tmp_path / "saved")
    assert [d.id for d in docs] == [f"h{i}" for i in range(5)] and not bad
    assert docs[2].text == rows[2]["text"] and docs[2].source == "https://e.x/2"
    found = list(read_inputs([tmp_path / "saved"]))
    assert sum(isinstance(i, Document) for i in found) == 5  # dataset_info/state.json: skipped


def test_arrow_files_streams_or_files_other_fields_and_damage(tmp_path):
    table = pa.table({"doc": ["x1", "x2"], "page_text": ["first text", "second text"]})
    stream = tmp_path / "s.arrow"
    with pa.ipc.new_stream(str(stream), table.schema) as out:
        out.write_table(table)
    file = tmp_path / "f.arrow"
    with pa.ipc.new_file(str(file), table.schema) as out:
        out.write_table(table)
    reader = {"text_field": "page_text", "id_field": "doc"}
    for path in (stream, file):
        docs, bad = read(path, reader=reader)
        assert [(d.id, d.text) for d in docs] == [("x1", "first text"), ("x2", "second text")]
    docs, bad = read(stream)  # no `text` column: a record a row saying which field to name
    assert not docs and [q.line for q in bad] == [1, 2]
    assert all("--text-field page_text" in q.error for q in bad)
    broken = tmp_path / "broken.arrow"
    broken.write_bytes(b"not arrow at all")
    docs, bad = read(broken)
    assert not docs and bad[0].kind == "unreadable"
