"""What the paragraph model sees of a body-shaped line: its place among the document's paragraphs
and how much of the story it speaks of.

The line model never judges a body paragraph (20+ words, closed like a sentence): those are the
frame its place features stand on. But noise written as a full paragraph has that shape too: a
caption written as sentences, a disclaimer or an editor's note, an author's bio, a newsletter
pitch, a reader's comment, another story's headline run into its teaser. Its shape does not
give it away; the document does: it stands apart from the article's running text (below the
last paragraph of the main run, or alone between two runs), it shares few of its words with the
other paragraphs (a bio, a disclaimer or a pitch speaks of the writer, the site or the reader,
not of the story), its words are the site's furniture (`line_words`' evidence), and it is longer
or shorter than the story's paragraphs. `matrix(lines, title, said)` gives one row a
body-shaped line, the columns `NAMES`; the same code builds the training rows (`train.py`).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from itertools import accumulate
from typing import NamedTuple

from curate.stages.boilerplate import features

NAMES = (
    *features.LINE[: features.VOCABULARY],
    "shared_share",  # its long words standing in another body paragraph
    "alone_share",  # its long words standing in no other line at all
    "common_words_share",
    "first_line_overlap",
    "bodies_above",
    "bodies_below",
    "body_rank",  # its place among the body paragraphs (0 first, 1 last)
    "words_above_share",
    "body_run",  # the run of adjacent body paragraphs it stands in
    "in_longest_run",
    "runs_below",  # body paragraphs below it outside its run
    "runs_above",
    "previous_words",
    "next_words",
    "previous_is_body",
    "next_is_body",
    "previous_ends_sentence",
    "next_ends_sentence",
    "length_to_body_median",
    "judged_share",  # the document's lines that are no body paragraph
    "said",  # the evidence of noise of its words (`line_words`), 0 without a word model
)
COMMON = 25
LONG = 4  # a word of this many letters names something


class Rows(NamedTuple):
    """The body-shaped lines of a document (their indexes) and their rows."""

    index: list[int]
    rows: list[list[float]]


def body_index(lines: list[str]) -> list[int]:
    """The body paragraphs of `lines`, as `features.matrix` finds them."""
    return [
        i
        for i, known in enumerate(features.facts_of(lines))
        if known.words >= features.BODY_WORDS and known.ends
    ]


def matrix(
    lines: list[str],
    title: str | None,
    said: Callable[[list[str]], list[float]] | None = None,
) -> Rows:
    """One row of `NAMES` per body paragraph of `lines` (a document's lines left); `said`: the
    word model's evidence of noise of each of some lines (None: 0)."""
    total = len(lines)
    body = body_index(lines)
    if len(body) < 2:  # one paragraph is the story itself
        return Rows([], [])
    known = features.facts_of(lines)
    words = [fact.words for fact in known]
    ends = [fact.ends for fact in known]
    split = [fact.key.split() for fact in known]
    long = [{w for w in each if len(w) >= LONG and not w.isdigit()} for each in split]
    copies = Counter(fact.key for fact in known)
    in_lines = Counter(w for each in long for w in each)
    in_body = Counter(w for i in body for w in long[i])
    frequency = Counter(w for each in split for w in each)
    ranked = sorted(frequency, key=frequency.__getitem__, reverse=True)
    common = set(ranked[:COMMON])
    first = set(split[0])
    body_set = set(body)
    runs = _runs(body)
    longest = max(runs.values())
    median = sorted(words[i] for i in body)[len(body) // 2]
    all_words = sum(words) or 1
    words_above = [0, *accumulate(words)]
    title_words = features.title_words_of(title)
    evidence = said([lines[i] for i in body]) if said is not None else [0.0] * len(body)
    rows = []
    for rank, i in enumerate(body):
        row = features.line_shape(lines[i], title_words)[: features.VOCABULARY]
        row[features.REPEATS] = float(copies[known[i].key] > 1)
        own = long[i]
        size = len(own) or 1
        run_start, run_end = runs[i]
        run = run_end - run_start + 1
        previous, following = i - 1, i + 1
        row += [
            sum(1 for w in own if in_body[w] > 1) / size,
            sum(1 for w in own if in_lines[w] == 1) / size,
            sum(map(common.__contains__, split[i])) / (len(split[i]) or 1),
            len(set(split[i]) & first) / (len(set(split[i])) or 1) if i > 0 else -1.0,
            math.log1p(rank),
            math.log1p(len(body) - 1 - rank),
            rank / (len(body) - 1),
            words_above[i] / all_words,
            math.log1p(run),
            1.0 if run == longest else 0.0,
            math.log1p(len(body) - bisect_right(body, run_end)),
            math.log1p(bisect_left(body, run_start)),
            math.log1p(words[previous]) if previous >= 0 else -1.0,
            math.log1p(words[following]) if following < total else -1.0,
            1.0 if previous in body_set else 0.0,
            1.0 if following in body_set else 0.0,
            (1.0 if ends[previous] else 0.0) if previous >= 0 else -1.0,
            (1.0 if ends[following] else 0.0) if following < total else -1.0,
            math.log1p(words[i]) - math.log1p(median),
            (total - len(body)) / total,
            float(evidence[rank]),
        ]
        rows.append(row)
    return Rows(body, rows)


def _runs(body: list[int]) -> dict[int, tuple[int, int]]:
    """Each body paragraph's run: the first and last line of the adjacent body paragraphs it
    stands among."""
    found: dict[int, tuple[int, int]] = {}
    start = 0
    for k in range(1, len(body) + 1):
        if k == len(body) or body[k] != body[k - 1] + 1:
            for j in body[start:k]:
                found[j] = (body[start], body[k - 1])
            start = k
    return found
