import random
import subprocess
import sys

import numpy as np
import pytest
from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus import dedup
from curate.corpus.dedup import NearDuplicateRemover, Sketch, band_keys, jaccard, run_pairs
from curate.corpus.shingles import normalized_hash, shingle_hashes, token_bytes, tokens
from curate.corpus.unionfind import UnionFind
from curate.document import Document
from curate.synth import syndicated_corpus
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


@pytest.mark.parametrize("num_perm,seed", [(128, 1), (64, 7), (16, 0)])
def test_numpy_signature_equals_datasketch_batch_on_many_sets(num_perm, seed):
    """The signature is datasketch's arithmetic done on the array: same values on any set."""
    stage = NearDuplicateRemover(num_perm=num_perm, seed=seed)
    rng = np.random.default_rng(seed)
    sets = [np.empty(0, np.uint32), np.array([0, 2**32 - 1], np.uint32)]
    sets += [np.unique(rng.integers(0, 2**32, n, dtype=np.uint32)) for n in (1, 5, 300, 4000)]
    sets += [shingle_hashes(tokens(TEXT_000), 5), shingle_hashes(tokens(TEXT_003), 3)]
    for values in sets:
        reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=int)
        reference.update_batch(values.tolist())
        ours = stage.signature(values)
        assert ours.dtype == np.uint32
        assert np.array_equal(reference.hashvalues.astype(np.uint32), ours)


@pytest.mark.parametrize("num_perm,seed", [(128, 1), (64, 7), (256, 12345)])
def test_permutations_are_datasketchs(num_perm, seed):
    ours = NearDuplicateRemover(num_perm=num_perm, seed=seed)._permutations
    theirs = MinHash(num_perm=num_perm, seed=seed).permutations
    assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)


