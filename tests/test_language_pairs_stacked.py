"""Many texts' first detections settled together (`settled_pairs`, the stage's `process_batch`).

The stacked sums must answer as `settled_pair` does text by text: the same language, the same
None (a trial not certain, two trials on two languages), including texts whose trials draw
further (small `FIRST_BLOCKS`) or reach langdetect's iteration limit, and texts of one n-gram
or of many scripts in one batch. The stage's labels from `process_batch` must be `process`'s.
"""

from __future__ import annotations

import random

import pytest
from langdetect.detector import Detector

from curate.document import Document
from curate.stages import language, language_settled
from curate.stages.language import LanguageLabeler
from curate.stages.language_settled import settled_pair, settled_pairs
from tests.test_language_detector_exact import TEXTS, _factories
from tests.test_language_pair import HOSTILE, NEWS, _weights


def _made_up(count: int, seed: int) -> list[str]:
    """Texts of random letters of several scripts, digits and stops, of any length."""
    rng = random.Random(seed)
    alphabet = "abcdefghij klmnop éàü ДЖИК 中文字 αβγ 1234 .,!?\n"
    return ["".join(rng.choices(alphabet, k=rng.randint(1, 300))) for _ in range(count)]


@pytest.mark.parametrize("first_blocks", [1, 2, 12])  # small: trials draw further often
@pytest.mark.parametrize("limit", [1000, 12])  # 12: trials reach langdetect's iteration limit
@pytest.mark.parametrize("stacked", [1, 5, 32])
def test_stacked_pairs_are_settled_pairs(monkeypatch, first_blocks, limit, stacked):
    monkeypatch.setattr(language_settled, "FIRST_BLOCKS", first_blocks)
    monkeypatch.setattr(language_settled, "STACKED", stacked)
    _, fast = _factories(7)
    texts_rows = []
    for text in TEXTS + NEWS + HOSTILE + _made_up(60, first_blocks):
        detector = fast.create()
        detector.append(text)
        rows = detector._prepared_rows()
        if len(rows):
            texts_rows.append(rows)
    weights = _weights(fast)
    logs = fast.log_pair(*weights)
    stream = fast.stream(fast.seed)
    threshold = Detector.CONV_THRESHOLD
    expected = [
        settled_pair(logs, weights, rows, stream, 4, threshold, limit) for rows in texts_rows
    ]
    got = settled_pairs(logs, weights, texts_rows, stream, 4, threshold, limit)
    assert got == expected
    assert {None} < set(expected)  # both kinds of answer met


def test_stacked_pairs_out_of_range_weights_settle_nothing():
    _, fast = _factories(0)
    detector = fast.create()
    detector.append("The quick brown fox jumps over the lazy dog near the river bank.")
    rows = detector._prepared_rows()
    logs = fast.log_pair(*_weights(fast))
    stream = fast.stream(fast.seed)
    threshold = Detector.CONV_THRESHOLD
    for weights in ([1e-7, 1e-7], [2.0, 1e-4]):
        assert settled_pair(logs, weights, rows, stream, 4, threshold, 1000) is None
        assert settled_pairs(logs, weights, [rows, rows], stream, 4, threshold, 1000) == [None] * 2


@pytest.mark.parametrize("seed", [0, 123_456_789])
def test_batch_labels_are_each_documents(seed):
    texts = TEXTS + NEWS + HOSTILE + _made_up(80, seed) + ["", " ", "!!!", NEWS[0], NEWS[0]]
    one_by_one = LanguageLabeler(seed=seed)
    batched = LanguageLabeler(seed=seed)
    expected = [one_by_one.detect(text) for text in texts]
    got = []
    for start in range(0, len(texts), 50):
        docs = [Document(id=str(i), text=t) for i, t in enumerate(texts[start : start + 50])]
        got += [(d.labels["lang"], d.labels["lang_score"]) for d in batched.process_batch(docs)]
    assert got == expected


def test_a_batch_that_fails_together_labels_each_document_alone(monkeypatch):
    """An error in the shared first detections leaves each document to `process`: a document
    that raises there is the only one the engine quarantines."""
    texts = NEWS[:6] + ["", "Ok ok"]
    expected = [LanguageLabeler().detect(text) for text in texts]
    stage = LanguageLabeler()

    def broken(detectors):
        raise RuntimeError("shared work failed")

    monkeypatch.setattr(stage._factory, "settled_all", broken)
    failed: dict[int, Exception] = {}
    docs = stage.process_batch([Document(id=str(i), text=t) for i, t in enumerate(texts)], failed)
    assert not failed
    assert [(d.labels["lang"], d.labels["lang_score"]) for d in docs] == expected


def test_a_batch_larger_than_the_answers_kept_stays_within_them(monkeypatch):
    """A batch of more distinct samples than `ANSWERS_KEPT` keeps at most that many answers,
    and labels every document as `process` does."""
    monkeypatch.setattr(language, "ANSWERS_KEPT", 7)
    texts = NEWS[:12] + _made_up(10, 5)
    expected = [LanguageLabeler().detect(text) for text in texts]
    stage = LanguageLabeler()
    docs = stage.process_batch([Document(id=str(i), text=t) for i, t in enumerate(texts)])
    assert len(stage._first_answers) <= 7
    assert [(d.labels["lang"], d.labels["lang_score"]) for d in docs] == expected
