"""MinHash signatures of many token sets at once: `dedup`'s signature, computed once a token.

`NearDuplicateRemover.signature` permutes a set's hashes with numpy, one set at a time: about
fifteen numpy calls a document, 9 microseconds each for a `stories` fingerprint of 21 tokens,
most of it the calls themselves. Fingerprint tokens repeat from document to document (20,400
distinct tokens among the 430,000 of the 20,000 bench documents), so here each distinct token
is permuted once, and a set's signature is the minimum of its tokens' rows (`reduceat`): the
same numbers, as the minimum of a set's values depends neither on their order nor on repeats.
"""

from __future__ import annotations

import numpy as np

from curate.corpus.dedup import NearDuplicateRemover, _fmix32

BLOCK = 1 << 9  # token rows gathered at once: 256 KiB at 128 hash values, well inside a core's L2
# cache (2x faster than 1 << 12, 2 MiB: the whole cache; 3x faster than 32)


def signatures(
    minhash: NearDuplicateRemover, token_sets: list[np.ndarray], width: int | None = None
) -> np.ndarray:
    """uint32[len(token_sets), width]: row i is `minhash.signature(token_sets[i])`, its first
    `width` hash values (all `num_perm` by default; LSH bands read `bands x rows` of them)."""
    width = minhash.num_perm if width is None else width
    out = np.full((len(token_sets), width), np.iinfo(np.uint32).max, np.uint32)
    sizes = np.fromiter(map(len, token_sets), np.int64, len(token_sets))
    if not sizes.sum():
        return out
    values = np.concatenate(token_sets).astype(np.uint32, copy=False)
    distinct, token = np.unique(values, return_inverse=True)
    a, b = minhash._permutations[:, :width]
    permuted = _fmix32(distinct)[:, None] * a + b  # a row per distinct token
    sets = np.flatnonzero(sizes)  # an empty set keeps the signature of no token
    starts = (np.cumsum(sizes) - sizes)[sets]
    ends = starts + sizes[sets]
    first = 0
    while first < len(sets):
        # whole sets, about BLOCK tokens of them (one set more than BLOCK alone)
        stop = max(first + 1, int(np.searchsorted(ends, starts[first] + BLOCK, side="right")))
        low, high = int(starts[first]), int(ends[stop - 1])
        rows = permuted[token[low:high]]
        out[sets[first:stop]] = np.minimum.reduceat(rows, starts[first:stop] - low, axis=0)
        first = stop
    return out
