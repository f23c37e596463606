"""A newcomer's records whose text is not under `text`: `content`, `raw_content`, `maintext`,
`body`, `articleBody`, `Text` (curate.io.text_aliases). Every such row was quarantined as
`missing_field`, and a `.json` file of them passed over, until `--text-field` was given."""

import bz2
import gzip
import json
import zipfile

import pyarrow as pa
import pyarrow.feather as feather
import pyarrow.parquet as pq
import pytest

from curate.io.readers import Document, Quarantined, read_file, records_without_text, walk_inputs
from curate.io.settings import ReaderSettings
from curate.io.text_aliases import KNOWN_TEXT_FIELDS, aliased, id_field_in, text_field_in
from curate.publish.validate import validate_folder
from tests.test_newcomer_fields import article
from tests.test_newcomer_inputs import invoke, kept_ids
from tests.test_newcomer_inputs5 import _counts, _quarantine


def _docs(items):
    return [item for item in items if isinstance(item, Document)]


def _quarantined(items):
    return [item for item in items if isinstance(item, Quarantined)]


def _report(out):
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _lines(rows):
    return "".join(json.dumps(row) + "\n" for row in rows)


def test_the_brief_s_four_files_are_read_each_from_its_field_and_said_so(tmp_path):
    # `Text`, `content`, `body`, `maintext`: all four went to quarantine.jsonl as missing_field
    folder = tmp_path / "in"
    folder.mkdir()
    for k, field in enumerate(("Text", "content", "body", "maintext")):
        row = {field: article(k), "title": f"Title {k}"}
        (folder / f"{'abcd'[k]}.jsonl").write_text(_lines([row]), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--skip", "dedup")
    assert result.exit_code == 0, text
    assert _counts(out) == {"read": 4, "kept": 4, "removed": 0, "quarantined": 0}
    assert _report(out)["text_fields"] == {"Text": 1, "body": 1, "content": 1, "maintext": 1}
    assert "documents read from Text 1, body 1, content 1, maintext 1" in text
    for field in ("Text", "content", "body", "maintext"):  # a note a field, never silent
        assert f"1 document(s) read from field {field!r}" in text
    assert "--text-field NAME" in text
    assert validate_folder(out) == []


def _write(path, rows):
    """`rows` in the format `path`'s name says."""
    name = path.name
    if name.endswith(".parquet"):
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif name.endswith((".feather", ".arrow")):
        feather.write_feather(pa.Table.from_pylist(rows), path)
    elif name.endswith((".csv", ".tsv")):
        sep = "\t" if name.endswith(".tsv") else ","
        names = list(rows[0])
        lines = [sep.join(names)] + [sep.join(str(row[n]) for n in names) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif name.endswith(".jsonl.gz"):
        path.write_bytes(gzip.compress(_lines(rows).encode()))
    elif name.endswith(".jsonl.bz2"):
        path.write_bytes(bz2.compress(_lines(rows).encode()))
    elif name.endswith(".jsonl"):
        path.write_text(_lines(rows), encoding="utf-8")
    elif name.endswith("wrapped.json"):
        path.write_text(json.dumps({"status": "ok", "data": rows}), encoding="utf-8")
    elif name.endswith(".json"):
        path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    elif name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("inner/rows.jsonl", _lines(rows))
            archive.writestr("inner/more.json", json.dumps(rows))
    elif name.endswith(".txt.gz"):  # JSON Lines under a `.txt` name (io.json_lines_txt)
        path.write_bytes(gzip.compress(_lines(rows).encode()))
    elif name.endswith(".txt"):
        path.write_text(_lines(rows), encoding="utf-8")
    else:
        raise AssertionError(name)


FORMATS = [
    "rows.jsonl",
    "rows.jsonl.gz",
    "rows.jsonl.bz2",
    "rows.json",
    "wrapped.json",
    "rows.parquet",
    "rows.feather",
    "rows.arrow",
    "rows.csv",
    "rows.tsv",
    "rows.zip",
    "rows.txt",  # it was ONE document of JSON text, its rows and ids lost
    "rows.txt.gz",
]


@pytest.mark.parametrize("name", FORMATS)
def test_every_reader_of_records_reads_content_and_labels_it(tmp_path, name):
    rows = [{"url": f"https://example.com/{k}", "content": article(k)} for k in range(2)]
    path = tmp_path / name
    _write(path, rows)
    assert walk_inputs([tmp_path]).paths == [path]  # read, not listed as skipped
    docs = _docs(read_file(path))
    assert not _quarantined(read_file(path))
    copies = 2 if name.endswith(".zip") else 1  # the archive holds the rows twice
    assert [d.text for d in docs] == [article(0), article(1)] * copies
    assert {d.labels["text_field"] for d in docs} == {"content"}


@pytest.mark.parametrize("field", KNOWN_TEXT_FIELDS + ("TEXT", "Text", "ArticleBody", "CONTENT"))
def test_each_known_field_and_text_in_another_case_is_read(tmp_path, field):
    path = tmp_path / "rows.jsonl"
    path.write_text(_lines([{"id": "a1", field: article(1)}]), encoding="utf-8")
    docs = _docs(read_file(path))
    assert [(d.id, d.text, d.labels["text_field"]) for d in docs] == [("a1", article(1), field)]


def test_a_json_file_of_records_under_body_is_read_by_the_run(tmp_path):
    # `json_records` found no `text`: the file was counted among the skipped, unread
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [{"id": f"n{k}", "articleBody": article(k)} for k in range(3)]
    (folder / "export.json").write_text(json.dumps(rows), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--skip", "dedup")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["n0", "n1", "n2"]
    assert _report(out)["text_fields"] == {"articleBody": 3}
    assert "skipped" not in text


def test_two_known_fields_are_not_guessed_between_and_the_hint_names_both(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [{"id": f"r{k}", "content": article(k), "body": article(k + 5)} for k in range(2)]
    (folder / "rows.jsonl").write_text(_lines(rows), encoding="utf-8")
    (folder / "rows.json").write_text(json.dumps(rows), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out)
    assert result.exit_code != 0 or _counts(out)["kept"] == 0
    assert "--text-field content or --text-field body" in text
    assert "'content' and 'body'" in text
    assert [p.name for p in walk_inputs([folder]).paths] == ["rows.jsonl"]  # .json: skipped
    why = records_without_text(folder / "rows.json")
    assert "--text-field content or --text-field body" in why
    rows_out = _quarantine(out)
    assert [r["kind"] for r in rows_out] == ["missing_field", "missing_field"]
    assert all("--text-field content or --text-field body" in r["error"] for r in rows_out)


def test_a_named_field_is_read_as_named_with_no_alias(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(_lines([{"id": "a", "maintext": article(1)}]))
    (folder / "b.jsonl").write_text(_lines([{"id": "b", "content": article(2)}]))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out)  # nothing named: each from its field
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a", "b"]
    result, text = invoke("run", folder, "--out", out, "--text-field", "maintext", "--overwrite")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a"]
    assert [r["id"] for r in _quarantine(out)] == ["b"]
    assert "read from field" not in text  # no alias note: the field was named
    named = ReaderSettings(text_field="maintext")
    assert _docs(read_file(folder / "b.jsonl", reader=named)) == []


def test_rows_that_have_text_keep_reading_it_in_a_file_read_from_content(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(_lines([{"content": article(1)}, {"text": article(2), "content": "x y"}]))
    docs = _docs(read_file(path))
    assert [(d.text, d.labels["text_field"]) for d in docs] == [
        (article(1), "content"),
        (article(2), "text"),
    ]


def test_files_with_text_read_as_before_with_no_label(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(_lines([{"id": "a", "text": article(1), "content": article(2)}]))
    docs = _docs(read_file(path))
    assert [(d.text, d.labels.get("text_field")) for d in docs] == [(article(1), None)]
    path.write_text(_lines([{"id": "a", "html": "<p>x</p>", "content": article(2)}]))
    assert [d.labels.get("text_field") for d in _docs(read_file(path))] != ["content"]
    path.write_text(_lines([{"id": "a", "content": article(2)}]))  # the same, with no `text`
    docs = _docs(read_file(path))
    assert [(d.text, d.labels.get("text_field")) for d in docs] == [(article(2), "content")]


def test_a_one_word_value_or_a_nested_object_is_no_text_to_guess(tmp_path):
    notes = tmp_path / "notes.json"  # a sidecar, not documents
    notes.write_text(json.dumps([{"title": "a", "body": "draft"}]), encoding="utf-8")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"content": {"pages": 3}, "crawl": "2024"}), encoding="utf-8")
    assert walk_inputs([tmp_path]).paths == []
    notes.write_text(json.dumps([{"title": "a", "body": "a draft of notes"}]), encoding="utf-8")
    assert walk_inputs([tmp_path]).paths == [notes]  # more than a word: a text
    notes.unlink()
    struct = tmp_path / "nested.parquet"  # a struct column named `article`: read from the
    pq.write_table(pa.Table.from_pylist([{"article": {"text": article(1)}}]), struct)
    items = list(read_file(struct))  # path the hint named (io.nested_text, session 21)
    assert _quarantined(items) == [] and [d.text for d in _docs(items)] == [article(1)]
    pq.write_table(
        pa.Table.from_pylist([{"a": {"text": article(1)}, "b": {"text": "x y"}}]), struct
    )
    items = list(read_file(struct))  # two such paths: not guessed between, the hint's path
    assert [i.kind for i in _quarantined(items)] == ["missing_field"]
    assert "--text-field a.text" in items[0].error


@pytest.mark.parametrize("name", ["rows.jsonl", "rows.json", "rows.parquet", "rows.csv"])
def test_an_id_under_ID_or_Id_is_the_id(tmp_path, name):
    rows = [{"ID": "doc-7", "text": article(1)}, {"ID": "doc-8", "text": article(2)}]
    path = tmp_path / name
    _write(path, rows)
    assert [d.id for d in _docs(read_file(path))] == ["doc-7", "doc-8"]
    path.unlink()
    _write(path, [{"Id": "c9", "content": article(3)}])
    assert [d.id for d in _docs(read_file(path))] == ["c9"]


def test_an_id_named_or_present_is_not_aliased(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(_lines([{"id": "own", "ID": "other", "text": article(1)}]))
    assert [d.id for d in _docs(read_file(path))] == ["own"]
    path.write_text(_lines([{"key": "k1", "ID": "other", "text": article(1)}]))
    named = ReaderSettings(id_field="key")
    assert [d.id for d in _docs(read_file(path, reader=named))] == ["k1"]
    assert [d.id for d in _docs(read_file(path))] == ["other"]  # none named: `ID`


def test_the_choice_of_a_field(tmp_path):
    t = article(1)
    assert text_field_in({"Text": t, "content": t}) == "Text"  # text in another case first
    assert text_field_in({"RAW_CONTENT": t, "id": "x"}) == "RAW_CONTENT"
    assert text_field_in({"content": t, "body": t}) == ("content", "body")
    assert text_field_in({"content": t, "body": ""}) == "content"
    assert text_field_in({"summary": t}) is None
    assert id_field_in(["ID", "text"]) == "ID" and id_field_in(["ID", "id"]) is None
    assert id_field_in(["ID", "Id"]) is None
    default = ReaderSettings()
    assert aliased(default, {"content": t}).text_fields == ("text", "content")
    assert aliased(default, {"html": "<p>", "content": t}) is default  # html read as before
    assert aliased(ReaderSettings(text_field="body"), {"content": t}).text_fields == ("body",)


def test_pyserini_s_contents_is_read(tmp_path):
    # Pyserini's and Anserini's JsonCollection, the IR toolkits' corpus format: each row was
    # quarantined as `missing_field`
    path = tmp_path / "corpus.jsonl"
    path.write_text(_lines([{"id": "d1", "contents": article(1)}]), encoding="utf-8")
    docs = _docs(read_file(path))
    assert [(d.id, d.text, d.labels["text_field"]) for d in docs] == [
        ("d1", article(1), "contents")
    ]


@pytest.mark.parametrize("name", ["corpus.jsonl", "corpus.parquet", "corpus.csv"])
def test_beir_s_underscore_id_is_the_id(tmp_path, name):
    # BEIR's `corpus.jsonl` (`{"_id": ..., "title": ..., "text": ...}`): the ids were
    # `corpus-1`, ..., and no longer matched the queries' and qrels' ids
    path = tmp_path / name
    _write(path, [{"_id": "doc7", "title": "T", "text": article(1)}])
    assert [d.id for d in _docs(read_file(path))] == ["doc7"]
    path.unlink()
    _write(path, [{"id": "own", "_id": "doc7", "text": article(1)}])  # `id` comes first
    assert [d.id for d in _docs(read_file(path))] == ["own"]


def test_mongoexport_s_object_id_is_the_id(tmp_path):
    path = tmp_path / "articles.jsonl"
    row = {"_id": {"$oid": "65f0c0ffee0000000000beef"}, "text": article(1)}
    path.write_text(_lines([row]), encoding="utf-8")
    assert [d.id for d in _docs(read_file(path))] == ["65f0c0ffee0000000000beef"]
