"""WARC files compressed other than one gzip member a record: `.warc.zst` and its kin.

The Internet Archive and ArchiveTeam write `.warc.zst` (IIPC's "Zstandard Compression for WARC
Files": a frame a record, the dictionary in a skippable frame at the file's start); others
compress a whole `.warc` with `zstd`, `lz4`, `bzip2` or `xz`. Each was passed over with advice
to decompress it first. FastWARC reads Zstandard (with the file's own dictionary) and LZ4
itself; bzip2 and xz are decompressed as they are read. The records go through the same steps
as a `.warc.gz`'s (io.warc).

Damage: with no gzip members to resynchronise on, the first error ends the file; it is one
quarantine row naming the file, the offset of the last record read, and how many were read
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
SUFFIXES = DETECTED + tuple(DECOMPRESSED)


def is_compressed_whole(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def compressed_records(path: Path, url_rule: Any, record: Any) -> Iterator[Any]:
    """The records of `path` as `record(fastwarc_record, offset, where, url_rule)` makes
    them; after an error, one quarantine row (see the module)."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from curate.io.readers import Quarantined

    where = str(path)
    name = path.name.lower()
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
                yield record(found, last, where, url_rule)
    except (OSError, EOFError, lzma.LZMAError) as err:  # a frame cut short, a corrupt one
        detail = str(err) or type(err).__name__
        error = f"unreadable after {read:,} record(s), the rest of the file lost: {detail}"
        yield Quarantined(where, None, "warc_record", error, offset=last)
