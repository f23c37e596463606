"""A newcomer's files that lost documents early, one test a kind (session 22): gzip's long
name (io.gzip_names), ids that are no string (io.id_text), hidden files (io.hidden_files),
files of no record (io.empty_files)."""

from __future__ import annotations

import gzip
import json
import tarfile
from io import BytesIO
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.io.id_text import id_text
from curate.io.readers import Document, Quarantined, read_inputs, walk_inputs

TEXT = "The council met on Tuesday to discuss the new budget for the schools and roads."


def _rows(*ids: object) -> bytes:
    return "".join(json.dumps({"id": i, "text": f"{i}: {TEXT}"}) + "\n" for i in ids).encode()


def _read(*inputs: Path) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs(inputs))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


def _tar_gz(name: str, data: bytes) -> bytes:
    out = BytesIO()
    with tarfile.open(fileobj=out, mode="w:gz") as tar:
        member = tarfile.TarInfo(name)
        member.size = len(data)
        tar.addfile(member, BytesIO(data))
    return out.getvalue()


@pytest.mark.parametrize(
    "name, data, ids",
    [
        ("rows.jsonl.gzip", gzip.compress(_rows("a", "b")), ["a", "b"]),
        ("rows.ndjson.gzip", gzip.compress(_rows("a")), ["a"]),
        ("pages.json.gzip", gzip.compress(json.dumps([{"id": "j", "text": TEXT}]).encode()), ["j"]),
        ("feed.csv.gzip", gzip.compress(f"id,text\nc,{TEXT}\n".encode()), ["c"]),
        ("story.txt.gzip", gzip.compress(TEXT.encode()), ["sub/story"]),
        ("rows.gzip", gzip.compress(_rows("bare")), ["bare"]),  # no inner name (io.bare_...)
        ("shard.tar.gzip", _tar_gz("m.jsonl", _rows("t")), ["t"]),
    ],
    ids=["jsonl", "ndjson", "json", "csv", "txt", "bare", "tar"],
)
def test_gzip_under_its_long_name_is_read_as_gz(tmp_path, name, data, ids):
    # named alone: one `unsupported` record ("unsupported file type .gzip"); in a folder
    # passed over, and a folder of them stopped the run ("no readable input files (.gzip 3)")
    (tmp_path / "sub").mkdir()
    path = tmp_path / "sub" / name
    path.write_bytes(data)
    assert walk_inputs([tmp_path]).skipped == []
    docs, quarantined = _read(tmp_path)
    assert [d.id for d in docs] == ids and quarantined == []


@pytest.mark.parametrize(
    "value, expected",
    [
        ("s1", "s1"),
        (7, "7"),
        (10**20, "100000000000000000000"),
        (3.5, "3.5"),
        (1e20, "1e+20"),
        (7.0, "7"),  # pandas' int column with a missing value is float64: 7 became "7.0"
        (True, "true"),  # was "True"
        (False, "false"),
        ({"shard": 3, "row": 7}, '{"row": 7, "shard": 3}'),  # was "{'shard': 3, 'row': 7}"
        ([1, "x"], '[1, "x"]'),  # was "[1, 'x']"
        ({"t": "é"}, '{"t": "é"}'),
        ({"$numberLong": "123"}, "123"),  # mongoexport --jsonFormat=canonical
        ({"$date": {"$numberLong": "1700000000000"}}, "1700000000000"),
        ({"$a": 1, "b": 2}, '{"$a": 1, "b": 2}'),
    ],
)
def test_id_text(value, expected):
    assert id_text(value) == expected


