"""The boilerplate stage's faster paths of session 55 give the old paths' floats, bit for bit.

The trees' scores decide removals at a threshold: a last-place difference in one score could
move a line, so each fast path is checked against the code it replaced, on shipped and random
models, on rows whose values fall on the thresholds, in blocks of every size around
`BLOCK_ROWS`, and through the whole stage on generated news.
"""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import model as line_model
from curate.stages.boilerplate.model import BLOCK_ROWS, TreeModel

# the slot-by-slot scoring before s55-speed: a tree's 8 outcomes (bytes 0 or 1) read as one
# little-endian uint64; times GATHER, byte k lands at bit 56 + k (`>> 56`: the tree's code)
GATHER = np.uint64(0x0102040810204080)
CODE_SHIFT = np.uint64(56)


def _old_block_margins(model: TreeModel, array: np.ndarray) -> np.ndarray:
    """`TreeModel._block_margins` as it was: the rows' tests taken along the rows."""
    _, _, bits, (table, offsets) = model._paths
    assert bits is None
    tested, bar, slot = model._tests
    outcomes = (array.take(tested, axis=1) > bar).take(slot, axis=1)
    packed = outcomes.view("<u8") * GATHER
    packed >>= CODE_SHIFT
    codes = packed.view(np.int64) + offsets
    return model.base + table.take(codes).sum(axis=1)


def _random_tree(rng: random.Random, columns: int, thresholds: list[float]) -> dict:
    """A full tree of depth 3 (7 splits) in scikit-learn's layout, thresholds from a few."""
    feature, threshold, left, right, value = [], [], [], [], []

    def node(depth: int) -> int:
        at = len(feature)
        feature.append(-2)
        threshold.append(-2.0)
        left.append(-1)
        right.append(-1)
        value.append(round(rng.uniform(-1, 1), 3))
        if depth < 3 and rng.random() < 0.85:
            feature[at] = rng.randrange(columns)
            threshold[at] = rng.choice(thresholds)
            left[at] = node(depth + 1)
            right[at] = node(depth + 1)
        return at

    node(0)
    return {
        "feature": feature,
        "threshold": threshold,
        "left": left,
        "right": right,
        "value": value,
    }


def _rows(rng: np.random.Generator, thresholds: np.ndarray, count: int, width: int) -> np.ndarray:
    """Rows of normal values, every other one made of the thresholds themselves (a value on a
    threshold goes left: `>` is the test)."""
    rows = rng.normal(size=(count, width))
    rows[::2] = thresholds[rng.integers(0, len(thresholds), size=rows[::2].shape)]
    return rows


@pytest.mark.parametrize("seed", range(4))
def test_random_models_score_as_the_slot_by_slot_path(seed):
    rng = random.Random(seed)
    columns = rng.randint(3, 40)
    thresholds = [round(rng.uniform(-2, 2), 2) for _ in range(rng.randint(2, 30))]
    trees = [_random_tree(rng, columns, thresholds) for _ in range(rng.randint(1, 120))]
    spec = {"features": [f"f{i}" for i in range(columns)], "base": rng.uniform(-1, 1)}
    model = TreeModel.from_dict({**spec, "depth": 3, "trees": trees})
    generator = np.random.default_rng(seed)
    for count in (0, 1, 2, BLOCK_ROWS - 1, BLOCK_ROWS, BLOCK_ROWS + 1, 3 * BLOCK_ROWS + 5):
        rows = _rows(generator, np.array(thresholds), count, columns)
        expected = np.concatenate(
            [
                _old_block_margins(model, rows[start : start + BLOCK_ROWS])
                for start in range(0, count, BLOCK_ROWS)
            ]
            or [np.zeros(0)]
        )
        assert model._margins(rows).tobytes() == expected.tobytes()
        assert model.scores(rows.tolist()) == (1.0 / (1.0 + np.exp(-expected))).tolist()


def test_the_shipped_models_score_as_the_slot_by_slot_path():
    generator = np.random.default_rng(11)
    for kind, model in line_model.load().items():
        _, threshold, _, _ = model._paths
        finite = threshold[np.isfinite(threshold)]
        for count in (1, 7, BLOCK_ROWS, 150):
            rows = _rows(generator, finite, count, len(model.names))
            for start in range(0, count, BLOCK_ROWS):
                block = rows[start : start + BLOCK_ROWS]
                assert (
                    model._block_margins(block).tobytes()
                    == _old_block_margins(model, block).tobytes()
                ), kind


def test_a_column_view_of_the_rows_scores_the_same():
    # `_margins` may be handed a slice of a larger array (a batch's rows): not C-contiguous
    model = line_model.load()["plain"]
    generator = np.random.default_rng(3)
    wide = generator.normal(size=(40, 2 * len(model.names)))
    view = wide[:, ::2]
    expected = _old_block_margins(model, np.ascontiguousarray(view))
    assert model._margins(view).tobytes() == expected.tobytes()


def test_the_stage_removes_and_scores_as_with_the_old_path(monkeypatch):
    from curate.document import Document
    from curate.stages.boilerplate import BoilerplateRemover
    from curate.synth import news_corpus

    docs = [
        Document(id=doc["id"], text=doc["text"], title=doc.get("title"))
        for doc in news_corpus(120, seed=5)
    ]

    def run() -> tuple[list, list]:
        scored: list = []
        original = line_model.score_asks

        def recorded(asks):
            answers = original(asks)
            scored.append([list(each) for each in answers])  # `_answer` fills the list in
            return answers

        monkeypatch.setattr(line_model, "score_asks", recorded)
        stage = BoilerplateRemover(caption_place=True, other_stories=True)
        out = stage.process_batch(list(docs))
        monkeypatch.setattr(line_model, "score_asks", original)
        return [(d.text, d.removed, d.edits) for d in out], scored

    run()  # the stage's caches filled: the two runs below ask the same questions
    fast, fast_scores = run()
    monkeypatch.setattr(TreeModel, "_block_margins", _old_block_margins)
    old, old_scores = run()
    assert fast == old
    assert fast_scores == old_scores
    assert sum(len(each) for answer in fast_scores for each in answer) > 100


# A line's words: `ASCII_WORD` on an ASCII line -------------------------------------------------

_PIECES = ["a", "Z", "é", "ß", "’", "'", "-", "_", "0", "9", " ", ".", ",", "\t", "İ", "x" * 45]


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), st.text()))
def test_words_of_a_text_are_the_word_pattern_s(text):
    from curate.stages.boilerplate import features

    assert features.words_of(text) == features.WORD.findall(text)


def test_words_of_varied_lines_are_the_word_pattern_s():
    from curate.stages.boilerplate import features

    rng = random.Random(5)
    for _ in range(3000):
        line = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 30)))
        assert features.words_of(line) == features.WORD.findall(line), line
    # every ASCII character after a letter and alone: the two classes of each pattern
    for code in range(128):
        for line in (chr(code), "a" + chr(code) + "b", chr(code) * 50):
            assert features.words_of(line) == features.WORD.findall(line), code


def test_a_block_larger_than_block_rows_scores_the_same():
    # `_block_margins` called with more rows than its repeated bars hold: the bar broadcast
    model = line_model.load()["plain"]
    generator = np.random.default_rng(9)
    rows = generator.normal(size=(3 * BLOCK_ROWS + 1, len(model.names)))
    expected = _old_block_margins(model, rows)
    assert model._block_margins(rows).tobytes() == expected.tobytes()
