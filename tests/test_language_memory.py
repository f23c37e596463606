"""The language detector's matrix and logs: made once with room for every row logs are kept
for, written a page at a time, never copied as n-grams are met; past that room, grown."""

from __future__ import annotations

import numpy as np
from langdetect.detector_factory import PROFILES_DIRECTORY

from curate.stages import language_detector
from curate.stages.language_detector import SeededDetectorFactory, _lazy_zeros
from curate.synth import news_corpus
from tests.test_language_detector_exact import MANY_SCRIPTS, SCRIPTS, _factories, _langprob

NEWS = [doc["text"] for doc in news_corpus(30, seed=3, avg_bytes=2500)]


def _fresh(seed: int = 0) -> SeededDetectorFactory:
    factory = SeededDetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = seed
    return factory


def _settle(factory, text: str):
    detector = factory.create()
    detector.n_trial = 2
    detector.append(text)
    return detector.settled()


def test_lazy_zeros_are_zeros_and_writable():
    table = _lazy_zeros(5000, 55)
    assert table.shape == (5000, 55) and table.dtype == np.float64
    assert not table.any()
    table[4999, 54] = 2.5
    assert table[4999, 54] == 2.5 and table.sum() == 2.5


def test_matrix_and_logs_are_made_once():
    """Thousands of n-grams met (well past the 1,024 rows the matrix once started with): the
    same arrays throughout, as many rows as logs are kept for."""
    factory = _fresh()
    _settle(factory, NEWS[0])
    matrix = factory.matrix
    logs = [kept[0] for kept in factory.logs.values()]
    assert len(matrix) == language_detector.LOG_ROWS_KEPT and len(logs) == 2
    for text in NEWS + SCRIPTS + MANY_SCRIPTS:
        _settle(factory, text)
    assert len(factory.rows) > 2048
    assert factory.matrix is matrix
    assert [kept[0] for kept in factory.logs.values()] == logs  # the same arrays (no copy)
    assert all(len(log) == len(matrix) for log in logs)


def test_past_the_kept_rows_the_matrix_grows(monkeypatch):
    """With room for few rows, the matrix is grown (and copied) as before, no logs are kept,
    and the probabilities are still langdetect's."""
    monkeypatch.setattr(language_detector, "LOG_ROWS_KEPT", 0)
    reference, _ = _factories(7)
    factory = _fresh(7)
    for text in MANY_SCRIPTS + SCRIPTS[:6] + NEWS[:3]:
        assert _langprob(factory, text, 2) == _langprob(reference, text, 2)
    assert len(factory.rows) > 1024 and len(factory.matrix) >= len(factory.rows)
    assert not factory.logs


def test_a_forked_process_writes_its_own_rows():
    """The lazy arrays are private mappings: a child's writes after a fork are its own."""
    import multiprocessing

    table = _lazy_zeros(100, 55)
    table[1, 1] = 1.0
    context = multiprocessing.get_context("fork")
    child = context.Process(target=_write, args=(table,))
    child.start()
    child.join()
    assert child.exitcode == 0
    assert table[1, 1] == 1.0 and table[2, 2] == 0.0


def _write(table):
    table[2, 2] = 7.0
    table[1, 1] = 3.0
