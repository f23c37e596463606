"""The random draws of langdetect's detector, read off its seed's stream of words in bulk."""

from __future__ import annotations

import random
import sys
from typing import Any

import numpy as np

STREAM_WORDS = 1 << 15  # random words made at first for a seed (grown when a text needs more)
DRAWS_CACHE_LIMIT = 1024  # draws (and gauss values) remembered: every text's first trial
# starts at the same word, so texts with as many n-grams share its draws


class RandomStream:
    """The 32-bit words `random.Random(seed)` gives, in order, as a numpy array.

    langdetect seeds its `Random` again for every text, so every text reads the same words.
    `rng.choice` among n n-grams (CPython's `_randbelow_with_getrandbits`) takes one word at a
    time, keeps `word >> (32 - n.bit_length())` if below n and tries the next word otherwise;
    `rng.gauss` takes four words (two `random()` calls) on every other call and returns the
    value it kept from the call before on the others. So a trial's draws can be read off the
    words in one go; `gauss_pair` asks Python's own `Random`, moved on to the same word.
    """

    def __init__(self, seed: Any) -> None:
        self.seed = seed
        self.words = np.empty(0, dtype=np.uint32)
        self.shifted: dict[int, np.ndarray] = {}
        self.gauss: dict[int, tuple[float, float]] = {}
        self.known_draws: dict[tuple[int, int, int], tuple[np.ndarray, np.ndarray]] = {}

    def reach(self, end: int) -> None:
        """Make sure the first `end` words are known."""
        if end <= len(self.words):
            return
        size = max(STREAM_WORDS, 2 * len(self.words), end)
        # getrandbits(32 * k) is k words, the first in the lowest 32 bits
        number = random.Random(self.seed).getrandbits(32 * size)
        self.words = np.frombuffer(number.to_bytes(4 * size, sys.byteorder), dtype=np.uint32)
        self.shifted.clear()

    def draws(self, start: int, count: int, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        """The next `wanted` of langdetect's `choice` among `count`, from word `start` on:
        the indices drawn, and the word each was read from (not to be changed: they are
        remembered, as every text's first trial starts at the same word)."""
        key = (start, count, wanted)
        known = self.known_draws.get(key)
        if known is None:
            if len(self.known_draws) >= DRAWS_CACHE_LIMIT:
                self.known_draws.clear()
            known = self.known_draws[key] = self._draws(start, count, wanted)
        return known

    def _draws(self, start: int, count: int, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        bits = count.bit_length()
        stop = start + 2 * wanted + 64  # a word is kept with probability above a half
        while True:
            self.reach(stop)
            shifted = self.shifted.get(bits)
            if shifted is None:
                shifted = self.shifted[bits] = self.words >> np.uint32(32 - bits)
            values = shifted[start:stop]
            kept = np.flatnonzero(values < count)
            if len(kept) >= wanted:
                kept = kept[:wanted]
                # picks as platform integers (numpy indexes with them without a cast first);
                # words as int32, half the memory of the cache's second array
                return values[kept].astype(np.intp), (kept + start).astype(np.int32)
            stop = start + 2 * (stop - start)

    def gauss_pair(self, position: int) -> tuple[float, float]:
        """`gauss(0.0, 1.0)` twice from word `position`: the value drawn, and the one kept."""
        pair = self.gauss.get(position)
        if pair is None:
            if len(self.gauss) >= DRAWS_CACHE_LIMIT:
                self.gauss.clear()
            rng = random.Random(self.seed)
            if position:
                rng.getrandbits(32 * position)
            pair = self.gauss[position] = (rng.gauss(0.0, 1.0), rng.gauss(0.0, 1.0))
        return pair
