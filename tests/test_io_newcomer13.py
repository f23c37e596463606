"""Inputs a first run brings, one test a kind (session 24, thirteenth round): a `.json` array of
batches of records (io.batched_records), a headerless `id<TAB>text` table (io.id_text_rows),
records of a split not asked for counted as skipped (io.json_splits), `--split` into archives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curate.io.readers import Document, Quarantined, read_inputs
from tests.archive_files import pack
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


def _id_text(rows: int, id_of=str) -> str:
    return "".join(f"{id_of(k)}\t{TEXT.format(k)}\n" for k in range(rows))


def test_a_headerless_id_text_table_is_read_with_its_ids(tmp_path):
    # MS MARCO's `collection.tsv` (`pid<TAB>passage`, no header) was passed over with advice
    # to write a header; a BEIR-like `corpus.tsv` of string ids the same
    import gzip

    from curate.io.id_text_rows import SAMPLE_ROWS

    (tmp_path / "in").mkdir()
    bad = "999\tcut\tshort row\n"  # past the rows looked at: quarantined, by its line
    (tmp_path / "in" / "collection.tsv").write_text(_id_text(SAMPLE_ROWS + 1) + bad)
    corpus = _id_text(3, lambda k: f"doc-{k}").encode()
    (tmp_path / "in" / "corpus.tsv.gz").write_bytes(gzip.compress(corpus))
    docs, quarantined = _read(tmp_path / "in")
    assert len(docs) == SAMPLE_ROWS + 1 + 3
    assert {d.id: d.text for d in docs}["7"] == TEXT.format(7)
    assert {d.id: d.text for d in docs}["doc-2"] == TEXT.format(2)
    assert [(Path(q.file).name, q.line, q.kind) for q in quarantined] == [
        ("collection.tsv", SAMPLE_ROWS + 2, "malformed_row")
    ]
    result, text = invoke("run", tmp_path / "in", "--out", tmp_path / "out", "--skip", "quality")
    assert result.exit_code == 0, text
    counts = json.loads((tmp_path / "out" / "report.json").read_text())["counts"]
    assert counts["read"] == SAMPLE_ROWS + 5 and counts["quarantined"] == 1


def test_a_headerless_table_of_another_shape_keeps_the_advice(tmp_path):
    lines = {
        # (a label first, or beside id and text, is read since round 16: io.id_text_rows)
        "prose.tsv": "".join(f"Jane Doe\t{TEXT.format(k)}\n" for k in range(4)),  # no token
        "wide.tsv": "".join(f"{k}\t{TEXT.format(k)}" + "\tx" * 8 + "\n" for k in range(4)),
        "short.tsv": "".join(f"{k}\tyes\n" for k in range(4)),  # no text
    }
    for name, rows in lines.items():
        (tmp_path / name).write_text(rows)
    docs, _ = _read(tmp_path)
    assert not docs
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code != 0


def test_a_header_naming_no_text_field_is_read_by_its_column_of_sentences(tmp_path):
    # `pid<TAB>passage` over 3 rows kept the advice: under 4 rows, its sentences tell the text
    # (io.prose_columns, session 30)
    (tmp_path / "header.tsv").write_text("pid\tpassage\n" + _id_text(3))
    docs, quarantined = _read(tmp_path)
    assert [d.text for d in docs] == [TEXT.format(k) for k in range(3)] and not quarantined


def test_a_table_with_a_header_is_read_by_it_as_before(tmp_path):
    (tmp_path / "t.tsv").write_text("id\ttext\n" + _id_text(3, lambda k: f"a{k}"))
    docs, quarantined = _read(tmp_path)
    assert [(d.id, d.text) for d in docs] == [(f"a{k}", TEXT.format(k)) for k in range(3)]
    assert not quarantined


def test_records_of_a_split_not_asked_for_are_counted_as_skipped_by_split(tmp_path):
    # `--split test` of a file of train and test: train's records, even one to quarantine,
    # left without a word; read = kept + removed + quarantined + skipped
    rows = {"train": [{"text": t} for t in _texts(3)] + [5], "test": _texts(2, start=10)}
    (tmp_path / "d.json").write_text(json.dumps(rows))
    items = list(read_inputs([tmp_path], reader={"split": ["test"]}))
    assert sorted(getattr(i, "kind", "") for i in items) == ["", ""] + ["split/train"] * 4
    result, text = invoke(
        "run", tmp_path, "--out", tmp_path / "out", "--split", "test", "--skip", "quality"
    )
    assert result.exit_code == 0, text
    assert "4 records of splits not asked for skipped (train 4)" in " ".join(text.split())
    report = json.loads((tmp_path / "out" / "report.json").read_text())
    counts = report["counts"]
    assert report["skipped_records"] == {"split/train": 4} and counts["skipped"] == 4
    assert counts["read"] == 6 == counts["kept"] + counts["removed"] + counts["quarantined"] + 4
    assert "## Records of splits not asked for (4;" in (tmp_path / "out" / "README.md").read_text()


@pytest.mark.parametrize(
    "packed, names",
    [
        ("data.zip", ("ds/train.jsonl", "ds/test.jsonl")),
        ("data.tar.gz", ("data/train-00000-of-00001.jsonl", "data/test-00000-of-00001.jsonl")),
    ],
)
def test_split_asked_of_an_archive_of_split_files_reads_that_split(tmp_path, packed, names):
    # "--split test: not in the input; it holds no splits" of a zip holding test.jsonl
    def lines(texts: list[str]) -> str:
        return "".join(json.dumps({"text": t}) + "\n" for t in texts)

    members = {names[0]: lines(_texts(3)), names[1]: lines(_texts(2, 10)), "ds/notes.txt": TEXT}
    given = pack(tmp_path / packed, members)
    docs, quarantined = _read(given, reader={"split": ["test"]})
    assert [(d.text, d.labels.get("split")) for d in docs] == [(t, "test") for t in _texts(2, 10)]
    assert not quarantined
    result, text = invoke("run", given, "--out", tmp_path / "out", "--split", "test")
    assert result.exit_code == 0, text
    assert [p.name for p in (tmp_path / "out" / "data").iterdir()] == [
        "test-00000-of-00001.parquet"
    ]
    result, text = invoke("run", given, "--out", tmp_path / "o2", "--split", "nope")
    assert result.exit_code != 0 and "its splits are train, test" in text
    docs, _ = _read(given)  # no --split: every member, as before
    assert len(docs) == 6


def test_headerless_id_text_rows_and_batches_are_read_zipped_too(tmp_path):
    # a member is read as a folder's file: `collection.tsv` zipped was one `missing_field`
    rows = [[{"content": TEXT.format(0)}], [{"content": TEXT.format(1)}]]  # `content`: aliased
    given = pack(
        tmp_path / "corpus.zip",
        {"a/collection.tsv": _id_text(3), "a/batches.json": json.dumps(rows)},
    )
    docs, quarantined = _read(given)
    assert sorted(d.id for d in docs) == ["0", "1", "2", "corpus/a/batches-1", "corpus/a/batches-2"]
    assert not quarantined
