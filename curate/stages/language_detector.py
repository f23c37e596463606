"""langdetect's detector, number for number, without its two slow loops.

langdetect spends its time in pure Python: it builds n-grams one character at a time
(`NGram.add_char`), then, for every sampled n-gram, multiplies 55 probabilities one by one.
`SeededDetector` keeps langdetect's algorithm, its random draws and its floating-point
operations in the same order, so `get_probabilities()` returns the same numbers as langdetect's
own `Detector` (the tests compare them on text in many languages and scripts), but

- a word's n-grams are worked out once and cached (a news corpus reuses its words endlessly);
- each trial multiplies whole probability vectors in numpy. An element-wise product is the same
  IEEE operation as langdetect's scalar one, and the normaliser sums with Python's own `sum`,
  so the results are identical, not merely close.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram

WORD_CACHE_LIMIT = 200_000  # words whose n-grams are remembered (the cache restarts beyond)
_SPACES = re.compile(" {2,}")


class _Normalised(dict):
    """`str.translate` table applying `NGram.normalize` to each character, filled as met."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


class _ProfileProbabilities:
    """langdetect's `word_lang_prob_map`, each n-gram's list made when it is first looked up.

    langdetect's `add_profile` builds a list of 55 probabilities for each of its 87,598 n-grams
    at load (0.4 s and some 45 MB a process); a corpus meets a few thousand of them. The list
    is the same: `1.0 * count / n_words[len(gram) - 1]` at the profile's index, 0.0 elsewhere.
    """

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.profiles: list[tuple[dict[str, int], list[int], int]] = []
        self.langsize = 0
        self.made: dict[str, list[float]] = {}

    def add(self, freq: dict[str, int], n_words: list[int], index: int, langsize: int) -> None:
        self.known.update(freq)
        self.profiles.append((freq, n_words, index))
        self.langsize = langsize

    def __contains__(self, gram: object) -> bool:
        return gram in self.known

    def __getitem__(self, gram: str) -> list[float]:
        probabilities = self.made.get(gram)
        if probabilities is None:
            if gram not in self.known:
                raise KeyError(gram)
            probabilities = [0.0] * self.langsize
            length = len(gram)
            if 1 <= length <= 3:
                for freq, n_words, index in self.profiles:
                    count = freq.get(gram)
                    if count is not None:
                        probabilities[index] = 1.0 * count / n_words[length - 1]
            self.made[gram] = probabilities
        return probabilities

    def __len__(self) -> int:
        return len(self.known)

    def __iter__(self):
        return iter(self.known)


class SeededDetectorFactory(DetectorFactory):
    """A langdetect factory whose detectors are `SeededDetector`s sharing its caches."""

    def __init__(self) -> None:
        super().__init__()
        self.word_lang_prob_map = _ProfileProbabilities()  # type: ignore[assignment]
        self.normalised = _Normalised()
        self.word_grams: dict[str, tuple[list[int], list[int]]] = {}
        self.rows: dict[str, int] = {}  # n-gram -> row of `matrix`, assigned as n-grams are met
        self.grams: list[str] = []  # row -> n-gram
        self.matrix = np.empty((0, 0))

    def add_profile(self, profile: Any, index: int, langsize: int) -> None:
        """langdetect's `add_profile`, its lists left to be made when looked up."""
        if profile.name in self.langlist:
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist.append(profile.name)
        self.word_lang_prob_map.add(profile.freq, profile.n_words, index, langsize)

    def clear(self) -> None:
        super().clear()
        self.word_lang_prob_map = _ProfileProbabilities()  # type: ignore[assignment]

    def _create_detector(self) -> SeededDetector:
        if not self.langlist:
            raise LangDetectException(ErrorCode.NeedLoadProfileError, "Need to load profiles.")
        return SeededDetector(self)

    def row(self, gram: str) -> int:
        row = self.rows.get(gram)
        if row is None:
            row = self.rows[gram] = len(self.rows)
            self.grams.append(gram)
            if row >= len(self.matrix):
                grown = np.empty((max(1024, 2 * len(self.matrix)), len(self.langlist)))
                if len(self.matrix):
                    grown[: len(self.matrix)] = self.matrix
                self.matrix = grown
            self.matrix[row] = self.word_lang_prob_map[gram]
        return row

    def grams_of(self, word: str) -> tuple[list[int], list[int]]:
        """Rows of the known n-grams of `word` (normalised, no spaces): inside it, and at its end.

        langdetect starts each word with the buffer `" "` and appends one character at a time;
        at each character it emits the last 1, 2 and 3 characters, unless the character and the
        one before are both upper case (inside an all-capitals word nothing is emitted). The
        space after a word emits `last char + " "` and `last two chars + " "`.
        """
        cached = self.word_grams.get(word)
        if cached is not None:
            return cached
        known = self.word_lang_prob_map
        padded = " " + word
        inner: list[int] = []
        for end in range(2, len(padded) + 1):
            if padded[end - 1].isupper() and padded[end - 2].isupper():
                continue
            window = padded[max(0, end - 3) : end]
            for n in range(1, len(window) + 1):
                gram = window[-n:]
                if gram in known:
                    inner.append(self.row(gram))
        tail = padded[-2:] + " "
        after = [self.row(gram) for gram in (tail[-2:], tail) if gram in known]
        if len(self.word_grams) >= WORD_CACHE_LIMIT:
            self.word_grams.clear()
        self.word_grams[word] = (inner, after)
        return inner, after


