"""Inputs a first run brings, one test a kind (session 24, twelfth round): a dataset's splits
in one `.json` file (io.json_splits), SQuAD's own JSON (io.squad), pandas' `orient="values"`
(io.value_rows), a job's marker files zipped with its parts (io.job_markers)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from curate.io.readers import Document, Quarantined, read_inputs, skipped_kinds, walk_inputs
from tests.test_newcomer_inputs import invoke

TEXT = "The council met on Tuesday to discuss the new budget for the schools and roads, item {}."


def _read(*inputs: Path) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs(inputs))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


def _texts(n: int, start: int = 0) -> list[str]:
    return [TEXT.format(k) for k in range(start, start + n)]


def _rows(texts: list[str]) -> list[dict[str, str]]:
    return [{"text": t} for t in texts]


SPLIT_SHAPES = {
    # each: train's 3 texts (0, 1, 2) and test's 2 (10, 11); lost, or read as one document
    "records": lambda tr, te: {
        "train": [{"text": t} for t in tr],
        "test": [{"text": t} for t in te],
    },
    "first_without_text": lambda tr, te: {
        "train": [{"id": "header"}] + [{"text": t} for t in tr],
        "test": [{"text": None}] + [{"text": t} for t in te],
    },
    "strings": lambda tr, te: {"train": tr, "test": te},
    "columns": lambda tr, te: {
        "train": {"text": tr, "label": [0] * len(tr)},
        "test": {"text": te, "label": [1] * len(te)},
    },
    "pandas_index": lambda tr, te: {
        "train": {str(k): {"text": t} for k, t in enumerate(tr)},
        "test": {str(k): {"text": t} for k, t in enumerate(te)},
    },
    "pandas_split": lambda tr, te: {
        "train": {"columns": ["id", "text"], "data": [[f"a{k}", t] for k, t in enumerate(tr)]},
        "test": {"columns": ["id", "text"], "data": [[f"b{k}", t] for k, t in enumerate(te)]},
    },
    "under_data_with_metadata": lambda tr, te: {
        "version": "1.0",
        "data": {
            "train": [{"text": t} for t in tr],
            "validation_matched": [{"text": t} for t in te],
        },
    },
}


@pytest.mark.parametrize("shape", sorted(SPLIT_SHAPES))
def test_every_split_of_one_json_file_is_read_and_labelled(tmp_path, shape):
    # a split whose first record held no text, of bare strings, or a table of its own lost all
    # its records (passed over, or one document joining a split's texts)
    train, test = _texts(3), _texts(2, start=10)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "dataset.json").write_text(json.dumps(SPLIT_SHAPES[shape](train, test)))
    docs, _ = _read(folder)
    assert sorted(d.text for d in docs) == sorted(train + test)
    by_split = {d.text: d.labels.get("input_split") for d in docs}
    assert {by_split[t] for t in train} == {"train"}
    assert len({by_split[t] for t in test}) == 1 and None not in by_split.values()


def test_split_records_without_a_text_field_get_advice_naming_their_field(tmp_path):
    # GLUE-like `{"train": [{"sentence": ...}]}`: "--text-field NAME" named no field; since
    # session 30 its one column of prose under the wrapper is read (io.prose_columns)
    rows = {"train": [{"sentence": t, "label": 1} for t in _texts(3)], "test": []}
    (tmp_path / "glue.json").write_text(json.dumps(rows))
    docs, _ = _read(tmp_path)
    assert [d.labels["text_field"] for d in docs] == ["sentence"] * 3
    result, text = invoke(
        "run", tmp_path / "glue.json", "--out", tmp_path / "out2", "--text-field", "sentence"
    )
    assert result.exit_code == 0, text
    report = json.loads((tmp_path / "out2" / "report.json").read_text())
    assert report["counts"]["read"] == 3 and report["input_splits"] == {"train": 3}


def _squad(articles: dict[str, list[str]]) -> dict:
    return {
        "version": "v2.0",
        "data": [
            {
                "title": title,
                "paragraphs": [
                    {"context": c, "qas": [{"id": f"q{k}", "question": "When?", "answers": []}]}
                    for k, c in enumerate(contexts)
                ],
            }
            for title, contexts in articles.items()
        ],
    }


def test_squad_json_is_a_document_a_context_titled_by_its_article(tmp_path):
    # it was passed over with "if 'title' holds the text: --text-field title"
    articles = {"Budget": _texts(2), "Roads": _texts(1, start=5)}
    (tmp_path / "train-v2.0.json").write_text(json.dumps(_squad(articles)))
    (tmp_path / "dev.json.gz").write_bytes(
        __import__("gzip").compress(json.dumps(_squad({"Rail": _texts(1, start=9)})).encode())
    )
    docs, quarantined = _read(tmp_path)
    assert sorted((d.title, d.text) for d in docs) == sorted(
        (title, c)
        for a in (articles, {"Rail": _texts(1, start=9)})
        for title, cs in a.items()
        for c in cs
    )
    assert not quarantined and all("When?" not in d.text for d in docs)


def test_pandas_values_json_is_read_when_a_header_or_one_text_a_row(tmp_path):
    # `[[...], [...]]` was "no 'text' field: --text-field NAME", a name no row has
    (tmp_path / "header.json").write_text(json.dumps([["id", "text"], ["a", TEXT.format(1)]]))
    (tmp_path / "one.json").write_text(json.dumps([[TEXT.format(2)], [TEXT.format(3)]]))
    docs, quarantined = _read(tmp_path)
    assert sorted(d.text for d in docs) == [TEXT.format(k) for k in (1, 2, 3)]
    assert [d.id for d in docs if d.text == TEXT.format(1)] == ["a"] and not quarantined


def test_pandas_values_json_without_names_gets_advice_that_exists(tmp_path):
    (tmp_path / "values.json").write_text(json.dumps([[1, TEXT.format(1), "x"], [2, "b", "y"]]))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    flat = " ".join(text.split())
    assert result.exit_code != 0 and 'orient="records"' in flat and "--text-field NAME" not in flat
    docs, quarantined = _read(tmp_path / "values.json")  # named alone: one record, the advice
    assert not docs and [q.kind for q in quarantined] == ["unsupported"]
    assert 'orient="records"' in quarantined[0].error


MARKERS = ["_SUCCESS", ".part-00000.jsonl.crc", "_committed_8012", "_started_8012", "_metadata"]


@pytest.mark.parametrize("packed", ["folder", "zip", "tar"])
def test_a_jobs_marker_files_are_skipped_as_job_markers_packed_or_not(tmp_path, packed):
    # zipped with the parts, `_SUCCESS` and `_committed_*` were `unsupported` quarantine records
    import io
    import tarfile

    rows = "".join(json.dumps({"text": t}) + "\n" for t in _texts(2))
    members = {"out/part-00000.jsonl": rows.encode(), **{f"out/{m}": b"" for m in MARKERS}}
    if packed == "folder":
        for name, data in members.items():
            (tmp_path / name).parent.mkdir(exist_ok=True)
            (tmp_path / name).write_bytes(data)
        given = tmp_path / "out"
    elif packed == "zip":
        given = tmp_path / "out.zip"
        with zipfile.ZipFile(given, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
    else:
        given = tmp_path / "out.tar.gz"
        with tarfile.open(given, "w:gz") as archive:
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
    docs, quarantined = _read(given)
    assert sorted(d.text for d in docs) == _texts(2) and not quarantined
    found = walk_inputs([given])
    assert skipped_kinds(found.skipped + found.set_aside) == {"job marker": len(MARKERS)}


def _warc_record(n: int, *, digest: bool = True, damage: str | None = None) -> bytes:
    import base64
    import hashlib

    words = " ".join(TEXT.format(f"{n}.{k}") for k in range(12))
    body = f"<html><head><title>Page {n}</title></head><body><p>{words}</p></body></html>"
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body.encode()
    sha1 = "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode()
    length = len(block) + {"longer": 40, "shorter": -40}.get(damage or "", 0)
    if damage == "bytes":
        block = block.replace(b"council", b"cXuncil", 1)  # what a flipped bit decodes to
    head = [
        "WARC/1.0",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:page-{n}>",
        f"WARC-Target-URI: https://example.org/{n}",
        "WARC-Date: 2024-01-01T00:00:00Z",
        "Content-Type: application/http; msgtype=response",
        f"Content-Length: {length}",
    ] + [f"WARC-Block-Digest: {sha1}"] * digest
    return "\r\n".join(head).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"


def _warc_file(path: Path, records: list[bytes]) -> Path:
    import gzip

    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    elif path.name.endswith(".zst"):
        zstandard = pytest.importorskip("zstandard")
        path.write_bytes(b"".join(zstandard.ZstdCompressor().compress(r) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize("damage", ["bytes", "longer", "shorter"])
@pytest.mark.parametrize("suffix", [".warc.zst", ".warc.gz", ".warc"])
def test_a_warc_record_not_matching_its_block_digest_is_quarantined_and_the_next_read(
    tmp_path, suffix, damage
):
    # damage that still decodes published the damaged page; a damaged length lost the next
    records = [_warc_record(0), _warc_record(1, damage=damage), _warc_record(2)]
    path = _warc_file(tmp_path / f"crawl{suffix}", records)
    docs, quarantined = _read(path)
    assert sorted(d.id for d in docs) == ["urn:uuid:page-0", "urn:uuid:page-2"]
    assert all("cXuncil" not in d.text for d in docs)
    assert [q.kind for q in quarantined] == ["warc_record"]
    assert "WARC-Block-Digest" in quarantined[0].error and quarantined[0].file == str(path)
    whole = _warc_file(tmp_path / f"whole{suffix}", records[:1])
    assert quarantined[0].offset == whole.stat().st_size  # the damaged record's own offset


@pytest.mark.parametrize("suffix", [".warc.zst", ".warc.gz"])
def test_warc_records_without_a_digest_or_matching_it_are_read_as_before(tmp_path, suffix):
    lower = _warc_record(2).replace(b"Block-Digest: sha1:", b"Block-Digest: SHA1:")
    head, _, rest = lower.partition(b"SHA1:")  # a lower-case base32 digest: not checked
    lower = head + b"SHA1:" + rest[:32].lower() + rest[32:]
    records = [_warc_record(0), _warc_record(1, digest=False, damage="bytes"), lower]
    docs, quarantined = _read(_warc_file(tmp_path / f"crawl{suffix}", records))
    assert [d.id for d in docs] == [f"urn:uuid:page-{n}" for n in range(3)] and not quarantined


@pytest.mark.parametrize("shape", ["records", "columns", "under_data_with_metadata"])
def test_split_asked_of_a_file_holding_its_splits_inside_reads_that_split(tmp_path, shape):
    # "--split test: it holds no splits" of a file that holds a test split
    train, test = _texts(2), _texts(1, start=10)
    (tmp_path / "dataset.json").write_text(json.dumps(SPLIT_SHAPES[shape](train, test)))
    asked = "validation_matched" if shape == "under_data_with_metadata" else "test"
    docs, _ = _read_split(tmp_path, asked)
    assert [(d.text, d.labels.get("split")) for d in docs] == [(test[0], asked)]
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out", "--split", asked)
    assert result.exit_code == 0, text
    assert sorted(p.name for p in (tmp_path / "out" / "data").iterdir()) == [
        f"{asked}-00000-of-00001.parquet"
    ]
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out2", "--split", "nope")
    assert result.exit_code != 0 and f"its splits are train, {asked}" in text


def _read_split(folder: Path, split: str) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs([folder], reader={"split": [split]}))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


@pytest.mark.parametrize("column", [[0, 1, 0], [0.9, 0.1, 0.5], [True, False, True]])
def test_columns_of_texts_beside_labels_are_a_document_a_row(tmp_path, column):
    # `Dataset.to_dict()` of a classification set (no `id`) was ONE document joining the texts
    (tmp_path / "train.json").write_text(json.dumps({"text": _texts(3), "label": column}))
    (tmp_path / "record.json").write_text(
        json.dumps({"title": "One", "text": _texts(2, start=7), "tags": ["a", "b"]})
    )
    docs, quarantined = _read(tmp_path)
    assert sorted(d.text for d in docs if d.id.startswith("train")) == _texts(3)
    assert [d.text for d in docs if d.id.startswith("record")] == ["\n\n".join(_texts(2, 7))]
    assert not quarantined


def test_missing_field_advice_follows_most_rows_not_a_header_line(tmp_path):
    # MRQA's `.jsonl.gz` opens with `{"header": ...}`: the advice was --text-field header.split
    import gzip

    rows = [{"header": {"dataset": "SQuAD", "split": "train"}}] + [
        {"id": f"c{k}", "context": t, "qas": [{"qid": "q", "question": "When?"}]}
        for k, t in enumerate(_texts(3))
    ]
    lines = "".join(json.dumps(row) + "\n" for row in rows)
    (tmp_path / "SQuAD.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert "--text-field context" in text and "header.split" not in text


@pytest.mark.parametrize("shape", ["squad", "splits", "wrapper"])
def test_one_json_object_larger_than_the_sniff_is_read(tmp_path, monkeypatch, shape):
    # SQuAD's 42 MB train file, a large `{"train": [...]}` or `{"data": [...]}` is one object:
    # the sniff (16 MiB) found no value in it, and the file was passed over without a word
    import curate.io.readers as readers

    monkeypatch.setattr(readers, "SNIFF_MAX_BYTES", 1 << 14)  # the same, at a test's size
    texts = [TEXT.format(k) * 3 for k in range(300)]
    value = {
        "squad": _squad({f"A{k}": texts[k * 30 : k * 30 + 30] for k in range(10)}),
        "splits": {"train": _rows(texts[:290]), "test": _rows(texts[290:])},
        "wrapper": {"status": "ok", "data": _rows(texts)},
    }[shape]
    (tmp_path / "big.json").write_text(json.dumps(value, indent=1))
    assert (tmp_path / "big.json").stat().st_size > 4 << 14
    docs, quarantined = _read(tmp_path)
    assert sorted(d.text for d in docs) == sorted(texts) and not quarantined


def test_one_json_object_too_large_to_look_into_gets_advice_that_reads_it(tmp_path, monkeypatch):
    import curate.io.large_json as large_json
    import curate.io.readers as readers

    monkeypatch.setattr(readers, "SNIFF_MAX_BYTES", 1 << 14)
    monkeypatch.setattr(large_json, "WHOLE_MAX_BYTES", 1 << 15)
    large_json._sniffed.cache_clear()
    value = {"data": _rows([TEXT.format(k) * 3 for k in range(300)])}
    (tmp_path / "big.json").write_text(json.dumps(value, indent=1))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code != 0 and "write its records as JSON Lines" in text
    assert "--text-field NAME" not in text
    docs, quarantined = _read(tmp_path / "big.json")  # named alone: one record, the advice
    assert not docs and "jq -c" in quarantined[0].error


def test_the_runs_error_gives_no_field_advice_to_a_table_without_a_header(tmp_path):
    # MS MARCO's `collection.tsv` (`pid<TAB>passage`, no header): the error ended "name the
    # field that holds the text with --text-field NAME", a header it does not have
    # (round 13 reads `id<TAB>text` rows: io.id_text_rows, round 16 a label beside; prose
    # columns alone, no id or label, keep the advice)
    rows = "".join(f"{t}\tJane Doe\tLocal news {k}\n" for k, t in enumerate(_texts(4)))
    (tmp_path / "collection.tsv").write_text(rows)
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code != 0 and "--text-field NAME" not in text
    assert "not a header" in text.split("error:", 1)[1]


def test_splits_read_as_one_from_a_json_file_are_said(tmp_path):
    # split files side by side are said ("the input holds 2 splits ..."); one file's were not
    (tmp_path / "d.json").write_text(json.dumps(SPLIT_SHAPES["records"](_texts(3), _texts(2, 10))))
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 0, text
    assert "holds 2 splits inside its .json files, train (3 documents), test (2 documents)" in text
    assert "--split train reads only that one" in text
