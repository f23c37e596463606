"""`features.matrix` for the rounds of one document: what depends on a line alone measured once.

The stage scores a document's lines again after each round of removals (`_model_removals`,
then `_vetoed_tags`): each round, `features.matrix` split, keyed and counted every line left
and rebuilt the document's vocabulary in Python (a web page of 80 lines: 4.4 ms of its 8.8).
Here the lines' words, keys and shape columns are found once per document, as integer ids;
a round is a few numpy passes over the ids of the lines left (counts by `bincount`, the 25
most frequent words by one `lexsort`, running sums by `cumsum`).

The rows are the floats `features.matrix` gives for the same lines, bit for bit (the trees
compare them with thresholds): every column is an exact integer, a `float(bool)`, a quotient
of two integers (one IEEE division in Python and in numpy alike), or `math.log1p` of an
integer, read from a table `math.log1p` filled (numpy's own `log1p` may differ in the last
place). `tests/test_stage_boilerplate_document_rows.py` checks them against `matrix`.
"""

from __future__ import annotations

import math
from itertools import count

import numpy as np

from curate.stages.boilerplate import features
from curate.stages.boilerplate.features import (
    BODY_WORDS,
    FAR,
    LINE,
    REPEATS,
    SHORT_WORDS,
    VOCABULARY,
    WORD,
    Judged,
)

_LOG1P_SIZE = 4096  # integers up to this are looked up; larger ones go through math.log1p
_LOG1P = np.array([math.log1p(n) for n in range(_LOG1P_SIZE)])
_COMMON = features._Vocabulary.COMMON


def _log1p(values: np.ndarray) -> np.ndarray:
    """`math.log1p` of each non-negative integer of `values`, as float64."""
    if not len(values) or int(values.max()) < _LOG1P_SIZE:
        return _LOG1P[values]
    return np.array([math.log1p(v) for v in values.tolist()], dtype=np.float64)


