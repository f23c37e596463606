"""Where one of langdetect's trials stops, and on which language, when that is certain.

A trial multiplies the probabilities by one drawn n-gram's factors at a time, normalises after
draws 0, 5, 10, ... and stops at the first normalisation whose largest probability is above
`CONV_THRESHOLD`. Computed exactly (`SeededDetector._trial`) that is one chain of small numpy
calls per five draws. Here the checks are all read at once from sums of logarithms: check k's
largest probability is `1 / S_k` with `S_k = sum_j exp(C_kj - max_j C_kj)`, `C_kj` the sum of
`log(weight + p_j)` over draws 0..5k (the uniform first probabilities cancel). That is an
approximation, so it only answers when no rounding could change the outcome:

- langdetect's own floats: each block rescales the vector (the normalisation) and rounds each
  component at most 6 times, so after k blocks each component is off the exact product by a
  relative `6u(k + 1)` (`u` = 2**-53) up to one common scale, and the largest normalised
  probability by `(12(k + 1) + 56)u` (with the 55-term sum), below 3e-13 within 1,000 draws.
  That holds while no product is subnormal: every normalised probability must stay above
  about 1e-281 before the stop (checked here as `C_kj - max_j C_kj > -600`) and the weight
  above 1e-5 (so five factors cannot take 1e-281 below 2.2e-308);
- the sums here: `|log(weight + p)|` is below 11.6 for a weight from 1e-5 to 1, so a sum of n
  of them is within `n * 11.6 * n * u` (in any order of addition) plus a few ulps per
  logarithm; a difference of two sums twice that; `exp` and the 55-term sum of `S_k` add some
  700u. Below 3e-11 within 100 draws, 3e-9 within 1,000.

`margin(n) = 1e-11 + 1e-14 * n**2` is more than three times both together, so a check whose
`S_k` is farther than that (relatively) from `1 / CONV_THRESHOLD` is decided as langdetect
decides it; a check within the margin, a probability near underflow, or a trial reaching
langdetect's iteration limit is left to the exact trial (`None`): 13 of the bench's 1,870
first detections are then made the exact way.
"""

from __future__ import annotations

import numpy as np

from curate.stages.language_random import RandomStream

CHECK_EVERY = 5  # langdetect normalises after draw i when i % 5 == 0
FIRST_BLOCKS = 12  # blocks of five draws summed first (86% of the bench's trials stop by then)
MIN_WEIGHT = 1e-5  # below it five factors could make a product subnormal (see the docstring)
MAX_WEIGHT = 1.0  # above it a factor's log could pass 11.6 (langdetect's is about 5e-5)
LOWEST_LOG = -600.0  # log of a probability over the largest: below, it may come near underflow
FLOOR_LOG = -700.0  # lower logs count as this one (e**-700 is 1e-304, nothing next to 1):
# `exp` is many times slower on results that underflow


def margin(draws: int) -> float:
    """A relative bound, with room to spare, on both roundings after `draws` draws."""
    return 1e-11 + 1e-14 * draws * draws


def settled_trial(
    logs: np.ndarray | None,
    matrix: np.ndarray,
    weight: float,
    rows: np.ndarray,
    stream: RandomStream,
    at: int,
    threshold: float,
    limit: int,
) -> tuple[int, int] | None:
    """The trial from stream word `at`: (language it stops on, the next word), or None.

    `logs` is `log(weight + matrix)` when kept for this weight (else worked out for the draws
    only); `rows` the text's n-gram rows; `threshold` and `limit` langdetect's
    `CONV_THRESHOLD` and `ITERATION_LIMIT`. None means not certain: run the exact trial.
    """
    if not MIN_WEIGHT <= weight <= MAX_WEIGHT:
        return None
    blocks = FIRST_BLOCKS
    last_blocks = (limit - 1) // CHECK_EVERY  # checks below the limit (at it, a trial stops)
    while True:
        blocks = min(blocks, last_blocks)
        draws = 1 + CHECK_EVERY * blocks
        picks, places = stream.draws(at, len(rows), draws)
        drawn = rows[picks]
        if logs is None:
            drawn_logs = matrix.take(drawn, axis=0)
            np.add(drawn_logs, weight, drawn_logs)
            np.log(drawn_logs, drawn_logs)
        else:
            drawn_logs = logs.take(drawn, axis=0)
        languages = drawn_logs.shape[1]
        sums = np.empty((blocks + 1, languages))  # row k: the logs of draws 0..5k
        sums[0] = drawn_logs[0]
        np.add.reduce(drawn_logs[1:].reshape(blocks, CHECK_EVERY, languages), 1, None, sums[1:])
        np.add.accumulate(sums, 0, None, sums)
        below = sums - np.maximum.reduce(sums, 1)[:, None]
        np.maximum(below, FLOOR_LOG, out=below)
        totals = np.add.reduce(np.exp(below), 1)  # 1 / the largest normalised probability
        room = margin(draws)
        may_stop = totals < (1.0 + room) / threshold
        check = int(may_stop.argmax())
        if may_stop[check]:
            if totals[check] > (1.0 - room) / threshold:
                return None  # too close to the threshold to tell
            if check and below[:check].min() <= LOWEST_LOG:
                return None
            return int(sums[check].argmax()), int(places[check * CHECK_EVERY]) + 1
        if blocks >= last_blocks or below.min() <= LOWEST_LOG:
            return None
        blocks *= 2
