"""langdetect's language profiles as one table of the n-grams' nonzero probabilities."""

from __future__ import annotations

import numpy as np


class ProfileTable:
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

    @classmethod
    def from_arrays(
        cls,
        grams: list[str],
        numbers: np.ndarray,
        languages: np.ndarray,
        probabilities: np.ndarray,
        langsize: int,
    ) -> ProfileTable:
        """A built table from its sorted arrays (`language_compact`'s stored form)."""
        table = cls()
        table.ids = dict(zip(grams, range(len(grams)), strict=True))
        table.languages, table.probabilities = languages, probabilities
        table.parts = [(numbers, languages, probabilities)]
        ends = np.cumsum(np.bincount(numbers, minlength=len(grams)))
        table.starts = [0, *ends.tolist()]
        table.langsize = langsize
        return table

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

    def fill(self, gram: str, row: np.ndarray, number: int | None = None) -> None:
        """Write the probabilities of `gram` (`number` in the table, when known: the table is
        then built) into `row`, a row of zeros."""
        if number is None:
            start, end = self._stretch(gram)
        else:
            start, end = self.starts[number], self.starts[number + 1]
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
