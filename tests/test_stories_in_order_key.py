"""`Similarity.in_order` orders each pair's shared tokens by one integer key (the pair, then the
rank in `a`) in place of `np.lexsort`: the same order whatever the ranks, up to uint32's top.

The ranks of a real sketch are small (a token's place among a document's tokens); these sets
carry ranks spread over all 32 bits, so that a key that let a rank spill into the pair's bits,
or compared ranks as signed numbers, would put some pair's tokens in another order.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from curate.corpus.dedup import SketchStore
from curate.corpus.stories import Similarity
from tests.test_stories_speed import plain_in_order


def similarity_with_ranks(folder: Path, seed: int, top: int) -> tuple[Similarity, np.ndarray]:
    rng = np.random.default_rng(seed)
    sets, ranks = [], []
    for _ in range(40):
        tokens = np.unique(rng.integers(0, 30, rng.integers(1, 20))).astype(np.uint32)
        sets.append(tokens)
        # distinct ranks over the whole range, rising or not
        spread = np.sort(rng.choice(top, len(tokens), replace=False))
        if rng.random() < 0.5:
            rng.shuffle(spread)
        ranks.append(spread.astype(np.uint32))
    store = SketchStore(folder, 1)
    store.append(np.zeros((len(sets), 1), np.uint32), sets)
    store.close()
    (folder / "order").mkdir()
    orders = SketchStore(folder / "order", 1)
    orders.append(np.zeros((len(sets), 1), np.uint32), ranks)
    orders.close()
    return Similarity(store, True), np.asarray(orders.shingles)


@pytest.mark.parametrize("top", [50, 2**16 + 7, 2**31 + 5, 2**32 - 1])
@pytest.mark.parametrize("seed", [0, 1])
def test_in_order_of_all_pairs_is_each_pairs_in_order(tmp_path, top, seed):
    similarity, ranks = similarity_with_ranks(tmp_path, seed, top)
    pairs = np.array([(a, b) for a in range(40) for b in range(40) if a != b], np.int64)
    exact = plain_in_order(similarity, pairs, ranks)
    assert 0 < (exact == 1.0).sum() < len(pairs)  # some rise all the way, some do not
    assert np.array_equal(similarity.in_order(pairs, ranks), exact)
    for floor in (0.5, 0.8):
        got = similarity.in_order(pairs, ranks, floor)
        reach = exact >= floor
        assert np.array_equal(got >= floor, reach)
        assert np.array_equal(got[reach], exact[reach])
