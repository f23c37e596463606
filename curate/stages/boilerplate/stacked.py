"""What the line model's second pass sees: the first pass's verdicts on a line's neighbours.

Stacked sequential learning (Cohen & Carvalho 2005): the first pass scores each judged line
from its own shape and place; the second pass reads the same features plus aggregates of the
first pass's scores around the line. Another story's headline alone looks like a subhead (which
is content), but a RUN of lines the first pass finds doubtful, below the last body paragraph,
is a list of other stories far more often than a subhead between two paragraphs is: the
features describe the neighbours' shapes, only the scores say what the model made of them.

`columns(scores, index, count)`: the extra columns of each judged line, from the first-pass
scores of the judged lines (`index`: their places among the `count` lines left; the others
are body paragraphs, `features.BODY_WORDS`). The same code makes the training rows (from
out-of-fold first-pass scores, `train.stacked_rows`) and the rows the stage scores.
"""

from __future__ import annotations

from collections.abc import Sequence

NONE = -1.0  # no such line: the document's edge, or a body paragraph in that place
RUN_CAP = 30
NAMES = (
    "prev_score",  # the line above, when judged (else NONE: a body paragraph or the top)
    "next_score",
    "run_mean",  # the run of judged lines the line stands in (no body paragraph between)
    "run_max",
    "run_min",
    "run_len",
    "run_high",  # how many of the run score 0.5 or more
    "run_place",  # 0 above the first body paragraph, 1 between two, 2 below the last, 3 none
    "run_from_top",  # the line's place in its run: 0 its first line
    "across_up",  # the nearest judged line above, across a body paragraph (NONE: none)
    "across_down",
    "doc_mean",  # every judged line of the document
    # the line's own first-pass score: without it the second pass saw the line only through its
    # features and its run's scores, and the run decided for the line (session 46); last, so
    # the run columns keep their places (`BoilerplateRemover._run_bars`)
    "score",
)
HIGH = 0.5
BELOW = 2.0  # `run_place` of a run below the last body paragraph


def columns(scores: Sequence[float], index: Sequence[int], count: int) -> list[list[float]]:
    """The `NAMES` columns of each judged line, in the order of `index` (ascending)."""
    judged = len(index)
    if not judged:
        return []
    doc_mean = sum(scores) / judged
    first_body = last_body = None
    # body paragraphs: the places among `count` that are not judged
    taken = set(index)
    for at in range(count):
        if at not in taken:
            first_body = at
            break
    for at in range(count - 1, -1, -1):
        if at not in taken:
            last_body = at
            break
    # runs: consecutive places of judged lines
    runs: list[tuple[int, int]] = []  # (first k, last k) into index
    start = 0
    for k in range(1, judged + 1):
        if k == judged or index[k] != index[k - 1] + 1:
            runs.append((start, k - 1))
            start = k
    out: list[list[float]] = []
    for r, (a, b) in enumerate(runs):
        part = scores[a : b + 1]
        mean, high = sum(part) / len(part), sum(1 for s in part if s >= HIGH)
        top, bottom = max(part), min(part)
        length = float(min(len(part), RUN_CAP))
        place = index[a]
        if first_body is None:
            where = 3.0
        elif place < first_body:
            where = 0.0
        elif last_body is not None and place > last_body:
            where = BELOW
        else:
            where = 1.0
        up = scores[runs[r - 1][1]] if r > 0 else NONE
        down = scores[runs[r + 1][0]] if r + 1 < len(runs) else NONE
        for k in range(a, b + 1):
            out.append(
                [
                    scores[k - 1] if k > a else NONE,
                    scores[k + 1] if k < b else NONE,
                    mean,
                    top,
                    bottom,
                    length,
                    float(high),
                    where,
                    float(min(k - a, RUN_CAP)),
                    up,
                    down,
                    doc_mean,
                    scores[k],
                ]
            )
    return out
