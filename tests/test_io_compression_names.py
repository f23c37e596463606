"""Compressions by name and by first bytes (io.compressed, io.compression_names): `.lzma` and
`.br` read as `.xz` is, an LZMA or xz stream under the other's name or none, tars under their
short names; lzip, Unix compress, Snappy and 7-Zip named with what to do."""

from __future__ import annotations

import io
import json
import lzma
import tarfile

import pytest

from curate.io.compressed import compressed_as, lzma_alone
from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(4)
JSONL = "".join(json.dumps({"text": t}) + "\n" for t in TEXTS).encode()
CSV = ("id,text\n" + "".join(f"r{k},{t}\n" for k, t in enumerate(TEXTS))).encode()
JSON = json.dumps([{"text": t} for t in TEXTS]).encode()
TXT = "\n\n".join(TEXTS).encode()


def _alone(data: bytes) -> bytes:
    return lzma.compress(data, format=lzma.FORMAT_ALONE)


def _brotli(data: bytes) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.CompressedOutputStream(sink, "brotli") as out:
        out.write(data)
    return sink.getvalue().to_pybytes()


# (file name, bytes, documents read)
READ = [
    ("rows.jsonl.lzma", _alone(JSONL), 4),  # LZMA alone under its name
    ("rows.jsonl.lzma", lzma.compress(JSONL), 4),  # xz under LZMA's name
    ("rows.jsonl.xz", _alone(JSONL), 4),  # LZMA alone under xz's name
    ("rows.jsonl", _alone(JSONL), 4),  # under no compression's name
    ("rows.jsonl.gz", _alone(JSONL), 4),  # under another compression's name
    ("rows.csv.lzma", _alone(CSV), 4),
    ("rows.json.lzma", _alone(JSON), 4),
    ("story.txt.lzma", _alone(TXT), 1),
    ("rows.jsonl.br", _brotli(JSONL), 4),  # Brotli: taken at its name
    ("rows.csv.br", _brotli(CSV), 4),
]


@pytest.mark.parametrize(("name", "data", "count"), READ)
def test_a_compressed_file_is_read_by_its_name_and_bytes(tmp_path, name, data, count):
    (tmp_path / name).write_bytes(data)
    assert walk_inputs([tmp_path]).paths == [tmp_path / name]
    items = read_all(tmp_path / name)
    assert not quarantined(items)
    assert len(documents(items)) == count
    assert TEXTS[0] in documents(items)[0].text


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for k, text in enumerate(TEXTS):
            info = tarfile.TarInfo(f"a{k}.txt")
            info.size = len(text.encode())
            tar.addfile(info, io.BytesIO(text.encode()))
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("shard.tlz", _alone),
        ("shard.tar.lzma", _alone),
        ("shard.txz", lzma.compress),
        ("shard.tar.br", _brotli),
    ],
)
def test_a_tar_under_another_compression_is_read(tmp_path, name, pack):
    (tmp_path / name).write_bytes(pack(_tar()))
    items = read_all(tmp_path / name)
    assert sorted(d.text for d in documents(items)) == sorted(TEXTS)


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("rows.jsonl.lz", b"LZIP\x01\x0c" + bytes(30), "lzip -d"),
        ("dump.csv.Z", b"\x1f\x9d\x90" + bytes(30), "uncompress"),
        ("part.jsonl.snappy", b"\xff\x06\x00\x00sNaPpY" + bytes(30), "snzip -d"),
        ("story.txt", b"LZIP\x01\x0c" + bytes(30), "lzip -d"),  # by its bytes
        ("story.txt", b"\x1f\x9d\x90" + bytes(30), "uncompress"),
    ],
)
def test_a_compression_curate_does_not_decode_is_named_with_what_to_do(tmp_path, name, data, said):
    (tmp_path / name).write_bytes(data)
    [item] = read_all(tmp_path / name)
    assert item.kind in ("unsupported", "binary") and said in item.error
    assert item.file == str(tmp_path / name)


