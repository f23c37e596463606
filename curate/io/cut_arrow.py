"""An Arrow IPC file (`.feather`, `.arrow`) cut short: its record batches before the cut.

An IPC file is `ARROW1`, padding, the stream of its schema and record batches, then a footer
that indexes them; `pyarrow.ipc.open_file` needs the footer, so a file whose download stopped
(or a `df.to_feather` killed midway) was one "not a readable Arrow file: Not an Arrow file"
record and every row lost. The stream inside is read as a stream instead: the batches before
the cut are rows, and the reader names the row it could not read past.
"""

from __future__ import annotations

from typing import Any

MAGIC = b"ARROW1"
BODY = 8  # the magic and its padding to 8 bytes, before the stream


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
        return None


def cut_note(rows: int) -> str:
    """Why a footerless file whose stream ended cleanly still gets a record: rows after the
    last whole batch may have been lost with the footer."""
    return (
        f"the Arrow file ends before its footer (cut short): read {rows} rows; "
        "any after them are lost"
    )
