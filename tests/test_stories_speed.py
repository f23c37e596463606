"""The `stories` stage's fast paths give exactly what the plain computations they stand for give.

Each fast path (band pairs sorted once, signatures a distinct token at a time, the prefix
filter before the count, in_order for all pairs at once; hashes sorted for all sketches at
once is checked against the per-set sort) is replaced here by the plain
computation, and the stage must decide the same, bit for bit, on corpora where the names come
from a small pool (thousands of candidate pairs) and on the translations of the stage tests.
"""

from pathlib import Path

import numpy as np
import pytest

from curate.corpus import band_pairs, batch_minhash, stories
from curate.corpus.dedup import BandTable, NearDuplicateRemover, SketchStore, band_keys
from curate.corpus.fingerprints import distinct_hashes, distinct_hashes_of_many
from curate.corpus.stories import Similarity, StoryClusters, in_order
from curate.document import Document
from curate.synth import planted_news_corpus
from tests.test_corpus_stories import corpus, run_stage

_exact_scores = Similarity.scores


def plain_candidate_pairs(table, order_key, window):
    return NearDuplicateRemover(run_window=window)._candidate_pairs(table, order_key, 0)


def plain_candidate_keys(table, order_key, window):
    return NearDuplicateRemover(run_window=window)._packed_candidates(table, order_key, 0)


def plain_signatures(minhash, token_sets, width=None):
    rows = [minhash.signature(tokens) for tokens in token_sets]
    return np.stack(rows)[:, :width] if rows else np.empty((0, width), np.uint32)


def plain_scores(self, pairs, at_least=None):
    exact = _exact_scores(self, pairs)  # no `at_least`: every pair weighed
    return exact if at_least is None else np.where(exact >= at_least, exact, 0.0)


def plain_in_order(self, pairs, ranks, at_least=None):
    def of(document):
        at = slice(self.offsets[document], self.offsets[document + 1])
        return self.token[at], ranks[at]  # token ids follow token values: same order

    return np.array([in_order(*of(a), *of(b)) for a, b in pairs.tolist()])


def plain(monkeypatch):
    monkeypatch.setattr(stories, "candidate_keys", plain_candidate_keys)
    monkeypatch.setattr(stories, "PAIRS_AT_ONCE", 1 << 40)  # every candidate scored at once
    monkeypatch.setattr(stories, "signatures", plain_signatures)
    monkeypatch.setattr(Similarity, "scores", plain_scores)
    monkeypatch.setattr(Similarity, "in_order", plain_in_order)


def pooled_corpus(n, seed):
    """Generated news that draws its names from a small pool (the bench corpus), all English,
    with a few documents too short to fingerprint and a few with no text at all."""
    docs = [
        Document(id=row["id"], text=row["text"], seq=i, labels={"lang": "en"})
        for i, (row, _) in enumerate(planted_news_corpus(n, seed))
    ]
    docs[3].text = "Short: Kala, 2012."
    docs[7].text = ""
    return docs


@pytest.mark.parametrize(
    "settings",
    [
        {"keep": "per_language"},
        {"keep": "one", "threshold": 0.2, "min_order": 0.0},
        {"keep": "label", "weighting": "none", "lsh_threshold": 0.4},
        {"keep": "per_language", "threshold": 0.5, "min_order": 0.9, "num_perm": 64},
    ],
)
def test_fast_paths_decide_as_the_plain_computations(monkeypatch, settings):
    docs = pooled_corpus(400, seed=3) + [
        Document(d.id, d.text, seq=1000 + d.seq, labels=dict(d.labels)) for d in corpus()
    ]
    fast = run_stage(StoryClusters(**settings), docs)[0]
    with monkeypatch.context() as patch:
        plain(patch)
        slow = run_stage(StoryClusters(**settings), docs)[0]
    assert fast.decisions == slow.decisions
    assert fast.stats == slow.stats
    assert fast.stats["lsh_candidates"] > 300 and fast.stats["verified_pairs"] > 10


@pytest.mark.parametrize("at_once", [1, 5, 97])
def test_candidates_scored_a_slice_at_a_time_decide_as_all_at_once(monkeypatch, at_once):
    """Slices of a few pairs (a slice of pairs with a document too short to fingerprint, a
    slice none of whose pairs reaches the threshold): the same decisions and counts."""
    docs = pooled_corpus(300, seed=5)
    docs[11].text = docs[11].text[:40]
    with monkeypatch.context() as patch:
        patch.setattr(stories, "PAIRS_AT_ONCE", 1 << 40)
        whole = run_stage(StoryClusters(keep="per_language"), docs)[0]
    monkeypatch.setattr(stories, "PAIRS_AT_ONCE", at_once)
    sliced = run_stage(StoryClusters(keep="per_language"), docs)[0]
    assert sliced.decisions == whole.decisions
    assert sliced.stats == whole.stats
    assert whole.stats["too_short_to_fingerprint"] >= 1
    assert whole.stats["lsh_candidates"] > 100 and whole.stats["verified_pairs"] > 5


