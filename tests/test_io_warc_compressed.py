"""WARC files compressed other than a gzip member a record (curate.io.warc_compressed)."""

import bz2
import lzma
import re
import struct

import pyarrow as pa
import pytest
import zstandard

from curate.io.readers import Document, Quarantined, Skipped, read_file, walk_inputs
from curate.synth_warc import pages, write_warc

DICTIONARY_FRAME = 0x184D2A5D  # IIPC warc-zstd: a skippable frame holding the dictionary


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """A plain WARC's records (each its own bytes) and what reading it gives."""
    path = tmp_path_factory.mktemp("crawl") / "crawl.warc"
    manifest = write_warc(path, pages(3), damage=False)
    raw = path.read_bytes()
    starts = [m.start() for m in re.finditer(rb"(?:^|(?<=\r\n\r\n))WARC/1\.", raw)]
    records = [raw[a:b] for a, b in zip(starts, starts[1:] + [len(raw)], strict=True)]
    assert b"".join(records) == raw and len(records) == manifest.records
    return records, manifest


def _warc_zst(records, dictionary: bool) -> bytes:
    """As the Internet Archive writes `.warc.zst`: a frame a record, the dictionary first."""
    if not dictionary:
        return b"".join(zstandard.ZstdCompressor().compress(r) for r in records)
    trained = zstandard.train_dictionary(4096, records * 30)
    data = trained.as_bytes()
    compressor = zstandard.ZstdCompressor(dict_data=trained)
    head = struct.pack("<II", DICTIONARY_FRAME, len(data)) + data
    return head + b"".join(compressor.compress(r) for r in records)


def _kinds(path):
    items = list(read_file(path))
    return (
        [d.id for d in items if isinstance(d, Document)],
        sum(isinstance(i, Skipped) for i in items),
        [q for q in items if isinstance(q, Quarantined)],
    )


@pytest.mark.parametrize(
    "name, pack",
    [
        ("crawl.warc.zst", lambda rs: _warc_zst(rs, dictionary=True)),
        ("crawl.warc.zst", lambda rs: _warc_zst(rs, dictionary=False)),
        ("crawl.warc.zstd", lambda rs: zstandard.ZstdCompressor().compress(b"".join(rs))),
        ("crawl.warc.lz4", lambda rs: pa.compress(b"".join(rs), "lz4", asbytes=True)),
        ("crawl.warc.bz2", lambda rs: bz2.compress(b"".join(rs))),
        ("crawl.warc.xz", lambda rs: lzma.compress(b"".join(rs))),
    ],
    ids=["zst-dictionary", "zst-frames", "zstd-whole", "lz4", "bz2", "xz"],
)
def test_a_compressed_warc_is_read_as_its_plain_warc(tmp_path, crawl, name, pack):
    # passed over with "decompress it (zstd -d, ...)": every page of the crawl was lost
    records, manifest = crawl
    path = tmp_path / name
    path.write_bytes(pack(records))
    assert walk_inputs([tmp_path]).files == [(path, "crawl")]
    ids, skipped, quarantined = _kinds(path)
    assert ids == [rid.strip("<>") for rid, _, _ in manifest.pages]
    assert skipped == sum(manifest.skipped.values()) and quarantined == []


def test_a_cut_warc_zst_keeps_the_records_before_the_cut_and_says_where(tmp_path, crawl):
    records, manifest = crawl
    data = _warc_zst(records, dictionary=True)
    path = tmp_path / "cut.warc.zst"
    path.write_bytes(data[: len(data) * 2 // 3])
    ids, skipped, [cut] = _kinds(path)
    assert ids and ids == [rid.strip("<>") for rid, _, _ in manifest.pages][: len(ids)]
    assert cut.file == str(path) and cut.offset > 0
    assert "the rest of the file lost" in cut.error
    assert len(ids) + skipped + 1 < manifest.records  # the lost ones are said lost, not counted


def _frames(records, dictionary: bool) -> tuple[bytes, list[bytes]]:
    """`_warc_zst`'s parts: the dictionary's frame (or b"") and a frame a record, each with its
    checksum (as the `zstd` command writes them), so that damage to a frame is found whatever
    bytes it hits: without one, 8 bytes of a seed page's literals decoded to other bytes and
    the damage showed one record later (the test failed where `../shared/eval` is absent)."""
    if not dictionary:
        return b"", [zstandard.ZstdCompressor(write_checksum=True).compress(r) for r in records]
    trained = zstandard.train_dictionary(4096, records * 30)
    data = trained.as_bytes()
    compressor = zstandard.ZstdCompressor(dict_data=trained, write_checksum=True)
    head = struct.pack("<II", DICTIONARY_FRAME, len(data)) + data
    return head, [compressor.compress(r) for r in records]


@pytest.mark.parametrize("dictionary", [True, False], ids=["dictionary", "frames"])
def test_a_corrupt_frame_is_one_record_and_the_frames_after_it_are_read(
    tmp_path, crawl, dictionary
):
    # the first bad frame ended the file: every record after it lost (a `.warc.gz` loses only
    # the damaged member); the row named the last good record's offset, not the bad frame's
    records, manifest = crawl
    head, frames = _frames(records, dictionary)
    bad = next(n for n, r in enumerate(records) if b"WARC-Type: response" in r and n > 3)
    broken = bytearray(frames[bad])
    broken[len(broken) // 2 : len(broken) // 2 + 8] = b"\xff" * 8
    frames[bad] = bytes(broken)
    path = tmp_path / "damaged.warc.zst"
    path.write_bytes(head + b"".join(frames))
    whole = tmp_path / "whole.warc.zst"
    whole.write_bytes(_warc_zst(records, dictionary))
    all_ids, all_skipped, _ = _kinds(whole)
    ids, skipped, [row] = _kinds(path)
    assert skipped == all_skipped
    assert len(ids) == len(all_ids) - 1 and set(ids) < set(all_ids)  # the damaged page alone
    assert row.offset == len(head) + sum(map(len, frames[:bad]))
    assert f"read again from byte {row.offset + len(frames[bad]):,}" in row.error
