"""Whether a short line carries on the story around it: the words it shares with the text nearby.

A subheading, a standfirst or a headline under a section label is shaped like the noise it
sits among (short, capitalised, no closing stop), and the line model lost them for it (blind
subheads kept 0.83-0.85). What tells them apart is what they say and where: a subheading's words
come back in the paragraphs right after it, a standfirst's all through the body, the headline's
more than any other line's above the body; another story's headline, a section label or a
"More news" line share none, and the lines after a "Related" label are other stories too, where
the lines after "Key changes" speak of this one. No word lists: the words are the document's
own, 4+ characters and not digits (as `features._Vocabulary`'s `body_words_share`).

A heading over the story's own list or table ("Teams", "Helplines", "Welche Straßen gesperrt
sind") stands over items of one shape (they start alike and are of like length: `alike_below`)
whose words the body holds (`run_below_share`, the whole run's) and after which the body goes on
(`run_then_body`); a label over other stories' headlines or a menu stands over items the body
does not speak of, mostly with no body after them.

`table(...)` gives the `NAMES` columns of the judged lines of one or more documents by numpy
passes over the (line, word) pairs of their long words (session 50: the Python form, `columns`,
made the rows 1.5 to 2.3 times as slow); `columns` is kept as its reference (the tests check the
two give the same floats: each a quotient of two integers, one IEEE division either way). The
three makers of the model's rows (`features.matrix`, `document_rows.DocumentRows` and
`batch_matrix`) make them, on plain text only (the HTML model's rows are as they were):
`features.matrix` (the training rows, a few short texts' rows) by `columns`, the other two by
`table`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import KeysView, Sequence
from itertools import chain

import numpy as np

# whether the plain model sees these columns (`features.names`); `make train` after a change.
# Off: measured in session 58 with the three list columns and a retrained model (README, "The
# line model"): blind half 1 +7 content lines, half 2 none, the subheads not moved, +9% stage
ON = False
NEAR_PARAGRAPHS = 2  # body paragraphs right below / above a line
WINDOW = 3  # lines right below / above a line (`following_lines_share`)
LONG = 4  # a word of this many characters or more, not digits
RUN = 8  # the longest run of alike lines below a line counted (`alike_below`)

NAMES = (
    # share of the line's words in the next `NEAR_PARAGRAPHS` body paragraphs (a subheading's)
    "next_paragraphs_overlap",
    "previous_paragraphs_overlap",
    # mean share of the body paragraphs holding each of the line's words (a standfirst's)
    "body_spread",
    # share of the words of the lines among the `WINDOW` below (above), body paragraphs aside,
    # that stand in the body paragraphs: a list of other stories' headlines shares none, the
    # items of a list of the story's ("Key changes", "Teams") its names and places
    "following_lines_share",
    "preceding_lines_share",
    # above the first body paragraph, the line sharing most words with the body (the headline)
    "best_above_body",
    # how many lines right below it start alike and are of like length (characters), one after the
    # other
    # (the items of a list or a table: 0 where the next line is a body paragraph or none)
    "alike_below",
    # share of the words of those `alike_below` lines that stand in the body paragraphs
    "run_below_share",
    # whether a body paragraph follows those lines (the story goes on after its list)
    "run_then_body",
)
EMPTY = -1.0  # no word to measure, or nothing to measure it against


def names(html: bool = False) -> tuple[str, ...]:
    return NAMES if ON and not html else ()


def is_long(word: str) -> bool:
    """A word of `LONG`+ characters, not all decimal digits (`LONG_WORD`'s words: `re`'s `\\d`
    is `str.isdecimal`)."""
    return len(word) >= LONG and not word.isdecimal()


# a word of a `line_key` (words joined by single spaces) of `LONG`+ characters, not all decimal
# digits: one C scan a line (a Python test a word was two thirds of the columns' time)
LONG_WORD = re.compile(rf"(?<!\S)(?=\S*[^\d\s])\S{{{LONG},}}(?!\S)")


# A line's words depend on its key alone, and the stage asks for a document's twice (its
# batch's first round, then `DocumentRows`): kept, cleared when full (whole lines' words,
# body paragraphs' too: ~2 kB each at most)
_WORDS: dict[str, frozenset[str]] = {}
_WORDS_MAX = 8192


def words_of(keys: Sequence[str]) -> list[frozenset[str]]:
    """Each line's distinct words of `LONG`+ characters, not digits, from its `line_key`."""
    found = list(map(_WORDS.get, keys))
    if None in found:
        if len(_WORDS) + len(keys) > _WORDS_MAX:
            _WORDS.clear()
        for at, key in enumerate(keys):
            if found[at] is None:
                found[at] = _WORDS[key] = frozenset(LONG_WORD.findall(key))
    return found


