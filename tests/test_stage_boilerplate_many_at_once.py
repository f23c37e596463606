"""The boilerplate stage's steps that answer many lines in one call give, line for line, what
the one-line form gives: the words' margins (`WordModel.margins`), the trees' margins scored in
blocks of rows (`TreeModel._margins`) and the furniture starts looked up by word count
(`_starts_by_words.match`). Bit for bit: the trees compare the floats with thresholds, the
ledger keeps the scores."""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
import pytest

from curate.stages.boilerplate import BoilerplateRemover, features
from curate.stages.boilerplate import model as line_model
from curate.stages.boilerplate.line_words import WordModel

# lines of every kind the margins take apart: known words once each, known words and pairs
# standing twice (the Counter's branch), digits (read as 0), no known word, empty, not ASCII
LINES = [
    "Sign up for our newsletter",
    "Share on Facebook Share on Facebook",
    "Photo: AFP Photo: AFP / Getty Images",
    "Updated 12:45 on March 3, 2024",
    "The council voted on the budget for the river defences",
    "zzqx vvbn",
    "",
    "Lesen Sie auch: Mehr zum Thema Hochwasser",
    "À lire aussi : la crue de la Seine",
    "read more read more read more",
]


@pytest.fixture(scope="module")
def words() -> WordModel:
    model = line_model.load()["plain"]
    assert model.words is not None
    return model.words


def _fresh(model: WordModel) -> WordModel:
    """The same weights with nothing kept: each margin worked out again."""
    return WordModel(model.bias, model.weights)


def test_margins_are_each_lines_margin(words: WordModel) -> None:
    keys = [features.facts(line).key for line in LINES]
    one_by_one = [_fresh(words).margin(line, key) for line, key in zip(LINES, keys, strict=True)]
    assert _fresh(words).margins(LINES, keys) == one_by_one
    # without keys (the line's words read from the line) and read back from what was kept
    many = _fresh(words)
    assert many.margins(LINES, [None] * len(LINES)) == one_by_one
    assert many.margins(LINES, keys) == one_by_one
    assert [many.margin(line) for line in LINES] == one_by_one


def test_margins_of_a_line_standing_twice_in_one_call(words: WordModel) -> None:
    twice = LINES[:3] + LINES[:3]
    keys = [features.facts(line).key for line in twice]
    assert _fresh(words).margins(twice, keys) == [_fresh(words).margin(line) for line in twice]


@pytest.mark.parametrize("kind", ["plain", "html"])
@pytest.mark.parametrize("count", [1, 63, 64, 65, 130, 300])
def test_margins_in_blocks_are_each_rows_margin(kind: str, count: int) -> None:
    model = line_model.load()[kind]
    rng = np.random.default_rng(count)
    width = len(model.names)
    # each column over the range the trees split it in, some rows on the thresholds themselves
    rows = rng.normal(0.0, 2.0, size=(count, width))
    used = model.feature[model.feature >= 0]
    picks = rng.integers(0, model.threshold.size, size=count)
    for row, pick in zip(rows, picks, strict=True):
        tree, node = divmod(int(pick), model.threshold.shape[1])
        if np.isfinite(model.threshold[tree, node]) and used.size:
            row[model.feature[tree, node]] = model.threshold[tree, node]
    together = model._margins(rows)
    alone = np.array([model._margins(rows[i : i + 1])[0] for i in range(count)])
    assert together.tobytes() == alone.tobytes()


def test_furniture_starts_by_word_count_as_by_limits() -> None:
    starts = BoilerplateRemover()._table["furniture_starts"]
    assert starts.limits
    lines = [
        "Updated 3 March 2024, 9:12",
        "Copyright 2024 Example Media",
        "Follow us on Twitter",
        "The council voted on the budget",
    ]
    present = BoilerplateRemover()._table["literals"]
    for line in lines:
        found = present.present(line.lower())
        for words in range(starts.limits[-1] + 3):
            at = bisect_left(starts.limits, words)
            expected = at < len(starts.indexes) and starts.indexes[at].match(line, found)
            assert starts.match(line, found, words) == expected, (line, words)
