"""`dedup` hashes a batch's words in numpy (`xxh3_words`) and shingles the batch at once
(`batch_shingles`): the numbers must be xxhash's and the one-text-at-a-time path's, on every
kind of text (empty, one word, very long, long words, non-Latin scripts, emoji, surrogates);
the casefolded spacing (`folded_spaced`) must be `word_spaced(text.casefold())` for every
character."""

import random

import numpy as np
import xxhash
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.batch_shingles import batch_shingles
from curate.corpus.folded_spaced import folded_spaced
from curate.corpus.shingles import normalized_hash, shingle_hashes, token_bytes
from curate.corpus.xxh3_words import xxh3_words
from curate.words import word_spaced
from tests.conftest import SEED_000, SEED_003


def one_at_a_time(text: str, ngram: int):
    words = token_bytes(text)
    return normalized_hash(words), len(words), shingle_hashes(words, ngram)


def assert_batch_is_one_at_a_time(texts: list[str], ngram: int) -> None:
    keys, counts, sets = batch_shingles(texts, ngram)
    assert len(keys) == len(counts) == len(sets) == len(texts)
    for text, key, count, shingles in zip(texts, keys, counts, sets, strict=True):
        want_key, want_count, want_sets = one_at_a_time(text, ngram)
        assert (key, count) == (want_key, want_count)
        assert shingles.dtype == np.uint32
        assert np.array_equal(shingles, want_sets)


def test_word_hashes_are_xxhash_at_every_length():
    rng = random.Random(7)
    words = [bytes(rng.randrange(256) for _ in range(size)) for size in range(0, 70)] * 3
    words += [bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40))) for _ in range(3000)]
    words += [w.encode("utf-8") for w in ("é", "漢字", "🙂", "🙂🙂🙂🙂", "ﬁ", "Σίσυφος", "x" * 17)]
    data = b"".join(words)
    lengths = np.array([len(w) for w in words], np.int64)
    starts = np.cumsum(lengths) - lengths
    expected = np.array([xxhash.xxh3_64_intdigest(w) for w in words], np.uint64)
    assert np.array_equal(xxh3_words(data, starts, lengths), expected)
    assert xxh3_words(b"", np.empty(0, np.int64), np.empty(0, np.int64)).shape == (0,)


HOSTILE = [
    "",
    "   \n\t ",
    "one",
    "Two words",
    "…“”’ — !!",
    "Привет, как дела? Всё хорошо, спасибо большое друзья мои.",
    "東京都の人口は約千四百万人です。 漢字 かな カナ",
    "مرحبا بالعالم هذا نص عربي قصير للتجربة",
    "emoji 🙂 between 👍🏽 words 🇫🇷 and ZWJ 👩‍👩‍👧 family",
    "Straße İstanbul ǅemal ſtop ﬁne ÉCOLE café naïve",
    "supercalifragilisticexpialidocious antidisestablishmentarianism x",
    "Caf\u00e9 \ud800 l\u2019\u00e9tat OK and more words after the surrogate here",
    "under_score snake_case_words 3.14 1,000,000 a_b",
    "a unit\x1fseparator\x1f\x1fbetween words",  # the byte that joins a batch's texts
]


def test_hostile_texts_in_one_batch_at_every_ngram():
    texts = HOSTILE + [SEED_000.read_text(encoding="utf-8"), SEED_003.read_text(encoding="utf-8")]
    # with and without the texts that make a batch go one text at a time (a lone surrogate,
    # the joining byte)
    plain = [text for text in texts if "\ud800" not in text and "\x1f" not in text]
    for ngram in (1, 2, 3, 5, 9):
        for batch in (texts, texts[::-1], plain, plain[::-1]):
            assert_batch_is_one_at_a_time(batch, ngram)


def test_a_text_of_100k_words_and_batches_of_one():
    rng = random.Random(3)
    vocabulary = ["the", "a", "résumé", "東京", "🙂", "x" * 20, "word", "Long" * 5, "9"]
    huge = " ".join(rng.choice(vocabulary) for _ in range(100_000))
    assert_batch_is_one_at_a_time([huge], 5)
    assert_batch_is_one_at_a_time(["", huge, "one"], 5)
    for text in HOSTILE:
        assert_batch_is_one_at_a_time([text], 5)
    assert batch_shingles([], 5) == ([], [], [])


ALPHABET = list("aZ_9 \t\n.,'’“”-ßİſﬁ\xa0\u2028\u200béü漢\u0301ǅΣ\x00\x85€²🙂")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text() | st.text(alphabet=st.sampled_from(ALPHABET), max_size=300), max_size=8),
    st.integers(1, 7),
)
def test_any_batch_is_one_text_at_a_time(texts, ngram):
    assert_batch_is_one_at_a_time(texts, ngram)


def test_folded_spacing_is_casefold_then_spacing_for_every_character():
    everything = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    # every character casefold changes (about 1,500), and a sample of the others
    changed = [c for c in everything if c.casefold() != c]
    chars = changed + random.Random(5).sample(everything, 30_000)
    for start in range(0, len(chars), 500):
        chunk = chars[start : start + 500]
        for text in ("Ab" + "".join(chunk) + "cD", "x ".join(chunk)):
            assert folded_spaced(text) == word_spaced(text.casefold())
    assert folded_spaced("a \ud800 b") is None


@settings(max_examples=300, deadline=None)
@given(st.text() | st.text(alphabet=st.sampled_from(ALPHABET)))
def test_folded_spacing_of_any_text(text):
    assert folded_spaced(text) == word_spaced(text.casefold())
