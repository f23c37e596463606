"""dedup's in-place shingle hashing and row-wise MinHash give the values the plain numpy
expressions they replaced gave (kept here as the reference): signatures and clusters unchanged."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.dedup import NearDuplicateRemover, _fmix32
from curate.corpus.shingles import _MIX, _TOKEN_HASHES, shingle_hashes, token_bytes, tokens


def reference_shingle_hashes(words, ngram: int) -> np.ndarray:
    """`shingle_hashes` as it was: a list of ints to an array, a new array per step, np.unique."""
    if not words:
        return np.empty(0, dtype=np.uint32)
    token_hashes = np.array([_TOKEN_HASHES[word] for word in words], dtype=np.uint64)
    width = min(ngram, len(words))
    count = len(words) - width + 1
    combined = token_hashes[:count].copy()
    for offset in range(1, width):
        combined = combined * _MIX + token_hashes[offset : offset + count]
    return np.unique((combined ^ (combined >> np.uint64(32))).astype(np.uint32))


def reference_signature(stage: NearDuplicateRemover, shingles: np.ndarray) -> np.ndarray:
    a, b = stage._permutations
    if not len(shingles):
        return np.full(stage.num_perm, np.iinfo(np.uint32).max, np.uint32)
    return (_fmix32(shingles.astype(np.uint32))[:, None] * a + b).min(axis=0)


WORDS = st.lists(st.sampled_from("the a storm harbour ß über 2019 kim_jong x y z".split()))


@settings(max_examples=300, deadline=None)
@given(WORDS, st.integers(1, 8))
def test_shingle_hashes_equal_the_reference(words, ngram):
    expected = reference_shingle_hashes(words, ngram)
    ours = shingle_hashes(words, ngram)
    assert ours.dtype == np.uint32
    assert np.array_equal(ours, expected)
    encoded = [word.encode("utf-8") for word in words]  # `token_bytes` words hash the same
    assert np.array_equal(shingle_hashes(encoded, ngram), expected)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_shingle_hashes_of_any_text_equal_the_reference(text):
    assert np.array_equal(
        shingle_hashes(token_bytes(text), 5), reference_shingle_hashes(tokens(text), 5)
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 2**32 - 1), max_size=400, unique=True),
    st.sampled_from([16, 64, 128, 256]),
    st.integers(0, 2**32 - 1),
)
def test_signature_equals_the_reference(values, num_perm, seed):
    stage = NearDuplicateRemover(num_perm=num_perm, seed=seed)
    shingles = np.array(sorted(values), dtype=np.uint32)
    ours = stage.signature(shingles)
    assert ours.dtype == np.uint32 and ours.shape == (num_perm,)
    assert np.array_equal(ours, reference_signature(stage, shingles))


TEXTS = st.lists(
    st.text(alphabet=st.sampled_from("ab cd ef gh ß 12 .\n"), max_size=120)
    | st.sampled_from(["", "one", "one two three four five six"]),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from([16, 128]), st.integers(1, 6))
def test_sketch_batch_equals_one_sketch_at_a_time(texts, num_perm, ngram):
    from curate.document import Document

    stage = NearDuplicateRemover(num_perm=num_perm, ngram=ngram)
    docs = [Document(f"d{i}", text) for i, text in enumerate(texts)]
    batch = stage.sketch_batch(docs)
    assert len(batch) == len(docs)
    for ours, doc in zip(batch, docs, strict=True):
        one = stage.sketch(doc)
        assert (ours.exact, ours.words) == (one.exact, one.words)
        assert np.array_equal(ours.shingles, one.shingles)
        assert ours.signature.dtype == np.uint32
        assert np.array_equal(ours.signature, one.signature)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 5000), max_size=30), st.integers(0, 2**32 - 1))
def test_signatures_of_many_sets_equal_each_sets_signature(sizes, seed):
    """Empty sets, sets larger than a block and sets across block edges alike."""
    rng = np.random.default_rng(seed)
    stage = NearDuplicateRemover(num_perm=64, seed=seed % 1000)
    sets = [np.unique(rng.integers(0, 2**32, size, dtype=np.uint32)) for size in sizes]
    rows = stage.signatures(sets)
    assert rows.shape == (len(sets), 64) and rows.dtype == np.uint32
    for row, shingles in zip(rows, sets, strict=True):
        assert np.array_equal(row, reference_signature(stage, shingles))
