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
  at once (`RandomStream`), and the five products between two normalisations are one
  `np.multiply.reduce` down the stacked rows, which multiplies in langdetect's order.
"""

from __future__ import annotations

import mmap
import random
import re
from array import array
from typing import Any

import numpy as np
from langdetect.detector import Detector
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.utils.ngram import NGram
from langdetect.utils.unicode_block import unicode_block

from curate.stages import language_compact
from curate.stages.language_profiles import ProfileTable
from curate.stages.language_random import RandomStream
from curate.stages.language_settled import settled_pair, settled_pairs, settled_trial

WORD_CACHE_LIMIT = 200_000  # words whose n-grams are remembered (the cache restarts beyond)
MET_GRAMS_LIMIT = 50_000  # n-grams looked up, with or without a profile (restarts beyond)
FIRST_DRAWS = 96  # n-grams drawn for a trial before its first product (most converge by then)
LOG_WEIGHTS_KEPT = 2  # weights whose `log(weight + matrix)` is kept: every text's first two
# trials draw the same alpha (each text reseeds), so those two serve every first detection
LOG_ROWS_KEPT = 16_384  # beyond as many n-grams met, no logs are kept (7 MB a weight at most)
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


def _lazy_zeros(rows: int, columns: int) -> np.ndarray:
    """A float64 array of zeros whose memory is taken a page at a time, as rows are written.

    The matrix and the logs are made once with room for `LOG_ROWS_KEPT` rows (7 MB each), not
    grown and copied as n-grams are met (a copy held the old and the new array at once: a
    peak of 1.8 MB over the bench's 4,400 rows). numpy asks for transparent huge pages on an
    array of 4 MB or more, so that writing a row would take 2 MB; an anonymous mmap is not
    advised so, and takes 4 KB pages (nine rows) as they are written. Private: a forked
    process writes its own copy of a page (a shared mapping would be written by both).
    """
    private = getattr(mmap, "MAP_PRIVATE", None)
    if private is None:  # Windows: no private anonymous mmap from Python
        return np.zeros((rows, columns))
    buffer = mmap.mmap(-1, max(1, rows * columns * 8), flags=private)
    return np.frombuffer(buffer, dtype=np.float64, count=rows * columns).reshape(rows, columns)


class SeededDetectorFactory(DetectorFactory):
    """A langdetect factory whose detectors are `SeededDetector`s sharing its caches."""

    def __init__(self) -> None:
        super().__init__()
        self.word_lang_prob_map = ProfileTable()  # type: ignore[assignment]
        self.normalised = _Normalised()
        self.streams: dict[Any, RandomStream] = {}
        self.uniforms: dict[int, np.ndarray] = {}
        self._forget_met()

    def _forget_met(self) -> None:
        """Empty the caches of the n-grams and words met, made from the profiles loaded."""
        self.rows: dict[str, int] = {}  # n-gram -> row of `matrix`, assigned as n-grams are met
        self.grams: list[str] = []  # row -> n-gram
        self.met = _MetGrams(self)  # n-gram -> its row, or -1 when no profile has it
        self._matrix = np.empty((0, 0))
        self._unfilled: list[tuple[int, int]] = []  # (row, number in the table) to write
        self.logs: dict[float, list] = {}  # weight -> [log(weight + matrix), rows filled]
        self.followed_rows = _WordRows(self, followed=True)
        self.last_rows = _WordRows(self, followed=False)

    def add_profile(self, profile: Any, index: int, langsize: int) -> None:
        """langdetect's `add_profile`, into the profile table (no list per n-gram)."""
        if profile.name in self.langlist:
            raise LangDetectException(
                ErrorCode.DuplicateLangError, "Duplicate the same language profile."
            )
        self.langlist.append(profile.name)
        self.word_lang_prob_map.add(profile.freq, profile.n_words, index, langsize)
        self._forget_met()

    def load_profile(self, profile_directory: str) -> None:
        """langdetect's `load_profile`, from the project's compact table of these very
        profiles when it has one (`language_compact`), else from their JSON."""
        stored = None if self.langlist else language_compact.load(profile_directory)
        if stored is None:
            super().load_profile(profile_directory)
            return
        self.langlist, self.word_lang_prob_map = stored  # type: ignore[assignment]
        self._forget_met()

    def clear(self) -> None:
        super().clear()
        self.word_lang_prob_map = ProfileTable()  # type: ignore[assignment]
        self._forget_met()

    def _create_detector(self) -> SeededDetector:
        if not self.langlist:
            raise LangDetectException(ErrorCode.NeedLoadProfileError, "Need to load profiles.")
        return SeededDetector(self)

    def stream(self, seed: Any) -> RandomStream:
        """The random words of `seed`; without a seed, a new stream (langdetect's is random)."""
        if seed is None:
            return RandomStream(random.SystemRandom().getrandbits(64))
        stream = self.streams.get(seed)
        if stream is None:
            stream = self.streams[seed] = RandomStream(seed)
        return stream

    def uniform(self, languages: int) -> np.ndarray:
        """langdetect's first probabilities without a prior, `1.0 / languages` each (read only)."""
        first = self.uniforms.get(languages)
        if first is None:
            first = self.uniforms[languages] = np.full(languages, 1.0 / languages)
            first.setflags(write=False)
        return first

    def log_factors(self, weight: float) -> np.ndarray | None:
        """`log(weight + matrix)` (rows made so far filled), when `weight` is one of the first
        `LOG_WEIGHTS_KEPT` met and the matrix has at most `LOG_ROWS_KEPT` rows; None otherwise
        (the trial then logs its drawn rows only)."""
        made = len(self.rows)
        if made > LOG_ROWS_KEPT:  # a corpus of many scripts: log the drawn rows only
            self.logs.clear()
            return None
        kept = self.logs.get(weight)  # [logs, rows filled]
        if kept is None:
            if len(self.logs) >= LOG_WEIGHTS_KEPT:
                return None
            kept = self.logs[weight] = [np.empty((0, len(self.langlist))), 0]
        logs, filled = kept
        if filled < made:
            if len(logs) < made:  # as large as the matrix (once: it has LOG_ROWS_KEPT rows)
                grown = _lazy_zeros(*self.matrix.shape)
                grown[:filled] = logs[:filled]
                logs = kept[0] = grown
            new = logs[filled:made]
            np.add(self.matrix[filled:made], weight, new)
            np.log(new, new)
            kept[1] = made
        return logs

    def log_pair(self, first: float, second: float) -> list[np.ndarray] | None:
        """The logs of `first` and of `second` (a first detection's two trials), when kept."""
        logs = [self.log_factors(first), self.log_factors(second)]
        return None if logs[0] is None or logs[1] is None else logs

    def settled_all(self, detectors: list[SeededDetector]) -> list[str | None]:
        """`[detector.settled() for detector in detectors]`, the first detections (two trials,
        seeded) of many texts settled together (`settled_pairs`)."""
        answers: list[str | None] = [None] * len(detectors)
        paired = []  # (place, rows) of each first detection of a seeded text with n-grams
        seeds = {detector.seed for detector in detectors}
        for place, detector in enumerate(detectors):
            if detector.n_trial == 2 and detector.prior_map is None and detector.langprob is None:
                rows = detector._prepared_rows()
                if len(rows) and detector.seed is not None and len(seeds) == 1:
                    paired.append((place, rows))
        settled: list[int | None] | None = None
        if paired:
            detector = detectors[paired[0][0]]
            stream = self.stream(detector.seed)
            gauss, kept = stream.gauss_pair(0)  # as `settled` draws them
            weights = [
                (detector.alpha + g * detector.ALPHA_WIDTH) / detector.BASE_FREQ
                for g in (gauss, kept)
            ]
            logs = self.log_pair(*weights)  # after every text's rows are made: all logged
            if logs is not None:
                settled = settled_pairs(
                    logs,
                    weights,
                    [rows for _, rows in paired],
                    stream,
                    4,
                    detector.CONV_THRESHOLD,
                    detector.ITERATION_LIMIT,
                )
        done = {}
        if settled is not None:
            done = {place: answer for (place, _), answer in zip(paired, settled, strict=True)}
        for place, detector in enumerate(detectors):
            if place not in done:
                answers[place] = detector.settled()
            elif done[place] is not None:
                answers[place] = self.langlist[done[place]]
        return answers

    @property
    def matrix(self) -> np.ndarray:
        """Each n-gram's probabilities, a row each (rows assigned by `row`, written the first
        time the matrix is read after: `_fill`)."""
        if self._unfilled:
            self._fill()
        return self._matrix

    def _fill(self) -> None:
        """Write the rows `row` assigned since the matrix was last read, all at once: one
        numpy assignment, where a row at a time cost a few numpy calls an n-gram (4,352 of
        them on the bench's 2,000 documents). Each (row, language) is written once, so the
        values are those the row at a time wrote."""
        table = self.word_lang_prob_map
        rows, numbers = zip(*self._unfilled, strict=True)
        self._unfilled = []
        starts = table.starts
        first = np.fromiter(map(starts.__getitem__, numbers), np.int64, len(numbers))
        sizes = np.fromiter((starts[n + 1] for n in numbers), np.int64, len(numbers)) - first
        # the table's entries of each n-gram, one stretch after another
        entries = np.arange(int(sizes.sum())) + np.repeat(first - (np.cumsum(sizes) - sizes), sizes)
        self._matrix[np.repeat(rows, sizes), table.languages[entries]] = table.probabilities[
            entries
        ]

    def row(self, gram: str, number: int | None = None) -> int:
        """The row of `matrix` holding `gram`'s probabilities (`number` in the profile table,
        when known), made when first asked (its probabilities written when the matrix is
        read next)."""
        row = self.rows.get(gram)
        if row is None:
            row = self.rows[gram] = len(self.rows)
            self.grams.append(gram)
            matrix = self._matrix
            if row >= len(matrix):  # room for as many rows as logs are kept for, at first
                size = max(1024, LOG_ROWS_KEPT, 2 * len(matrix))
                grown = _lazy_zeros(size, len(self.langlist))
                if len(matrix):
                    grown[: len(matrix)] = matrix
                self._matrix = grown
            if number is None:
                number = self.word_lang_prob_map.known()[gram]
            self._unfilled.append((row, number))
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
        padded = " " + word
        if word[1:].islower() and len(padded) <= _SLICED_LENGTH:
            # no capital after the first character ("The", "minister"), so every character
            # emits: the n-grams are fixed slices of the padded word, taken and looked up
            # without a Python step each
            rows = map(self.met.__getitem__, map(padded.__getitem__, _EMITTED[len(padded)]))
            inner = list(filter(_KNOWN, rows))
            after = map(self.met.__getitem__, (padded[-1] + " ", padded[-2:] + " "))
            return inner, list(filter(_KNOWN, after))
        known = self.word_lang_prob_map.known()
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
        if word[1:].islower() and len(word) < _SLICED_LENGTH:  # `grams_of`'s slices, inline
            padded = " " + word
            met = self.factory.met.__getitem__
            rows = list(filter(_KNOWN, map(met, map(padded.__getitem__, _EMITTED[len(padded)]))))
            if self.followed:
                rows += filter(_KNOWN, map(met, (padded[-1] + " ", padded[-2:] + " ")))
        else:
            inner, after = self.factory.grams_of(word) if word else ([], [])  # "": between spaces
            rows = inner + after if self.followed else inner
        packed = self[word] = array(_INT32, rows).tobytes()
        return packed


class _MetGrams(dict):
    """n-gram -> its row of the factory's `matrix` (made when first met), or -1 when no profile
    has it: one lookup for `grams_of`, where a known-test and a row lookup were two."""

    def __init__(self, factory: SeededDetectorFactory) -> None:
        super().__init__()
        self.factory = factory

    def __missing__(self, gram: str) -> int:
        if len(self) >= MET_GRAMS_LIMIT:  # unknown n-grams of a script without profiles pile up
            self.clear()
        factory = self.factory
        number = factory.word_lang_prob_map.known().get(gram)
        if number is None:
            value = self[gram] = -1
        else:
            row = factory.rows.get(gram)
            value = self[gram] = factory.row(gram, number) if row is None else row
        return value


def _emitted_slices(length: int) -> tuple[slice, ...]:
    """The slices of a padded word of `length` characters, no capital after its first, that
    langdetect emits, in its order: the first character and the two, then at each further
    character the last one, two and three (see `grams_of`)."""
    slices = [slice(1, 2), slice(0, 2)]
    for end in range(3, length + 1):
        slices += (slice(end - 1, end), slice(end - 2, end), slice(end - 3, end))
    return tuple(slices)


_SLICED_LENGTH = 64  # longer words (rare) take the general way
_EMITTED = [_emitted_slices(length) for length in range(_SLICED_LENGTH + 1)]
_KNOWN = (-1).__ne__  # a row, not "no profile has it"
_INT32 = next(code for code in "ilh" if array(code).itemsize == 4)


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
        self._prepared: tuple[str, str, np.ndarray] | None = None  # text, cleaned, its rows

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

    def _prepared_rows(self) -> np.ndarray:
        """langdetect's `cleaning_text`, then the rows of its n-grams: once for a text."""
        prepared = self._prepared
        if prepared is None or prepared[0] is not self.text:  # none yet, or text appended
            raw = self.text
            self.cleaning_text()
            prepared = self._prepared = (raw, self.text, self._gram_rows())
            self.text = raw
        return prepared[2]

    def _trial_weights(self, stream: RandomStream):
        """A generator of each trial's weight (`alpha / BASE_FREQ`); send it the next word of
        the stream after each trial. langdetect's `gauss` takes four words every other call."""
        position = 0  # words of the stream used so far (langdetect seeds for every text)
        kept = 0.0
        for trial in range(self.n_trial):
            if trial % 2 == 0:
                gauss, kept = stream.gauss_pair(position)
                position += 4
            else:
                gauss = kept
            alpha = self.alpha + gauss * self.ALPHA_WIDTH
            position = yield alpha / self.BASE_FREQ, position

    def _detect_block(self) -> None:
        rows = self._prepared_rows()
        self.text = self._prepared[1]  # cleaned, as langdetect leaves it
        if not len(rows):
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        stream = self.factory.stream(self.seed)
        languages = len(self.langlist)
        if self.prior_map is not None:
            first = np.array(self.prior_map, dtype=float)
        else:
            first = self.factory.uniform(languages)
        langprob = np.zeros(languages)
        weights = self._trial_weights(stream)
        weight, position = next(weights)
        while True:
            prob, position = self._trial(stream, rows, weight, first, position)
            langprob += prob / self.n_trial
            try:
                weight, position = weights.send(position)
            except StopIteration:
                break
        self.langprob = langprob.tolist()

    def settled(self) -> str | None:
        """The language every trial certainly stops on, when they all stop on the same one,
        found without langdetect's exact products (`language_settled`); None when that is not
        certain (or there is a prior, or no seed): ask `best()`.

        Each trial then ends with that language above `CONV_THRESHOLD`, so `best()` would give
        it with a probability, the trials' mean, within a few ulps above the threshold or at 1.
        """
        if self.prior_map is not None or self.seed is None or self.langprob is not None:
            return None
        rows = self._prepared_rows()
        if not len(rows):
            return None
        factory = self.factory
        stream = factory.stream(self.seed)
        if self.n_trial == 2:  # the stage's first detection: both trials along one run of draws
            gauss, kept = stream.gauss_pair(0)  # as `_trial_weights` draws them
            weights = [(self.alpha + g * self.ALPHA_WIDTH) / self.BASE_FREQ for g in (gauss, kept)]
            logs = factory.log_pair(*weights)
            if logs is not None:
                answer = settled_pair(
                    logs, weights, rows, stream, 4, self.CONV_THRESHOLD, self.ITERATION_LIMIT
                )
                return None if answer is None else self.langlist[answer]
        answer = None
        weights = self._trial_weights(stream)
        weight, position = next(weights)
        while True:
            logs = factory.log_factors(weight)
            outcome = settled_trial(
                logs,
                factory.matrix,
                weight,
                rows,
                stream,
                position,
                self.CONV_THRESHOLD,
                self.ITERATION_LIMIT,
            )
            if outcome is None or (answer is not None and outcome[0] != answer):
                return None
            answer, position = outcome
            try:
                weight, position = weights.send(position)
            except StopIteration:
                return self.langlist[answer]

    def _trial(
        self, stream: RandomStream, rows: np.ndarray, weight: float, first: np.ndarray, at: int
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
        # langdetect's normaliser sums with Python's `sum`: one addition after another, left
        # to right, as numpy's `add.accumulate` does (its last sum is the total), where
        # `ndarray.sum` adds pairwise; without a list of Python floats in between
        accumulate = np.add.accumulate
        sums = np.empty(len(first))
        accumulate(product, 0, None, sums)
        total = sums[-1]
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
            accumulate(out, 0, None, sums)
            total = sums[-1]
