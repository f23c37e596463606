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
import operator
import sys
from collections.abc import Sequence
from itertools import chain, count
from typing import NamedTuple

import numpy as np
import pyarrow as pa

from curate.stages.boilerplate import continuity, features
from curate.stages.boilerplate.features import (
    BODY_WORDS,
    FAR,
    LINE,
    REPEATS,
    SHORT_WORDS,
    VOCABULARY,
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
        credited: Sequence[bool] | None = None,
    ) -> None:
        self.lines = lines
        self.html = html
        self.title_words = features.title_words_of(title)
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
        # each line's `credit_below.beside` (the column only where `credit_below.ON`)
        self.credited = np.zeros(len(lines), dtype=bool)
        if credited is not None:
            self.credited[:] = credited
        # every word of every line (`key.split()`) as an id, the line it stands in, and
        # whether it is its line's first of that id (the distinct words of a line)
        self.ids, self.line_of, vocabulary = _words_of(keys)
        self.vocabulary = len(vocabulary)
        self.lengths = np.bincount(self.line_of, minlength=len(lines))
        _, first = np.unique(self.line_of * max(self.vocabulary, 1) + self.ids, return_index=True)
        self.distinct = np.zeros(len(self.ids), dtype=bool)
        self.distinct[first] = True
        # a word of 4+ characters that is not digits (`body_words_share`)
        sizes = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
        digits = np.fromiter(map(str.isdigit, vocabulary), dtype=bool, count=len(vocabulary))
        self.long = ((sizes >= 4) & ~digits)[self.ids] & self.distinct
        # the `continuity` columns' (line, word) pairs and lines' opening shapes, found once
        self.carries_on = bool(continuity.names(html))
        if self.carries_on:
            chosen = continuity.long_words(vocabulary)[self.ids] & self.distinct
            line, word = self.line_of[chosen], self.ids[chosen]
            order = np.argsort(word, kind="stable")  # by word, then line
            self.pair_line, self.pair_word = line[order], word[order]
            self.starts = continuity.starts_of(lines, np.flatnonzero(~self.body).tolist())
            self.sizes = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
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
        place = len(LINE) + len(features.PLACE)
        if self.carries_on:
            rows[:, place : place + len(continuity.NAMES)] = self._carries_on(at, is_body, judged)
            place += len(continuity.NAMES)
        left = [self.lines[p] for p in picked]
        island = features.island_columns(left, judged.tolist(), self.html)
        if island:
            rows[:, place : place + len(island[0])] = island
            place += len(island[0])
        addressed = features.reader_address_columns(left, judged.tolist(), self.html)
        if addressed:
            rows[:, place : place + len(addressed[0])] = addressed
        if features.credit_names():
            rows[:, -1] = self.credited[at][judged]
        if self.html:
            flags = np.zeros(total + 2)  # no line above the first or below the last: 0.0
            flags[1:-1] = self.flags[at]
            rows[:, place] = flags[judged + 1]
            rows[:, place + 1] = flags[judged]
            rows[:, place + 2] = flags[judged + 2]
            rows[:, place + 3] = int(self.flags[at].sum()) / total
            caption = np.zeros(total + 2, dtype=bool)
            caption[1:-1] = self.captioned[at]
            rows[:, place + 4] = caption[judged + 1]
            rows[:, place + 5] = caption[judged] | caption[judged + 2]
        return Judged(judged.tolist(), rows)

    def _carries_on(self, at: np.ndarray, is_body: np.ndarray, judged: np.ndarray) -> np.ndarray:
        """`continuity.table` of the judged lines among those left (`at`)."""
        slot = np.full(len(self.lines), -1, dtype=np.int64)
        slot[at] = np.arange(len(at))
        place = slot[self.pair_line]
        left = place >= 0
        return continuity.table(
            np.zeros(len(at), dtype=np.int64),
            is_body,
            self.starts[at],
            self.sizes[at],
            place[left],
            self.pair_word[left],
            self.vocabulary,
            judged,
        )

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


# a page with no line to judge: one answer for all (never changed by its readers)
_NOTHING = Judged([], [])


class Page(NamedTuple):
    """One document's lines as `features.matrix` takes them (the arguments after `lines`)."""

    lines: list[str]
    title: str | None
    linked: set[str] | frozenset[str] | None = None
    html: bool = False
    captioned: set[str] | frozenset[str] | None = None
    credited: Sequence[bool] | None = None  # each line's `credit_below.beside`


