"""Dask's `0.part` files of JSON Lines (curate.io.json_lines_txt)."""

import json

import pytest

from curate.io.readers import Document, read_file, walk_inputs

STORY = "The council approved the budget after a long debate in the town hall."


def _part(path, first):
    rows = [{"id": f"p{n}", "text": f"{STORY} {n}"} for n in range(first, first + 2)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_dask_parts_of_json_lines_are_read(tmp_path):
    # `df.to_json(folder)` (NeMo Curator's JSON Lines shards): "passed over (.part 2)"
    _part(tmp_path / "0.part", 0)
    _part(tmp_path / "1.part", 2)
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["0.part", "1.part"] and found.skipped == []
    docs = [d for p in found.paths for d in read_file(p)]
    assert all(isinstance(d, Document) for d in docs)
    assert [d.id for d in docs] == ["p0", "p1", "p2", "p3"]


@pytest.mark.parametrize("name", ["rows.jsonl.part", "a0.part", ".0.part"])
def test_other_part_files_are_still_passed_over(tmp_path, name):
    _part(tmp_path / name, 0)  # a browser's download cut short, or a hidden file
    assert walk_inputs([tmp_path]).paths == []


def test_dask_parts_of_csv_are_read(tmp_path):
    # `df.to_csv(folder)`: `0.part`, `1.part`, each with its header (and pandas' index column)
    for part in (0, 1):
        rows = "".join(f'{n},c{part}{n},"{STORY} {n}"\n' for n in range(2))
        (tmp_path / f"{part}.part").write_text(",id,text\n" + rows, encoding="utf-8")
    found = walk_inputs([tmp_path])
    assert [p.name for p in found.paths] == ["0.part", "1.part"] and found.skipped == []
    docs = [d for p in found.paths for d in read_file(p)]
    assert [(d.id, d.text) for d in docs][:2] == [("c00", f"{STORY} 0"), ("c01", f"{STORY} 1")]
    assert len(docs) == 4 and all(isinstance(d, Document) for d in docs)
