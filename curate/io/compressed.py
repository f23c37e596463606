"""Compressed inputs opened as one binary stream: gzip (`.gz`) and Zstandard (`.zst`).

The Pile, RedPajama and SlimPajama ship JSON Lines as `.jsonl.zst`; crawls and exports use
`.gz`. Zstandard is decoded by pyarrow (already a dependency for Parquet): no package more. A
stream is read as it is decoded, never whole unless the caller reads it whole. A damaged stream
raises `OSError` (or `EOFError`, `zlib.error`: `READ_ERRORS`) where it breaks, so a reader can
say which line it reached.
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO

COMPRESSIONS = (".gz", ".zst")
READ_ERRORS: tuple[type[BaseException], ...] = (OSError, EOFError, zlib.error)


def _arrow_errors() -> tuple[type[BaseException], ...]:
    import pyarrow as pa

    return (pa.ArrowException,)


def open_binary(path: Path) -> BinaryIO:
    """`path` for reading bytes, decompressed by its last suffix."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        import pyarrow as pa

        try:
            stream = pa.input_stream(str(path), compression="zstd")
        except _arrow_errors() as err:
            raise OSError(f"not a readable Zstandard file: {err}") from None
        return _Checked(io.BufferedReader(stream))  # type: ignore[arg-type]
    return open(path, "rb")


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The file's bytes, decompressed; with `limit`, at most `limit` of them (a 20 GB file, or a
    gzip bomb, is never read whole to learn it is too large)."""
    with open_binary(path) as handle:
        return handle.read() if limit is None else handle.read(limit)


class _Checked(io.BufferedIOBase):
    """A decompressing stream whose decoder errors are `OSError`s, as gzip's are."""

    def __init__(self, inner: io.BufferedReader) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        try:
            return self._inner.read(size)
        except _arrow_errors() as err:
            raise OSError(f"damaged Zstandard stream: {err}") from None

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return self._inner.readline(size)
        except _arrow_errors() as err:
            raise OSError(f"damaged Zstandard stream: {err}") from None

    def close(self) -> None:
        self._inner.close()
        super().close()
