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
        picks, places = stream.draws(at, len(rows), 1 + CHECK_EVERY * blocks)
        drawn = rows.take(picks)
        if logs is None:
            drawn_logs = matrix.take(drawn, axis=0)
            np.add(drawn_logs, weight, drawn_logs)
            np.log(drawn_logs, drawn_logs)
        else:
            drawn_logs = logs.take(drawn, axis=0)
        stop = _first_stop(drawn_logs, blocks, threshold)
        if stop is None:
            return None
        if stop is not _DRAW_MORE:
            check, language = stop
            return language, int(places[check * CHECK_EVERY]) + 1
        if blocks >= last_blocks:
            return None
        blocks *= 2


def settled_pair(
    logs: list[np.ndarray],
    weights: list[float],
    rows: np.ndarray,
    stream: RandomStream,
    at: int,
    threshold: float,
    limit: int,
) -> int | None:
    """The language both trials of a two-trial detection stop on, or None (not certain, or
    they stop on two languages): `settled_trial` twice, the draws taken once.

    The second trial's weight comes from the Gaussian pair drawn before the first, so it reads
    no stream words of its own: its draws are the first trial's, continued after its stop. So
    the draws of both are one run from word `at` (from the cache, as every text starts at the
    same word). `logs` holds `log(weight + matrix)` of each weight.
    """
    if not all(MIN_WEIGHT <= weight <= MAX_WEIGHT for weight in weights):
        return None
    last_blocks = (limit - 1) // CHECK_EVERY
    wanted = 2 * (1 + CHECK_EVERY * min(FIRST_BLOCKS, last_blocks))  # both trials, most often
    drawn = rows.take(stream.draws(at, len(rows), wanted)[0])
    start = 0  # the trial's first draw in the run
    answer = None
    for trial_logs in logs:
        blocks = FIRST_BLOCKS
        while True:
            blocks = min(blocks, last_blocks)
            end = start + 1 + CHECK_EVERY * blocks
            if end > len(drawn):  # a long trial: draw further (twice as many: few sizes cached)
                while wanted < end:
                    wanted *= 2
                drawn = rows.take(stream.draws(at, len(rows), wanted)[0])
            stop = _first_stop(trial_logs.take(drawn[start:end], axis=0), blocks, threshold)
            if stop is None:
                return None
            if stop is not _DRAW_MORE:
                break
            if blocks >= last_blocks:
                return None
            blocks *= 2
        check, language = stop
        if answer is not None and language != answer:
            return None
        answer = language
        start += check * CHECK_EVERY + 1  # the next trial's first draw
    return answer


_DRAW_MORE = (-1, -1)  # `_first_stop`: no check stops within these draws


def _first_stop(drawn_logs: np.ndarray, blocks: int, threshold: float) -> tuple[int, int] | None:
    """(check, language) of the first check that certainly stops, among the checks of the
    `1 + 5 * blocks` draws whose logs are `drawn_logs`; `_DRAW_MORE` when none may stop; None
    when not certain (a check near the threshold, or a probability near underflow)."""
    languages = drawn_logs.shape[1]
    sums = np.empty((blocks + 1, languages))  # row k: the logs of draws 0..5k
    sums[0] = drawn_logs[0]
    np.add.reduce(drawn_logs[1:].reshape(blocks, CHECK_EVERY, languages), 1, None, sums[1:])
    np.add.accumulate(sums, 0, None, sums)
    below = sums - np.maximum.reduce(sums, 1)[:, None]
    np.maximum(below, FLOOR_LOG, out=below)
    totals = np.add.reduce(np.exp(below, out=drawn_logs[: blocks + 1]), 1)  # 1 / the largest
    # normalised probability (the exps written over draws no longer needed)
    room = margin(1 + CHECK_EVERY * blocks)
    may_stop = totals < (1.0 + room) / threshold
    check = int(may_stop.argmax())
    if may_stop[check]:
        if totals[check] > (1.0 - room) / threshold:
            return None  # too close to the threshold to tell
        if check and below[:check].min() <= LOWEST_LOG:
            return None
        return check, int(sums[check].argmax())
    if below.min() <= LOWEST_LOG:
        return None
    return _DRAW_MORE


STACKED = 32  # texts whose drawn logs are summed at once (0.9 MB: they stay in the cache)


