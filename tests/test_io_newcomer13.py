"""Inputs a first run brings, one test a kind (session 24, thirteenth round): a `.json` array of
batches of records (io.batched_records), a headerless `id<TAB>text` table (io.id_text_rows),
records of a split not asked for counted as skipped (io.json_splits), `--split` into archives."""

from __future__ import annotations

import json
from pathlib import Path

from curate.io.readers import Document, Quarantined, read_inputs
from tests.test_newcomer_inputs import invoke

TEXT = "The council met on Tuesday to discuss the new budget for the schools and roads, item {}."


def _read(*inputs: Path, reader: dict | None = None) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs(inputs, reader=reader))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


def _texts(n: int, start: int = 0) -> list[str]:
    return [TEXT.format(k) for k in range(start, start + n)]


def test_an_array_of_batches_of_records_is_read_one_level_down(tmp_path):
    # `[[{...}, {...}], [{...}]]` was passed over as orient="values" ("put a first row of
    # column names"); named alone, each batch was one "an item must be a JSON object"
    batches = [[{"id": "a", "text": t} for t in _texts(2)], [{"text": TEXT.format(5)}, "stray"]]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "batches.json").write_text(json.dumps(batches))
    for given in (tmp_path / "in", tmp_path / "in" / "batches.json"):
        docs, quarantined = _read(given)
        assert [d.text for d in docs] == _texts(2) + [TEXT.format(5)]
        assert docs[0].id == "a"
        assert [(q.kind, q.line) for q in quarantined] == [("malformed_json", 4)]


def test_batches_of_records_under_another_field_get_that_fields_advice(tmp_path):
    rows = [[{"sentence": t} for t in _texts(2)], [{"sentence": TEXT.format(5)}]]
    (tmp_path / "batches.json").write_text(json.dumps(rows))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    flat = " ".join(text.split())
    assert result.exit_code != 0 and "batches" in flat and "--text-field sentence" in flat
    assert 'orient="records"' not in flat
    result, text = invoke("run", tmp_path, "--out", tmp_path / "o2", "--text-field", "sentence")
    assert result.exit_code == 0, text
    assert json.loads((tmp_path / "o2" / "report.json").read_text())["counts"]["read"] == 3
