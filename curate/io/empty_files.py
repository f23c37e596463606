"""A data file with nothing in it: one `empty` quarantine record naming it, not silence.

A `.jsonl` of 0 bytes (an export that wrote nothing, `> rows.jsonl` run before the job failed,
a `.jsonl.gz` of an empty stream) gave no record at all: the run said nothing of the file. An
empty `.parquet` or `.arrow` said "the file is text, not data: '' (a server's error? a gated
dataset needs a login)". Each is now one record saying the file is empty and what to do. An
empty `.txt` stays a document (removed as `read/empty`), as before.
"""

from __future__ import annotations

import zlib
from pathlib import Path

PEEK_BYTES = 4096  # a file whose first bytes are all white space is read to its end to tell


def empty_reason(path: Path) -> str | None:
    """Why `path` holds nothing to read (0 bytes, or only white space once decompressed), or
    None when it holds something."""
    from curate.io.compressed import open_binary

    try:
        size = path.stat().st_size
        if size == 0:
            return "empty file (0 bytes): nothing to read; write or download it again"
        with open_binary(path) as handle:
            while chunk := handle.read(PEEK_BYTES):
                if chunk.strip():
                    return None
    except (OSError, EOFError, zlib.error, ValueError):
        return None  # the reader says what is wrong with it
    what = "compressed file" if path.suffix.lower() in (".gz", ".zst", ".bz2", ".xz") else "file"
    return f"{what} of {size:,} bytes holding no data (only white space): nothing to read"
