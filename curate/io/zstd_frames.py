"""Reading a `.warc.zst` again after a damaged frame, as a `.warc.gz` is after a bad member.

The Internet Archive's `.warc.zst` holds a Zstandard frame a record (IIPC's "Zstandard
Compression for WARC Files"), its dictionary in a skippable frame at the start. A frame with
a corrupt byte ended the file: every record after it was lost with the one quarantine row
(147 records, one bad frame in the middle: 73 read, 74 lost), where a `.warc.gz` loses only the
damaged member. A frame begins with Zstandard's magic bytes, so the reading starts again at the
next frame whose first bytes decode to a WARC header, the dictionary given to the decoder
first (a stream of the dictionary's frame and the rest of the file), and the damaged frame is
the quarantine row, at its own offset.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import BinaryIO

from curate.io.magic_scan import first_start

FRAME_MAGIC = b"\x28\xb5\x2f\xfd"
DICTIONARY_FRAME = 0x184D2A5D  # the skippable frame IIPC's warc-zstd keeps its dictionary in
HEAD_BYTES = 1 << 16  # what is decoded of a candidate frame to see a WARC header start


def dictionary_frame(path: Path) -> bytes:
    """The file's dictionary frame as it is in the file (header and payload), or b""."""
    with open(path, "rb") as handle:
        head = handle.read(8)
        if len(head) < 8 or struct.unpack("<I", head[:4])[0] != DICTIONARY_FRAME:
            return b""
        size = struct.unpack("<I", head[4:])[0]
        return head + handle.read(size)


def _decoder(frame: bytes):  # -> zstandard.ZstdDecompressor
    import zstandard

    if not frame:
        return zstandard.ZstdDecompressor()
    payload = frame[8:]
    if payload.startswith(FRAME_MAGIC):  # the dictionary may be compressed itself
        payload = zstandard.ZstdDecompressor().decompress(payload)
    return zstandard.ZstdDecompressor(dict_data=zstandard.ZstdCompressionDict(payload))


def next_frame(path: Path, position: int, frame: bytes, whole: bool) -> int | None:
    """The offset of the first frame at or after `position`; with `whole`, one whose first
    bytes decode to a WARC header (a frame's magic inside compressed bytes does not)."""
    import zstandard

    decoder = _decoder(frame) if whole else None

    def opens_a_record(offset: int, chunk: bytes, at: int) -> bool:
        if decoder is None:
            return True
        handle.seek(offset)
        try:
            head = decoder.decompressobj().decompress(handle.read(HEAD_BYTES))
        except zstandard.ZstdError:
            return False
        return head.startswith(b"WARC/")

    with open(path, "rb") as handle:
        return first_start(handle, position, FRAME_MAGIC, opens_a_record)


class FromFrame:
    """The dictionary's frame, then the file from `start`: what FastWARC reads after damage
    (it finds the dictionary in the stream's first frame, as at the file's start)."""

    def __init__(self, path: Path, start: int, frame: bytes) -> None:
        self.head = frame
        self.handle: BinaryIO = open(path, "rb")  # noqa: SIM115  (closed by close())
        self.handle.seek(start)
        self.position = 0  # bytes of this stream read

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            data, self.head = self.head + self.handle.read(), b""
        elif self.head:
            data, self.head = self.head[:size], self.head[size:]
        else:
            data = self.handle.read(size)
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position

    def close(self) -> None:
        self.handle.close()

    def __enter__(self) -> FromFrame:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
