"""Normalised word shingles, hashed once per token.

Text is case-folded and cut into `\\w+` tokens, so quote style, punctuation and whitespace never
matter (`don’t` and `don't` agree). A shingle's hash combines its tokens' 64-bit xxhash values
with a fixed polynomial in numpy, so hashing costs one xxhash call per token, not per shingle.
"""

from __future__ import annotations

import re

import numpy as np
import xxhash

from curate.words import word_bytes

TOKEN = re.compile(r"\w+")
WORD_CACHE_LIMIT = 500_000  # token hashes remembered (the cache restarts beyond)
_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd multiplier (golden ratio), mixes token positions
_HIGH = np.uint64(32)


class _TokenHashes(dict):
    """xxh3 of each token, computed once: looking a word up beats hashing it again."""

    def __missing__(self, word: str | bytes) -> int:
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        data = word.encode("utf-8") if isinstance(word, str) else word
        value = self[word] = xxhash.xxh3_64_intdigest(data)
        return value


_TOKEN_HASHES = _TokenHashes()


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.casefold())


def token_bytes(text: str) -> list[bytes]:
    """`tokens(text)`, each encoded as UTF-8 (what xxhash takes), without the regex."""
    return word_bytes(text.casefold())


def normalized_hash(words: list[str] | list[bytes]) -> int:
    """Exact-duplicate key: identical after case, punctuation and whitespace are ignored."""
    if words and isinstance(words[0], bytes):
        return xxhash.xxh3_64_intdigest(b" ".join(words))
    return xxhash.xxh3_64_intdigest(" ".join(words).encode("utf-8"))


def shingle_hashes(words: list[str] | list[bytes], ngram: int) -> np.ndarray:
    """32-bit hashes of the distinct `ngram`-word shingles (one shingle if the text is shorter).

    `words` as `tokens` or `token_bytes` gives them: a word hashes the same either way.
    """
    if not words:
        return np.empty(0, dtype=np.uint32)
    # `fromiter` fills the array as the lookups come, without a list of Python ints between
    token_hashes = np.fromiter(map(_TOKEN_HASHES.__getitem__, words), np.uint64, len(words))
    return shingles_of_hashes(token_hashes, ngram)


def shingles_of_hashes(token_hashes: np.ndarray, ngram: int) -> np.ndarray:
    """`shingle_hashes` of words given by their 64-bit hashes (uint64, at least one)."""
    folded = folded_shingles(token_hashes, min(ngram, len(token_hashes)))
    # np.unique's result (sorted, distinct) without its Python-level dispatch, which cost
    # more than the sort of a few hundred numbers
    folded.sort()
    return folded[np.concatenate(([True], folded[1:] != folded[:-1]))]


def folded_shingles(token_hashes: np.ndarray, width: int) -> np.ndarray:
    """The uint32 hash of the `width`-word shingle at each position, repeats kept."""
    count = len(token_hashes) - width + 1
    combined = token_hashes[:count].copy()
    for offset in range(1, width):  # uint64 arrays wrap silently (only scalars warn)
        combined *= _MIX  # in place: no new array per step
        combined += token_hashes[offset : offset + count]
    combined ^= combined >> _HIGH
    return combined.astype(np.uint32)
