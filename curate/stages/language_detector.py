"""langdetect's detector, number for number, without its two slow loops.

langdetect spends its time in pure Python: it builds n-grams one character at a time
(`NGram.add_char`), then, for every sampled n-gram, multiplies 55 probabilities one by one.
`SeededDetector` keeps langdetect's algorithm, its random draws and its floating-point
operations in the same order, so `get_probabilities()` returns the same numbers as langdetect's
own `Detector` (the tests compare them on text in many languages and scripts), but

- a word's n-grams are worked out once and cached as packed rows of one matrix (a news corpus
  reuses its words endlessly), so a text's n-grams are one `bytes.join`;
- each trial multiplies whole probability vectors in numpy. An element-wise product is the same
  IEEE operation as langdetect's scalar one, and the normaliser sums with Python's own `sum`,
  so the results are identical, not merely close;
- the random draws are read from the seed's stream of Mersenne Twister words, all of a trial's
  at once (`_RandomStream`), and the five products between two normalisations are one
  `np.multiply.reduce` down the stacked rows, which multiplies in langdetect's order.
"""

from __future__ import annotations

import random
import re
import sys
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import unicode_block

WORD_CACHE_LIMIT = 200_000  # words whose n-grams are remembered (the cache restarts beyond)
FIRST_DRAWS = 96  # n-grams drawn for a trial before its first product (most converge by then)
STREAM_WORDS = 1 << 15  # random words made at first for a seed (grown when a text needs more)
DRAWS_CACHE_LIMIT = 1024  # first trials remembered by n-gram count (texts of one length share)
_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's `'A' <= ch <= 'z'`, with [ \\ ] ^ _ `
_LATIN_BYTES = bytes(range(ord("A"), ord("z") + 1))
_LEADS_FROM_U0300 = bytes(range(0xCC, 0x100))  # UTF-8 first bytes of characters from U+0300
# langdetect counts as non-Latin each character from U+0300 on whose `unicode_block` is not
# 'Latin Extended Additional'; its `unicode_block` answers a number, never that name, so all
# of them count (and if a langdetect ever gives the name, its own count is used)
_ALL_FROM_U0300_COUNT = unicode_block("\u1e00") != "Latin Extended Additional"


def _ascii_normalised() -> bytes | None:
    """`NGram.normalize` of each ASCII character as a `bytes.translate` table (letters stay,
    the rest become spaces), or None if it ever gave anything but one ASCII character."""
    normalised = [NGram.normalize(chr(code)) for code in range(128)]
    if any(len(char) != 1 or not char.isascii() for char in normalised):
        return None
    return "".join(normalised).encode("ascii") + bytes(range(128, 256))


_ASCII_NORMALISED = _ascii_normalised()


class _Normalised(dict):
    """`str.translate` table applying `NGram.normalize` to each character, filled as met."""

    def __missing__(self, code: int) -> str:
        value = self[code] = NGram.normalize(chr(code))
        return value


