"""Text fields known by name, read without `--text-field` (curate.io.text_aliases)."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.io.readers import Document, read_file

STORY = "The council approved the budget after a long debate in the town hall."


@pytest.mark.parametrize("name", ["train.jsonl", "train.parquet"])
def test_a_summarisation_sets_document_is_the_text(tmp_path, name):
    # XSum, Multi-News, Gigaword: `document` and `summary`; every row was quarantined
    rows = [
        {"document": f"{STORY} {n}", "summary": "Budget passed.", "id": f"x{n}"} for n in (1, 2)
    ]
    path = tmp_path / name
    if name.endswith(".parquet"):
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs = list(read_file(path))
    assert all(isinstance(d, Document) for d in docs)
    assert [(d.id, d.text) for d in docs] == [("x1", f"{STORY} 1"), ("x2", f"{STORY} 2")]
    assert docs[0].labels["text_field"] == "document"
