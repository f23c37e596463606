"""Inputs a datatrove or NeMo Curator user meets, one test a kind (session 22, tenth round):
WikiExtractor's output (io.wiki_extractor), `.warc.gzip` (io.warc_gzip), hidden members of
an archive (io.archive_hidden), a Delta Lake table (io.delta_tables)."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.io.readers import Document, InputError, Quarantined, read_inputs, walk_inputs

TEXT = "The council met on Tuesday to discuss the new budget for the schools and roads."


def _read(*inputs: Path) -> tuple[list[Document], list[Quarantined]]:
    items = list(read_inputs(inputs))
    docs = [i for i in items if isinstance(i, Document)]
    return docs, [i for i in items if isinstance(i, Quarantined)]


def _block(doc_id: int, title: str, text: str = TEXT) -> str:
    url = f"https://en.wikipedia.org/wiki?curid={doc_id}"
    return f'<doc id="{doc_id}" url="{url}" title="{title}">\n{title}\n\n{text}\n</doc>\n'


def test_wikiextractor_output_is_a_document_a_doc_block(tmp_path):
    # `AA/wiki_00` was passed over as "(no extension)"; `AB/wiki_00.bz2` (`--compress`) was
    # ONE document holding every article and the `<doc>` tags
    text = tmp_path / "text"
    (text / "AA").mkdir(parents=True)
    (text / "AB").mkdir()
    (text / "AA" / "wiki_00").write_text(_block(12, "Anarchism") + _block(25, "Autism"))
    (text / "AA" / "wiki_01").write_text(_block(39, '"Weird Al" Yankovic'))
    (text / "AB" / "wiki_00.bz2").write_bytes(bz2.compress(_block(290, "A").encode()))
    (text / "AB" / "notes").write_text("TODO: fetch the rest of the dump\n")  # neither: skipped
    (text / "AB" / "wiki_01").write_text(_block(303, "Alabama").rsplit("</doc>", 1)[0])  # cut
    docs, quarantined = _read(text)
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("12", "Anarchism", "https://en.wikipedia.org/wiki?curid=12"),
        ("25", "Autism", "https://en.wikipedia.org/wiki?curid=25"),
        ("39", '"Weird Al" Yankovic', "https://en.wikipedia.org/wiki?curid=39"),
        ("290", "A", "https://en.wikipedia.org/wiki?curid=290"),
    ]
    assert all(d.text == TEXT for d in docs)  # the title line and the tags are not text
    assert [(q.kind, q.line) for q in quarantined] == [("truncated", 1)]
    assert "no </doc>" in quarantined[0].error
    assert walk_inputs([text]).skipped == [str(text / "AB" / "notes")]


def test_warc_under_gzips_long_name_is_read_as_warc_gz(tmp_path):
    # `crawl.warc.gzip` was passed over: "no readable input files ... (.gzip 1)", exit 2
    body = f"<html><head><title>Budget</title></head><body><p>{TEXT}</p></body></html>"
    http = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}".encode()
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/a\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "crawl.warc.gzip").write_bytes(gzip.compress(head + http + b"\r\n\r\n"))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(crawl), "--out", str(out), "--skip", "quality"])
    assert result.exit_code == 0, result.output
    docs, _ = _read(crawl)
    assert [(d.source, d.text) for d in docs] == [("https://example.com/a", TEXT)]


def test_hidden_members_of_an_archive_are_listed_as_skipped(tmp_path):
    # a Finder zip's `.DS_Store` and `__MACOSX/` forks, a tar's `._x` were passed over with no
    # word, where a folder's hidden files are listed (io.hidden_files)
    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(folder / "articles.zip", "w") as archive:
        archive.writestr("articles/one.txt", TEXT)
        archive.writestr("articles/.DS_Store", b"\x00\x00\x00\x01Bud1")
        archive.writestr("__MACOSX/articles/._one.txt", b"\x00\x05\x16\x07")
        archive.writestr("__MACOSX/articles/._two.txt", b"\x00\x05\x16\x07")
        archive.writestr("articles/Thumbs.db", b"\x00")  # Windows': unlisted, as in a folder
    with tarfile.open(folder / "shard.tar", "w") as tar:
        for name, data in [("d/three.txt", TEXT.encode()), ("d/._three.txt", b"\x00\x05")]:
            member = tarfile.TarInfo(name)
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(out), "--skip", "quality"])
    assert result.exit_code == 0, result.output
    assert "skipped: 3 not read (hidden file 2, hidden folder 1)" in result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped_files"] == [
        f"{folder}/articles.zip/__MACOSX/",
        f"{folder}/articles.zip/articles/.DS_Store",
        f"{folder}/shard.tar/d/._three.txt",
    ]
    assert len(_read(folder)[0]) == 2  # never read as documents
    listed = walk_inputs([folder / "articles.zip"]).set_aside  # named alone: listed too
    assert listed == [
        f"{folder}/articles.zip/{name}" for name in ("__MACOSX/", "articles/.DS_Store")
    ]


def _part(table: Path, name: str, ids: list[str]) -> None:
    rows = {"id": ids, "text": [f"{i}: {TEXT}" for i in ids]}
    pq.write_table(pa.table(rows), table / name)


def _commit(table: Path, version: int, *actions: dict) -> None:
    log = table / "_delta_log"
    log.mkdir(exist_ok=True)
    lines = "".join(json.dumps(action) + "\n" for action in actions)
    (log / f"{version:020d}.json").write_text(lines)


def _add(path: str, **more: object) -> dict:
    return {"add": {"path": path, "partitionValues": {}, "size": 1, "dataChange": True, **more}}


def test_a_delta_table_reads_only_its_live_files(tmp_path):
    # every Parquet file was read: a deleted row (b) came back, rewritten ones (a, c) twice
    table = tmp_path / "table"
    table.mkdir()
    _part(table, "part-0.snappy.parquet", ["a", "b", "c"])
    _part(table, "part-1.snappy.parquet", ["d"])
    _part(table, "part-2.snappy.parquet", ["a", "c"])  # a DELETE of b rewrote part-0
    _commit(table, 0, {"protocol": {"minReaderVersion": 1}}, _add("part-0.snappy.parquet"))
    _commit(table, 1, _add("part-1.snappy.parquet"))
    _commit(table, 2, {"remove": {"path": "part-0.snappy.parquet"}}, _add("part-2.snappy.parquet"))
    docs, quarantined = _read(table)
    assert sorted(d.id for d in docs) == ["a", "c", "d"] and not quarantined
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(table), "--out", str(out), "--skip", "quality"])
    assert result.exit_code == 0, result.output
    assert "(Delta log 1, not live in the Delta log 1)" in result.output
    # the first commits cleaned up: a classic checkpoint stands for them
    (table / "_delta_log" / f"{0:020d}.json").unlink()
    (table / "_delta_log" / f"{1:020d}.json").unlink()
    added = pa.struct([("path", pa.string()), ("deletionVector", pa.struct([("x", pa.string())]))])
    adds = [{"path": "part-0.snappy.parquet", "deletionVector": None}]
    adds.append({"path": "part-1.snappy.parquet", "deletionVector": None})
    checkpoint = table / "_delta_log" / f"{1:020d}.checkpoint.parquet"
    pq.write_table(pa.table({"add": pa.array(adds, added)}), checkpoint)
    assert sorted(d.id for d in _read(table)[0]) == ["a", "c", "d"]
    # no checkpoint to stand for them: refused, the folder named, with how to export it
    checkpoint.unlink()
    with pytest.raises(InputError, match=r"table: a Delta Lake table .* starts at version 2.*"):
        _read(table)
    result = CliRunner().invoke(app, ["run", str(table), "--out", str(out), "--overwrite"])
    assert result.exit_code == 2 and "delta_scan" in result.output


def test_a_delta_table_with_deletion_vectors_is_refused(tmp_path):
    table = tmp_path / "table"
    table.mkdir()
    _part(table, "part-0.parquet", ["a", "b"])
    vector = {"storageType": "i", "pathOrInlineDv": "wi5b=000010000siXQKl0rr91000f$", "size": 1}
    _commit(table, 0, _add("part-0.parquet", deletionVector=vector))
    with pytest.raises(InputError, match="deletion vector"):
        walk_inputs([table])