class DocumentRows:
    """The model's rows of any subset of one document's lines, as `features.matrix` makes them."""

    def __init__(
        self,
        lines: list[str],
        title: str | None,
        linked: set[str] | frozenset[str] | None = None,
        html: bool = False,
        captioned: set[str] | frozenset[str] | None = None,
    ) -> None:
        self.lines = lines
        self.html = html
        self.title_words = (
            frozenset(w.casefold() for w in WORD.findall(title)) if title else frozenset()
        )
        words, ends, keys = zip(*features.facts_of(lines), strict=True) if lines else ((), (), ())
        self.words = np.array(words, dtype=np.int64)
        self.ends = np.array(ends, dtype=bool)
        self.body = (self.words >= BODY_WORDS) & self.ends
        self.short = (self.words <= SHORT_WORDS) & ~self.ends
        key_ids: dict[str, int] = {}
        self.key_id = np.array([key_ids.setdefault(k, len(key_ids)) for k in keys], dtype=np.int64)
        self.keys = len(key_ids)
        self.flags = (
            np.array([k in linked for k in keys], dtype=bool)
            if html and linked
            else np.zeros(len(lines), dtype=bool)
        )
        self.captioned = (
            np.array([k in captioned for k in keys], dtype=bool)
            if html and captioned
            else np.zeros(len(lines), dtype=bool)
        )
        # every word of every line (`key.split()`) as an id, the line it stands in, and
        # whether it is its line's first of that id (the distinct words of a line)
        # (a key is words joined by single spaces: the keys joined split into the same words;
        # numbered in the order first met by C loops, no Python step a word)
        self.lengths = np.fromiter(map(len, map(str.split, keys)), dtype=np.int64, count=len(keys))
        words_flat = " ".join(keys).split()
        vocabulary = dict(zip(dict.fromkeys(words_flat), count()))
        self.vocabulary = len(vocabulary)
        self.ids = np.fromiter(
            map(vocabulary.__getitem__, words_flat), dtype=np.int64, count=len(words_flat)
        )
        self.line_of = np.repeat(np.arange(len(lines), dtype=np.int64), self.lengths)
        _, first = np.unique(self.line_of * max(self.vocabulary, 1) + self.ids, return_index=True)
        self.distinct = np.zeros(len(self.ids), dtype=bool)
        self.distinct[first] = True
        # a word of 4+ characters that is not digits (`body_words_share`)
        sizes = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
        digits = np.fromiter(map(str.isdigit, vocabulary), dtype=bool, count=len(vocabulary))
        self.long = ((sizes >= 4) & ~digits)[self.ids] & self.distinct
        # the `LINE` columns of each line, measured when first judged
        self.shape = np.zeros((len(lines), len(LINE)))
        self.measured = np.zeros(len(lines), dtype=bool)

    def matrix(self, picked: list[int]) -> Judged:
        """`features.matrix` of the lines at `picked` (ascending positions in `lines`): the
        judged lines' indexes (in `picked`) and their rows, one float64 array."""
        total = len(picked)
        if not total:
            return Judged([], np.zeros((0, 0)))
        at = np.asarray(picked, dtype=np.int64)
        words = self.words[at]
        ends = self.ends[at]
        is_body = self.body[at]
        body = np.flatnonzero(is_body)
        judged = np.flatnonzero(~is_body)
        if not len(judged):
            return Judged([], np.zeros((0, 0)))
        rows = np.empty((len(judged), len(features.names(self.html))))
        # shape columns: the line's own, measured once
        lines_judged = at[judged]
        for line in lines_judged[~self.measured[lines_judged]].tolist():
            self.shape[line] = features.line_shape(self.lines[line], self.title_words)
            self.measured[line] = True
        rows[:, : len(LINE)] = self.shape[lines_judged]
        # repeats_in_document
        key_id = self.key_id[at]
        rows[:, REPEATS] = np.bincount(key_id, minlength=self.keys)[key_id[judged]] > 1
        rows[:, VOCABULARY : VOCABULARY + 3] = self._vocabulary(at, body, judged)
        # place
        first_body, last_body = (int(body[0]), int(body[-1])) if len(body) else (total, -1)
        rows[:, len(LINE)] = judged < first_body
        rows[:, len(LINE) + 1] = judged > last_body
        rows[:, len(LINE) + 2] = (first_body < judged) & (judged < last_body)
        slot = np.searchsorted(body, judged)  # `bisect_left`
        padded = np.concatenate(([-FAR], body, [total + FAR]))  # never nearer than FAR
        above = np.minimum(judged - padded[slot], FAR)
        below = np.minimum(padded[slot + 1] - judged, FAR)
        rows[:, len(LINE) + 3] = _LOG1P[above]
        rows[:, len(LINE) + 4] = _LOG1P[below]
        rows[:, len(LINE) + 5] = _log1p(_run_lengths(self.short[at])[judged])
        # the neighbours' columns: each line's value, -1.0 above the first and below the last
        log_words = _log1p(words)
        neighbours = np.full((3, total + 2), -1.0)
        neighbours[0, 1:-1] = log_words
        neighbours[1, 1:-1] = ends
        neighbours[2, 1:-1] = is_body
        rows[:, len(LINE) + 6 : len(LINE) + 12 : 2] = neighbours[:, judged].T  # previous
        rows[:, len(LINE) + 7 : len(LINE) + 12 : 2] = neighbours[:, judged + 2].T  # next
        words_above = np.zeros(total + 1, dtype=np.int64)
        np.cumsum(words, out=words_above[1:])
        body_above = np.zeros(total + 1, dtype=np.int64)
        np.cumsum(is_body, out=body_above[1:])
        all_words = int(words_above[-1]) or 1
        rows[:, len(LINE) + 12] = words_above[judged] / all_words
        median = int(np.sort(words)[total // 2])
        log_median = math.log1p(median)
        rows[:, len(LINE) + 13] = log_words[judged] - log_median
        low, high = np.maximum(judged - 3, 0), np.minimum(judged + 4, total)
        nearby = words_above[high] - words_above[low] - words[judged]
        rows[:, len(LINE) + 14] = _log1p(nearby)
        rows[:, len(LINE) + 15] = body_above[high] - body_above[low]
        if self.html:
            flags = np.zeros(total + 2)  # no line above the first or below the last: 0.0
            flags[1:-1] = self.flags[at]
            place = len(LINE) + 16
            rows[:, place] = flags[judged + 1]
            rows[:, place + 1] = flags[judged]
            rows[:, place + 2] = flags[judged + 2]
            rows[:, place + 3] = int(self.flags[at].sum()) / total
            caption = np.zeros(total + 2, dtype=bool)
            caption[1:-1] = self.captioned[at]
            rows[:, place + 4] = caption[judged + 1]
            rows[:, place + 5] = caption[judged] | caption[judged + 2]
        return Judged(judged.tolist(), rows)

    def _vocabulary(self, at: np.ndarray, body: np.ndarray, judged: np.ndarray) -> np.ndarray:
        """`_Vocabulary(keys, body).columns(i)` of each judged line, as three columns."""
        lines = len(self.lines)
        slot = np.full(lines, -1, dtype=np.int64)  # a line's place among those left
        slot[at] = np.arange(len(at))
        place = slot[self.line_of]
        left = place >= 0
        ids = self.ids[left]
        # the 25 most frequent words: by count, ties in the order first met
        common = np.zeros(self.vocabulary, dtype=bool)
        if len(ids):
            # the words left, by count, ties in the order first met: the 25 first are the 25
            # least of one key a word, `-count` then first place (unique: no two words share a
            # first place), picked without a sort (`np.unique` sorted every word each round)
            counts = np.bincount(ids, minlength=self.vocabulary)
            first = np.full(self.vocabulary, len(ids), dtype=np.int64)
            np.minimum.at(first, ids, np.arange(len(ids), dtype=np.int64))
            found = np.flatnonzero(counts)
            key = first[found] - counts[found] * (len(ids) + 1)
            if len(found) > _COMMON:
                found = found[np.argpartition(key, _COMMON - 1)[:_COMMON]]
            common[found] = True
        in_body = np.zeros(self.vocabulary, dtype=bool)
        in_body[self.ids[left & self.body[self.line_of]]] = True
        in_first = np.zeros(self.vocabulary, dtype=bool)
        in_first[self.ids[self.line_of == at[0]]] = True
        # per line left: its words, its words among the common, its distinct words, ...
        place = place[left]
        distinct = self.distinct[left]
        long = self.long[left]

        def per_line(weights: np.ndarray) -> np.ndarray:
            return np.bincount(place, weights=weights, minlength=len(at))[judged]

        words = self.lengths[at][judged]
        shares = per_line(common[ids]) / np.maximum(words, 1)
        long_count = per_line(long)
        in_body_count = per_line(long & in_body[ids])
        body_shares = np.where(long_count > 0, in_body_count / np.maximum(long_count, 1), -1.0)
        first_shares = per_line(distinct & in_first[ids]) / np.maximum(per_line(distinct), 1)
        first_shares = np.where(judged > 0, first_shares, -1.0)
        empty = words == 0
        result = np.empty((len(judged), 3))
        result[:, 0] = np.where(empty, -1.0, body_shares)
        result[:, 1] = np.where(empty, -1.0, shares)
        result[:, 2] = np.where(empty, -1.0, first_shares)
        return result


def _run_lengths(flags: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of flagged lines it stands in (0: not flagged)."""
    if not len(flags):
        return np.zeros(0, dtype=np.int64)
    edges = np.flatnonzero(np.diff(np.concatenate(([False], flags, [False])).astype(np.int8)))
    starts, stops = edges[::2], edges[1::2]
    result = np.zeros(len(flags), dtype=np.int64)
    lengths = stops - starts
    # each run's length, spread over its lines
    marks = np.zeros(len(flags) + 1, dtype=np.int64)
    np.add.at(marks, starts, lengths)
    np.add.at(marks, stops, -lengths)
    result[:] = np.cumsum(marks[:-1])
    return result