# what a line starts with: a digit, a capital, a small letter, anything else (a mark, a bullet);
# and whether it reads "Label: fact" (a colon in its first `LABEL_REACH` characters)
LABEL_REACH = 40


def start_of(line: str) -> int:
    """The line's opening shape, one small integer (`alike_below` compares them)."""
    first = line[:1]
    kind = 0 if first.isdigit() else 1 if first.isupper() else 2 if first.islower() else 3
    return kind + 4 * (":" in line[:LABEL_REACH])


def alike(start: int, size: int, next_start: int, next_size: int) -> bool:
    """Whether two lines read as items of one list: the same opening shape and like length
    (neither twice as long as the other, in characters: a table's row of figures has more
    words than its neighbour, "Samu : 15" / "Mairie : 02 40 41 42 43")."""
    return start == next_start and size <= 2 * next_size and next_size <= 2 * size


def columns(
    words: Sequence[frozenset[str]],
    body: Sequence[bool],
    judged: Sequence[int],
    starts: Sequence[int],
    sizes: Sequence[int],
) -> list[list[float]]:
    """The `NAMES` columns of each judged line of one document, a line at a time (`table`'s
    reference: `starts` each line's `start_of`, `sizes` its characters)."""
    total = len(words)
    paragraphs = [i for i in range(total) if body[i]]
    holding = Counter(chain.from_iterable(words[i] for i in paragraphs))
    in_body = holding.keys()
    first_body = paragraphs[0] if paragraphs else total
    best = _best_above(words, in_body, first_body)
    rows = []
    for i in judged:
        own = words[i]
        slot = bisect_left(paragraphs, i)
        below = paragraphs[slot : slot + NEAR_PARAGRAPHS]
        above = paragraphs[max(0, slot - NEAR_PARAGRAPHS) : slot]
        spread = (
            sum(map(holding.get, own & in_body)) / (len(own) * len(paragraphs))
            if own and paragraphs
            else EMPTY
        )
        run = _alike_run(body, starts, sizes, i)
        after = i + run + 1
        rows.append(
            [
                _overlap(own, words, below),
                _overlap(own, words, above),
                spread,
                _lines_share(words, body, in_body, range(i + 1, min(total, i + 1 + WINDOW))),
                _lines_share(words, body, in_body, range(max(0, i - WINDOW), i)),
                1.0 if i == best else 0.0,
                float(run),
                _lines_share(words, body, in_body, range(i + 1, i + 1 + run)),
                (1.0 if after < total and body[after] else 0.0) if run else EMPTY,
            ]
        )
    return rows


def _alike_run(body: Sequence[bool], starts: Sequence[int], sizes: Sequence[int], i: int) -> int:
    """How many lines right below line `i` are alike one after the other (at most `RUN`)."""
    first = i + 1
    if first >= len(body) or body[first]:
        return 0
    run = 1
    while run < RUN:
        j = first + run - 1
        if j + 1 >= len(body) or body[j + 1]:
            break
        if not alike(starts[j], sizes[j], starts[j + 1], sizes[j + 1]):
            break
        run += 1
    return run


def _overlap(own: frozenset[str], words: Sequence[frozenset[str]], near: list[int]) -> float:
    """Share of `own` in the lines at `near`."""
    if not own or not near:
        return EMPTY
    return len(own & frozenset().union(*[words[j] for j in near])) / len(own)


def _lines_share(
    words: Sequence[frozenset[str]], body: Sequence[bool], in_body: KeysView[str], window: range
) -> float:
    """Share of the distinct words of the lines in `window` but the body paragraphs that stand
    in a body paragraph."""
    found = frozenset().union(*[words[j] for j in window if not body[j]])
    if not found:
        return EMPTY
    return len(found & in_body) / len(found)


def _best_above(words: Sequence[frozenset[str]], in_body: KeysView[str], first_body: int) -> int:
    """The line above `first_body` sharing the most words with the body paragraphs (the first
    of equals; -1: none shares any)."""
    best, most = -1, 0
    for i in range(first_body):
        shared = len(words[i] & in_body)
        if shared > most:
            best, most = i, shared
    return best


