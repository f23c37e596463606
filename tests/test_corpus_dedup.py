import numpy as np
import pytest
from datasketch import MinHash

from curate.corpus.dedup import NearDuplicateRemover, Sketch
from curate.corpus.shingles import normalized_hash, shingle_hashes, tokens
from curate.corpus.unionfind import UnionFind
from curate.document import Document
from tests.conftest import SEED_000, SEED_003

STAGE = NearDuplicateRemover()
TEXT_003 = SEED_003.read_text(encoding="utf-8")
TEXT_000 = SEED_000.read_text(encoding="utf-8")


def fit_docs(stage, texts):
    docs = [Document(id=f"d{i}", text=t, seq=i) for i, t in enumerate(texts)]
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)
    return [stage.apply(d, stage.decision_for(state, d.seq)) for d in docs], state


def test_signature_equals_datasketch_updated_per_shingle():
    """Our batched path is datasketch itself; check it against the one-at-a-time reference."""
    hashes = shingle_hashes(tokens(TEXT_003), 5)
    reference = MinHash(num_perm=128, seed=1, hashfunc=int)
    for value in hashes.tolist():
        reference.update(value)
    assert np.array_equal(
        reference.hashvalues.astype(np.uint32), STAGE.sketch(Document("x", TEXT_003)).signature
    )


def test_normalisation_ignores_case_quotes_and_spacing():
    curly = "Don’t   stop: the “missile” flew!"
    straight = 'don\'t stop the "missile" flew'
    assert tokens(curly) == tokens(straight)
    assert normalized_hash(tokens(curly)) == normalized_hash(tokens(straight))


def test_estimated_similarity_tracks_true_jaccard():
    words = tokens(TEXT_003)
    cut = words[: int(len(words) * 0.9)]
    a, b = set(shingle_hashes(words, 5).tolist()), set(shingle_hashes(cut, 5).tolist())
    true = len(a & b) / len(a | b)
    sig_a = STAGE.signature(shingle_hashes(words, 5))
    sig_b = STAGE.signature(shingle_hashes(cut, 5))
    estimate = float(np.mean(sig_a == sig_b))
    assert abs(estimate - true) < 0.1


def test_exact_and_near_duplicates_removed_with_reasons():
    near = TEXT_003.replace("Saturday", "Sunday").replace("intolerable", "unacceptable")
    docs, state = fit_docs(STAGE, [TEXT_003, TEXT_000, TEXT_003.upper(), near])
    kept, ex, nd = docs[0], docs[2], docs[3]
    assert not kept.removed and kept.labels == {"dup_cluster": "d0", "dup_count": 3}
    assert docs[1].labels == {"dup_cluster": "d1", "dup_count": 1}
    assert (ex.removal.rule, ex.removal.duplicate_of, ex.removal.similarity) == (
        "exact_duplicate",
        "d0",
        1.0,
    )
    assert nd.removal.rule == "near_duplicate" and nd.removal.duplicate_of == "d0"
    assert 0.8 <= nd.removal.similarity < 1.0
    assert state.stats["clusters"] == 1 and state.stats["removed_near"] == 1


def test_representative_is_most_complete_then_earliest():
    short = TEXT_003.rsplit("\n\n", 1)[0]  # last paragraph cut
    docs, _ = fit_docs(STAGE, [short, TEXT_003, TEXT_003])
    assert [d.removed for d in docs] == [True, False, True]
    assert docs[0].removal.duplicate_of == "d1" and docs[2].removal.duplicate_of == "d1"


def test_different_story_same_event_kept():
    docs, _ = fit_docs(STAGE, [TEXT_003, TEXT_000])
    assert not any(d.removed for d in docs)


def test_lsh_false_positive_rejected_by_verification():
    """Two signatures that share one LSH band but little else: a candidate, never a merge."""
    rng = np.random.default_rng(7)
    a = rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    b = rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    b[:16] = a[:16]  # the first band (and more) equal: LSH proposes the pair
    state = STAGE.fit([(0, "a", Sketch(1, a, 100)), (1, "b", Sketch(2, b, 100))])
    assert state.stats["lsh_candidates"] == 1
    assert state.stats["lsh_verified"] == 0
    assert state.decisions == {}


@pytest.mark.parametrize("pairs", [[(1, 2), (2, 3), (5, 4)], [(5, 4), (3, 2), (2, 1)]])
def test_union_find_transitive_and_order_free(pairs):
    union = UnionFind()
    for a, b in pairs:
        union.union(a, b)
    assert union.groups() == {1: [1, 2, 3], 4: [4, 5]}


def test_short_and_empty_texts():
    docs, _ = fit_docs(STAGE, ["two words", "two words", "x"])
    assert docs[1].removal.rule == "exact_duplicate"
    assert not docs[2].removed


def test_switches():
    docs, _ = fit_docs(NearDuplicateRemover(exact=False, near=False), [TEXT_003, TEXT_003])
    assert not any(d.removed for d in docs)