def test_ids_that_are_no_string_are_json_text(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_bytes(_rows("s", 7, True, {"b": 1, "a": [2]}, None, {"$numberLong": "8"}))
    docs, _ = _read(path)
    assert [d.id for d in docs] == ["s", "7", "true", '{"a": [2], "b": 1}', "ids-5", "8"]


def test_a_float_id_of_pandas_is_the_integer_it_was(tmp_path):
    table = pa.table({"id": pa.array([7.0, None]), "text": [TEXT, TEXT + " Again."]})
    pq.write_table(table, tmp_path / "rows.parquet")
    docs, _ = _read(tmp_path / "rows.parquet")
    assert [d.id for d in docs] == ["7", "rows-2"]


def _hidden_folder(root: Path) -> None:
    (root / "a.jsonl").write_bytes(_rows("a"))
    (root / ".foo.jsonl").write_bytes(_rows("foo"))
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(64))
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "sub" / ".cache").mkdir(parents=True)
    (root / "sub" / ".cache" / "rows.jsonl").write_bytes(_rows("cached"))


def test_hidden_files_are_listed_as_skipped_and_never_read(tmp_path):
    # they were passed over without a word: report.json's skipped_files was []
    root = tmp_path / "in"
    root.mkdir()
    _hidden_folder(root)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped: 4 not read (hidden file 2, hidden folder 2)" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["read"] == 1
    assert report["skipped_files"] == [
        f"{root}/.DS_Store",
        f"{root}/.foo.jsonl",
        f"{root}/.git/",
        f"{root}/sub/.cache/",
    ]
    assert "| hidden folder | 2 |" in (out / "README.md").read_text(encoding="utf-8")


def test_a_hidden_file_named_on_the_command_line_is_read(tmp_path):
    path = tmp_path / ".foo.jsonl"
    path.write_bytes(_rows("foo"))
    docs, _ = _read(path)
    assert [d.id for d in docs] == ["foo"]


def test_curates_own_staging_beside_an_output_is_not_listed(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(_rows("a"))
    (tmp_path / ".out.curate-tmp").mkdir()
    (tmp_path / ".out.curate-lock").write_text("")
    assert walk_inputs([tmp_path]).set_aside == []


@pytest.mark.parametrize(
    "name, write, said",
    [
        (
            "empty.parquet",
            lambda p: pq.write_table(pa.table({"id": pa.array([], pa.string())}), p),
            "a Parquet file with its columns and 0 rows",
        ),
        (
            "empty.feather",
            lambda p: pa.feather.write_feather(pa.table({"text": pa.array([], pa.string())}), p),
            "a Feather file with its columns and 0 rows",
        ),
        ("header.csv", lambda p: p.write_text("id,text\n"), "a table's header and no row"),
    ],
)
def test_a_file_of_no_record_is_counted_with_a_reason(tmp_path, name, write, said):
    # it was read and said nothing: no count, no record, as if it had never been given
    import pyarrow.feather  # noqa: F401  (pa.feather)

    root = tmp_path / "in"
    root.mkdir()
    (root / "a.jsonl").write_bytes(_rows("a"))
    write(root / name)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "quarantined: empty 1" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["read"] == 2 and report["quarantine"] == {"empty": 1}
    [row] = [json.loads(line) for line in (out / "quarantine.jsonl").read_text().splitlines()]
    assert row["file"] == str(root / name) and row["kind"] == "empty"
    assert row["error"].startswith(f"0 documents: {said}")


P1 = "The council met on Tuesday to discuss the new budget for the schools."
P2 = "Roads will be repaired before the winter, the mayor said."


@pytest.mark.parametrize(
    "value, expected",
    [
        ([P1, None, P2], f"{P1}\n\n{P2}"),  # a paragraph that failed: the row was quarantined
        ([[P1, "Then more."], [P2]], f"{P1} Then more.\n\n{P2}"),  # paragraphs of sentences
        ([[P1, None], None, " "], P1),
        ([], ""),  # no paragraph: an empty text, as "" (removed as read/empty)
        ([None], ""),
        ([P1, 2024], None),  # not guessed at
        ([{"text": P1}], None),  # io.paragraph_objects
        (P1, None),
    ],
)
def test_joined_list(value, expected):
    from curate.io.paragraph_lists import joined_list

    assert joined_list(value) == expected


def test_a_list_of_paragraphs_with_a_gap_is_read(tmp_path):
    # "'text' must be a string (or a list of strings), got list": the whole article lost
    rows = [{"id": "gap", "text": [P1, None, P2]}, {"id": "nested", "text": [[P1], [P2]]}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    table = pa.table({"id": ["pq"], "text": pa.array([[P1, None, P2]], pa.list_(pa.string()))})
    pq.write_table(table, tmp_path / "rows.parquet")
    docs, quarantined = _read(tmp_path)
    assert quarantined == []
    assert [(d.id, d.text) for d in docs] == [
        ("gap", f"{P1}\n\n{P2}"),
        ("nested", f"{P1}\n\n{P2}"),
        ("pq", f"{P1}\n\n{P2}"),
    ]


def test_a_folder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    # `os.walk` dropped it: its files were lost with no count and no name
    import os

    root = tmp_path / "in"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "b.jsonl").write_bytes(_rows("b"))
    (root / "a.jsonl").write_bytes(_rows("a"))
    scandir = os.scandir

    def no_permission(path="."):
        if str(path).rstrip("/").endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", no_permission)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(root), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "skipped: 1 not read (unreadable folder 1)" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped_files"] == [f"{root}/locked/"]


