"""Exact and near-duplicate removal: MinHash + LSH candidates, verified on real Jaccard, clustered.

sketch: per document, an exact key (xxh3 of the normalised tokens), the sorted unique 32-bit
        hashes of its word shingles (`curate.corpus.shingles`), and the MinHash signature of
        that set, datasketch's own (its affine32 arithmetic on the array; a uint32 array).
fit:    streams the sketches once. Signatures and shingle sets go to a spill store on disk
        (`SketchStore`, read back through memory maps), so the parent keeps only a few numbers
        per document plus the LSH band keys. Banding is datasketch's MinHashLSH scheme, with
        (b, r) read from datasketch's own optimiser, done in numpy: one 64-bit key per document
        and band (`band_keys`). Documents sharing a key in some band are candidates; in each run
        of equal keys, every member is paired with the `run_window - 1` members before it and
        with the run's first member, so a run of 10,000 identical boilerplate pages costs
        10,000 x `run_window` checks, not 50 million. Band tables beyond `memory_mb` are
        spilled as sorted runs to Parquet (one row group per band) and merged band by band.
        Every candidate pair is verified on the REAL Jaccard of the two shingle sets (sorted
        arrays, intersected with `searchsorted`) before it merges, so an LSH false positive, or
        a signature that happens to agree more than the texts do, never removes a document.
        Exact keys are grouped first. Union-find turns verified pairs into clusters.
apply:  in each cluster the representative is the most complete text (most words), then the
        earliest in input order; the others are removed with `duplicate_of` naming it, the
        verified Jaccard as `similarity` and the MinHash estimate as `similarity_estimate`.

The result depends only on the set of `(seq, id, sketch)` triples, never on how they were
batched or ordered: runs of equal band keys are ordered by `seq`, and pairs are verified in
sorted order. Defaults were chosen by measurement: `python -m curate.evaluate dedup`.
"""

from __future__ import annotations

import logging
import mmap
import tempfile
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from curate.corpus.batch_shingles import batch_shingles
from curate.corpus.legacy_random import random_bits
from curate.corpus.shingles import normalized_hash, shingle_hashes, token_bytes
from curate.corpus.spill import RecordFile, SortedRecords, StringColumn
from curate.corpus.spill import mapped as mapped_array
from curate.corpus.unionfind import UnionFind
from curate.document import Document
from curate.stages.base import CorpusStage, check_ranges, register

log = logging.getLogger(__name__)

SCHEME = "affine32"
CHUNK = 8192  # sketches gathered before their signatures and shingles are written out
# sketches `fit` holds before writing them out: the spill store and band table are the same
# whatever the chunk, and 8,192 pages of sketches held 37 MiB (4.6 KiB a page); 1,024 pages
# (4.6 MiB) were still a buffer a 362-page crawl never fills
GATHER_CHUNK = 256
_U64 = np.uint64
_MIX1 = _U64(0xBF58476D1CE4E5B9)
_MIX2 = _U64(0x94D049BB133111EB)
_GOLDEN = _U64(0x9E3779B97F4A7C15)
_U32 = np.uint32
SIGNATURE_BLOCK = 4096  # shingles permuted at once by `signatures`: 2 MiB at 128 permutations
_FMIX1 = _U32(0x85EBCA6B)
_FMIX2 = _U32(0xC2B2AE35)


class Sketch(NamedTuple):
    exact: int
    signature: np.ndarray  # uint32[num_perm]
    words: int
    shingles: np.ndarray  # sorted unique uint32 shingle hashes (the set MinHash estimates)

    def __reduce__(self):
        """Pickled as the arrays' bytes: each of a batch's 400 small arrays pickled as an
        array (its reconstructor, dtype and shape; a row of `signatures` copied out of its
        matrix) took most of the dedup sketches' checkpoint, 31 -> 11 ms to write the bench's
        2,000 and 23 -> 9 ms to read them. A loaded array is read-only (`fit` only reads)."""
        signature, shingles = self.signature, self.shingles
        if not (_flat(signature) and _flat(shingles)):
            return Sketch, tuple(self)
        return _sketch_of, (
            self.exact,
            signature.tobytes(),
            signature.dtype.str,
            self.words,
            shingles.tobytes(),
            shingles.dtype.str,
        )


def _flat(value: Any) -> bool:
    return isinstance(value, np.ndarray) and value.ndim == 1


def _sketch_of(exact, signature, signature_dtype, words, shingles, shingles_dtype) -> Sketch:
    """A pickled `Sketch` again (`Sketch.__reduce__`)."""
    return Sketch(
        exact,
        np.frombuffer(signature, signature_dtype),
        words,
        np.frombuffer(shingles, shingles_dtype),
    )


class Decision(NamedTuple):
    cluster: str  # id of the cluster's representative
    size: int
    duplicate_of: str | None = None  # set when this document is removed
    rule: str | None = None
    similarity: float | None = None  # verified Jaccard of the shingle sets
    estimate: float | None = None  # MinHash estimate of the same Jaccard


