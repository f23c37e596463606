import bz2
import gzip
import io
import tarfile

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
        ("a.gz", _named_gzip("notes.docx", b"Plain text."), ".txt"),  # the name reads nothing
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
