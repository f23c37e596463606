"""WARC files compressed other than one gzip member a record: `.warc.zst` and its kin.

The Internet Archive and ArchiveTeam write `.warc.zst` (IIPC's "Zstandard Compression for WARC
Files": a frame a record, the dictionary in a skippable frame at the file's start); others
compress a whole `.warc` with `zstd`, `lz4`, `bzip2` or `xz`. Each was passed over with advice
to decompress it first. FastWARC reads Zstandard (with the file's own dictionary) and LZ4
itself; bzip2 and xz are decompressed as they are read. The records go through the same steps
as a `.warc.gz`'s (io.warc).

Damage: in Zstandard, a frame that does not decode is one quarantine row at its offset, and
the reading starts again at the next frame (io.zstd_frames), as a `.warc.gz`'s does at the
next member. Elsewhere, with nothing to resynchronise on, the first error ends the file; it is
one quarantine row naming the file, the offset of the last record read, and how many were read
before it (those are kept). A record cut short is quarantined as in a `.warc.gz`.
"""

from __future__ import annotations

import bz2
import lzma
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# FastWARC detects these streams itself; `.zstd` is Zstandard's other name (DCLM's)
DETECTED = (".warc.zst", ".warc.zstd", ".warc.lz4")
DECOMPRESSED = {".warc.bz2": bz2.open, ".warc.xz": lzma.open}  # opened here, read as a stream
# bzip2's other names (io.compression_names): `crawl.warc.bzip2` was "unsupported file type"
DECOMPRESSED.update(dict.fromkeys((".warc.bzip2", ".warc.bzip", ".warc.bz"), bz2.open))
SUFFIXES = DETECTED + tuple(DECOMPRESSED)
ZSTD = (".warc.zst", ".warc.zstd")


def is_compressed_whole(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def compressed_records(path: Path, url_rule: Any, record: Any) -> Iterator[Any]:
    """The records of `path` as `record(fastwarc_record, offset, where, url_rule)` makes
    them; after an error, one quarantine row (see the module)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from curate.io.readers import Quarantined

    where = str(path)
    name = path.name.lower()
    if name.endswith(ZSTD):  # a damaged frame: read again from the next (io.zstd_frames)
        yield from _zstd_records(path, url_rule, record)
        return
    opener = next((DECOMPRESSED[s] for s in DECOMPRESSED if name.endswith(s)), open)
    read, last = 0, 0
    try:
        with opener(path, "rb") as handle:
            records = ArchiveIterator(
                handle, parse_http=False, record_types=WarcRecordType.any_type
            )
            for found in records:
                last = found.stream_pos
                read += 1
                damaged = _damaged(found, last, where)  # no start to read on from: go on
                yield damaged if damaged is not None else record(found, last, where, url_rule)
    except (OSError, EOFError, lzma.LZMAError) as err:  # a frame cut short, a corrupt one
        detail = str(err) or type(err).__name__
        error = f"unreadable after {read:,} record(s), the rest of the file lost: {detail}"
        yield Quarantined(where, None, "warc_record", error, offset=last)


def _damaged(found: Any, offset: int, where: str) -> Any:
    from curate.io.warc import _damaged as damaged

    return damaged(found, offset, where)


def _zstd_records(path: Path, url_rule: Any, record: Any) -> Iterator[Any]:
    """As `compressed_records`, read again from the frame after a damaged one."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from curate.io.readers import Quarantined
    from curate.io.zstd_frames import FromFrame, dictionary_frame, next_frame

    where = str(path)
    frame = dictionary_frame(path)
    start, read = 0, 0
    while True:
        last = None  # the offset of the last record read in this pass
        shift = start - len(frame) if start else 0  # the stream's offsets to the file's
        damaged = None  # a record whose block digest does not match (io.warc_digest)
        try:
            with FromFrame(path, start, frame) if start else open(path, "rb") as handle:
                records = ArchiveIterator(
                    handle, parse_http=False, record_types=WarcRecordType.any_type
                )
                for found in records:
                    last = found.stream_pos + shift
                    read += 1
                    damaged = _damaged(found, last, where)
                    if damaged is not None:
                        break
                    yield record(found, last, where, url_rule)
            if damaged is None:
                return
        except OSError as err:  # a frame cut short, a corrupt one
            detail = str(err) or type(err).__name__
        if damaged is not None:  # read on from the next frame, not from the record's end
            yield damaged
            start = next_frame(path, damaged.offset + 1, frame, whole=True) or 0
            if not start:
                return
            continue
        bad = next_frame(path, start + len(frame) * (start == 0), frame, whole=False)
        if last is not None:
            bad = next_frame(path, last + 1, frame, whole=False)
        bad = bad if bad is not None else (last or start)
        start = next_frame(path, bad + 1, frame, whole=True) or 0
        rest = f"read again from byte {start:,}" if start else "the rest of the file lost"
        error = f"unreadable after {read:,} record(s), {rest}: {detail}"
        yield Quarantined(where, None, "warc_record", error, offset=bad)
        if not start:
            return