class _ProfileProbabilities:
    """langdetect's `word_lang_prob_map`, kept as each n-gram's nonzero probabilities.

    langdetect's `add_profile` builds a list of 55 probabilities for each of its 87,598 n-grams
    at load (0.4 s and some 45 MB a process); a corpus meets a few thousand of them, and an
    n-gram is in 2.1 profiles on average. So the profiles' counts become, once, one table of
    (n-gram, language, probability) sorted by n-gram, with langdetect's
    `1.0 * count / n_words[len(gram) - 1]` (the same IEEE division, in numpy), and an n-gram's
    list (0.0 elsewhere) is read from its stretch of the table: one lookup, not 55.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # n-gram -> its number in the table
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # one per profile
        self.pending = False  # parts added since the table was last sorted
        self.starts: list[int] = [0]  # n-gram number -> first entry (and next n-gram's start)
        self.languages = np.empty(0, dtype=np.int16)
        self.probabilities = np.empty(0)
        self.langsize = 0

    def add(self, freq: dict[str, int], n_words: list[int], index: int, langsize: int) -> None:
        """Take in a profile's counts (not kept: one profile's dict is alive at a time)."""
        ids = self.ids
        new = [gram for gram in freq if gram not in ids]
        ids.update(zip(new, range(len(ids), len(ids) + len(new)), strict=True))
        numbers = np.fromiter(map(ids.__getitem__, freq), dtype=np.int64, count=len(freq))
        lengths = np.fromiter(map(len, freq), dtype=np.int64, count=len(freq))
        counts = np.fromiter(freq.values(), dtype=np.float64, count=len(freq))  # 1.0 * count
        scored = (lengths >= 1) & (lengths <= 3)  # langdetect scores 1- to 3-grams only
        divisors = np.asarray(n_words, dtype=np.float64)[lengths[scored] - 1]
        languages = np.full(int(scored.sum()), index, dtype=np.int16)
        self.parts.append((numbers[scored].astype(np.int32), languages, counts[scored] / divisors))
        self.pending = True
        self.langsize = langsize

    def _build(self) -> None:
        numbers = np.concatenate([part[0] for part in self.parts])
        order = np.argsort(numbers, kind="stable")
        self.languages = np.concatenate([part[1] for part in self.parts])[order]
        self.probabilities = np.concatenate([part[2] for part in self.parts])[order]
        self.parts = [(numbers[order], self.languages, self.probabilities)]  # one, sorted
        ends = np.cumsum(np.bincount(numbers, minlength=len(self.ids)))
        self.starts = [0, *ends.tolist()]
        self.pending = False

    def _stretch(self, gram: str) -> tuple[int, int]:
        if self.pending:
            self._build()
        number = self.ids[gram]
        return self.starts[number], self.starts[number + 1]

    def known(self) -> dict[str, int]:
        """The n-grams of the profiles (as keys)."""
        if self.pending:
            self._build()
        return self.ids

    def fill(self, gram: str, row: np.ndarray) -> None:
        """Write the probabilities of `gram` into `row`, a row of zeros."""
        start, end = self._stretch(gram)
        row[self.languages[start:end]] = self.probabilities[start:end]

    def __contains__(self, gram: object) -> bool:
        if self.pending:
            self._build()
        return gram in self.ids

    def __getitem__(self, gram: str) -> list[float]:
        start, end = self._stretch(gram)
        probabilities = [0.0] * self.langsize
        for index, probability in zip(
            self.languages[start:end].tolist(), self.probabilities[start:end].tolist(), strict=True
        ):
            probabilities[index] = probability
        return probabilities

    def __len__(self) -> int:
        if self.pending:
            self._build()
        return len(self.ids)

    def __iter__(self):
        if self.pending:
            self._build()
        return iter(self.ids)


class SeededDetectorFactory(DetectorFactory):
    """A langdetect factory whose detectors are `SeededDetector`s sharing its caches."""

    def __init__(self) -> None:
        super().__init__()
        self.word_lang_prob_map = _ProfileProbabilities()  # type: ignore[assignment]
        self.normalised = _Normalised()
        self.streams: dict[Any, _RandomStream] = {}
        self.uniforms: dict[int, np.ndarray] = {}
        self._forget_met()

    def _forget_met(self) -> None:
        """Empty the caches of the n-grams and words met, made from the profiles loaded."""
        self.rows: dict[str, int] = {}  # n-gram -> row of `matrix`, assigned as n-grams are met
        self.grams: list[str] = []  # row -> n-gram
        self.matrix = np.empty((0, 0))
        self.followed_rows = _WordRows(self, followed=True)
        self.last_rows = _WordRows(self, followed=False)

    def add_profile(self, profile: Any, index: int, langsize: int) -> None:
        """langdetect's `add_profile`, its lists left to be made when looked up."""
        if profile.name in self.langlist:
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist.append(profile.name)
        self.word_lang_prob_map.add(profile.freq, profile.n_words, index, langsize)
        self._forget_met()

    def clear(self) -> None:
        super().clear()
        self.word_lang_prob_map = _ProfileProbabilities()  # type: ignore[assignment]
        self._forget_met()

    def _create_detector(self) -> SeededDetector:
        if not self.langlist:
            raise LangDetectException(ErrorCode.NeedLoadProfileError, "Need to load profiles.")
        return SeededDetector(self)

    def stream(self, seed: Any) -> _RandomStream:
        """The random words of `seed`; without a seed, a new stream (langdetect's is random)."""
        if seed is None:
            return _RandomStream(random.SystemRandom().getrandbits(64))
        stream = self.streams.get(seed)
        if stream is None:
            stream = self.streams[seed] = _RandomStream(seed)
        return stream

    def uniform(self, languages: int) -> np.ndarray:
        """langdetect's first probabilities without a prior, `1.0 / languages` each (read only)."""
        first = self.uniforms.get(languages)
        if first is None:
            first = self.uniforms[languages] = np.full(languages, 1.0 / languages)
            first.setflags(write=False)
        return first

    def row(self, gram: str) -> int:
        row = self.rows.get(gram)
        if row is None:
            row = self.rows[gram] = len(self.rows)
            self.grams.append(gram)
            if row >= len(self.matrix):
                grown = np.zeros((max(1024, 2 * len(self.matrix)), len(self.langlist)))
                if len(self.matrix):
                    grown[: len(self.matrix)] = self.matrix
                self.matrix = grown
            self.word_lang_prob_map.fill(gram, self.matrix[row])
        return row

    def grams_of(self, word: str) -> tuple[list[int], list[int]]:
        """Rows of the known n-grams of `word` (normalised, no spaces): inside it, and at its end.

        langdetect starts each word with the buffer `" "` and appends one character at a time;
        at each character it emits the last 1, 2 and 3 characters, unless the character and the
        one before are both upper case (inside an all-capitals word nothing is emitted). The
        space after a word emits `last char + " "` and `last two chars + " "`.
        """
        if not word:
            return [], []
        known = self.word_lang_prob_map.known()
        padded = " " + word
        upper = [char.isupper() for char in padded]
        emitted = [padded[1], padded[:2]]  # the first character (after " ", never upper case)
        for end in range(3, len(padded) + 1):
            if upper[end - 1] and upper[end - 2]:
                continue
            emitted += (padded[end - 1], padded[end - 2 : end], padded[end - 3 : end])
        rows = self.rows
        inner = [rows.get(gram) or self.row(gram) for gram in emitted if gram in known]
        tail = padded[-2:] + " "
        after = [rows.get(gram) or self.row(gram) for gram in (tail[-2:], tail) if gram in known]
        return inner, after