@pytest.mark.parametrize("compact", [1, 3, band_pairs.COMPACT])
@pytest.mark.parametrize("pending", [1, 50, band_pairs.MIN_PENDING])
@pytest.mark.parametrize("memory_mb", [0, 64])
@pytest.mark.parametrize("in_input_order", [False, True])
def test_band_pairs_are_dedups_candidate_pairs(
    tmp_path, monkeypatch, compact, pending, memory_mb, in_input_order
):
    """Sorted once or in several merges, from memory or spilled runs, runs longer than the
    window, input order the index order or not, repeats taken out a few keys at a time or
    all at once: the same pairs in the same order."""
    monkeypatch.setattr(band_pairs, "MIN_PENDING", pending)
    monkeypatch.setattr(band_pairs, "COMPACT", compact)
    rng = np.random.default_rng(pending)
    signatures = rng.integers(0, 4, (600, 16)).astype(np.uint32)  # few values: long runs
    table = BandTable(8, memory_mb * 2**20, tmp_path)
    for first in range(0, 600, 128):  # in chunks, as the stage appends them
        table.append(first, band_keys(signatures[first : first + 128], 8, 2))
    order_key = rng.permutation(600).astype(np.int64)
    if in_input_order:  # (seqs with gaps, ascending as the stage reads them)
        order_key = np.sort(order_key) * 3
    expected = plain_candidate_pairs(table, order_key, 5)
    got = band_pairs.candidate_pairs(table, order_key, 5)
    assert len(expected) > 1000
    assert got.dtype == np.int64 and got.tobytes() == expected.tobytes()
    keys = band_pairs.candidate_keys(table, order_key, 5)
    assert keys.tobytes() == plain_candidate_keys(table, order_key, 5).tobytes()


@pytest.mark.parametrize("block", [1, 7, batch_minhash.BLOCK])
def test_batch_signatures_are_the_signature_of_each_set(monkeypatch, block):
    monkeypatch.setattr(batch_minhash, "BLOCK", block)
    rng = np.random.default_rng(block)
    sets = [
        np.unique(rng.integers(0, 300, rng.integers(0, 40))).astype(np.uint32) for _ in range(80)
    ]
    sets[5] = np.empty(0, np.uint32)
    minhash = NearDuplicateRemover(num_perm=32, seed=7)
    full = batch_minhash.signatures(minhash, sets)
    assert full.dtype == np.uint32
    assert full.tobytes() == np.stack([minhash.signature(s) for s in sets]).tobytes()
    assert np.array_equal(batch_minhash.signatures(minhash, sets, 10), full[:, :10])
    assert batch_minhash.signatures(minhash, []).shape == (0, 32)


def test_a_sketch_still_gives_its_signature():
    stage = StoryClusters(num_perm=64, seed=3)
    sketch = stage.sketch(corpus()[1])
    assert sketch.signature.tobytes() == stage._minhash.signature(sketch.tokens).tobytes()


def test_in_order_with_a_floor_decides_as_the_exact_share(tmp_path):
    """Sequences that fall, rise, repeat: the bound on the run never turns a pair that
    reaches the floor away, and the pairs it keeps have their exact share."""
    rng = np.random.default_rng(0)
    sets, ranks = [], []
    for _ in range(60):
        tokens = np.unique(rng.integers(0, 40, rng.integers(1, 25))).astype(np.uint32)
        sets.append(tokens)
        # ranks mostly rising, some shuffled: every kind of run
        order = np.arange(len(tokens))
        if rng.random() < 0.6:
            swaps = rng.integers(0, len(tokens), (rng.integers(0, 6), 2))
            for i, j in swaps:
                order[[i, j]] = order[[j, i]]
        ranks.append(order.astype(np.uint32))
    store = SketchStore(tmp_path, 1)
    store.append(np.zeros((len(sets), 1), np.uint32), sets)
    store.close()
    (Path(tmp_path) / "order").mkdir()
    orders = SketchStore(Path(tmp_path) / "order", 1)
    orders.append(np.zeros((len(sets), 1), np.uint32), ranks)
    orders.close()
    similarity = Similarity(store, True)
    pairs = np.array([(a, b) for a in range(60) for b in range(a + 1, 60)], np.int64)
    all_ranks = np.asarray(orders.shingles)
    exact = plain_in_order(similarity, pairs, all_ranks)
    assert np.array_equal(similarity.in_order(pairs, all_ranks), exact)
    for floor in (0.5, 0.7, 0.9):
        got = similarity.in_order(pairs, all_ranks, floor)
        reach = exact >= floor
        assert 0 < reach.sum() < len(pairs)
        assert np.array_equal(got >= floor, reach)
        assert np.array_equal(got[reach], exact[reach])


@pytest.mark.parametrize("longest", [12, 70_000])  # one sorted key; past 2**16 a stable sort
def test_distinct_hashes_of_many_sets_are_each_sets(longest):
    rng = np.random.default_rng(longest)
    sets = [rng.integers(0, 6, rng.integers(0, 12)).astype(np.uint32) for _ in range(200)]
    sets += [np.empty(0, np.uint32), np.array([2**32 - 1, 0, 2**32 - 1, 5], np.uint32)]
    sets.append(rng.integers(0, 2**32, longest, dtype=np.uint64).astype(np.uint32))
    values, ranks, counts = distinct_hashes_of_many(sets)
    expected = [distinct_hashes(s) for s in sets]
    assert counts.tolist() == [len(v) for v, _ in expected]
    assert values.dtype == ranks.dtype == np.uint32
    assert values.tobytes() == b"".join(v.tobytes() for v, _ in expected)
    assert ranks.tobytes() == b"".join(r.tobytes() for _, r in expected)


def test_a_sketch_gives_the_fingerprint_hashes_of_its_document():
    stage = StoryClusters()
    for doc in corpus():
        tokens, order = stage.fingerprinter.hashes(stage.fingerprint(doc))
        sketch = stage.sketch(doc)
        assert sketch.tokens.tobytes() == tokens.tobytes()
        assert sketch.order.tobytes() == order.tobytes()
