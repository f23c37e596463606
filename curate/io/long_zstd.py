"""Zstandard made with a long window (`zstd --long=31`), as Pushshift's Reddit dumps are.

A Zstandard frame names the window its decoder must hold; decoders refuse one above 128 MiB
unless told otherwise, as pyarrow's does. Pushshift's `RC_2019-04.zst` and `RS_...zst` (the
Reddit comments and submissions many corpora start from) are written with `--long=31`, a
2 GiB window: the file was one `truncated` record, "could not read past line 0: ZSTD
decompress failed: Frame requires too much memory for decoding" (every record lost, and no
file was cut), and a bare `RC_2019-04.zst` in a folder was passed over. Such a frame is read
with `zstandard` allowing the window, up to zstd's largest (2 GiB).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

DEFAULT_WINDOW = 1 << 27  # the largest window a decoder accepts unasked (ZSTD_WINDOWLOG_LIMIT)
MAX_WINDOW = 1 << 31  # `--long=31`, the most zstd writes
MAGIC = b"\x28\xb5\x2f\xfd"


def window_size(head: bytes) -> int | None:
    """The window a Zstandard frame's header (the file's first bytes) asks for, or None when
    it names none (a single-segment frame: the content's size is its window)."""
    if len(head) < 6 or not head.startswith(MAGIC):
        return None
    descriptor = head[4]
    if descriptor & 0x20:  # Single_Segment_flag: no window descriptor
        return None
    exponent, mantissa = head[5] >> 3, head[5] & 7
    base = 1 << (10 + exponent)
    return base + (base // 8) * mantissa


def needs_long_window(path: Path) -> bool:
    """A Zstandard file whose first frame asks for more than `DEFAULT_WINDOW`."""
    try:
        with open(path, "rb") as handle:
            size = window_size(handle.read(6))
    except OSError:
        return False
    return size is not None and size > DEFAULT_WINDOW


def open_long(path: Path) -> BinaryIO:
    """`path` decompressed with a window up to `MAX_WINDOW`, frame after frame; a file that
    ends inside a frame raises `OSError` ("Truncated compressed stream"), as pyarrow's does."""
    return io.BufferedReader(_LongFrames(path), CHUNK)  # type: ignore[return-value]


CHUNK = 1 << 17


class _LongFrames(io.RawIOBase):
    """The decompressed bytes of a Zstandard file's frames, one after another."""

    def __init__(self, path: Path) -> None:
        import zstandard

        self._decoder = zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW)
        self._frame = self._decoder.decompressobj()
        self._raw = open(path, "rb")  # noqa: SIM115  # closed in close()
        self._unused = b""
        self._in_frame = False
        self._pending = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            chunk = self._unused or self._raw.read(CHUNK)
            self._unused = b""
            if not chunk:
                if self._in_frame:
                    raise OSError("Truncated compressed stream: the file ends inside a frame")
                return 0
            self._in_frame = True
            self._pending = memoryview(self._frame.decompress(chunk))
            if self._frame.eof:  # the next frame, if any, starts in what is left
                self._unused = self._frame.unused_data
                self._frame = self._decoder.decompressobj()
                self._in_frame = False
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()