def test_a_file_that_cannot_be_opened_says_so(tmp_path, monkeypatch):
    # it was a `truncated` record: "could not read past line 0: [Errno 13] Permission denied"
    import builtins

    path = tmp_path / "rows.jsonl"
    path.write_bytes(_rows("a"))
    opener = builtins.open

    def no_permission(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return opener(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_permission)
    docs, [row] = _read(path)
    assert docs == [] and row.kind == "unreadable" and row.file == str(path)
    assert row.error.startswith("cannot open the file: Permission denied")


FRENCH = "Le conseil s’est réuni mardi pour discuter du budget des écoles — et des routes."


@pytest.mark.parametrize(
    "stray", [b"\xc3", b"\x80", b"\xe9"], ids=["cut-character", "c1-byte", "latin-1-e"]
)
def test_a_json_line_of_utf8_with_one_stray_byte_keeps_its_accents(tmp_path, stray):
    # the line was read whole as Mac Iceland: "r√©uni", "s‚Äôest", every accent garbled
    text = f"{FRENCH} Cut here: caf".encode() + stray + f" then more. {FRENCH}".encode()
    line = b'{"id": "a", "text": "' + text + b'"}\n'
    (tmp_path / "rows.jsonl").write_bytes(line)
    (tmp_path / "rows.csv").write_bytes(b'id,text\nb,"' + text + b'"\n')
    docs, _ = _read(tmp_path)
    assert [d.labels["encoding"] for d in docs] == ["utf-8+cp1252", "utf-8+cp1252"]
    assert all(d.text.startswith(FRENCH) and d.text.endswith(FRENCH) for d in docs)


def test_map_function_names_a_bool_id_as_json_does():
    # `Pipeline.map_function` made ids with `str` too: "True"
    import datasets

    from curate import Pipeline

    pipe = Pipeline.from_recipe({"stages": ["unicode"]})
    ds = datasets.Dataset.from_dict({"id": [True, False], "text": [P1, P2]})
    out = ds.map(pipe.map_function(), batched=True)
    assert out["id"] == ["true", "false"]


@pytest.mark.parametrize("name", ["rows.pq", "rows.parq"])
def test_parquet_under_its_short_names_is_read(tmp_path, name):
    # passed over as ".pq 1": every row of the file lost
    pq.write_table(pa.table({"id": ["a"], "text": [P1]}), tmp_path / name)
    assert walk_inputs([tmp_path]).skipped == []
    docs, _ = _read(tmp_path)
    assert [(d.id, d.text) for d in docs] == [("a", P1)]


def test_a_parquet_file_compressed_whole_is_named_with_what_reads_it():
    from curate.io.skipped_hints import conversion_hints

    [line] = conversion_hints(["in/rows.parquet.gz"])
    assert line.startswith("1 .parquet.gz file(s) not read, e.g. in/rows.parquet.gz")
    assert "gunzip" in line