def settled_pairs(
    logs: list[np.ndarray],
    weights: list[float],
    texts_rows: list[np.ndarray],
    stream: RandomStream,
    at: int,
    threshold: float,
    limit: int,
) -> list[int | None]:
    """`[settled_pair(logs, weights, rows, ...) for rows in texts_rows]` (each with n-grams),
    with the drawn logs of many texts stacked: each text's own `_first_stop` is a dozen numpy
    calls on a 61 x 55 array, which cost more than the sums.

    Each trial runs on every text still undecided, `FIRST_BLOCKS` blocks at first, then twice
    as many for those that need more, as `settled_pair` does; the sums are `_first_stop`'s, and
    any rounding of them is within its margin, so each answer is `settled_pair`'s.
    """
    count = len(texts_rows)
    if not all(MIN_WEIGHT <= weight <= MAX_WEIGHT for weight in weights):
        return [None] * count
    last_blocks = (limit - 1) // CHECK_EVERY
    wanted = 2 * (1 + CHECK_EVERY * min(FIRST_BLOCKS, last_blocks))  # as `settled_pair`
    drawn = [rows.take(stream.draws(at, len(rows), wanted)[0]) for rows in texts_rows]
    starts = [0] * count  # each text's trial's first draw in its run
    answers: list[int | None] = [None] * count
    alive = list(range(count))  # texts whose trials so far all stopped on one language
    for trial, trial_logs in enumerate(logs):
        todo, blocks, stopped = alive, FIRST_BLOCKS, []
        while todo:
            blocks = min(blocks, last_blocks)
            width = 1 + CHECK_EVERY * blocks
            for text in todo:  # a long trial: draw further, as `settled_pair` does
                end = starts[text] + width
                if end > len(drawn[text]):
                    size = len(drawn[text])
                    while size < end:
                        size *= 2
                    rows = texts_rows[text]
                    drawn[text] = rows.take(stream.draws(at, len(rows), size)[0])
            more = []
            for first in range(0, len(todo), STACKED):
                part = todo[first : first + STACKED]
                # (draws, texts): the logs taken are (draws, texts, languages)
                picks = np.stack([drawn[t][starts[t] : starts[t] + width] for t in part], 1)
                checks, languages = _first_stops(trial_logs.take(picks, axis=0), blocks, threshold)
                for text, check, language in zip(
                    part, checks.tolist(), languages.tolist(), strict=True
                ):
                    if check >= 0:
                        starts[text] += check * CHECK_EVERY + 1  # the next trial's first draw
                        if trial == 0 or answers[text] == language:
                            answers[text] = language
                            stopped.append(text)
                            continue
                    elif check == -2 and blocks < last_blocks:
                        more.append(text)
                        continue
                    answers[text] = None
            todo = more
            blocks *= 2
        alive = sorted(stopped)
    for text in set(range(count)) - set(alive):
        answers[text] = None
    return answers


def _first_stops(
    drawn_logs: np.ndarray, blocks: int, threshold: float
) -> tuple[np.ndarray, np.ndarray]:
    """`_first_stop` of each text's `drawn_logs[:, i]` (draws, texts, languages: each step of a
    sum adds whole contiguous planes, where a text's draws along a middle axis were summed
    element by element, 2.5 times slower): (check, language) arrays, the check -1 where
    `_first_stop` gives None and -2 where it gives `_DRAW_MORE`."""
    _, texts, languages = drawn_logs.shape
    sums = np.empty((blocks + 1, texts, languages))  # plane k: the logs of draws 0..5k
    sums[0] = drawn_logs[0]
    np.add.reduce(drawn_logs[1:].reshape(blocks, CHECK_EVERY, texts, languages), 1, None, sums[1:])
    for check in range(1, blocks + 1):  # `add.accumulate` in place: 3 times slower (a copy)
        np.add(sums[check - 1], sums[check], out=sums[check])
    below = sums - np.maximum.reduce(sums, 2)[:, :, None]
    np.maximum(below, FLOOR_LOG, out=below)
    totals = np.add.reduce(np.exp(below), 2)  # (checks, texts): 1 / the largest probability
    room = margin(1 + CHECK_EVERY * blocks)
    may_stop = totals < (1.0 + room) / threshold
    check = may_stop.argmax(0)
    every = np.arange(texts)
    stops = may_stop[check, every]
    close = totals[check, every] > (1.0 - room) / threshold
    # the lowest log before each check (the checks before the one that stops), and overall
    lowest = np.minimum.accumulate(below.min(2), 0)
    low_before = np.where(check > 0, lowest[check - 1, every], 0.0) <= LOWEST_LOG
    low_any = lowest[-1] <= LOWEST_LOG
    language = sums[check, every].argmax(1)
    result = np.where(stops, check, -2)  # -2: draw more
    result[stops & (close | low_before)] = -1
    result[~stops & low_any] = -1
    return result, language