RULES = (None, "exact_duplicate", "near_duplicate")  # a decision's rule, by its code on disk
# one decision as `fit` spills it: the seq it is for, the index of its cluster's keeper, the
# cluster's size, its rule's code in `RULES`, and the two similarities (NaN for a keeper)
DECISION = np.dtype(
    [
        ("seq", np.int64),
        ("keeper", np.int64),
        ("size", np.int64),
        ("rule", np.int8),
        ("similarity", np.float64),
        ("estimate", np.float64),
    ]
)


@dataclass
class DedupState:
    """Decisions by seq (documents in no cluster are absent), a mapping that reads them off
    the spill folder (`spill.SortedRecords`), or a dict once pickled; ids the same way."""

    id_column: Any  # every id `fit` saw (prior ones first): a `spill.StringColumn`, or a list
    offset: int  # the first `offset` ids are a prior index's
    decisions: Mapping[int, Decision]
    stats: dict[str, Any]
    # kept for `curate.corpus.dedup_index.save_index`: the corpus as the next crawl sees it
    index: Any = field(default=None, repr=False)

    @property
    def ids(self) -> list[str]:
        """This crawl's ids, in input order."""
        column = self.id_column
        if hasattr(column, "slice"):
            return column.slice(self.offset, len(column))
        return list(column[self.offset :])

    def __getstate__(self) -> dict[str, Any]:
        # what travels is plain data; the spill folder behind `index` stays in this process
        return {
            "id_column": self.ids,
            "offset": 0,
            "decisions": dict(self.decisions),
            "stats": self.stats,
            "index": None,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)


# Numpy banding ------------------------------------------------------------------------------------


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch's affine32 scheme pre-mixes each hash."""
    values = values ^ (values >> _U32(16))
    values = values * _FMIX1
    values = values ^ (values >> _U32(13))
    values = values * _FMIX2
    return values ^ (values >> _U32(16))


