"""Whether a short line carries on the story around it: the words it shares with the text nearby.

A subheading, a standfirst or a headline under a section label is shaped like the noise it
sits among (short, capitalised, no closing stop), and the line model lost them for it (blind
subheads kept 0.83-0.85). What tells them apart is what they say and where: a subheading's words
come back in the paragraphs right after it, a standfirst's all through the body, the headline's
more than any other line's above the body; another story's headline, a section label or a
"More news" line share none, and the lines after a "Related" label are other stories too, where
the lines after "Key changes" speak of this one. No word lists: the words are the document's
own, 4+ characters and not digits (as `features._Vocabulary`'s `body_words_share`).

`columns(words, body, judged)` gives the `NAMES` columns of the judged lines of one document
(`words`: each line's `words_of` its `line_key`, found once for all rounds; `body`: whether it
is a body paragraph). While `ON`, the three makers of the model's rows (`features.matrix`,
`document_rows.DocumentRows` and `batch_matrix`) all call it on the lines left, so the floats
are the same bit for bit (each a quotient of two integers, one IEEE division in Python).

Off as shipped: measured in session 50 (README, "The line model"), the retrained model kept
8 more of blind half 1's 169 subheads, and moved everything else within the spread of a retrain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import KeysView, Sequence
from itertools import chain

# whether the line model sees these columns (`features.names`): off, measured in session 50
# within the retrain's own spread (README, "The line model"); `make train` after turning it on
ON = False
NEAR_PARAGRAPHS = 2  # body paragraphs right below / above a line
WINDOW = 3  # lines right below / above a line (`following_lines_share`)
LONG = 4  # a word of this many characters or more, not digits

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
)
EMPTY = -1.0  # no word to measure, or nothing to measure it against


def names() -> tuple[str, ...]:
    return NAMES if ON else ()


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


def columns(
    words: Sequence[frozenset[str]], body: Sequence[bool], judged: Sequence[int]
) -> list[list[float]]:
    """The `NAMES` columns of each judged line of one document (the makers of rows ask only
    while `ON`)."""
    total = len(words)
    paragraphs = [i for i in range(total) if body[i]]
    # in how many body paragraphs each word stands (counted by one C loop; read with `get`:
    # a `Counter`'s missing word is a Python call)
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
        rows.append(
            [
                _overlap(own, words, below),
                _overlap(own, words, above),
                spread,
                _lines_share(words, body, in_body, range(i + 1, min(total, i + 1 + WINDOW))),
                _lines_share(words, body, in_body, range(max(0, i - WINDOW), i)),
                1.0 if i == best else 0.0,
            ]
        )
    return rows


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
