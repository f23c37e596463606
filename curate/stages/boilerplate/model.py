"""The line model at run time: gradient-boosted trees read from a data file, scored with numpy.

The weights are data (`curate/data/line_model.json`, written by `make train`); this module only
reads them. Each tree is stored as flat arrays (split feature, threshold, children, node value),
padded to one depth, so all trees step down together: `depth` numpy steps score every line of a
document on every tree at once. A line's score is the probability that it is noise.

`explain` splits a line's log-odds into what each feature added along its paths through the
trees (the node value after a split minus the value before it): the "top features" that
`curate explain` shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np

from curate import resources
from curate.stages.boilerplate import features
from curate.stages.boilerplate.line_words import WordModel

MODEL_FILE = "line_model.json"
SCORE_ROWS = 2048  # rows scored in one numpy pass (bounded memory on huge documents)
# rows whose tests are made at once inside that pass: a row's tests and outcomes take ~28 kB
# (1,241 distinct tests as float64, 3,600 slots as bytes, 450 codes and values), so a batch's
# 500 rows at once went through memory, 64 at a time stay in the core's cache (the bench's
# 5,818 rows: 24.4 -> 21.0 ms, min of 7)
BLOCK_ROWS = 64
MAX_TABLE_SPLITS = 10  # split nodes of a tree scored by table lookup (depth 3: 7)
# A tree of at most 8 splits has its 8 test outcomes joined into one code, sum(outcome_k << k):
# slot k's outcome (a byte 0 or 1) times this weight (`_block_codes`)
_RANK_BIT = [np.uint8(1 << k) for k in range(8)]


@dataclass(frozen=True)
class TreeModel:
    names: tuple[str, ...]
    base: float  # log-odds before any tree
    feature: np.ndarray  # (trees, nodes) int: split feature, -1 at a leaf
    threshold: np.ndarray  # (trees, nodes) float: go right when x > threshold
    left: np.ndarray  # (trees, nodes) int
    right: np.ndarray  # (trees, nodes) int
    value: np.ndarray  # (trees, nodes) float: contribution (learning rate applied)
    depth: int
    words: WordModel | None = None  # what the line says (`line_words`): evidence of noise only
    words_weight: float = 0.0  # how much of the words' log-odds joins the trees'
    # the second pass (`stacked`): trees over these rows and the first pass's scores around
    # each line (`stacked.columns`), scored after this model on the same lines
    second: TreeModel | None = None
    # the paragraph model (`paragraph_rows`): trees over the body paragraphs the trees above
    # never judge, with this model's words; the stage removes those reaching `paragraph_bar`
    paragraphs: TreeModel | None = None

    @classmethod
    def from_dict(cls, data: dict) -> TreeModel:
        trees = data["trees"]
        width = max(len(tree["feature"]) for tree in trees)

        def stack(key: str, fill: float, dtype: type) -> np.ndarray:
            return np.array(
                [tree[key] + [fill] * (width - len(tree[key])) for tree in trees], dtype=dtype
            )

        feature = stack("feature", -1, np.int64)
        left, right = stack("left", 0, np.int64), stack("right", 0, np.int64)
        # a leaf points at itself, so stepping past it stays there
        nodes = np.arange(width)[None, :].repeat(len(trees), axis=0)
        leaf = feature < 0
        left = np.where(leaf, nodes, left)
        right = np.where(leaf, nodes, right)
        return cls(
            names=tuple(data["features"]),
            base=float(data["base"]),
            feature=np.where(leaf, 0, feature),
            threshold=np.where(leaf, np.inf, stack("threshold", 0.0, np.float64)),
            left=left,
            right=right,
            value=stack("value", 0.0, np.float64),
            depth=int(data["depth"]),
            words=WordModel.from_dict(data["words"]) if "words" in data else None,
            words_weight=float(data.get("words_weight", 0.0)),
            second=cls.from_dict(data["second"]) if "second" in data else None,
            paragraphs=cls.from_dict(data["paragraphs"]) if "paragraphs" in data else None,
        )

    def scores_said(
        self,
        rows: list[list[float]] | np.ndarray,
        lines: list[str],
        said: np.ndarray | None = None,
    ) -> list[float]:
        """`scores` of the rows of `lines`, each line's log-odds raised by `words_weight` times
        the evidence of noise its words give (never lowered: a line's words can tell a share
        button or a photo credit, but no words tell another story's headline from this one's).

        `said`: that evidence of each line (`words.margin(line) - words.bias`), when the caller
        kept it from an earlier round."""
        words = self.words
        if words is None or not self.words_weight or not len(rows):
            return self.scores(rows)
        said = self._said(lines, said)
        if len(rows) <= SCORE_ROWS:  # most documents: one pass, nothing to join
            margins = self._margins(rows)
        else:
            margins = np.concatenate(
                [
                    self._margins(rows[start : start + SCORE_ROWS])
                    for start in range(0, len(rows), SCORE_ROWS)
                ]
            )
        margins += self.words_weight * np.maximum(said, 0.0)
        return (1.0 / (1.0 + np.exp(-margins))).tolist()

    def _said(self, lines: list[str], said: np.ndarray | None) -> np.ndarray:
        """`said`, or when None the evidence of noise of each line's words, read from its key
        (`features.facts`, kept)."""
        if said is not None:
            return said
        words = self.words
        # most lines were asked in an earlier round: their margins read by one C loop (a
        # Python call a line was 7% of the stage under the profiler)
        found = list(map(words._margins.get, lines))
        if None in found:
            found = words.margins(lines, [known.key for known in features.facts_of(lines)])
        return np.array(found, dtype=np.float64) - words.bias  # the same subtraction, each

    def _leaves(self, rows: np.ndarray) -> np.ndarray:
        """(lines, trees) index of the leaf each line reaches in each tree, a level a step."""
        trees = np.arange(self.feature.shape[0])[None, :]
        node = np.zeros((rows.shape[0], self.feature.shape[0]), dtype=np.int64)
        line = np.arange(rows.shape[0])[:, None]
        for _ in range(self.depth):
            x = rows[line, self.feature[trees, node]]
            right = x > self.threshold[trees, node]
            node = np.where(right, self.right[trees, node], self.left[trees, node])
        return node

    @cached_property
    def _paths(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, tuple] | None:
        """Each tree as a table: its split nodes' tests, and the leaf value for every outcome.

        A line's outcomes of all split tests of a tree, read as the bits of a number, point
        at the leaf value in the table: all the tests of all trees are one numpy comparison,
        the walk down the levels is gone (a few numpy calls per document instead of a dozen a
        level). Only for shallow trees (the table doubles with each split node). The tables
        are filled by walking every tree for every code at once (a loop in Python over the
        trees and codes took 0.12 s of each run's start for the two shipped models).
        """
        trees, width = self.feature.shape
        split = self.left != np.arange(width)[None, :]  # a leaf points at itself
        slots = int(split.sum(axis=1).max()) if trees else 0
        if slots > MAX_TABLE_SPLITS:
            return None
        # a split node's slot: its rank among its tree's split nodes, in node order
        slot_of = np.where(split, np.cumsum(split, axis=1) - 1, -1)
        # up to 8 splits: 8 slots, the tests of a tree one byte's code; an unused slot
        # tests against inf, never true, and leaves its bit 0
        columns = 8 if slots <= 8 else slots
        feature = np.zeros((trees, columns), dtype=np.int64)
        threshold = np.full((trees, columns), np.inf)  # an unused slot: never true
        tree_of, node_of = np.nonzero(split)
        feature[tree_of, slot_of[tree_of, node_of]] = self.feature[tree_of, node_of]
        threshold[tree_of, slot_of[tree_of, node_of]] = self.threshold[tree_of, node_of]
        # every tree walked down for every code: a split node's bit at its slot says right
        codes = np.arange(2**slots, dtype=np.int64)[None, :]
        rows = np.arange(trees)[:, None]
        node = np.zeros((trees, 2**slots), dtype=np.int64)
        for _ in range(width):  # no path is longer than the nodes of its tree
            slot = slot_of[rows, node]
            at_split = slot >= 0
            if not at_split.any():
                break
            right = (codes >> np.maximum(slot, 0)) & 1
            step = np.where(right == 1, self.right[rows, node], self.left[rows, node])
            node = np.where(at_split, step, node)
        table = self.value[rows, node]
        bits = (1 << np.arange(columns)).astype(np.int64) if columns > 8 else None
        offsets = np.arange(trees, dtype=np.int64)[None, :] * 2**slots
        return feature.ravel(), threshold.ravel(), bits, (table.ravel(), offsets)

    @cached_property
    def _tests(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The distinct (feature, threshold) tests of `_paths`' slots, and each slot's test.

        The 450 trees of depth 3 have 3,600 slots but ask 1,100 to 1,300 distinct questions
        (the same split on `words` or `above_body` in many trees; every unused slot is the one
        test against inf): each is compared once per row, and the slots gather the outcomes as
        bytes (the same comparisons of the same floats: the same bits). Scoring the rows of an
        HTML page of 300 judged lines took 35% less time."""
        feature, threshold = self._paths[0], self._paths[1]
        distinct: dict[tuple[int, float], int] = {}
        slot = [
            distinct.setdefault(test, len(distinct))
            for test in zip(feature.tolist(), threshold.tolist(), strict=True)
        ]
        return (
            np.array([f for f, _ in distinct], dtype=np.int64),
            np.array([t for _, t in distinct], dtype=np.float64),
            np.array(slot, dtype=np.int64),
        )

    @cached_property
    def _tests_by_slot(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """`_tests` laid out for a block's transpose (`_block_codes`): the distinct tests, each
        test's bar as a column, and the slots taken slot-major (the k-th slot of every tree,
        then the (k+1)-th), so each slot rank's outcomes are one run of bytes across trees and
        rows. (Each bar repeated across `BLOCK_ROWS` columns saved numpy's buffered copy of a
        broadcast column, 17M instructions a bench run, 0.4% of the stage, for 1.2 MB held:
        a run's peak memory may not grow.)"""
        tested, bar, slot = self._tests
        trees = self.feature.shape[0]
        rank = np.arange(8)[:, None] + 8 * np.arange(trees)[None, :]  # slot k of tree t
        return tested, bar[:, None], slot[rank.ravel()], _RANK_BIT

    def _block_codes(self, array: np.ndarray) -> np.ndarray:
        """Each row's code in each tree (`sum(outcome_k << k)` over its 8 slots) plus the
        tree's table offset, (rows, trees) int64: the rows transposed, so a test reads a run of
        its feature's values across the block's rows and a slot copies a run of outcomes (taking
        a row's 1,241 tests and 3,600 slots one element at a time was 64k instructions a row,
        10% of the stage's); the bits are joined by 8 byte-wide passes over all trees at once.
        The same comparisons of the same floats: the same codes as slot by slot."""
        tested, bar, slot, bit = self._tests_by_slot
        rows = len(array)
        trees = self.feature.shape[0]
        # "clip": the indexes are the tables' own, never out of range (no check an index)
        by_test = np.ascontiguousarray(array.T).take(tested, axis=0, mode="clip")
        outcomes = np.greater(by_test, bar).take(slot, axis=0, mode="clip")
        ranks = outcomes.view(np.uint8).reshape(8, trees * rows)
        code = ranks[0].copy()
        for k in range(1, 8):
            code += ranks[k] * bit[k]
        codes = code.reshape(trees, rows).T.astype(np.int64, order="C")
        codes += self._paths[3][1]  # each tree's table follows the one before
        return codes

    def scores(self, rows: list[list[float]]) -> list[float]:
        """P(noise) of each row, `SCORE_ROWS` rows at a time: the tests of all trees on a row
        take a few kB, so a document of 100,000 short lines scored at once would take GBs."""
        result: list[float] = []
        for start in range(0, len(rows), SCORE_ROWS):
            result += self._scores(rows[start : start + SCORE_ROWS])
        return result

    def _scores(self, rows: list[list[float]]) -> list[float]:
        return (1.0 / (1.0 + np.exp(-self._margins(rows)))).tolist()

    def _margins(self, rows: list[list[float]] | np.ndarray) -> np.ndarray:
        """The log-odds of each row: the trees' values summed, `BLOCK_ROWS` rows at a time (a
        row's margin depends on that row alone: the same floats in any block)."""
        array = np.asarray(rows, dtype=np.float64)
        if len(array) <= BLOCK_ROWS:
            return self._block_margins(array)
        margins = np.empty(len(array))
        for start in range(0, len(array), BLOCK_ROWS):
            margins[start : start + BLOCK_ROWS] = self._block_margins(
                array[start : start + BLOCK_ROWS]
            )
        return margins

    def _block_margins(self, array: np.ndarray) -> np.ndarray:
        trees = self.feature.shape[0]
        if self._paths is None:
            leaves = self._leaves(array)
            values = self.value[np.arange(trees)[None, :], leaves]
        else:
            feature, threshold, bits, (table, offsets) = self._paths
            if bits is None:  # 8 slots a tree: each distinct test once, the block transposed
                codes = self._block_codes(array)
            else:
                outcomes = array.take(feature, axis=1) > threshold
                codes = outcomes.reshape(len(array), trees, len(bits)) @ bits
                codes += offsets  # in place: each tree's table follows the one before
            # (rows, trees), C order: each row's values summed along it as before, the same
            # pairwise sum of the same floats
            values = table.take(codes)
        return self.base + values.sum(axis=1)

    def explain(self, row: list[float], top: int = 5) -> list[tuple[str, float]]:
        """The features that moved one row's log-odds most, with how much (+: towards noise)."""
        x = np.asarray(row, dtype=np.float64)
        contributions = np.zeros(len(self.names))
        for t in range(self.feature.shape[0]):
            node = 0
            for _ in range(self.depth):
                if self.left[t, node] == node:
                    break
                f = self.feature[t, node]
                child = (
                    self.right[t, node] if x[f] > self.threshold[t, node] else self.left[t, node]
                )
                contributions[f] += self.value[t, child] - self.value[t, node]
                node = child
        order = np.argsort(-np.abs(contributions), kind="stable")[:top]
        return [
            (self.names[i], round(float(contributions[i]), 3)) for i in order if contributions[i]
        ]


class Ask(NamedTuple):
    """One question to a model: the rows of a document's judged lines, their texts (for the
    words' evidence, with `model.words`) and that evidence when known (`scores_said`'s
    `said`)."""

    model: TreeModel
    rows: list[list[float]] | np.ndarray
    lines: list[str] | None
    said: np.ndarray | None


def score_asks(asks: list[Ask]) -> list[list[float]]:
    """Each ask's scores, as `model.scores_said(rows, lines, said)` (or `model.scores(rows)`
    without words) gives them, the asks of one model scored together: one `_margins` pass for
    a batch's documents instead of one each. A row's score depends on that row alone (each
    row's tests, its trees' values summed along the row, then elementwise steps), so a row
    scores the same alone or among others, bit for bit (`tests/test_stage_boilerplate_batch.py`)."""
    answers: list[list[float]] = [[] for _ in asks]
    groups: dict[int, list[int]] = {}
    for at, ask in enumerate(asks):
        if len(ask.rows):
            groups.setdefault(id(ask.model), []).append(at)
    for members in groups.values():
        model = asks[members[0]].model
        parts = [np.asarray(asks[at].rows, dtype=np.float64) for at in members]
        rows = parts[0] if len(parts) == 1 else np.concatenate(parts)
        if len(rows) <= SCORE_ROWS:
            margins = model._margins(rows)
        else:
            margins = np.concatenate(
                [
                    model._margins(rows[start : start + SCORE_ROWS])
                    for start in range(0, len(rows), SCORE_ROWS)
                ]
            )
        if model.words is not None and model.words_weight:
            said = _said_together(model, [asks[at] for at in members])
            margins += model.words_weight * np.maximum(said, 0.0)
        scores = (1.0 / (1.0 + np.exp(-margins))).tolist()
        start = 0
        for at, part in zip(members, parts, strict=True):
            answers[at] = scores[start : start + len(part)]
            start += len(part)
    return answers


def _said_together(model: TreeModel, asks: list[Ask]) -> np.ndarray:
    """`model._said` of each ask's lines, joined; the asks' lines read by one `_said` where no
    ask brings its own (a batch's short texts: an array and a subtraction an ask, 2,000 a
    bench run). Each line's evidence is its own margin less the bias: the same floats."""
    if len(asks) == 1 or any(ask.said is not None for ask in asks):
        return np.concatenate([model._said(ask.lines, ask.said) for ask in asks])
    return model._said(list(chain.from_iterable(ask.lines for ask in asks)), None)


@cache
def load(path: str | None = None) -> dict[str, TreeModel]:
    """The shipped model (or a user's file): one `TreeModel` per input kind, `plain` and `html`."""
    file = Path(path) if path else resources.DATA_DIR / MODEL_FILE
    with open(file, encoding="utf-8") as handle:
        data = json.load(handle)
    models = {kind: TreeModel.from_dict(spec) for kind, spec in data["models"].items()}
    seconds = (m.second for m in models.values() if m.second)
    paragraphs = (m.paragraphs for m in models.values() if m.paragraphs)
    for each in chain(models.values(), seconds, paragraphs):
        if each._paths is not None:  # the tables built once, with the model: not in the first doc
            _ = each._tests_by_slot
    return models
