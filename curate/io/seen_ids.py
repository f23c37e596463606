"""The ids a run has read, for `readers.UniqueIds`, in a few bytes each.

Every document's id must be remembered to the end of the reading, so that a later one given the
same id is renamed. As a Python `set` of the ids, that is the id itself kept alive (a 45-character
WARC record id is a 94-byte `str`) plus its slot: about 150 bytes a document, the one thing the
reading of a web archive held that grew with the file (5.6 MiB over a 1 GiB crawl of 37,328
pages). Here each id is written to a temporary file, and memory holds its hash and the offset of
its bytes: 16 bytes a document in sorted arrays, plus the last `BUFFER` ids' in Python lists.
A hash seen before is a candidate only: the ids behind it are read back and compared, so two ids
are the same exactly when their strings are, as with the set.
"""

from __future__ import annotations

import os
import tempfile
from typing import Any

import numpy as np

BUFFER = 8192  # ids kept in Python lists before they go into the sorted arrays


class SeenIds:
    """A set of strings that can only grow: `add` and `in`."""

    def __init__(self) -> None:
        self._hashes = np.empty(0, dtype=np.int64)  # sorted
        self._offsets = np.empty(0, dtype=np.int64)  # the id's bytes' offset, by hash
        self._recent: dict[int, Any] = {}  # hash -> offset (a list of them on a clash)
        self._file: Any = None
        self._end = 0

    def __len__(self) -> int:
        return len(self._hashes) + sum(
            len(v) if isinstance(v, list) else 1 for v in self._recent.values()
        )

    def __contains__(self, value: str) -> bool:
        key = _key(value)
        offsets = self._candidates(key)
        if not offsets:
            return False
        data = _encoded(value)
        return any(self._read(offset) == data for offset in offsets)

    def add(self, value: str) -> None:
        """Adds a value not in the set yet (the caller has asked `in`)."""
        if self._file is None:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 (closed with the set)
        data = _encoded(value)
        offset = self._end
        self._file.write(len(data).to_bytes(4, "little") + data)
        self._end += 4 + len(data)
        key = _key(value)
        held = self._recent.get(key)
        if held is None:
            self._recent[key] = offset
        elif isinstance(held, list):
            held.append(offset)
        else:
            self._recent[key] = [held, offset]
        if len(self._recent) >= BUFFER:
            self._merge()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __del__(self) -> None:
        self.close()

    def _candidates(self, key: int) -> list[int]:
        found: list[int] = []
        held = self._recent.get(key)
        if held is not None:
            found.extend(held if isinstance(held, list) else [held])
        if len(self._hashes):  # the array's own method: `np.searchsorted` dispatches in Python
            start = int(self._hashes.searchsorted(key, side="left"))
            if start < len(self._hashes) and self._hashes[start] == key:
                stop = int(self._hashes.searchsorted(key, side="right"))
                found.extend(int(x) for x in self._offsets[start:stop])
        return found

    def _merge(self) -> None:
        """The recent ids into the sorted arrays (inserted in place of a sort of the whole)."""
        keys: list[int] = []
        offsets: list[int] = []
        for key, held in self._recent.items():
            for offset in held if isinstance(held, list) else [held]:
                keys.append(key)
                offsets.append(offset)
        new_keys = np.array(keys, dtype=np.int64)
        order = np.argsort(new_keys, kind="stable")
        new_keys = new_keys[order]
        at = np.searchsorted(self._hashes, new_keys, side="right")
        self._hashes = np.insert(self._hashes, at, new_keys)
        self._offsets = np.insert(self._offsets, at, np.array(offsets, dtype=np.int64)[order])
        self._recent = {}

    def _read(self, offset: int) -> bytes:
        self._file.flush()
        fd = self._file.fileno()
        size = int.from_bytes(os.pread(fd, 4, offset), "little")
        return os.pread(fd, size, offset + 4)


def _key(value: str) -> int:
    """The value's hash: Python's own (cached in the `str`; any clash is read back, compared)."""
    return hash(value)


def _encoded(value: str) -> bytes:
    return value.encode("utf-8", "surrogatepass")  # any str, one byte string each
