"""The candidate pairs of LSH bands, as one sorted array: `dedup`'s, merged fewer times.

`dedup` merges each band's pairs into the union as it goes (a stable sort of the union and the
band: 35 passes over 3.1M pairs for `stories` on 20,000 bench documents, 0.26 s of its 0.39 s).
Here the bands' pairs wait until they are as many as the union, then one sort (numpy's
vectorised quicksort: 3x faster than the merge of a stable sort on 3.6M keys) takes them all
in: each pair is sorted a few times, not once a band, and the pairs held stay within about
three times the union. Same pairs, same order: `dedup`'s `_candidate_pairs` at offset 0.
"""

from __future__ import annotations

import numpy as np

from curate.corpus.dedup import BandTable, _run_pieces

_U64 = np.uint64
MIN_PENDING = 1 << 22  # band pairs held before the first sort (32 MiB)
COMPACT = 1 << 16  # keys moved at once when the repeats are taken out


def candidate_pairs(table: BandTable, order_key: np.ndarray, window: int) -> np.ndarray:
    """Unique candidate pairs `(a, b)` of all bands, a before b in input order, sorted (int64
    rows): the pairs of a run of equal band keys as `dedup.run_pairs` makes them."""
    return unpack(candidate_keys(table, order_key, window))


def candidate_keys(table: BandTable, order_key: np.ndarray, window: int) -> np.ndarray:
    """`candidate_pairs` packed as `a << 32 | b` (uint64, sorted, distinct), as
    `run_pairs_packed` packs them: 8 bytes a pair, read a slice at a time (`unpack`) by a fit
    that need not hold the int64 pairs (16 bytes each) of all of them.

    The bands' pairs are packed straight into one array after the union (the first `union`
    keys, sorted and distinct), where a list of each band's pairs was then copied into a new
    array of them all: memory touched once, not twice (29 MiB on the 20,000 bench documents)."""
    held = np.empty(2 * MIN_PENDING, _U64)  # (its pages are the system's until written)
    union = filled = 0
    for band in range(table.bands):
        keys, index = table.band(band)
        ordered = order_key[index]
        if len(ordered) < 2 or (ordered[1:] >= ordered[:-1]).all():
            # documents in input order (as a stage's fit reads them): a stable sort of the
            # keys alone keeps that order among equal keys, as the sort by both does (2x faster)
            order = np.argsort(keys, kind="stable")
        else:
            order = np.lexsort((ordered, keys))
        for firsts, seconds in _run_pieces(keys[order], index[order], window):
            if filled + len(firsts) > len(held):
                held = _grown(held, filled, filled + len(firsts))
            packed = held[filled : filled + len(firsts)]
            packed[:] = firsts
            packed <<= _U64(32)
            packed |= seconds.astype(_U64, copy=False)
            filled += len(firsts)
        if filled - union >= max(union, MIN_PENDING):
            union = filled = len(_sorted_distinct(held[:filled]))
    if filled > union:
        union = len(_sorted_distinct(held[:filled]))
    return held[:union]


def _grown(held: np.ndarray, filled: int, needed: int) -> np.ndarray:
    """`held` in a larger array, its first `filled` keys copied."""
    larger = np.empty(max(2 * len(held), needed), _U64)
    larger[:filled] = held[:filled]
    return larger


def unpack(keys: np.ndarray) -> np.ndarray:
    """Packed `a << 32 | b` keys as int64 rows `(a, b)`."""
    pairs = np.empty((len(keys), 2), np.int64)
    if np.little_endian:  # the two halves of each key read in place: no shifted copies
        halves = keys.view(np.uint32).reshape(-1, 2)
        pairs[:, 0], pairs[:, 1] = halves[:, 1], halves[:, 0]
    else:
        pairs[:, 0], pairs[:, 1] = keys >> _U64(32), keys & _U64(0xFFFFFFFF)
    return pairs


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """`values` sorted without repeats, in its own memory (a view of this module's array):
    a fresh array of the distinct keys (25 MiB on the 20,000 bench documents) was memory
    the process had never touched, and the kernel's pages for it cost more than the copy."""
    values.sort()
    if len(values) < 2:
        return values
    first = np.empty(len(values), bool)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    kept = 0
    # slice by slice, to the front: each slice's distinct keys land at or before where it starts
    for start in range(0, len(values), COMPACT):
        part = values[start : start + COMPACT][first[start : start + COMPACT]]
        values[kept : kept + len(part)] = part
        kept += len(part)
    return values[:kept]
