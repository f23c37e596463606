"""A Git LFS pointer where the data should be: a Hub dataset cloned without Git LFS.

`git clone https://huggingface.co/datasets/...` on a machine without `git lfs` leaves each
Parquet or JSON Lines file as a 130-byte text ("version https://git-lfs.github.com/spec/v1",
`oid`, `size`). curate said "not a readable Parquet file: Parquet magic bytes not found", a
`.jsonl` gave three malformed lines, a `.txt` became a short document removed as too short.
Such a file is one quarantine record saying what it is and the command that fetches the data.
"""

from __future__ import annotations

import re
from pathlib import Path

POINTER = b"version https://git-lfs.github.com/spec/v1"
MOST_BYTES = 1024  # a pointer is about 130 bytes
SIZE = re.compile(rb"^size (\d+)$", re.MULTILINE)


def lfs_pointer(path: Path) -> str | None:
    """Why `path` is no data (it is a Git LFS pointer), or None."""
    try:
        if path.stat().st_size > MOST_BYTES:
            return None
        head = path.read_bytes()
    except OSError:
        return None
    if not head.startswith(POINTER):
        return None
    size = SIZE.search(head)
    of = f" of {int(size.group(1)):,} bytes" if size else ""
    return (
        f"a Git LFS pointer, not the file{of}: the folder was cloned without Git LFS; "
        "run `git lfs install && git lfs pull` in it (or download the file itself)"
    )
