"""Finding where the next record starts in a damaged archive: a scan for its magic bytes."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

SCAN_CHUNK = 1 << 20  # read this much at a time: memory stays flat on any file


def first_start(
    handle: BinaryIO, position: int, magic: bytes, accept: Callable[[int, bytes, int], bool]
) -> int | None:
    """The offset of the first `magic` at or after `position` that `accept(offset, chunk, at)`
    takes (`chunk[at:]` starts with it; `accept` may move the handle), or None at the end."""
    while True:
        handle.seek(position)
        chunk = handle.read(SCAN_CHUNK + len(magic))
        if len(chunk) < len(magic):
            return None
        at = chunk.find(magic)
        while at >= 0:
            if accept(position + at, chunk, at):
                return position + at
            at = chunk.find(magic, at + 1)
        position += SCAN_CHUNK