def test_sketching_does_not_import_datasketch():
    """A worker sketches without datasketch (whose import pulls in scipy); a fit imports it."""
    code = (
        "import sys\n"
        "from curate.corpus.dedup import NearDuplicateRemover\n"
        "from curate.document import Document\n"
        "NearDuplicateRemover().sketch(Document('a', 'one two three four five six'))\n"
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ_9 \t\n.,'’“”-ßİſﬁ\xa0\u200béü漢\u0301ǅΣ\x00"))))
def test_token_bytes_are_the_regex_tokens_encoded(text):
    assert token_bytes(text) == [word.encode("utf-8") for word in tokens(text)]


def test_token_bytes_survive_a_lone_surrogate():
    text = "Caf\u00e9 \ud800 l\u2019\u00e9tat OK"
    assert token_bytes(text) == [word.encode("utf-8") for word in tokens(text)]


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
    """Two signatures that share LSH bands but little else: a candidate, never a merge."""
    rng = np.random.default_rng(7)
    a = rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    b = rng.integers(0, 2**32, 128, dtype=np.uint64).astype(np.uint32)
    bands, rows = STAGE.bands
    b[: 2 * rows] = a[: 2 * rows]  # the first two bands equal: LSH proposes the pair
    state = STAGE.fit(
        [(0, "a", Sketch(1, a, 100, np.unique(a))), (1, "b", Sketch(2, b, 100, np.unique(b)))]
    )
    assert state.stats["lsh_candidates"] == 1
    assert state.stats["lsh_verified"] == 0
    assert state.decisions == {}


def test_real_jaccard_decides_not_the_estimate():
    """Equal signatures (estimate 1.0) over shingle sets that barely overlap: not merged."""
    signature = STAGE.signature(shingle_hashes(tokens(TEXT_003), 5))
    ours = np.arange(0, 300, dtype=np.uint32)
    theirs = np.arange(200, 500, dtype=np.uint32)  # true Jaccard 100 / 500 = 0.2
    state = STAGE.fit(
        [(0, "a", Sketch(1, signature, 300, ours)), (1, "b", Sketch(2, signature, 300, theirs))]
    )
    assert state.stats["lsh_candidates"] == 1 and state.stats["lsh_verified"] == 0
    assert state.decisions == {}
    # and above the threshold, the verified Jaccard is what the removal reports
    theirs = np.arange(50, 350, dtype=np.uint32)  # 250 / 350
    state = STAGE.fit(
        [(0, "a", Sketch(1, signature, 300, ours)), (1, "b", Sketch(2, signature, 300, theirs))]
    )
    removed = state.decisions[1]
    assert (removed.duplicate_of, removed.similarity, removed.estimate) == ("a", 0.7143, 1.0)


def test_jaccard_matches_intersect1d():
    rng = np.random.default_rng(3)
    for _ in range(50):
        a = np.unique(rng.integers(0, 400, rng.integers(0, 200)).astype(np.uint32))
        b = np.unique(rng.integers(0, 400, rng.integers(0, 200)).astype(np.uint32))
        common = len(np.intersect1d(a, b, assume_unique=True))
        union = len(a) + len(b) - common
        assert jaccard(a, b) == pytest.approx(common / union if union else 1.0)


@pytest.fixture(scope="module")
def syndicated():
    docs, truth = syndicated_corpus(80, seed=5)
    documents = [Document(d["id"], d["text"], seq=i) for i, d in enumerate(docs)]
    return documents, truth, [(d.seq, d.id, STAGE.sketch(d)) for d in documents]


def test_lsh_recall_against_brute_force_jaccard(syndicated):
    """Clusters equal the components of the graph of ALL pairs at or above the threshold."""
    documents, _, sketches = syndicated
    sets = [sketch.shingles for _, _, sketch in sketches]
    brute = UnionFind()
    above = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            if jaccard(sets[i], sets[j]) >= STAGE.threshold:
                brute.union(i, j)
                above += 1
    assert above > 50
    state = STAGE.fit(sketches)
    ours = UnionFind()
    by_cluster: dict[str, list[int]] = {}
    for doc in documents:
        decision = STAGE.decision_for(state, doc.seq)
        by_cluster.setdefault(decision.cluster if decision else doc.id, []).append(doc.seq)
    for members in by_cluster.values():
        for member in members[1:]:
            ours.union(members[0], member)
    assert sorted(brute.groups().values()) == sorted(ours.groups().values())


def test_spilled_band_tables_decide_the_same(syndicated, monkeypatch):
    _, _, sketches = syndicated
    in_memory = STAGE.fit(sketches)
    monkeypatch.setattr(dedup, "CHUNK", 17)
    spilled = NearDuplicateRemover(memory_mb=0).fit(sketches)
    assert spilled.stats["band_tables_spilled"] and not in_memory.stats["band_tables_spilled"]
    assert spilled.decisions == in_memory.decisions
    assert spilled.stats["clusters"] == in_memory.stats["clusters"] > 10


@pytest.mark.parametrize("chunk", [1, 7, 64])
def test_decisions_do_not_depend_on_batching_or_order(syndicated, monkeypatch, chunk):
    _, _, sketches = syndicated
    reference = STAGE.fit(sketches).decisions
    monkeypatch.setattr(dedup, "CHUNK", chunk)
    shuffled = list(sketches)
    random.Random(chunk).shuffle(shuffled)
    assert STAGE.fit(shuffled).decisions == reference


def test_clusters_match_the_planted_stories(syndicated):
    documents, truth, sketches = syndicated
    state = STAGE.fit(sketches)
    cluster_of = {}
    for doc in documents:
        decision = STAGE.decision_for(state, doc.seq)
        cluster_of[doc.id] = decision.cluster if decision else doc.id
    stories: dict[int, set[str]] = {}
    for doc_id, story in truth.items():
        stories.setdefault(story, set()).add(cluster_of[doc_id])
    assert all(len(found) == 1 for found in stories.values())  # every story in one cluster
    assert len(set(cluster_of.values())) == len(stories)  # and no two stories merged


def test_run_pairs_bounded_by_window():
    keys = np.array([5] * 100 + [7, 9, 9], dtype=np.uint64)
    members = np.arange(103)
    pairs = {tuple(p) for p in run_pairs(keys, members, window=4).tolist()}
    assert (101, 102) in pairs and not any(101 in p and 102 not in p for p in pairs)
    assert (0, 1) in pairs and (96, 99) in pairs and (0, 99) in pairs
    assert (10, 50) not in pairs
    assert len(pairs) == 99 + 98 + 97 + 96 + 1  # 3 back in the window; the rest to the first


def test_band_keys_equal_exactly_when_bands_equal():
    rng = np.random.default_rng(1)
    sig = rng.integers(0, 2**32, (3, 20), dtype=np.uint64).astype(np.uint32)
    sig[1, :5] = sig[0, :5]
    keys = band_keys(sig, 4, 5)
    assert keys.shape == (3, 4) and keys.dtype == np.uint64
    assert keys[0, 0] == keys[1, 0] and (keys[0, 1:] != keys[1, 1:]).all()
    assert len(np.unique(keys[2])) == 4


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


def test_incremental_against_a_prior_index(syndicated, tmp_path):
    """Crawl 2 is deduplicated against crawl 1's index; crawl 1's documents stay."""
    from curate.corpus.dedup_index import load_index, save_index

    documents, truth, sketches = syndicated
    half = len(sketches) // 2
    first = STAGE.fit(sketches[:half])
    save_index(first, tmp_path)
    second = STAGE.fit(sketches[half:], prior=load_index(tmp_path))
    assert (
        second.stats["prior_documents"] == half
        and second.stats["documents"] == len(sketches) - half
    )
    first_ids = {doc_id for _, doc_id, _ in sketches[:half]}
    story_of_first = {truth[i] for i in first_ids}
    against_prior = 0
    for seq, doc_id, _ in sketches[half:]:
        decision = STAGE.decision_for(second, seq)
        if truth[doc_id] in story_of_first:  # its story was published in crawl 1
            assert decision.duplicate_of in first_ids and decision.cluster in first_ids
            against_prior += 1
        elif decision is not None:
            assert decision.cluster not in first_ids
    assert against_prior > 10


@given(st.lists(st.integers(min_value=0, max_value=2**64 - 1), max_size=300))
@settings(max_examples=200, deadline=None)
def test_sorted_unique_is_np_unique(values):
    # the candidate pairs' distinct values, found by a sort (numpy's hash path is 100x slower)
    array = np.asarray(values, dtype=np.uint64)
    got = dedup.sorted_unique(array)
    assert got.dtype == array.dtype and np.array_equal(got, np.unique(array))


def test_band_unions_merge_to_the_same_set_as_one_sort():
    """Candidate pairs are united band by band by merging two sorted runs: the same array as
    a fresh `sorted_unique` of everything (repeats across and within bands, empty bands)."""
    from curate.corpus.dedup import merged_unique, sorted_unique

    rng = np.random.default_rng(7)
    packed = None
    everything = []
    for size in (0, 1, 5, 1000, 0, 3000, 2):
        band = rng.integers(0, 500, size, dtype=np.uint64)  # small range: many repeats
        everything.append(band)
        found = sorted_unique(band)
        packed = found if packed is None else merged_unique(packed, found)
        assert np.array_equal(packed, sorted_unique(np.concatenate(everything)))


@pytest.mark.parametrize("offset", [0, 5])
def test_packed_run_pairs_are_the_run_pairs(offset):
    """The fit's packed pairs (8 bytes each) are `run_pairs`' pairs, those of two prior
    documents (below `offset`) left out."""
    from curate.corpus.dedup import _unpack, run_pairs_packed

    rng = np.random.default_rng(offset)
    keys = np.sort(rng.integers(0, 6, 60).astype(np.uint64))
    members = rng.permutation(60).astype(np.int64)
    expected = {
        tuple(p) for p in run_pairs(keys, members, 4).tolist() if p[0] >= offset or p[1] >= offset
    }
    packed = run_pairs_packed(keys, members, 4, offset)
    assert packed.dtype == np.uint64 and len(packed) == len(expected) > 0
    assert {tuple(p) for p in _unpack(packed).tolist()} == expected


@pytest.mark.parametrize("seed", range(4))
def test_union_sorted_is_merged_unique(seed):
    from curate.corpus.dedup import merged_unique, sorted_unique, union_sorted

    rng = np.random.default_rng(seed)
    held = sorted_unique(rng.integers(0, 50, rng.integers(0, 30)).astype(np.uint64))
    found = sorted_unique(rng.integers(0, 60, rng.integers(0, 30)).astype(np.uint64))
    assert np.array_equal(union_sorted(held, found), merged_unique(held, found))
    assert np.array_equal(union_sorted(held, held), held)