class _WordRows(dict):
    """word -> rows of its n-grams, and of the space after it when `followed`; made when met."""

    def __init__(self, factory: SeededDetectorFactory, followed: bool) -> None:
        super().__init__()
        self.factory = factory
        self.followed = followed

    def __missing__(self, word: str) -> bytes:
        """The rows as int32 bytes: a text's rows are then one `bytes.join`, read by numpy."""
        if len(self) >= WORD_CACHE_LIMIT:
            self.clear()
        inner, after = self.factory.grams_of(word) if word else ([], [])  # "": between spaces
        rows = inner + after if self.followed else inner
        packed = self[word] = np.array(rows, dtype=np.int32).tobytes()
        return packed


class _RandomStream:
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
                return values[kept], kept + start
            stop = start + 2 * (stop - start)

    def gauss_pair(self, position: int) -> tuple[float, float]:
        """`gauss(0.0, 1.0)` twice from word `position`: the value drawn, and the one kept."""
        pair = self.gauss.get(position)
        if pair is None:
            rng = random.Random(self.seed)
            if position:
                rng.getrandbits(32 * position)
            pair = self.gauss[position] = (rng.gauss(0.0, 1.0), rng.gauss(0.0, 1.0))
        return pair


class SeededDetector(Detector):
    """langdetect's `Detector` with the same results, faster (see the module docstring)."""

    factory: SeededDetectorFactory

    def __init__(self, factory: SeededDetectorFactory) -> None:
        # langdetect's attributes, without the `random.Random()` it seeds from the system
        # (8 microseconds a text): the draws come from the factory's stream of the seed
        self.factory = factory
        self.word_lang_prob_map = factory.word_lang_prob_map
        self.langlist = factory.langlist
        self.seed = factory.seed
        self.text = ""
        self.langprob = None
        self.alpha = self.ALPHA_DEFAULT
        self.n_trial = 7
        self.max_text_length = 10000
        self.prior_map = None
        self.verbose = False

    def append(self, text: str) -> None:
        # langdetect's three substitutions, each skipped when the text has nothing it needs
        # (an e-mail address needs an "@"): the e-mail pattern alone costs 6 us on 300 chars
        if "http" in text:
            text = self.URL_RE.sub(" ", text)
        if "@" in text:
            text = self.MAIL_RE.sub(" ", text)
        if not text.isascii() and any(mark in text for mark in NGram.DMARK_CLASS):
            text = NGram.normalize_vi(text)
        # langdetect keeps the first of consecutive spaces, over the first max_text_length chars
        text = text[: self.max_text_length]
        self.text += _SPACES.sub(" ", text) if "  " in text else text

    def cleaning_text(self) -> None:
        """langdetect's: drop `A`-`z` when under a third of the counted letters are those.

        Counted in the UTF-8 bytes: `A`-`z` are single bytes, and each character from U+0300
        on starts with a byte from 0xCC on (the bytes after a first byte are below 0xC0).
        """
        text = self.text
        if text.isascii():  # ASCII text has no non-Latin letters to weigh
            return
        if not _ALL_FROM_U0300_COUNT:
            super().cleaning_text()
            return
        data = text.encode("utf-8", "surrogatepass")
        latin = len(data) - len(data.translate(None, _LATIN_BYTES))
        non_latin = len(data) - len(data.translate(None, _LEADS_FROM_U0300))
        if latin * 2 < non_latin:
            self.text = _LATIN.sub("", text)

    def _extract_ngrams(self) -> list[str]:
        grams = self.factory.grams
        return [grams[row] for row in self._gram_rows().tolist()]

    def _gram_rows(self) -> np.ndarray:
        """The rows of langdetect's n-gram list for this text, in langdetect's order."""
        text = self.text
        if _ASCII_NORMALISED is not None and text.isascii():  # 4 times faster on ASCII
            text = text.encode("ascii").translate(_ASCII_NORMALISED).decode("ascii")
        else:
            text = text.translate(self.factory.normalised)
        words = text.split(" ")
        last = words.pop()  # no space after it
        packed = b"".join(map(self.factory.followed_rows.__getitem__, words))
        return np.frombuffer(packed + self.factory.last_rows[last], dtype=np.int32)

    def best(self) -> tuple[str, float] | None:
        """`get_probabilities()[0]` as (language, probability), None if that list is empty.

        langdetect lists the languages above PROB_THRESHOLD by probability, a stable sort,
        so its first is the first language with the largest probability.
        """
        if self.langprob is None:
            self._detect_block()
        langprob = self.langprob
        top = max(langprob)
        if not top > self.PROB_THRESHOLD:
            return None
        index = langprob.index(top)
        return self.langlist[index], top

    def _detect_block(self) -> None:
        self.cleaning_text()
        rows = self._gram_rows()
        if not len(rows):
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        stream = self.factory.stream(self.seed)
        languages = len(self.langlist)
        if self.prior_map is not None:
            first = np.array(self.prior_map, dtype=float)
        else:
            first = self.factory.uniform(languages)
        langprob = np.zeros(languages)
        position = 0  # words of the stream used so far (langdetect seeds for every text)
        kept = 0.0
        for trial in range(self.n_trial):
            if trial % 2 == 0:
                gauss, kept = stream.gauss_pair(position)
                position += 4
            else:
                gauss = kept
            alpha = self.alpha + gauss * self.ALPHA_WIDTH
            prob, position = self._trial(stream, rows, alpha / self.BASE_FREQ, first, position)
            langprob += prob / self.n_trial
        self.langprob = langprob.tolist()

    def _trial(
        self, stream: _RandomStream, rows: np.ndarray, weight: float, first: np.ndarray, at: int
    ) -> tuple[np.ndarray, int]:
        """One of langdetect's trials from word `at`: its probabilities, and the next word.

        Row i of `factors` is `weight + p` of draw i (langdetect's factor). Draw 0 is
        multiplied into the first probabilities and normalised; then each block of five draws
        is multiplied in order, starting from the normalised probabilities written over the
        row of the block's last draw, and normalised again (langdetect's `i % 5 == 0`).
        """
        matrix = self.factory.matrix
        picks, places = stream.draws(at, len(rows), FIRST_DRAWS)
        factors = matrix.take(rows[picks], axis=0)
        np.add(factors, weight, factors)  # langdetect's `weight + p`: IEEE sums commute
        product = factors[0]
        np.multiply(product, first, out=product)  # first * factor: IEEE products commute
        out = np.empty(len(first))
        reduce = np.multiply.reduce
        values = product.tolist()
        total = sum(values)  # Python's sum, as langdetect's normaliser
        i = 0
        while True:
            normalised = factors[i]
            np.divide(product, total, normalised)
            if normalised[normalised.argmax()] > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                return normalised, int(places[i]) + 1
            i += 5
            if i >= len(factors):  # not converged within the draws so far: draw as many again
                more, further = stream.draws(int(places[-1]) + 1, len(rows), len(factors))
                drawn = matrix.take(rows[more], axis=0)
                np.add(drawn, weight, drawn)
                factors = np.concatenate([factors, drawn])
                places = np.concatenate([places, further])
            reduce(factors[i - 5 : i + 1], 0, None, out)
            product = out
            values = out.tolist()
            total = sum(values)
