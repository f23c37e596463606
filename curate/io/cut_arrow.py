"""An Arrow IPC file (`.feather`, `.arrow`) cut short: its record batches before the cut.

An IPC file is `ARROW1`, padding, the stream of its schema and record batches, then a footer
that indexes them; `pyarrow.ipc.open_file` needs the footer, so a file whose download stopped
(or a `df.to_feather` killed midway) was one "not a readable Arrow file: Not an Arrow file"
record and every row lost. The stream inside is read as a stream instead: the batches before
the cut are rows, and the reader names the row it could not read past.
"""

from __future__ import annotations

import io
from typing import Any

MAGIC = b"ARROW1"
BODY = 8  # the magic and its padding to 8 bytes, before the stream
CONTINUATION = b"\xff\xff\xff\xff"  # before each message's length


def open_cut_file(source: Any) -> Any:
    """A stream reader over the body of an IPC file without its footer, or None when the
    bytes do not open as one (not an IPC file, or cut before its schema)."""
    import pyarrow as pa

    source.seek(0)
    data = source.read_buffer()
    if data.size < BODY or data.slice(0, len(MAGIC)).to_pybytes() != MAGIC:
        return None
    try:
        return pa.ipc.open_stream(pa.BufferReader(data.slice(BODY)))
    except (pa.ArrowException, OSError):
        return _schema_unprefixed(data)


def _schema_unprefixed(data: Any) -> Any:
    """The stream of a file whose schema message has no length before it (Polars writes its
    IPC files so: the schema's flatbuffer right after the magic, its record batches each with
    the 0xFFFFFFFF marker and length), read with that prefix put back; else None."""
    import pyarrow as pa

    head = data.slice(BODY, min(data.size - BODY, 1 << 20)).to_pybytes()
    end = head.find(CONTINUATION)
    if end <= 0 or end % 8:
        return None
    prefix = CONTINUATION + end.to_bytes(4, "little") + head[:end]
    try:
        return pa.ipc.open_stream(pa.PythonFile(_Joined(prefix, data.slice(BODY + end)), "r"))
    except (pa.ArrowException, OSError):
        return None


class _Joined(io.RawIOBase):
    """`head` then `rest` (an Arrow buffer, memory-mapped), read as one stream, never copied
    whole."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head = head
        self._rest = rest
        self._at = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        total = len(self._head) + self._rest.size
        stop = total if size is None or size < 0 else min(total, self._at + size)
        start, self._at = self._at, stop
        parts = []
        if start < len(self._head):
            parts.append(self._head[start : min(stop, len(self._head))])
        begin, finish = max(start - len(self._head), 0), stop - len(self._head)
        if finish > begin:
            parts.append(self._rest.slice(begin, finish - begin).to_pybytes())
        return b"".join(parts)

    def tell(self) -> int:
        return self._at


def cut_note(rows: int) -> str:
    """Why a footerless file whose stream ended cleanly still gets a record: rows after the
    last whole batch may have been lost with the footer."""
    return (
        f"the Arrow file ends before its footer (cut short): read {rows} rows; "
        "any after them are lost"
    )
