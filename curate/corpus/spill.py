"""Per-document columns kept on disk in a corpus stage's work folder, read back a block at a time.

A corpus stage must remember a little about every document between its `fit` and the last
document it decides (an id, a decision). Held as Python objects that is a few hundred bytes a
document (a 47-character WARC record id is a 96-byte `str`; a decision a tuple, two floats and
a dict entry); here it is a few bytes a document on disk and one block in memory, so a run's
peak no longer grows with the crawl. Reads are by position and, as the engine asks for them,
in input order: one block is read per `BLOCK` documents.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

BLOCK = 4096  # records read back at a time


class RecordFile:
    """Fixed-size records (one numpy dtype) appended to a file, read back by position.

    `keep` holds whatever must outlive the file's readers (the stage's temporary folder).
    """

    def __init__(self, path: Path, dtype: Any, keep: Any = None) -> None:
        self.path = Path(path)
        self.dtype = np.dtype(dtype)
        self.keep = keep
        self.count = 0
        self._handle = open(self.path, "wb")
        self._block_start = -1
        self._block = np.empty(0, self.dtype)

    def append(self, records: np.ndarray) -> None:
        if self._handle is None:
            raise ValueError(f"{self.path}: closed for appending")
        records = np.ascontiguousarray(records, self.dtype)
        self._handle.write(records.tobytes())
        self.count += len(records)

    def close(self) -> None:
        """No more appends: what was written becomes readable."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __len__(self) -> int:
        return self.count

    def read(self, start: int, stop: int) -> np.ndarray:
        """Records `start` to `stop`, read into an array of their own."""
        self.close()
        start, stop = max(0, start), min(stop, self.count)
        if stop <= start:
            return np.empty(0, self.dtype)
        return np.fromfile(self.path, self.dtype, stop - start, offset=start * self.dtype.itemsize)

    def block(self, index: int) -> tuple[int, np.ndarray]:
        """(first position, records) of the `BLOCK` holding record `index`, kept for the next
        call: reads in input order read the file once."""
        if self._block_start < 0 or not 0 <= index - self._block_start < len(self._block):
            self._block_start = index - index % BLOCK
            self._block = self.read(self._block_start, self._block_start + BLOCK)
        return self._block_start, self._block

    def __getitem__(self, index: int) -> Any:
        if not 0 <= index < self.count:
            raise IndexError(index)
        start, block = self.block(index)
        return block[index - start]


class StringColumn:
    """Strings (document ids) in one UTF-8 file, with their end offsets in a `RecordFile`."""

    def __init__(self, folder: Path, name: str, keep: Any = None) -> None:
        self.path = Path(folder) / f"{name}.utf8"
        self.ends = RecordFile(Path(folder) / f"{name}.ends", np.int64, keep)
        self._handle = open(self.path, "wb")
        self._reader = None
        self._end = 0

    def extend(self, values: Iterable[str]) -> None:
        encoded = [value.encode("utf-8") for value in values]
        if not encoded:
            return
        self._handle.write(b"".join(encoded))
        sizes = np.fromiter((len(e) for e in encoded), np.int64, len(encoded))
        self.ends.append(self._end + np.cumsum(sizes))
        self._end += int(sizes.sum())

    def append(self, value: str) -> None:
        self.extend([value])

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self.ends.close()

    def __len__(self) -> int:
        return len(self.ends)

    def _bounds(self, index: int) -> tuple[int, int]:
        return (int(self.ends[index - 1]) if index else 0), int(self.ends[index])

    def __getitem__(self, index: int) -> str:
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, end = self._bounds(index)
        return os.pread(self._fd(), end - start, start).decode("utf-8")

    def _fd(self) -> int:
        self.close()
        if self._reader is None:
            self._reader = open(self.path, "rb")
        return self._reader.fileno()

    def slice(self, start: int, stop: int) -> list[str]:
        """Strings `start` to `stop` as a list (one read)."""
        self.close()
        stop = min(stop, len(self))
        if stop <= start:
            return []
        ends = self.ends.read(start, stop)
        first = int(self.ends.read(start - 1, start)[0]) if start else 0
        data = os.pread(self._fd(), int(ends[-1]) - first, first)
        bounds = np.r_[0, ends - first].tolist()
        return [data[a:b].decode("utf-8") for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self), BLOCK):
            yield from self.slice(start, start + BLOCK)

    def tolist(self) -> list[str]:
        return list(self)


class SortedRecords(Mapping):
    """A `RecordFile` sorted by an integer `key` field, looked up by key as a read-only mapping:
    one key a `BLOCK` of records in memory (the first of each block), the rest on disk.

    `make(record)` turns a record into the value the mapping gives.
    """

    def __init__(self, records: RecordFile, key: str, make: Any) -> None:
        records.close()
        self.records = records
        self.key = key
        self.make = make
        self.firsts = np.array(
            [records.read(start, start + 1)[key][0] for start in range(0, len(records), BLOCK)],
            np.int64,
        )

    def _find(self, key: int) -> int:
        if not len(self.firsts):
            return -1
        block = int(self.firsts.searchsorted(key, side="right")) - 1
        if block < 0:
            return -1
        start, records = self.records.block(block * BLOCK)
        keys = records[self.key]
        at = int(keys.searchsorted(key))
        if at < len(keys) and keys[at] == key:
            return start + at
        return -1

    def __getitem__(self, key: int) -> Any:
        index = self._find(key)
        if index < 0:
            raise KeyError(key)
        return self.make(self.records[index])

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (int, np.integer)) and self._find(int(key)) >= 0

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[int]:
        for start in range(0, len(self.records), BLOCK):
            yield from self.records.read(start, start + BLOCK)[self.key].tolist()

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled (to another process) as the plain dict it stands for
        return (dict, (dict(self),))


def mapped(path: Path, values: np.ndarray) -> np.ndarray:
    """`values` written to `path` (`.npy`) and mapped back read-only."""
    np.save(path, values)
    return np.load(path, mmap_mode="r")


def release(*arrays: Any) -> None:
    """Let this process's mapped pages of `mapped` arrays go (the next read maps them again):
    pages a pass over them touched otherwise stay resident."""
    for values in arrays:
        handle = getattr(values, "_mmap", None)
        if handle is not None:
            handle.madvise(mmap.MADV_DONTNEED)