def test_a_folder_of_them_counts_every_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl.lzma").write_bytes(_alone(JSONL))
    (folder / "b.csv.br").write_bytes(_brotli(CSV))
    (folder / "c.jsonl.lz").write_bytes(b"LZIP\x01\x0c" + bytes(30))
    report, text = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 8
    assert "lzip -d" in " ".join(text.split())


@pytest.mark.parametrize(
    "head",
    [
        b"]\x00\x00\x00 is a line",  # text that opens with `]`
        b"]\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x01\x00",  # an odd size after it
        b"hello world, a text",
    ],
)
def test_text_is_no_lzma_stream(head):
    assert not lzma_alone(head) and compressed_as(head) is None


def test_an_lzma_stream_is_told_by_its_first_bytes():
    assert compressed_as(_alone(b"x" * 100)[:16]) == ".lzma"
    assert compressed_as(lzma.compress(b"x")[:16]) == ".xz"


# bzip2 under its other names (session 28): each was "unsupported file type .bzip2"
BZIP2 = [
    ("rows.jsonl.bzip2", JSONL, 4),
    ("rows.jsonl.bzip", JSONL, 4),
    ("rows.jsonl.bz", JSONL, 4),
    ("rows.ndjson.bzip2", JSONL, 4),
    ("rows.csv.bzip2", CSV, 4),
    ("rows.tsv.bz", CSV.replace(b",", b"\t"), 4),
    ("rows.json.bzip2", JSON, 4),
    ("story.txt.bzip2", TXT, 1),
    ("ROWS.JSONL.BZIP2", JSONL, 4),  # a name in capitals
]


@pytest.mark.parametrize(("name", "data", "count"), BZIP2)
def test_bzip2_under_its_other_names_is_read(tmp_path, name, data, count):
    import bz2

    (tmp_path / name).write_bytes(bz2.compress(data))
    assert walk_inputs([tmp_path]).paths == [tmp_path / name]
    items = read_all(tmp_path / name)
    assert not quarantined(items)
    assert len(documents(items)) == count and TEXTS[0] in documents(items)[0].text


@pytest.mark.parametrize("name", ["shard.tar.bzip2", "shard.tar.bzip", "shard.tar.bz", "shard.tb2"])
def test_a_tar_under_bzip2s_other_names_is_read(tmp_path, name):
    import bz2

    (tmp_path / name).write_bytes(bz2.compress(_tar()))
    items = read_all(tmp_path / name)
    assert sorted(d.text for d in documents(items)) == sorted(TEXTS)


def test_a_warc_under_bzip2s_long_name_is_known():
    from curate.io.readers import WARC_SUFFIXES

    assert {".warc.bzip2", ".warc.bz"} <= set(WARC_SUFFIXES)


@pytest.mark.parametrize(
    ("name", "pack", "named"),
    [
        ("rows.jsonl.gz2", "gzip", "rows.jsonl.gz"),
        ("rows.csv.bzp", "bz2", "rows.csv.bz2"),
        ("rows.jsonl.xzip", "xz", "rows.jsonl.xz"),
    ],
)
def test_a_known_compression_under_an_unknown_suffix_is_named(tmp_path, name, pack, named):
    import bz2
    import gzip

    packed = {"gzip": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}[pack](JSONL)
    (tmp_path / name).write_bytes(packed)
    [item] = read_all(tmp_path / name)
    assert item.kind == "unsupported" and f"rename it {named}, which curate reads" in item.error
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(packed)
    (folder / "b.jsonl").write_bytes(JSONL)
    report, text = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 4
    assert f"rename it {named}" in " ".join(text.split())


def test_an_unknown_suffix_of_plain_bytes_gets_no_rename(tmp_path):
    path = tmp_path / "rows.jsonl.old"
    path.write_bytes(JSONL)
    [item] = read_all(path)
    assert item.kind == "unsupported" and "rename it" not in item.error


def test_a_folder_of_bzip2_names_counts_every_row(tmp_path):
    import bz2

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl.bzip2").write_bytes(bz2.compress(JSONL))
    (folder / "b.csv.bz").write_bytes(bz2.compress(CSV))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 8 and not report.get("skipped_files")
