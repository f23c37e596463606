"""Files whose lines end in a carriage return alone (classic Mac OS, Excel's "CSV (Macintosh)").

The line readers split at `\\n`, so such a file was one line: a table's header ran into its rows
and the file was passed over as having no text column ("no 'text' or 'html' column in the
header"), and `--sample-by line` made one document of the whole file. A file whose first
bytes hold a carriage return and no line feed is read with each `\\r` as `\\n`; a carriage
return inside a line of a file that has line feeds (Windows' `\\r\\n`) is left as it is.

UTF-16 (session 27): its bytes were rewritten too, so a `č` (U+010D, `0D 01` in UTF-16 LE) was
read as `Ċ` (U+010A) and a Malayalam or Sinhala text was garbled in `--sample-by line`; and a
UTF-16 table or JSON Lines file (Excel's "Unicode Text" on a Mac) was one line, its header
running into its rows. Such a file's bytes are left as they are; its lines are split at `\\r`
once decoded.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import BinaryIO

LONE_CR = re.compile(r"\r(?!\n)")  # a classic Mac line end; Windows' `\r\n` is left as it is
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
            for number in range(MAX_SEARCH // HEAD_BYTES):
                piece = handle.read(HEAD_BYTES)
                if not piece or b"\n" in piece or (number == 0 and _wide(piece)):
                    return False
                if b"\r" in piece:
                    return not (piece.endswith(b"\r") and handle.read(1) == b"\n")
    except READ_ERRORS:
        return False
    return False


def lf_lines(handle: BinaryIO) -> BinaryIO:
    """`handle` read with every `\r` as `\n` (for a file `cr_only_file` found so)."""
    return io.BufferedReader(_CrAsLf(handle))  # type: ignore[return-value]


def _wide(head: bytes) -> bool:
    """UTF-16 or UTF-32 (a byte order mark, or NUL bytes): its byte 0x0D is not always a
    carriage return (`č`, U+010D, is `0D 01` in UTF-16 LE; Malayalam's letters `xx 0D`), so its
    bytes are never rewritten; its lines are split once decoded (`cr_only_text`)."""
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head


def cr_only_text(head: str) -> bool:
    """Decoded text (a UTF-16 file's first characters) whose lines end in a `\r` alone."""
    return "\r" in head and "\n" not in head


def lone_cr_as_lf(text: str) -> str:
    """Decoded text with each `\r` that ends a line alone as `\n` (a `.md` saved on a classic
    Mac: its lines were one, the whole file a `# heading` and its text empty)."""
    return LONE_CR.sub("\n", text) if "\r" in text else text