# the numpy form --------------------------------------------------------------------------------


def long_words(vocabulary: Sequence[str]) -> np.ndarray:
    """Which words by id are long (`is_long`), by C loops over the words."""
    count = len(vocabulary)
    sizes = np.fromiter(map(len, vocabulary), dtype=np.int64, count=count)
    decimal = np.fromiter(map(str.isdecimal, vocabulary), dtype=bool, count=count)
    return (sizes >= LONG) & ~decimal


def table(
    page: np.ndarray,
    body: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    pair_line: np.ndarray,
    pair_word: np.ndarray,
    kinds: int,
    judged: np.ndarray,
) -> np.ndarray:
    """The `NAMES` columns of the `judged` lines (none a body paragraph) of one or more pages
    at once: `page` each line's page (ascending), `body` whether it is a body paragraph,
    `starts` its `start_of`, `sizes` its characters; the (line, word id) pairs of the lines'
    distinct long words, a word's id its own in each page (`pair_word` below `kinds`), sorted
    by word, then line. The floats of `columns`."""
    total = len(page)
    result = np.full((len(judged), len(NAMES)), EMPTY)
    if not len(judged):
        return result
    pages = int(page[-1]) + 1
    bounds = np.searchsorted(page, np.arange(pages + 1))  # each page's first line
    paragraphs = np.flatnonzero(body)
    word = pair_word
    in_par = body[pair_line]
    holding = np.bincount(word[in_par], minlength=kinds)  # body paragraphs holding each word
    in_body = holding > 0
    own = np.bincount(pair_line, minlength=total)
    own_j = own[judged]
    page_j = page[judged]
    # each page's paragraphs: their ranks among all [low, high)
    rank_bounds = np.searchsorted(paragraphs, bounds)
    per_page = np.diff(rank_bounds)
    # body_spread: the body paragraphs holding each of the line's words, summed (integers)
    slot_of = np.full(total, -1, dtype=np.int64)
    slot_of[judged] = np.arange(len(judged), dtype=np.int64)
    at = slot_of[pair_line]
    mine = at >= 0
    at_m, word_m = at[mine], word[mine]
    spread = np.bincount(at_m, weights=holding[word_m], minlength=len(judged))
    shown = (own_j > 0) & (per_page[page_j] > 0)
    result[:, 2] = np.where(shown, spread / np.maximum(own_j * per_page[page_j], 1), EMPTY)
    # the paragraphs right below and above: a word of the line stands in one of those ranks
    # (the (word, rank) pairs of the paragraphs, sorted as the pairs are: by word, then line)
    slot = np.searchsorted(paragraphs, judged)
    low_rank, high_rank = rank_bounds[page_j], rank_bounds[page_j + 1]
    width = len(paragraphs) + 1
    rank = np.cumsum(body) - 1  # a paragraph's rank
    held = word[in_par] * width + rank[pair_line[in_par]]
    for column, low, high in (
        (0, slot, np.minimum(slot + NEAR_PARAGRAPHS, high_rank)),
        (1, np.maximum(slot - NEAR_PARAGRAPHS, low_rank), slot),
    ):
        base = word_m * width
        hits = np.searchsorted(held, base + high[at_m]) - np.searchsorted(held, base + low[at_m])
        shared = np.bincount(at_m, weights=hits > 0, minlength=len(judged))
        near = (own_j > 0) & (high > low)
        result[:, column] = np.where(near, shared / np.maximum(own_j, 1), EMPTY)
    # the lines below / above within `WINDOW`, body paragraphs aside
    plain = ~body[pair_line]
    lines = _Lines(bounds[page], bounds[page + 1] - 1, pair_line[plain], word[plain], in_body)
    result[:, 3] = lines.share(slot_of, 1, WINDOW)
    result[:, 4] = lines.share(slot_of, -1, WINDOW)
    # best_above_body: above its page's first paragraph, the line sharing most body words
    shared_body = np.bincount(pair_line, weights=in_body[word], minlength=total)
    first_par = bounds[1:]  # a page of no paragraph: every line is above
    if len(paragraphs):
        first = paragraphs[np.minimum(rank_bounds[:-1], len(paragraphs) - 1)]
        first_par = np.where(per_page > 0, first, first_par)
    line_page = page
    above = np.arange(total) < first_par[line_page]
    candidate = np.where(above, shared_body, 0.0)
    most = np.zeros(pages)
    np.maximum.at(most, line_page, candidate)
    best = np.full(pages, total, dtype=np.int64)
    tops = np.flatnonzero((candidate > 0) & (candidate == most[line_page]))
    np.minimum.at(best, line_page[tops], tops)
    result[:, 5] = judged == best[page_j]
    # the run of alike lines below each line
    run = _alike_runs(page, body, starts, sizes)[judged]
    result[:, 6] = run
    runs = np.zeros(total, dtype=np.int64)
    runs[judged] = run
    result[:, 7] = lines.share(slot_of, 1, RUN, runs)
    after = judged + run + 1
    inside = after < bounds[page_j + 1]
    follows = inside & body[np.minimum(after, total - 1)]
    result[:, 8] = np.where(run > 0, follows.astype(np.float64), EMPTY)
    return result