def _mix64(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: a bijection on uint64 that spreads every input bit."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> _U64(30))) * _MIX1
        values = (values ^ (values >> _U64(27))) * _MIX2
        return values ^ (values >> _U64(31))


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per document and band: equal bands give equal keys (uint64[n, bands]).

    The band is datasketch's: hash values `[i * rows, (i + 1) * rows)` of the signature. Keys
    of different bands never need to differ, as each band is grouped separately.
    """
    n = signatures.shape[0]
    block = signatures[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    keys = np.broadcast_to(_mix64(np.arange(bands, dtype=np.uint64) + _GOLDEN), (n, bands))
    for column in range(rows):
        keys = _mix64(keys ^ block[:, :, column])
    return np.ascontiguousarray(keys)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` by a sort: the same array, but numpy 2.4 finds the distinct values
    of a plain integer array with a hash table, 100x slower on millions of packed pairs (8M:
    6.5 s against 0.05 s)."""
    return _distinct(np.sort(values))


def merged_unique(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """`sorted_unique` of two arrays already sorted and unique: the stable sort (timsort) finds
    the two runs and merges them in linear time, where a fresh sort of the union would redo
    the whole band-by-band union once a band (35 bands of 3M pairs for `stories`)."""
    return _distinct(np.sort(np.concatenate([first, second]), kind="stable"))


def union_sorted(held: np.ndarray, found: np.ndarray) -> np.ndarray:
    """`merged_unique(held, found)` by inserting only what `found` adds: the bands of a crawl
    of copies find the same pairs again, and concatenating and sorting the two held three
    copies of the union at once (where this holds `held`, `found` and their positions)."""
    at = np.searchsorted(held, found)
    present = np.zeros(len(found), bool)
    inside = at < len(held)
    present[inside] = held[at[inside]] == found[inside]
    if present.all():
        return held
    new = ~present
    return np.insert(held, at[new], found[new])


def _distinct(ordered: np.ndarray) -> np.ndarray:
    """A sorted array without its repeats."""
    if len(ordered) < 2:
        return ordered
    distinct = np.empty(len(ordered), bool)
    distinct[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=distinct[1:])
    return ordered[distinct]


def run_pairs(keys: np.ndarray, members: np.ndarray, window: int) -> np.ndarray:
    """Candidate pairs `(a, b)` from one band, `keys` sorted and `members` in that order.

    Within a run of equal keys each member is paired with the `window - 1` members before it
    (every pair, for runs up to `window` long) and with the run's first member, which
    union-find makes enough to join a run of true duplicates at linear cost.
    """
    pieces = [np.stack([a, b], axis=1) for a, b in _run_pieces(keys, members, window)]
    return np.concatenate(pieces) if pieces else np.empty((0, 2), dtype=np.int64)


def run_pairs_packed(
    keys: np.ndarray, members: np.ndarray, window: int, offset: int = 0
) -> np.ndarray:
    """`run_pairs` as `a << 32 | b` (uint64, unsorted, repeats kept), without the pairs that
    join two of the first `offset` members: 8 bytes a pair where the int64 pairs took 16,
    and twice that again while they were stacked (the fit's peak on a crawl of copies)."""
    pieces = []
    for a, b in _run_pieces(keys, members, window):
        if offset:  # two prior documents were already decided by the crawl that made them
            keep = (a >= offset) | (b >= offset)
            a, b = a[keep], b[keep]
        pieces.append(a.astype(np.uint64) << _U64(32) | b.astype(np.uint64))
    return np.concatenate(pieces) if pieces else np.empty(0, np.uint64)


def _run_pieces(
    keys: np.ndarray, members: np.ndarray, window: int
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """`run_pairs`' pairs as (firsts, seconds) arrays, one piece per distance in the run."""
    n = len(keys)
    if n < 2:
        return
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    lengths = np.diff(np.r_[starts, n])
    shared = lengths > 1
    if not shared.any():
        return
    starts, lengths = starts[shared], lengths[shared]
    # positions inside shared runs, with the start of their run
    run_start = np.repeat(starts, lengths)
    position = run_start + (
        np.arange(len(run_start)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    )
    for distance in range(1, min(window, int(lengths.max()))):
        back = position - distance
        ok = back >= run_start
        yield members[back[ok]], members[position[ok]]
    far = position - run_start >= window
    yield members[run_start[far]], members[position[far]]


class BandTable:
    """Band keys of every document, in memory up to a budget, then as sorted Parquet runs.

    With `on_disk`, the keys held below the budget live in a file of the work folder rather
    than in memory (each chunk written band by band, so one band of it is one read): the
    budget and the sorted runs are the same, so are the bands read back, and `dedup` no longer
    holds 8 bytes x bands (184 at 23 bands) per document until the index is written.
    """

    def __init__(self, bands: int, budget_bytes: int, folder: Path, on_disk: bool = False) -> None:
        self.bands = bands
        self.budget = budget_bytes
        self.folder = folder
        # (first index, uint64[k, bands]), or on disk (first index, k, byte offset in `_path`)
        self.chunks: list[tuple[int, Any] | tuple[int, int, int]] = []
        self.held = 0
        self.runs: list[Path] = []
        self._path = folder / "bands.u64"
        self._file = open(self._path, "wb") if on_disk else None
        self._written = 0
        self.count = 0  # documents appended

    def append(self, first: int, keys: np.ndarray) -> None:
        self.count += len(keys)
        if self._file is not None:
            self._file.write(np.ascontiguousarray(keys.T, np.uint64).tobytes())
            self.chunks.append((first, len(keys), self._written))
            self._written += keys.nbytes
        else:
            self.chunks.append((first, keys))
        self.held += keys.nbytes
        if self.held > self.budget:
            self._spill()

    def _chunk_keys(self, chunk: tuple) -> np.ndarray:
        """uint64[k, bands] of one held chunk."""
        if len(chunk) == 2:
            return chunk[1]
        _, count, offset = chunk
        self._file.flush()
        return (
            np.fromfile(self._path, np.uint64, count * self.bands, offset=offset)
            .reshape(self.bands, count)
            .T
        )

    def _chunk_band(self, chunk: tuple, band: int) -> np.ndarray:
        if len(chunk) == 2:
            return chunk[1][:, band]
        _, count, offset = chunk
        self._file.flush()
        return np.fromfile(self._path, np.uint64, count, offset=offset + band * count * 8)

    @staticmethod
    def _chunk_size(chunk: tuple) -> int:
        return len(chunk[1]) if len(chunk) == 2 else chunk[1]

    def _spill(self) -> None:
        """Write the held keys as one sorted run: a row group per band of (key, index)."""
        if not self.chunks:
            return
        keys = np.concatenate([self._chunk_keys(c) for c in self.chunks])
        index = np.concatenate(
            [np.arange(c[0], c[0] + self._chunk_size(c), dtype=np.int64) for c in self.chunks]
        )
        path = self.folder / f"bands-{len(self.runs):05d}.parquet"
        schema = pa.schema([("key", pa.uint64()), ("index", pa.int64())])
        with pq.ParquetWriter(path, schema, compression="none") as writer:
            for band in range(self.bands):
                order = np.argsort(keys[:, band], kind="stable")
                writer.write_table(
                    pa.table({"key": keys[order, band], "index": index[order]}, schema=schema),
                    row_group_size=len(order) + 1,
                )
        self.runs.append(path)
        self.chunks = []
        self.held = 0

    @property
    def spilled(self) -> bool:
        return bool(self.runs)

    def band(self, band: int) -> tuple[np.ndarray, np.ndarray]:
        """All `(keys, indices)` of one band, merged from memory and the spilled runs."""
        keys = [self._chunk_band(c, band) for c in self.chunks]
        index = [np.arange(c[0], c[0] + self._chunk_size(c), dtype=np.int64) for c in self.chunks]
        for path in self.runs:
            table = pq.ParquetFile(path).read_row_group(band)
            keys.append(table.column("key").to_numpy())
            index.append(table.column("index").to_numpy())
        if not keys:
            return np.empty(0, np.uint64), np.empty(0, np.int64)
        return np.concatenate(keys), np.concatenate(index)

    def all_keys(self) -> np.ndarray:
        """uint64[n, bands] in input order (for saving an index; reads the runs back)."""
        columns = []
        for band in range(self.bands):
            keys, index = self.band(band)
            column = np.empty(len(keys), np.uint64)
            column[index] = keys
            columns.append(column)
        return np.stack(columns, axis=1) if columns else np.empty((0, self.bands), np.uint64)

    def rows(self, start: int, stop: int) -> np.ndarray:
        """uint64[stop - start, bands] of documents `start` to `stop`, from the held chunks
        (appended in input order); once runs were spilled, read `all_keys` once instead."""
        if self.spilled:
            raise ValueError("band keys were spilled as sorted runs: read them with all_keys")
        parts = []
        for chunk in self.chunks:
            first, size = chunk[0], self._chunk_size(chunk)
            if first + size <= start or first >= stop:
                continue
            keys = self._chunk_keys(chunk)
            parts.append(keys[max(0, start - first) : min(size, stop - first)])
        if not parts:
            return np.empty((0, self.bands), np.uint64)
        return np.ascontiguousarray(np.concatenate(parts))


class SketchStore:
    """Signatures and shingle sets, appended to flat files and read back through memory maps."""

    def __init__(self, folder: Path, num_perm: int) -> None:
        self.folder = folder
        self.num_perm = num_perm
        self.count = 0
        self._signatures = open(folder / "signatures.u32", "wb")
        self._shingles = open(folder / "shingles.u32", "wb")
        self._offsets: list[np.ndarray] = [np.zeros(1, np.int64)]
        self._end = 0
        self.offsets = np.zeros(1, np.int64)
        self.signatures = np.empty((0, num_perm), np.uint32)
        self.shingles = np.empty(0, np.uint32)
        self._maps: list[mmap.mmap] = []

    def append(self, signatures: np.ndarray, shingle_sets: list[np.ndarray]) -> None:
        self._signatures.write(np.ascontiguousarray(signatures, np.uint32).tobytes())
        sizes = np.fromiter((len(s) for s in shingle_sets), np.int64, len(shingle_sets))
        if len(shingle_sets):
            self._shingles.write(np.concatenate(shingle_sets).astype(np.uint32).tobytes())
        self._offsets.append(self._end + np.cumsum(sizes))
        self._end += int(sizes.sum())
        self.count += len(shingle_sets)

    def append_flat(self, signatures: np.ndarray, values: np.ndarray, sizes: np.ndarray) -> None:
        """`append` of sets given one after the other in `values`, `sizes[i]` values for set
        `i` (no array a set to split them into and join again)."""
        self._signatures.write(np.ascontiguousarray(signatures, np.uint32).tobytes())
        self._shingles.write(np.ascontiguousarray(values, np.uint32).tobytes())
        self._offsets.append(self._end + np.cumsum(sizes))
        self._end += int(np.sum(sizes))
        self.count += len(sizes)

    def close(self) -> None:
        self._signatures.close()
        self._shingles.close()
        self.offsets = np.concatenate(self._offsets)
        self._offsets = [self.offsets]
        if self.count:
            self.signatures = self._map("signatures.u32").reshape(self.count, self.num_perm)
        if self._end:
            self.shingles = self._map("shingles.u32")

    def _map(self, name: str) -> np.ndarray:
        with open(self.folder / name, "rb") as handle:
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        self._maps.append(mapped)
        return np.frombuffer(mapped, np.uint32)

    def release(self) -> None:
        """Unmap from this process the pages of the files read so far (they stay in the page
        cache; the next read maps them again): pages a long pass touched otherwise stay
        resident, up to the whole files (4 bytes a shingle, 3.7 KiB a web page)."""
        for mapped in self._maps:
            mapped.madvise(mmap.MADV_DONTNEED)

    def rows(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray]:
        """Signatures (uint32[stop - start, num_perm]) and the shingle values of documents
        `start` to `stop`, read from the files into arrays of their own (not mapped pages)."""
        width = self.num_perm
        signatures = np.fromfile(
            self.folder / "signatures.u32",
            np.uint32,
            (stop - start) * width,
            offset=start * width * 4,
        ).reshape(-1, width)
        first, last = int(self.offsets[start]), int(self.offsets[stop])
        shingles = np.fromfile(
            self.folder / "shingles.u32", np.uint32, last - first, offset=first * 4
        )
        return signatures, shingles

    def shingle_set(self, index: int) -> np.ndarray:
        return self.shingles[self.offsets[index] : self.offsets[index + 1]]

    def jaccard(self, a: int, b: int) -> float:
        return jaccard(self.shingle_set(a), self.shingle_set(b))

    def estimate(self, a: int, b: int) -> float:
        return float(np.count_nonzero(self.signatures[a] == self.signatures[b])) / self.num_perm


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sorted arrays of unique values (same count as `np.intersect1d`)."""
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return 1.0 if not len(b) else 0.0
    at = np.searchsorted(b, a)
    common = int(np.count_nonzero(b[np.minimum(at, len(b) - 1)] == a))
    return common / (len(a) + len(b) - common)


# The stage ----------------------------------------------------------------------------------------


@register
@dataclass(frozen=True)
class NearDuplicateRemover(CorpusStage):
    """Remove exact and near-duplicate documents, keeping one representative per cluster."""

    name = "dedup"
    threshold: float = 0.6  # real Jaccard of the shingle sets that counts as a duplicate
    num_perm: int = 128
    ngram: int = 5
    seed: int = 1
    exact: bool = True
    near: bool = True
    memory_mb: int = 1024  # band tables beyond this go to disk as sorted runs
    run_window: int = 32  # in a run of equal band keys, pair each member with this many before
    # datasketch's false-negative weight when it picks (b, r): candidates are verified exactly,
    # so a false positive costs one set intersection while a false negative loses a duplicate
    recall_weight: float = 0.8

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("dedup.threshold must be in (0, 1]")
        if self.num_perm < 16 or self.ngram < 1:
            raise ValueError("dedup.num_perm must be >= 16 and dedup.ngram >= 1")
        if self.memory_mb < 0 or self.run_window < 2:
            raise ValueError("dedup.memory_mb must be >= 0 and dedup.run_window >= 2")
        if not 0.0 < self.recall_weight < 1.0:
            raise ValueError("dedup.recall_weight must be in (0, 1)")
        check_ranges(self, seed=(0, 2**32 - 1))  # numpy's seeds

    @cached_property
    def _permutations(self) -> np.ndarray:
        """datasketch's affine32 `(a, b)` for this seed (its `_init_permutations`, as uint32[2, n]).

        Made here rather than by `datasketch.MinHash`: importing datasketch imports scipy (a
        second of start-up in every worker), and a worker needs only these 2 x num_perm numbers:
        datasketch's `RandomState(seed).randint` of 31 then 32 bits, read off the same twister
        without importing `numpy.random` (`corpus.legacy_random`).
        """
        odd, shift = random_bits(self.seed, (31, 32), self.num_perm)
        return np.array([odd * _U32(2) + _U32(1), shift])

    @cached_property
    def bands(self) -> tuple[int, int]:
        """(b, r) as datasketch's MinHashLSH chooses them for this threshold and num_perm:
        the shipped table's (`curate.corpus.lsh_bands`), else datasketch's own."""
        from curate.corpus.lsh_bands import shipped

        found = shipped(self.threshold, self.num_perm, self.recall_weight)
        return found if found is not None else self.datasketch_bands()

    def datasketch_bands(self) -> tuple[int, int]:
        """(b, r) from datasketch's MinHashLSH itself."""
        from datasketch import MinHashLSH  # imports scipy: only where a fit runs

        try:
            weights = (1.0 - self.recall_weight, self.recall_weight)
            if (
                sum(weights) != 1.0
            ):  # datasketch wants an exact sum; 0.7 + 0.3 is 1.0000000000000002
                weights = (round(1.0 - self.recall_weight, 6), round(self.recall_weight, 6))
            lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=weights)
        except ValueError as err:
            raise ValueError(
                f"dedup: no LSH banding for threshold {self.threshold} with num_perm "
                f"{self.num_perm} ({err}); raise num_perm"
            ) from err
        return lsh.b, lsh.r

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        """datasketch's MinHash of already-hashed shingles (hash function: identity).

        The same uint32 arithmetic as datasketch's affine32 `update_batch` (MurmurHash3's
        finaliser, then `a * h + b` wrapping, then the minimum per permutation), done on the
        array itself: datasketch goes through a Python list of ints, which cost more than the
        arithmetic (the tests compare the two on every shingle set they make).
        """
        a, b = self._permutations
        if not len(shingles):
            return np.full(self.num_perm, np.iinfo(np.uint32).max, np.uint32)
        mixed = _fmix32(shingles.astype(np.uint32, copy=False))
        # one permutation a row, the shingles along it: `b` added in place, each row's
        # minimum taken over contiguous memory
        values = np.multiply.outer(a, mixed)
        values += self._shifts
        return values.min(axis=1)

    @cached_property
    def _shifts(self) -> np.ndarray:
        """The permutations' `b` as a column (uint32[n, 1]), to add to every row at once."""
        return np.ascontiguousarray(self._permutations[1][:, None])

    def sketch(self, doc: Document) -> Sketch:
        words = token_bytes(doc.text)
        shingles = shingle_hashes(words, self.ngram)
        return Sketch(normalized_hash(words), self.signature(shingles), len(words), shingles)

    def sketch_batch(self, docs: list[Document]) -> list[Sketch]:
        """`[self.sketch(doc) for doc in docs]`, the signatures permuted for many documents
        at once (`signatures`) and the words of all hashed and shingled at once
        (`batch_shingles`)."""
        keys, counts, shingles = batch_shingles([doc.text for doc in docs], self.ngram)
        signatures = self.signatures(shingles)
        return [
            Sketch(exact, signature, words, sets)
            for exact, words, sets, signature in zip(
                keys, counts, shingles, signatures, strict=True
            )
        ]

    def signatures(self, shingle_sets: list[np.ndarray]) -> np.ndarray:
        """uint32[len(shingle_sets), num_perm]: row i is `signature(shingle_sets[i])`.

        One permutation over the shingles of about `SIGNATURE_BLOCK` of them from whole sets,
        then each set's minimum (`minimum.reduceat`): a dozen numpy calls a block, where
        `signature` makes them for every set (which cost as much as the arithmetic: 0.053 s
        for the bench's 2,000 documents one at a time, 0.021 s in blocks).
        """
        out = np.full((len(shingle_sets), self.num_perm), np.iinfo(np.uint32).max, np.uint32)
        sizes = np.fromiter(map(len, shingle_sets), np.int64, len(shingle_sets))
        sets = np.flatnonzero(sizes)  # a set without shingles keeps the signature of none
        if not len(sets):
            return out
        multipliers = np.ascontiguousarray(self._permutations[0][:, None])
        ends = np.cumsum(sizes[sets])
        # one work array for every block: a new one each time cost more in page faults (2 MiB,
        # fresh from the system every time) than the arithmetic done in it
        work = np.empty((self.num_perm, SIGNATURE_BLOCK), np.uint32)
        first = 0
        while first < len(sets):
            base = int(ends[first] - sizes[sets[first]])
            # whole sets, about SIGNATURE_BLOCK shingles of them (at least one set)
            stop = max(first + 1, int(np.searchsorted(ends, base + SIGNATURE_BLOCK, "right")))
            block = sets[first:stop]
            mixed = _fmix32(
                np.concatenate([shingle_sets[i] for i in block.tolist()]).astype(np.uint32)
            )
            if len(mixed) > work.shape[1]:  # one set larger than a block
                work = np.empty((self.num_perm, len(mixed)), np.uint32)
            values = work[:, : len(mixed)]
            np.multiply(multipliers, mixed, out=values)
            values += self._shifts
            starts = ends[first:stop] - sizes[block] - base
            out[block] = np.minimum.reduceat(values, starts, axis=1).T
            first = stop
        return out

    def fit(self, sketches: Iterable[tuple[int, str, Any]], prior: Any = None) -> DedupState:
        """Decide every document's fate; `prior` is a `dedup_index.PriorIndex` or None."""
        folder = tempfile.TemporaryDirectory(prefix="curate-dedup-")
        try:
            seen = self.gather(sketches, folder, prior)
            pairs = np.empty(0, np.uint64)  # packed `a << 32 | b`, decoded a block at a time
            if self.near and seen.count > 1:
                pairs = self._packed_candidates(seen.table, seen.order_key, seen.offset)
            store = seen.store
            state = self.cluster(
                seen,
                len(pairs),
                _pair_list(pairs, between=store.release),
                lambda a, b: store.jaccard(a, b) >= self.threshold,
            )
            store.release()
            return state
        except BaseException:
            folder.cleanup()
            raise

    def gather(
        self,
        sketches: Iterable[tuple[int, str, Any]],
        folder: tempfile.TemporaryDirectory,
        prior: Any = None,
    ) -> Gathered:
        """Stream the sketches once into the spill store, the band table and per-document arrays.

        Prior documents (`prior`, a `dedup_index.PriorIndex`) come first, with `order_key`
        below every new document's.
        """
        work = Path(folder.name)
        bands, rows = self.bands
        store = SketchStore(work, self.num_perm)
        table = BandTable(bands, self.memory_mb * 2**20, work, on_disk=True)
        ids = StringColumn(work, "ids", keep=folder)  # on disk: 8 bytes a document, not ~100
        seq_parts: list[np.ndarray] = []
        word_parts: list[np.ndarray] = []
        exact_parts: list[np.ndarray] = []
        offset = 0
        if prior is not None:
            offset = prior.absorb(self, store, table, ids, seq_parts, word_parts, exact_parts)
        for chunk in _chunks(sketches, GATHER_CHUNK):
            first = len(ids)
            ids.extend([doc_id for _, doc_id, _ in chunk])
            seq_parts.append(np.fromiter((s for s, _, _ in chunk), np.int64, len(chunk)))
            word_parts.append(np.fromiter((k.words for _, _, k in chunk), np.int64, len(chunk)))
            exact_parts.append(np.fromiter((k.exact for _, _, k in chunk), np.uint64, len(chunk)))
            signatures = np.stack([k.signature for _, _, k in chunk]).astype(np.uint32)
            store.append(signatures, [k.shingles for _, _, k in chunk])
            if self.near:
                table.append(first, band_keys(signatures, bands, rows))
        store.close()
        ids.close()
        seqs = _join(seq_parts, np.int64)
        # prior documents sort before every new one (their seq is shifted below the new ones)
        order_key = seqs if offset == 0 else np.r_[seqs[:offset] - 2**62, seqs[offset:]]
        return Gathered(
            folder,
            store,
            table,
            ids,
            seqs,
            _join(word_parts, np.int64),
            _join(exact_parts, np.uint64),
            order_key,
            offset,
        )

    def cluster(
        self,
        seen: Gathered,
        candidates: int,
        pairs: Iterable[tuple[int, int]],
        duplicate: Callable[[int, int], bool],
    ) -> DedupState:
        """Clusters from exact keys, then from the candidate `pairs` that are `duplicate`.

        A pair whose two documents are already in one cluster is skipped unchecked, so
        `lsh_verified` counts the merges near pairs made: the clusters they removed. That
        number depends only on which pairs are duplicates, not on the order they come in.
        """
        ids, exact_keys, order_key, offset = seen.ids, seen.exact_keys, seen.order_key, seen.offset
        union = UnionFind()
        exact_pairs = 0
        if self.exact and len(ids) > 1:
            exact_pairs = _union_equal(union, exact_keys, order_key, offset)
        verified = 0
        for a, b in pairs:
            if union.find(a) == union.find(b):
                continue
            if duplicate(a, b):
                verified += 1
                union.union(a, b)
        decisions, stats = self._decide(union, seen)
        bands, rows = self.bands
        stats.update(
            lsh_bands=bands,
            lsh_rows=rows,
            lsh_candidates=candidates,
            lsh_verified=verified,
            exact_pairs=exact_pairs,
            band_tables_spilled=seen.table.spilled,
        )
        state = DedupState(ids, offset, decisions, stats)
        settings = {"num_perm": self.num_perm, "ngram": self.ngram, "seed": self.seed}
        state.index = _Index(**_on_disk(seen), settings=settings)
        return state

    def _candidate_pairs(self, table: BandTable, order_key: np.ndarray, offset: int) -> np.ndarray:
        """Unique candidate pairs `(a, b)`, a before b in input order, sorted."""
        return _unpack(self._packed_candidates(table, order_key, offset))

    def _packed_candidates(
        self, table: BandTable, order_key: np.ndarray, offset: int
    ) -> np.ndarray:
        """`_candidate_pairs` as sorted unique `a << 32 | b` (uint64)."""
        # the union is taken band by band: the bands of a corpus of copies find the same pairs
        # again and again, and holding every band's pairs until the end cost 3 x 8 bytes x
        # bands x run_window per document at its peak (120 MiB on 7,000 pages)
        packed = None
        for band in range(table.bands):
            keys, index = table.band(band)
            order = np.lexsort((order_key[index], keys))
            found = run_pairs_packed(keys[order], index[order], self.run_window, offset)
            del keys, index, order
            found = sorted_unique(found)
            packed = found if packed is None else union_sorted(packed, found)
        return packed if packed is not None else np.empty(0, np.uint64)

    def _decide(self, union: UnionFind, seen: Gathered) -> tuple[Mapping[int, Decision], dict]:
        """Each clustered document's decision, spilled to the work folder sorted by seq (41
        bytes a document on disk, where a dict of `Decision`s held about 250 in memory)."""
        ids, seqs, words = seen.ids, seen.seqs, seen.words
        exact_keys, order_key, offset = seen.exact_keys, seen.order_key, seen.offset
        store = seen.store
        columns = {name: array(code) for name, code in _DECISION_CODES.items()}
        sizes: Counter[int] = Counter()
        removed: Counter[str] = Counter()
        for members in union.groups().values():
            if offset:
                prior_members = [m for m in members if m < offset]
                if prior_members and len(prior_members) == len(members):
                    continue
            # the representative: a prior document if any (they are never removed), then the
            # most complete text, then the earliest in input order
            keeper = min(members, key=lambda i: (i >= offset, -words[i], order_key[i]))
            new_members = [m for m in members if m >= offset]
            sizes[len(members)] += 1
            for member in new_members:
                columns["seq"].append(int(seqs[member]))
                columns["keeper"].append(keeper)
                columns["size"].append(len(members))
                if member == keeper:
                    for name, value in (("rule", 0), ("similarity", _NONE), ("estimate", _NONE)):
                        columns[name].append(value)
                    continue
                same = exact_keys[member] == exact_keys[keeper]
                rule = "exact_duplicate" if same else "near_duplicate"
                removed[rule] += 1
                columns["rule"].append(RULES.index(rule))
                similarity = 1.0 if same else round(store.jaccard(member, keeper), 4)
                estimate = 1.0 if same else round(store.estimate(member, keeper), 4)
                columns["similarity"].append(similarity)
                columns["estimate"].append(estimate)
        records = np.empty(len(columns["seq"]), DECISION)
        for name, values in columns.items():
            records[name] = np.frombuffer(values, values.typecode) if len(values) else []
        del columns
        records = records[np.argsort(records["seq"], kind="stable")]
        spilled = RecordFile(Path(seen.folder.name) / "decisions.rec", DECISION, keep=seen.folder)
        spilled.append(records)
        del records
        decisions = SortedRecords(spilled, "seq", _DecisionOf(ids))
        stats = {
            "documents": len(ids) - offset,
            "prior_documents": offset,
            "clusters": sum(sizes.values()),
            "documents_in_clusters": sum(size * n for size, n in sizes.items()),
            "largest_cluster": max(sizes, default=0),
            "cluster_sizes": {str(size): sizes[size] for size in sorted(sizes)},
            "removed_exact": removed["exact_duplicate"],
            "removed_near": removed["near_duplicate"],
        }
        if not offset:
            del stats["prior_documents"]
        return decisions, stats

    def decision_for(self, state: DedupState, seq: int) -> Decision | None:
        return state.decisions.get(seq)

    def apply(self, doc: Document, decision: Decision | None) -> Document:
        if decision is None:
            doc.labels["dup_cluster"] = doc.id
            doc.labels["dup_count"] = 1
            return doc
        doc.labels["dup_cluster"] = decision.cluster
        doc.labels["dup_count"] = decision.size
        if decision.duplicate_of is not None:
            if decision.rule == "exact_duplicate":
                reason = f"exact duplicate of {decision.duplicate_of} (same normalised text)"
            else:
                reason = (
                    f"near duplicate of {decision.duplicate_of} (Jaccard {decision.similarity} "
                    f"on {self.ngram}-word shingles; MinHash estimate {decision.estimate})"
                )
            doc.remove(
                self.name,
                decision.rule,
                reason,
                duplicate_of=decision.duplicate_of,
                similarity=decision.similarity,
                estimate=decision.estimate,
            )
        return doc

    def summary(self, state: DedupState) -> dict[str, Any]:
        return dict(state.stats)


@dataclass
class Gathered:
    """Everything `fit` streamed in, in input order (prior documents first)."""

    folder: tempfile.TemporaryDirectory  # the spill folder behind `store` and `table`
    store: SketchStore
    table: BandTable
    ids: Any  # a `spill.StringColumn` (or a list): every id, by index
    seqs: np.ndarray
    words: np.ndarray
    exact_keys: np.ndarray
    order_key: np.ndarray  # seq, with prior documents shifted below every new one
    offset: int  # the first `offset` documents came from a prior index

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass
class _Index(Gathered):
    """What `fit` saw, kept until the state is dropped (its spill folder goes with it)."""

    settings: dict[str, Any] = field(default_factory=dict)


_NONE = float("nan")  # no similarity: the keeper's own decision
_DECISION_CODES = {
    "seq": "q",
    "keeper": "q",
    "size": "q",
    "rule": "b",
    "similarity": "d",
    "estimate": "d",
}


class _DecisionOf:
    """A spilled decision record back as the `Decision` it was (ids read off the id column)."""

    def __init__(self, ids: Any) -> None:
        self.ids = ids

    def __call__(self, record: Any) -> Decision:
        cluster = self.ids[int(record["keeper"])]
        rule = RULES[int(record["rule"])]
        if rule is None:
            return Decision(cluster, int(record["size"]))
        return Decision(
            cluster,
            int(record["size"]),
            cluster,
            rule,
            float(record["similarity"]),
            float(record["estimate"]),
        )


def _on_disk(seen: Gathered) -> dict[str, Any]:
    """`seen`'s fields, its per-document arrays (and the store's shingle offsets) moved to
    files of its work folder and mapped back: after the decisions only the index reads them,
    a row group at a time (`spill.release` lets the pages read go), so the state kept to the
    end of the run holds no 32 bytes a document of them."""
    fields = dict(vars(seen))
    work = Path(seen.folder.name)
    for name in ("seqs", "words", "exact_keys"):
        fields[name] = mapped_array(work / f"{name}.npy", fields[name])
    # prior documents (offset > 0) shift their order below the new ones: a column of its own
    if seen.order_key is seen.seqs:
        fields["order_key"] = fields["seqs"]
    else:
        fields["order_key"] = mapped_array(work / "order.npy", seen.order_key)
    seen.store.offsets = mapped_array(work / "offsets.npy", seen.store.offsets)
    return fields


def _union_equal(union: UnionFind, keys: np.ndarray, order_key: np.ndarray, offset: int) -> int:
    """Join documents with equal exact keys to the first of them; returns the pairs joined."""
    order = np.lexsort((order_key, keys))
    ordered = keys[order]
    same = np.flatnonzero(ordered[1:] == ordered[:-1]) + 1
    if not len(same):
        return 0
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    first = starts[np.searchsorted(starts, same, side="right") - 1]
    joined = 0
    for head, member in zip(order[first].tolist(), order[same].tolist(), strict=True):
        if member < offset:
            continue  # two prior documents: already decided
        union.union(head, member)
        joined += 1
    return joined


def _pair_list(
    pairs: np.ndarray, size: int = 1 << 16, between: Callable[[], None] | None = None
) -> Iterator[list[int]]:
    """The pairs (int64[k, 2], or packed uint64 `a << 32 | b`) as Python lists, a block at a
    time, calling `between()` after each: `pairs.tolist()` in one go held about 130 bytes a
    pair, 32 pairs a document at `run_window` 32."""
    for start in range(0, len(pairs), size):
        block = pairs[start : start + size]
        yield from (_unpack(block) if block.ndim == 1 else block).tolist()
        if between is not None:
            between()


def _unpack(packed: np.ndarray) -> np.ndarray:
    """Packed `a << 32 | b` (uint64) as int64 pairs `[a, b]`."""
    if not len(packed):
        return np.empty((0, 2), np.int64)
    return np.stack([(packed >> _U64(32)), packed & _U64(0xFFFFFFFF)], axis=1).astype(np.int64)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _join(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.empty(0, dtype)
