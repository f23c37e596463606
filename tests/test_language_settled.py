"""The settled answer (a trial's stop read from sums of logs) against langdetect's exact one.

`SeededDetector.settled()` answers without langdetect's products when every trial certainly
stops on one language; these tests hold it to langdetect's own `Detector` (the language, and a
probability that rounds to the stage's 1.0), and each settled trial to the exact trial: the
same stop, so the next trial reads the same random words.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

from curate.stages import language_detector, language_settled
from curate.stages.language import LanguageLabeler
from curate.stages.language_settled import settled_trial
from curate.synth import news_corpus
from tests.test_language_detector_exact import _MIXED_TEXT, _ONE_SCRIPT, TEXTS, _factories

NEWS = [doc["text"][:300] for doc in news_corpus(60, seed=11, avg_bytes=1500)]


@pytest.fixture(scope="module")
def seeded():
    return {seed: _factories(seed) for seed in (0, 7, 123_456_789)}


def _settled_or_none(factory, text: str, trials: int):
    detector = factory.create()
    detector.n_trial = trials
    detector.append(text)
    return detector.settled()


def _langdetects(factory, text: str, trials: int):
    """langdetect's first (language, probability), None, or the error's name."""
    detector = factory.create()
    detector.n_trial = trials
    detector.append(text)
    try:
        listed = detector.get_probabilities()
    except Exception as err:
        return type(err).__name__
    return (listed[0].lang, listed[0].prob) if listed else None


def _agrees(reference, fast, text: str, trials: int) -> bool:
    """True when settled; fails the test when settled and langdetect disagree."""
    settled = _settled_or_none(fast, text, trials)
    if settled is None:
        return False
    lang, prob = _langdetects(reference, text, trials)
    assert settled == lang
    assert prob > Detector.CONV_THRESHOLD * (1 - 1e-12) and round(prob, 4) == 1.0
    return True


@pytest.mark.parametrize("trials", [1, 2, 7])
def test_settled_is_langdetects_answer(seeded, trials):
    settled = 0
    for reference, fast in seeded.values():
        for text in TEXTS + NEWS:
            settled += _agrees(reference, fast, text, trials)
    assert settled >= len(NEWS) * len(seeded)  # the news nearly all settle


@settings(max_examples=150, deadline=None)
@given(st.one_of(_ONE_SCRIPT, _MIXED_TEXT), st.integers(1, 7), st.sampled_from([0, 7, 123_456_789]))
@example("Ok ok", 7, 0)
def test_settled_on_generated_text(seeded, text, trials, seed):
    reference, fast = seeded[seed]
    _agrees(reference, fast, text, trials)


def _trial_cases(fast, texts):
    """(rows, weight, first word) of trials in many places of the stream, alpha as langdetect's."""
    stream = fast.stream(fast.seed)
    for number, text in enumerate(texts):
        detector = fast.create()
        detector.append(text)
        rows = detector._prepared_rows()
        if not len(rows):
            continue
        gauss, _ = stream.gauss_pair(4 * number)
        weight = (Detector.ALPHA_DEFAULT + gauss * Detector.ALPHA_WIDTH) / Detector.BASE_FREQ
        for at in (4, 5 + 37 * number, 1000 + number):
            yield detector, rows, weight, at


@pytest.mark.parametrize("kept", [True, False])
def test_a_settled_trial_stops_where_the_exact_one_does(seeded, kept):
    """Language and next stream word equal the exact trial's, whose largest probability is
    then above the threshold; with the logs of the weight kept or worked out per draw."""
    _, fast = seeded[0]
    stream = fast.stream(0)
    first = fast.uniform(len(fast.langlist))
    settled = unsure = 0
    for detector, rows, weight, at in _trial_cases(fast, TEXTS + NEWS):
        logs = fast.log_factors(weight) if kept else None
        outcome = settled_trial(
            logs, fast.matrix, weight, rows, stream, at, Detector.CONV_THRESHOLD, 1000
        )
        prob, after = detector._trial(stream, rows, weight, first, at)
        if outcome is None:
            unsure += 1
            continue
        settled += 1
        assert outcome == (int(np.argmax(prob)), after)
        assert prob.max() > Detector.CONV_THRESHOLD
    assert settled > 3 * unsure


def test_unsure_trials_are_left_to_the_exact_way(seeded, monkeypatch):
    """A trial at langdetect's iteration limit ("Ok ok"), a weight outside the bounds the
    margin was worked out for, and a check near the threshold: no settled answer."""
    _, fast = seeded[0]
    assert _settled_or_none(fast, "Ok ok", 7) is None
    detector = fast.create(alpha=1e9)  # weight 1e5: its logs could pass the bound
    detector.append(NEWS[0])
    assert detector.settled() is None
    assert _settled_or_none(fast, NEWS[0], 2) == "en"
    monkeypatch.setattr(language_settled, "margin", lambda draws: 1.0)  # every check unsure
    assert _settled_or_none(fast, NEWS[0], 2) is None


def test_no_settled_answer_with_a_prior_or_without_seed(seeded):
    _, fast = seeded[0]
    detector = fast.create()
    detector.set_prior_map({"en": 0.5, "fr": 0.5})
    detector.append(NEWS[0])
    assert detector.settled() is None
    fast.seed, seed = None, fast.seed
    try:
        assert _settled_or_none(fast, NEWS[0], 2) is None
    finally:
        fast.seed = seed


def test_settled_then_best_then_more_text(seeded):
    """settled() leaves the detector as it was: best() after it is langdetect's, and text
    appended after settled() is weighed with the rest, cleaned once as langdetect cleans it."""
    reference, fast = seeded[0]
    mixed = "ab \u4e2d\u4e2d\u4e2d\u4e2d\u4e2d"
    for first, more in [(NEWS[1], NEWS[2]), (mixed, " de la"), (NEWS[3], "")]:
        detector = fast.create()
        detector.append(first)
        detector.settled()
        detector.append(more)
        expected = reference.create()
        expected.append(first)
        expected.append(more)
        listed = expected.get_probabilities()
        assert detector.best() == (listed[0].lang, listed[0].prob)
        assert detector.text == expected.text


def test_stage_settles_as_langdetect_answers():
    """The stage with the settled answers gives what it gave from the exact ones alone."""
    stage = LanguageLabeler()
    exact = LanguageLabeler()
    exact._factory.create = _exact_only(exact._factory.create)
    texts = [doc["text"] for doc in news_corpus(40, seed=5, avg_bytes=2500)] + TEXTS
    for text in texts:
        assert stage.detect(text) == exact.detect(text)


def _exact_only(create):
    def made(*args):
        detector = create(*args)
        detector.settled = lambda: None
        return detector

    return made


def test_without_kept_logs_the_same_answers(seeded, monkeypatch):
    """Past `LOG_ROWS_KEPT` n-grams met, no logs are kept and each trial logs its draws."""
    reference, fast = seeded[7]
    monkeypatch.setattr(language_detector, "LOG_ROWS_KEPT", 0)
    settled = sum(_agrees(reference, fast, text, 2) for text in NEWS[:20])
    assert settled >= 15 and not fast.logs