def _alike_runs(
    page: np.ndarray, body: np.ndarray, starts: np.ndarray, sizes: np.ndarray
) -> np.ndarray:
    """`_alike_run` of every line: the alike lines right below it, one after the other."""
    total = len(page)
    link = np.zeros(total + 1, dtype=bool)  # line k and k + 1 read as items of one list
    if total > 1:
        a, b = sizes[:-1], sizes[1:]
        link[:-2] = (
            ~body[:-1]
            & ~body[1:]
            & (page[:-1] == page[1:])
            & (starts[:-1] == starts[1:])
            & (a <= 2 * b)
            & (b <= 2 * a)
        )
    # from each line k, how many links follow one after the other
    breaks = np.flatnonzero(~link)
    from_k = breaks[np.searchsorted(breaks, np.arange(total + 1))] - np.arange(total + 1)
    first = np.arange(1, total + 1)  # the line below each line
    valid = np.zeros(total, dtype=bool)
    valid[:-1] = (page[1:] == page[:-1]) & ~body[1:]
    return np.where(valid, np.minimum(1 + from_k[first], RUN), 0)


class _Lines:
    """The long words of the lines but the body paragraphs, for the shares of the words of the
    lines near a line that stand in the body (`_lines_share`): each (line, word) pair, sorted by
    word then line, knows the nearest line above and below holding its word, so a window's
    distinct words are its pairs whose word no nearer line of the window holds (no sort a
    window)."""

    def __init__(
        self,
        first: np.ndarray,
        last: np.ndarray,
        line: np.ndarray,
        word: np.ndarray,
        in_body: np.ndarray,
    ) -> None:
        self.line = line
        self.first = first[line]  # the first and last line of each pair's page
        self.last = last[line]
        self.inside = in_body[word].astype(np.float64)
        same = word[1:] == word[:-1]
        self.before = np.full(len(line), -1, dtype=np.int64)
        self.before[1:] = np.where(same, line[:-1], -1)
        self.after = np.full(len(line), len(first), dtype=np.int64)
        self.after[:-1] = np.where(same, line[1:], len(first))

    def share(
        self, slot_of: np.ndarray, step: int, reach: int, run: np.ndarray | None = None
    ) -> np.ndarray:
        """`_lines_share` of each judged line (`slot_of`: its row, -1 for the others) over the
        lines 1 to `reach` steps away (`step` 1 below, -1 above; `run`: each line's own reach
        below, at most `reach`)."""
        judged = int((slot_of >= 0).sum())
        found = np.zeros(judged)
        inside = np.zeros(judged)
        for d in range(1, reach + 1):
            if step > 0:  # the window's first line holding the word: none between
                centre = self.line - d
                ok = (centre >= self.first) & (self.before <= centre)
            else:  # its last
                centre = self.line + d
                ok = (centre <= self.last) & (self.after >= centre)
            row = slot_of[centre[ok]]
            keep = row >= 0
            if run is not None:
                keep &= run[centre[ok]] >= d
            row = row[keep]
            found += np.bincount(row, minlength=judged)
            inside += np.bincount(row, weights=self.inside[ok][keep], minlength=judged)
        return np.where(found > 0, inside / np.maximum(found, 1), EMPTY)


def starts_of(lines: Sequence[str], judged: Sequence[int]) -> np.ndarray:
    """`start_of` of the judged lines (0 for the others: a body paragraph is no item)."""
    starts = np.zeros(len(lines), dtype=np.int64)
    starts[list(judged)] = np.fromiter(
        map(start_of, map(lines.__getitem__, judged)), dtype=np.int64, count=len(judged)
    )
    return starts
