"""Files whose lines end in a carriage return alone (classic Mac OS, Excel's "CSV (Macintosh)").

The line readers split at `\\n`, so such a file was one line: a table's header ran into its rows
and the file was passed over as having no text column ("no 'text' or 'html' column in the
header"), and `--sample-by line` made one document of the whole file. A file whose first
bytes hold a carriage return and no line feed is read with each `\\r` as `\\n`; a carriage
return inside a line of a file that has line feeds (Windows' `\\r\\n`) is left as it is.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

HEAD_BYTES = 65536
MAX_SEARCH = 1 << 24  # bytes looked through for the first line break


class _CrAsLf(io.RawIOBase):
    """The bytes of a stream with every `\\r` read as `\\n`."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._inner.read(len(buffer)).replace(b"\r", b"\n")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()


def cr_only_file(path: Path) -> bool:
    """The file (decompressed) ends its first line with a `\r` alone and holds no `\n` in the
    piece that line ends in. Read in pieces until a line break, at most `MAX_SEARCH` bytes: an
    article a line is longer than one piece, and only the last piece is kept."""
    from curate.io.compressed import READ_ERRORS, open_binary

    try:
        with open_binary(path) as handle:
            for _ in range(MAX_SEARCH // HEAD_BYTES):
                piece = handle.read(HEAD_BYTES)
                if not piece or b"\n" in piece:
                    return False
                if b"\r" in piece:
                    return not (piece.endswith(b"\r") and handle.read(1) == b"\n")
    except READ_ERRORS:
        return False
    return False


def lf_lines(handle: BinaryIO) -> BinaryIO:
    """`handle` read with every `\r` as `\n` (for a file `cr_only_file` found so)."""
    return io.BufferedReader(_CrAsLf(handle))  # type: ignore[return-value]
