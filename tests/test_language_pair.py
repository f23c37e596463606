"""Both trials of a first detection settled along one run of draws (`settled_pair`).

The stage's first detection has two trials; the second reads no stream words of its own (its
Gaussian was drawn with the first's), so its draws continue the first's after its stop. These
tests hold `settled_pair` to `settled_trial` run twice the long way (the second from the word
after the first's stop), and the stage's answers to langdetect's own detector.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

from curate.stages import language_settled
from curate.stages.language_settled import settled_pair, settled_trial
from curate.synth import news_corpus
from tests.test_language_detector_exact import _MIXED_TEXT, _ONE_SCRIPT, TEXTS, _factories
from tests.test_language_settled import _langdetects

NEWS = [doc["text"][:300] for doc in news_corpus(40, seed=23, avg_bytes=1500)]
HOSTILE = ["Ok ok", "a", "AAAA BBBB", "x" * 400, "é" * 50, "1 2 3 4", "ab " * 200]


@pytest.fixture(scope="module")
def seeded():
    return {seed: _factories(seed) for seed in (0, 7, 123_456_789)}


def _weights(fast) -> list[float]:
    """The two trials' weights, as langdetect draws them for every text."""
    gauss, kept = fast.stream(fast.seed).gauss_pair(0)
    return [
        (Detector.ALPHA_DEFAULT + g * Detector.ALPHA_WIDTH) / Detector.BASE_FREQ
        for g in (gauss, kept)
    ]


def _the_long_way(fast, rows, limit: int) -> int | None:
    """settled_trial twice: the first from word 4, the second from the word after its stop."""
    stream = fast.stream(fast.seed)
    at, answer = 4, None
    for weight in _weights(fast):
        outcome = settled_trial(
            fast.log_factors(weight),
            fast.matrix,
            weight,
            rows,
            stream,
            at,
            Detector.CONV_THRESHOLD,
            limit,
        )
        if outcome is None or (answer is not None and outcome[0] != answer):
            return None
        answer, at = outcome
    return answer


def _pair(fast, rows, limit: int) -> int | None:
    weights = _weights(fast)
    logs = fast.log_pair(*weights)
    assert logs is not None
    stream = fast.stream(fast.seed)
    return settled_pair(logs, weights, rows, stream, 4, Detector.CONV_THRESHOLD, limit)


@pytest.mark.parametrize("first_blocks", [1, 2, 12])  # small: the run is drawn further often
@pytest.mark.parametrize("limit", [1000, 12])  # 12: trials reach langdetect's iteration limit
def test_pair_is_two_settled_trials(seeded, monkeypatch, first_blocks, limit):
    monkeypatch.setattr(language_settled, "FIRST_BLOCKS", first_blocks)
    settled = 0
    for _, fast in seeded.values():
        for text in TEXTS + NEWS + HOSTILE:
            detector = fast.create()
            detector.append(text)
            rows = detector._prepared_rows()
            if not len(rows):
                continue
            answer = _pair(fast, rows, limit)
            assert answer == _the_long_way(fast, rows, limit)
            settled += answer is not None
    assert settled > (len(NEWS) if limit == 1000 else 0)


@pytest.mark.parametrize("count", [1, 2, 7, 300, 761, 1024, 5000])
def test_second_trial_draws_continue_the_first(seeded, count):
    """The draws from the word after draw s are the run's draws from s + 1 on."""
    _, fast = seeded[7]
    stream = fast.stream(fast.seed)
    run, places = stream.draws(4, count, 300)
    for stop in (0, 5, 60, 120):
        after, _ = stream.draws(int(places[stop]) + 1, count, 100)
        assert after.tolist() == run[stop + 1 : stop + 101].tolist()


def _stage_answer(fast, text: str):
    detector = fast.create()
    detector.n_trial = 2
    detector.append(text)
    return detector.settled()


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(_ONE_SCRIPT, _MIXED_TEXT, st.sampled_from(NEWS + HOSTILE)),
    st.sampled_from([0, 7, 123_456_789]),
)
def test_pair_answers_are_langdetects(seeded, text, seed):
    """A settled first detection is langdetect's language, at a probability that rounds to 1."""
    reference, fast = seeded[seed]
    settled = _stage_answer(fast, text)
    if settled is None:
        return
    lang, prob = _langdetects(reference, text, 2)
    assert settled == lang
    assert round(prob, 4) == 1.0
