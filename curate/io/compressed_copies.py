"""A compressed file beside the same file uncompressed: read once, the copy skipped by kind.

A folder handed over from another tool often holds a shard twice: `part-0.jsonl.gz` as
datatrove or Dolma wrote it and `part-0.jsonl` that someone unpacked beside it to look at it
(`gunzip -k`, `zstd -d`), or an export written both ways. Both were read: every record twice,
the second under ids of its own (`b0@both/part-0:1`), removed as exact duplicates or, with
`--skip dedup`, published twice (session 52's ecosystem round). The compressed file whose
bytes, decompressed, are the plain file's is now skipped and counted as a
"compressed copy of a file beside it"; a compressed file that differs (an older or a longer
export under the same name) is read as before.
"""

from __future__ import annotations

import zlib
from pathlib import Path

from curate.io.compressed import COMPRESSIONS, open_binary

COMPRESSED_COPY = "compressed copy of a file beside it"
CHUNK = 1 << 20  # compared a mebibyte at a time: a copy that differs stops at its first


def _plain_twin(path: Path) -> Path | None:
    """`part-0.jsonl` for `part-0.jsonl.gz`: the name without its compression's suffix, when
    the name has one and keeps a kind of its own (`x.jsonl`, not `x`)."""
    name = path.name
    suffix = next((s for s in COMPRESSIONS if name.lower().endswith(s)), None)
    if suffix is None:
        return None
    plain = name[: -len(suffix)]
    return path.with_name(plain) if "." in plain.strip(".") else None


def _same_bytes(compressed: Path, plain: Path) -> bool:
    """Whether `compressed`, decompressed, is byte for byte `plain`."""
    try:
        with open_binary(compressed) as packed, open(plain, "rb") as unpacked:
            while True:
                one, other = packed.read(CHUNK), unpacked.read(CHUNK)
                if one != other:
                    return False
                if not one:
                    return True
    except (OSError, EOFError, zlib.error, ValueError):  # a damaged copy: read, quarantined
        return False


def compressed_copies(files: list[tuple[Path, str]]) -> tuple[list[tuple[Path, str]], list[str]]:
    """`files` without the compressed copies of plain files among them (see the module), and
    the copies' names, to be listed as skipped."""
    listed = {path for path, _ in files}
    kept: list[tuple[Path, str]] = []
    copies: list[str] = []
    for path, file_id in files:
        twin = _plain_twin(path)
        if twin is not None and twin in listed and _same_bytes(path, twin):
            copies.append(str(path))
            continue
        kept.append((path, file_id))
    return kept, copies


def copy_kind(name: str) -> str | None:
    """The kind a skipped file is counted as when it is a compressed copy (see the module)."""
    twin = _plain_twin(Path(name))
    return COMPRESSED_COPY if twin is not None and twin.is_file() else None