class SeededDetector(Detector):
    """langdetect's `Detector` with the same results, faster (see the module docstring)."""

    factory: SeededDetectorFactory

    def __init__(self, factory: SeededDetectorFactory) -> None:
        super().__init__(factory)
        self.factory = factory

    def append(self, text: str) -> None:
        text = self.URL_RE.sub(" ", text)
        text = self.MAIL_RE.sub(" ", text)
        text = NGram.normalize_vi(text)
        # langdetect keeps the first of consecutive spaces, over the first max_text_length chars
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def cleaning_text(self) -> None:
        if not self.text.isascii():  # ASCII text has no non-Latin letters to weigh
            super().cleaning_text()

    def _extract_ngrams(self) -> list[str]:
        grams = self.factory.grams
        return [grams[row] for row in self._gram_rows()]

    def _gram_rows(self) -> list[int]:
        """The rows of langdetect's n-gram list for this text, in langdetect's order."""
        words = self.text.translate(self.factory.normalised).split(" ")
        rows: list[int] = []
        last = len(words) - 1
        for position, word in enumerate(words):
            if not word:
                continue
            inner, after = self.factory.grams_of(word)
            rows.extend(inner)
            if position < last:  # a space follows
                rows.extend(after)
        return rows

    def _detect_block(self) -> None:
        self.cleaning_text()
        rows = self._gram_rows()
        if not rows:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        unique, local = np.unique(np.asarray(rows), return_inverse=True)
        table = self.factory.matrix[unique]
        picks: list[Any] = local.tolist()
        count = len(picks)
        bits = count.bit_length()
        languages = len(self.langlist)
        langprob = np.zeros(languages)
        rng = self.random
        rng.seed(self.seed)
        getrandbits = rng.getrandbits
        for _ in range(self.n_trial):
            if self.prior_map is not None:
                prob = np.array(self.prior_map, dtype=float)
            else:
                prob = np.full(languages, 1.0 / languages)
            alpha = self.alpha + rng.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            factors = (alpha / self.BASE_FREQ) + table  # langdetect's `weight + p[i]`
            i = 0
            while True:
                # `rng.choice(picks)` inlined: CPython's `_randbelow_with_getrandbits`, the same
                # draws without two Python calls per n-gram
                r = getrandbits(bits)
                while r >= count:
                    r = getrandbits(bits)
                prob *= factors[picks[r]]
                if i % 5 == 0:
                    values = prob.tolist()
                    total = sum(values)  # Python's sum, as langdetect's normaliser
                    prob /= total
                    # division by the positive total keeps the order, so the largest quotient
                    # is the largest value's: langdetect's `max(prob)` without a numpy call
                    if max(values) / total > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                i += 1
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()
