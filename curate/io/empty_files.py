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
    from curate.io.compressed import COMPRESSIONS, open_binary

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
    compressed = path.name.lower().endswith(COMPRESSIONS)
    what = "compressed file" if compressed else "file"
    return f"{what} of {size:,} bytes holding no data (only white space): nothing to read"


def no_records_reason(path: Path) -> str:
    """Why a file that is not empty gave no record at all: a Parquet, ORC or Arrow file of
    columns and 0 rows (`df.head(0).to_parquet(...)`, a filter that kept nothing), a table's
    header alone, a `.json` of `[]`. Such a file was read and said nothing: the run's counts
    named no file, as if it had never been given."""
    from curate.io.readers import suffix_of

    suffix = suffix_of(path)
    if suffix in COLUMNAR:
        kind = f"a {COLUMNAR[suffix]} file with its columns and 0 rows"
    elif suffix.startswith((".csv", ".tsv")):
        kind = "a table's header and no row under it"
    else:
        kind = "no record in it"
    return f"0 documents: {kind}; nothing to read"


COLUMNAR = {".parquet": "Parquet", ".orc": "ORC", ".arrow": "Arrow", ".feather": "Feather"}
COLUMNAR |= {".ipc": "Arrow IPC", ".arrows": "Arrow IPC"}
COLUMNAR |= {".pq": "Parquet", ".parq": "Parquet"}