def batch_matrix(pages: list[Page]) -> list[Judged]:
    """`features.matrix(*page)` of each page, the rows of all of them made by one numpy pass.

    A short document's rows took a few dozen Python steps a line and a `Counter`, sort and
    set operations for its vocabulary (`features.matrix`: numpy's fixed cost a call outweighed
    what it saved on one short text, `_Rows.ROWS_MIN`); a batch's documents are one array of
    lines, each document a segment: counts, ranks and running sums per segment by sorts of
    combined integer keys, never a Python step a word. The same floats as `features.matrix`
    (see the module's docstring); each page's rows are a float64 array."""
    sizes = [len(page.lines) for page in pages]
    total = sum(sizes)
    answers = [_NOTHING] * len(pages)
    if not total:
        return answers
    texts = list(chain.from_iterable(page.lines for page in pages))
    words_of, ends_of, keys = zip(*features.facts_of(texts), strict=True)
    # the sort keys below hold (page, count, place) of words in one int64: a batch of more
    # words than that allows (never an engine batch of short pages) is made a page at a time
    if (len(pages) + 1) * (sum(map(len, keys)) + 2) ** 2 >= 2**62:
        return [features.matrix(*page) for page in pages]
    words = np.fromiter(words_of, dtype=np.int64, count=total)
    ends = np.fromiter(ends_of, dtype=bool, count=total)
    size = np.array(sizes, dtype=np.int64)
    offset = np.zeros(len(pages) + 1, dtype=np.int64)
    np.cumsum(size, out=offset[1:])
    doc = np.repeat(np.arange(len(pages), dtype=np.int64), size)
    position = np.arange(total, dtype=np.int64) - offset[doc]  # a line's place in its page
    last = size[doc] - 1  # each line's page's last place
    body = (words >= BODY_WORDS) & ends
    judged = np.flatnonzero(~body)
    if not len(judged):
        return answers
    columns = len(features.names(True))
    rows = np.empty((len(judged), columns))
    # shape columns: each judged line's own (`line_shape`, kept by line)
    doc_judged = doc[judged]
    shapes = features.shapes_of(list(map(texts.__getitem__, judged.tolist())))
    rows[:, : len(LINE)] = np.fromiter(
        chain.from_iterable(map(_COLUMNS, shapes)), dtype=np.float64, count=len(judged) * len(LINE)
    ).reshape(len(judged), len(LINE))
    titles = [features.title_words_of(page.title) for page in pages]
    if any(titles):
        _title_columns(rows, shapes, list(map(titles.__getitem__, doc_judged.tolist())))
    # repeats_in_document: the line's key again in its page (a page's lines are contiguous:
    # sorted by key then line, a key's copies in one page stand side by side)
    key_ids = dict(zip(dict.fromkeys(keys), count()))
    key_id = np.fromiter(map(key_ids.__getitem__, keys), dtype=np.int64, count=total)
    order = np.sort(key_id * total + np.arange(total, dtype=np.int64))
    line = order % total
    same = (order[1:] // total == order[:-1] // total) & (doc[line[1:]] == doc[line[:-1]])
    repeated = np.zeros(total, dtype=bool)
    repeated[line[1:][same]] = True
    repeated[line[:-1][same]] = True
    rows[:, REPEATS] = repeated[judged]
    carries_on = bool(continuity.names()) and not all(page.html for page in pages)
    rows[:, VOCABULARY : VOCABULARY + 3], pairs = _batch_vocabulary(
        keys, doc, position, body, judged, carries_on
    )
    # place: the body paragraphs above and below within the page
    body_at = np.flatnonzero(body)
    slot = np.searchsorted(body_at, judged)
    above_at = body_at[np.maximum(slot - 1, 0)] if len(body_at) else judged
    below_at = body_at[np.minimum(slot, len(body_at) - 1)] if len(body_at) else judged
    has_above = (slot > 0) & (doc[above_at] == doc_judged) if len(body_at) else slot < 0
    has_below = (slot < len(body_at)) & (doc[below_at] == doc_judged) if len(body_at) else slot < 0
    place = len(LINE)
    rows[:, place] = ~has_above  # above the first body paragraph (or none)
    rows[:, place + 1] = ~has_below
    rows[:, place + 2] = has_above & has_below
    rows[:, place + 3] = _LOG1P[np.where(has_above, np.minimum(judged - above_at, FAR), FAR)]
    rows[:, place + 4] = _LOG1P[np.where(has_below, np.minimum(below_at - judged, FAR), FAR)]
    rows[:, place + 5] = _log1p(_segment_runs((words <= SHORT_WORDS) & ~ends, position)[judged])
    # the neighbours' columns: -1.0 above a page's first line and below its last
    log_words = _log1p(words)
    at = position[judged]
    first, final = at == 0, at == last[judged]
    before, after = np.maximum(judged - 1, 0), np.minimum(judged + 1, total - 1)
    for column, values in ((place + 6, log_words), (place + 8, ends), (place + 10, body)):
        rows[:, column] = np.where(first, -1.0, values[before])
        rows[:, column + 1] = np.where(final, -1.0, values[after])
    # running sums within each page: the whole array's, less those before the page
    words_above = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(words, out=words_above[1:])
    body_above = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(body, out=body_above[1:])
    start = offset[doc_judged]
    all_words = np.maximum(words_above[offset[1:]] - words_above[offset[:-1]], 1)
    rows[:, place + 12] = (words_above[judged] - words_above[start]) / all_words[doc_judged]
    # each page's median line length: `sorted(words)[total // 2]`, by one sort of (page, words)
    width = int(words.max()) + 1
    ranked = np.sort(doc * width + words)
    median = (
        ranked[np.minimum(offset[:-1] + size // 2, total - 1)] % width
    )  # (an empty page's: unused)
    rows[:, place + 13] = log_words[judged] - _log1p(median)[doc_judged]
    low = np.maximum(judged - 3, start)
    high = np.minimum(judged + 4, offset[doc_judged + 1])
    rows[:, place + 14] = _log1p(words_above[high] - words_above[low] - words[judged])
    rows[:, place + 15] = body_above[high] - body_above[low]
    carried = _batch_continuity(texts, pairs, doc, body, judged) if pairs is not None else None
    if any(page.html for page in pages):
        _batch_links(pages, keys, rows, judged, first, final, doc_judged, size)
    # each page's judged lines: a contiguous run of `judged`
    bounds = np.searchsorted(judged, offset).tolist()
    # a plain page's rows: no link or caption labels
    plain = len(LINE) + len(features.PLACE)
    marked = len(features.names(True)) - len(features.credit_names())  # an HTML page's, no credit
    credit = bool(features.credit_names())
    for d, page in enumerate(pages):
        low_at, high_at = bounds[d], bounds[d + 1]
        if low_at == high_at:
            continue
        index = (judged[low_at:high_at] - offset[d]).tolist()
        part = rows[low_at:high_at, : marked if page.html else plain]
        if carried is not None and not page.html:
            part = np.hstack((part, carried[low_at:high_at]))
        island = features.island_columns(page.lines, index, page.html)
        if island:
            part = np.hstack((part, np.array(island, dtype=np.float64)))
        addressed = features.reader_address_columns(page.lines, index, page.html)
        if addressed:
            part = np.hstack((part, np.array(addressed, dtype=np.float64)))
        if credit:
            beside = np.zeros((len(index), 1))
            if page.credited is not None:
                beside[:, 0] = np.asarray(page.credited, dtype=bool)[index]
            part = np.hstack((part, beside))
        answers[d] = Judged(index, part)
    return answers


_COLUMNS = operator.attrgetter("columns")


def _title_columns(
    rows: np.ndarray, shapes: list[features._Shape], titles: list[frozenset[str]]
) -> None:
    """`line_shape`'s title columns of the judged lines, their words' sets met by C loops (a
    Python call and a copy of its columns a line took 2.3 us): the same integer counts, divided
    as there (one IEEE division each); 0.0 where the page has no title's words."""
    folded = list(map(_FOLDED, shapes))
    shared = np.fromiter(map(len, map(frozenset.__and__, folded, titles)), np.int64, len(titles))
    size = np.fromiter(map(len, folded), np.int64, len(titles))
    # the union's size counted, not the union made (a set a line was 4 of its 6 us)
    union = size + np.fromiter(map(len, titles), np.int64, len(titles)) - shared
    titled = np.fromiter(map(bool, titles), bool, len(titles))
    rows[:, features.TITLE_OVERLAP] = np.where(titled, shared / np.maximum(union, 1), 0.0)
    # a line of no word shares none: 0.0, as `line_shape` gives it
    rows[:, features.IN_TITLE] = np.where(titled, shared / np.maximum(size, 1), 0.0)


_FOLDED = operator.attrgetter("folded")


def _batch_vocabulary(
    keys: tuple[str, ...],
    doc: np.ndarray,
    position: np.ndarray,
    body: np.ndarray,
    judged: np.ndarray,
    pairs: bool = False,
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, int] | None]:
    """`features._Vocabulary(keys of the page, body).columns(i)` of each judged line, the pages
    of a batch at once: a (page, word) pair's count, first place, and whether the body or
    the first line holds it, read from one sort of the words by (word, place). With `pairs`,
    also the `continuity` columns' input: each line's distinct long words as (line, (page,
    word) id) and how many such ids there are (None without)."""
    total = len(keys)
    ids, line_of, vocabulary = _words_of(keys)
    size = len(ids)
    result = np.full((len(judged), 3), -1.0)
    if not size:
        empty = np.zeros(0, dtype=np.int64)
        return result, ((empty, empty, 0) if pairs else None)
    # a word's copies in one page, in order: sorted by (word, place in the batch), a page's
    # words are contiguous, so a run of one word id in one page is one (page, word) pair
    at = _stable_order(ids)  # each sorted word's place (by id, then place)
    word = ids[at]
    line = line_of[at]
    page = doc[line]
    opens = np.ones(size, dtype=bool)  # the first copy of a (page, word) pair
    opens[1:] = (word[1:] != word[:-1]) | (page[1:] != page[:-1])
    # the first copy of a word in its line: a line's distinct words
    distinct = np.ones(size, dtype=bool)
    distinct[1:] = (word[1:] != word[:-1]) | (line[1:] != line[:-1])
    pair = np.cumsum(opens) - 1
    starts = np.flatnonzero(opens)
    counts = np.diff(np.append(starts, size))
    first = at[starts]  # the pair's first place: its order among the page's words
    pair_page = page[starts]
    # the 25 most frequent words of each page, ties in the order first met: the 25 least of
    # (page, -count, first place) in each page (the pairs by first place, then stably by
    # (page, -count) as one small integer: a radix sort, where one sort of a combined int64
    # key with the place took 1.9 ms a batch)
    pages = int(doc[-1]) + 1
    pair_of_first = np.full(size, -1, dtype=np.int64)
    pair_of_first[first] = np.arange(len(first), dtype=np.int64)
    ranked = pair_of_first[pair_of_first >= 0]
    most = int(counts.max())
    ranked = ranked[_stable_order(pair_page[ranked] * (most + 1) + (most - counts[ranked]))]
    ranked_page = pair_page[ranked]
    rank = (
        np.arange(len(ranked), dtype=np.int64)
        - np.searchsorted(ranked_page, np.arange(pages, dtype=np.int64))[ranked_page]
    )
    common = np.zeros(len(first), dtype=bool)
    common[ranked[rank < _COMMON]] = True
    in_body = np.zeros(len(first), dtype=bool)
    in_body[pair[body[line]]] = True
    in_first = np.zeros(len(first), dtype=bool)
    in_first[pair[position[line] == 0]] = True
    carried = None
    if pairs:
        chosen = continuity.long_words(vocabulary)[word] & distinct
        carried = (line[chosen], pair[chosen], len(first))
    # the columns count the judged lines' words alone (a few of the batch's: the body
    # paragraphs hold most), each word by its judged line's slot
    slot = np.full(total, -1, dtype=np.int64)
    slot[judged] = np.arange(len(judged), dtype=np.int64)
    mine = slot[line]
    kept = mine >= 0
    mine, pair, distinct, word = mine[kept], pair[kept], distinct[kept], word[kept]
    # a word of 4+ characters that is not digits (`body_words_share`), by id
    sizes = np.fromiter(map(len, vocabulary), dtype=np.int64, count=len(vocabulary))
    digits = np.fromiter(map(str.isdigit, vocabulary), dtype=bool, count=len(vocabulary))
    long = ((sizes >= 4) & ~digits)[word] & distinct

    def per_line(weights: np.ndarray) -> np.ndarray:
        return np.bincount(mine, weights=weights, minlength=len(judged))

    count_of = np.bincount(mine, minlength=len(judged))
    shares = per_line(common[pair]) / np.maximum(count_of, 1)
    long_count = per_line(long)
    body_shares = np.where(
        long_count > 0, per_line(long & in_body[pair]) / np.maximum(long_count, 1), -1.0
    )
    first_shares = per_line(distinct & in_first[pair]) / np.maximum(per_line(distinct), 1)
    first_shares = np.where(position[judged] > 0, first_shares, -1.0)
    empty = count_of == 0
    result[:, 0] = np.where(empty, -1.0, body_shares)
    result[:, 1] = np.where(empty, -1.0, shares)
    result[:, 2] = np.where(empty, -1.0, first_shares)
    return result, carried


# Below this many characters of keys, a call numbers its words in Python. Importing
# pyarrow.compute costs a process about 36 ms, which its kernels win back only over some
# 300,000 words (0.11 µs a word): a run of a few documents never pays for it (the import
# is a run's fixed cost, `tests/test_arrow_pandas.py`), a batch of 200 news articles does.
KERNEL_CHARACTERS = 200_000
# Once the import is paid (an earlier batch's first round), the kernels are the faster past
# this many characters: a batch's later rounds (20 to 30 of its 200 news articles, 40,000
# characters) took 1.2 ms by dict, 0.5 by the kernels; the two numberings give the same rows
KERNEL_CHARACTERS_IMPORTED = 5_000


def _words_of(keys: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    r"""Every word of every key as an id, the line (key) it stands in, and the words by id.

    A key is `\w` runs joined by single spaces. The ids only group equal words (every count,
    rank and share below is read by word, never by id), so the two ways of numbering them
    give the same rows."""
    characters = sum(map(len, keys))
    least = KERNEL_CHARACTERS_IMPORTED if "pyarrow.compute" in sys.modules else KERNEL_CHARACTERS
    if characters < least:
        return _words_by_dict(keys)
    return _words_by_kernels(keys)


def _words_by_dict(keys: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The keys joined split into the same words, numbered in the order first met (a `str`
    and a dict look-up a word, by C loops)."""
    lengths = np.fromiter(map(len, map(str.split, keys)), dtype=np.int64, count=len(keys))
    words_flat = " ".join(keys).split()
    vocabulary = dict(zip(dict.fromkeys(words_flat), count()))
    ids = np.fromiter(map(vocabulary.__getitem__, words_flat), np.int64, count=len(words_flat))
    return ids, np.repeat(np.arange(len(keys), dtype=np.int64), lengths), list(vocabulary)


def _words_by_kernels(keys: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    r"""Numbered by Arrow's `dictionary_encode`, no Python object a word: 12 ms a batch of
    67,000 words by dict, 3.8 this way. The keys' words, each with the one space after it, are
    the strings of one Arrow array over the keys' UTF-8 bytes joined: a word starts after each
    space byte, found by numpy (`split_pattern` took 1.8 ms a batch, more than the encoding);
    a word and its space are equal where the words are. The array is made from buffers:
    `pa.array` of Python strings imports pandas the first time (0.25 s a process). No key
    holds a lone surrogate (no `\w` character is one), so every key encodes as UTF-8, and no
    other character's UTF-8 bytes hold a space or a newline byte.

    The keys are joined by newlines, each made a space once found: a key's words are the
    space bytes up to its newline, with no Python call a key (counting each key's spaces took
    0.7 ms of a batch's 4 past ASCII). A key is words and single spaces: it holds no newline."""
    import pyarrow.compute as pc

    worded = np.fromiter(map(bool, keys), dtype=bool, count=len(keys))
    joined = "\n".join(filter(None, keys))
    data = (joined + "\n").encode("utf-8") if joined else b""
    codes = np.frombuffer(data, dtype=np.uint8)
    newline = codes == ord("\n")
    ends = np.flatnonzero(newline | (codes == ord(" ")))
    counts = np.zeros(len(keys), dtype=np.int64)
    # each worded key's words: the word ends up to its newline, less those up to the one before
    counts[worded] = np.diff(np.searchsorted(ends, np.flatnonzero(newline)), prepend=-1)
    data = data.replace(b"\n", b" ")
    line_of = np.repeat(np.arange(len(keys), dtype=np.int64), counts)
    if not len(line_of):  # only keys of no word: " "
        return np.zeros(0, dtype=np.int64), line_of, []
    large = len(data) >= 2**31  # past int32 offsets
    offsets = np.zeros(len(ends) + 1, dtype=np.int64 if large else np.int32)
    offsets[1:] = ends + 1
    kind = pa.LargeStringArray if large else pa.StringArray
    spaced = kind.from_buffers(len(ends), pa.py_buffer(offsets), pa.py_buffer(data))
    encoded = pc.dictionary_encode(spaced)
    words = [word[:-1] for word in encoded.dictionary.to_pylist()]
    return _integers(encoded.indices), line_of, words


def _integers(array: pa.Array) -> np.ndarray:
    """An Arrow integer array without nulls as int64, read from its buffer (`to_numpy`
    imports pandas the first time, as `pa.array` does)."""
    width = array.type.bit_width // 8
    values = np.frombuffer(
        array.buffers()[1], dtype=f"i{width}", count=len(array), offset=array.offset * width
    )
    return values.astype(np.int64)


def _stable_order(values: np.ndarray) -> np.ndarray:
    """The indexes of `values` (non-negative integers) sorted by value, ties in place order:
    as 16-bit integers where they fit (numpy's stable sort of those is a radix sort, 0.3 ms for
    a batch's 67,000 words where sorting `value * size + place` took 2.7)."""
    if len(values) and int(values.max()) < 1 << 16:
        return np.argsort(values.astype(np.uint16), kind="stable")
    return np.argsort(values, kind="stable")


def _segment_runs(flags: np.ndarray, position: np.ndarray) -> np.ndarray:
    """`_run_lengths` of each page's lines (`position`: a line's place in its page; no run
    goes on from one page's last line to the next page's first)."""
    opens = flags.copy()
    opens[1:] &= ~flags[:-1] | (position[1:] == 0)
    run = np.cumsum(opens)
    result = np.zeros(len(flags), dtype=np.int64)
    result[flags] = np.bincount(run[flags])[run[flags]]
    return result


def _batch_links(
    pages: list[Page],
    keys: tuple[str, ...],
    rows: np.ndarray,
    judged: np.ndarray,
    first: np.ndarray,
    final: np.ndarray,
    doc_judged: np.ndarray,
    size: np.ndarray,
) -> None:
    """The `LINKS` and `CAPTIONS` columns of the judged lines (those of a plain page are
    left as they are: its rows stop before them)."""
    total = len(keys)
    flags = np.zeros(total, dtype=bool)
    caption = np.zeros(total, dtype=bool)
    start = 0
    for page in pages:
        stop = start + len(page.lines)
        if page.html and page.linked:
            flags[start:stop] = [key in page.linked for key in keys[start:stop]]
        if page.html and page.captioned:
            caption[start:stop] = [key in page.captioned for key in keys[start:stop]]
        start = stop
    before, after = np.maximum(judged - 1, 0), np.minimum(judged + 1, total - 1)
    place = len(LINE) + len(features.PLACE)
    rows[:, place] = flags[judged]
    rows[:, place + 1] = np.where(first, False, flags[before])
    rows[:, place + 2] = np.where(final, False, flags[after])
    linked = np.bincount(
        np.repeat(np.arange(len(pages)), size), weights=flags, minlength=len(pages)
    )
    rows[:, place + 3] = linked[doc_judged] / size[doc_judged]
    rows[:, place + 4] = caption[judged]
    rows[:, place + 5] = np.where(first, False, caption[before]) | np.where(
        final, False, caption[after]
    )


def _batch_continuity(
    texts: list[str],
    pairs: tuple[np.ndarray, np.ndarray, int],
    doc: np.ndarray,
    body: np.ndarray,
    judged: np.ndarray,
) -> np.ndarray:
    """The `continuity` columns of the judged lines of every page, by one `continuity.table`
    (`pairs`: the long words' (line, (page, word) id) pairs `_batch_vocabulary` found, in its
    order: by word, then line)."""
    pair_line, pair_word, kinds = pairs
    starts = continuity.starts_of(texts, judged.tolist())
    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    return continuity.table(doc, body, starts, sizes, pair_line, pair_word, kinds, judged)
