import bz2
import gzip
import io
import tarfile

import pyarrow as pa
import pytest
import zstandard

from curate.io.bare_compressed import inner_suffix


def _tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        info = tarfile.TarInfo("a.txt")
        info.size = 4
        archive.addfile(info, io.BytesIO(b"Text"))
    return buffer.getvalue()


def _named_gzip(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("a.gz", gzip.compress(b'{"text": "x"}\n{"text": "y"}\n'), ".jsonl"),
        ("a.gz", gzip.compress(b'[{"text": "x"}]'), ".json"),
        ("a.gz", gzip.compress("Plain text, caf\u00e9.".encode()), ".txt"),
        ("a.bz2", bz2.compress(b"Plain text."), ".txt"),
        ("a.gz", gzip.compress(_tar()), ".tar"),
        ("a.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"), ".warc"),
        ("a.gz", _named_gzip("articles.csv", b"id,text\n1,x\n"), ".csv"),
        ("a.gz", _named_gzip("notes.doc", b"Plain text."), ".txt"),  # the name reads nothing
        ("a.gz", gzip.compress(bytes(range(256))), None),
        ("a.gz", gzip.compress(b""), None),
        ("a.gz", b"\x1f\x8b broken", None),
        ("a.jsonl.gz", gzip.compress(b'{"text": "x"}\n'), None),  # named: read as it says
        ("a.txt", b"Plain text.", None),
        ("a.tar.gz", gzip.compress(_tar()), None),  # an archive: io.archives decides
        ("a.zst", zstandard.ZstdCompressor().compress(_tar()), ".tar"),
        ("a.tar.zst", zstandard.ZstdCompressor().compress(_tar()), None),  # io.archives
        # no reader takes a zstd WARC: read as `.warc` it was `a.warc.warc.zst`, and so on
        ("a.warc.zst", zstandard.ZstdCompressor().compress(b"WARC/1.0\r\n"), None),
        ("a.lz4", pa.compress(b'{"text": "x"}\n{"text": "y"}\n', "lz4", asbytes=True), ".jsonl"),
    ],
)
def test_inner_suffix(tmp_path, name, data, expected):
    path = tmp_path / name
    path.write_bytes(data)
    assert inner_suffix(path) == expected


def test_a_gzip_header_with_an_extra_field_still_gives_its_name(tmp_path):
    body = gzip.compress(b"id,text\n1,x\n")
    header = bytearray(body[:10])
    header[3] |= 0x04 | 0x08
    extra = b"\x02\x00ab"
    path = tmp_path / "a.gz"
    path.write_bytes(bytes(header) + extra + b"rows.csv\x00" + body[10:])
    assert inner_suffix(path) == ".csv"


def _lz4(data: bytes) -> bytes:
    return pa.compress(data, "lz4", asbytes=True)  # an LZ4 frame, as the `lz4` tool writes


@pytest.mark.parametrize(
    "name, data",
    [
        ("rows.jsonl.lz4", _lz4(b'{"id": "r1", "text": "One story."}\n')),
        ("rows.lz4", _lz4(b'{"id": "r1", "text": "One story."}\n')),
        ("rows.csv.lz4", _lz4(b"id,text\nr1,One story.\n")),
        ("r1.txt.lz4", _lz4(b"One story.")),
        ("shard.tar.lz4", _lz4(_tar().replace(b"Text", b"Tale"))),
    ],
)
def test_lz4_files_are_read(tmp_path, name, data):
    # `.lz4` was a kind curate does not read: a folder of them stopped the run
    from curate.io.readers import Document, read_file, walk_inputs

    path = tmp_path / name
    path.write_bytes(data)
    assert [p for p, _ in walk_inputs([tmp_path]).files] == [path]
    docs = [item for item in read_file(path, "r1") if isinstance(item, Document)]
    expected = "Tale" if name.startswith("shard") else "One story."
    assert [d.text for d in docs] == [expected]
