"""`DocumentRows` gives the rows `features.matrix` gives, bit for bit, for any lines left.

The stage scores a long document's lines with `DocumentRows` (measured once, a round a few numpy
passes) and a short one's with `features.matrix`; the trees compare each column with a
threshold, so the two must agree to the last bit (`repr` of each float: 0.0 and -0.0 differ),
on every subset of lines a round may leave, and the stage's output must not depend on which
of the two it used.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import LINKED_LINES, Document, line_key
from curate.pipeline import Pipeline
from curate.stages import boilerplate
from curate.stages.boilerplate import features
from curate.stages.boilerplate.document_rows import (
    KERNEL_CHARACTERS,
    DocumentRows,
    Page,
    _run_lengths,
    _segment_runs,
    _words_by_dict,
    _words_by_kernels,
    _words_of,
    batch_matrix,
)
from curate.synth import news_corpus
from tests.conftest import SEEDS
from tests.test_stage_boilerplate_features_same import LINES, SHAPED


def _floats(rows) -> str:
    return repr([[float(value) for value in row] for row in rows])


def _same(lines: list[str], picks: list[list[int]], title, linked, html: bool) -> None:
    # the lines the reader gave to an image: none, then every third from the second
    for captioned in (None, {line_key(line) for line in lines[1::3]}):
        rows = DocumentRows(lines, title, linked, html, captioned)
        for picked in picks:
            chosen = [lines[i] for i in picked]
            expected = features.matrix(chosen, title, linked, html, captioned)
            found = rows.matrix(picked)
            assert found.index == expected.index
            assert _floats(found.rows) == _floats(expected.rows)


def _picks(total: int, rng: random.Random) -> list[list[int]]:
    """All lines, then fewer and fewer (the rounds), and a few arbitrary subsets."""
    every = list(range(total))
    picks = [every]
    left = every
    while len(left) > 1:
        left = [i for i in left if rng.random() > 0.3]
        picks.append(left)
    picks += [sorted(rng.sample(every, rng.randint(0, total))) for _ in range(3)]
    return picks


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def test_generated_news_rows_are_the_matrix_rows():
    rng = random.Random(5)
    for number, doc in enumerate(news_corpus(200, seed=87)):
        lines = _lines(doc["text"])
        # furniture-shaped lines among the paragraphs: judged lines of every shape
        for line in rng.sample(SHAPED, 6):
            lines.insert(rng.randint(0, len(lines)), line)
        linked = {line_key(line) for line in lines[number % 3 :: 3]}
        picks = _picks(len(lines), rng)
        _same(lines, picks, doc.get("title"), None, False)
        _same(lines, picks, None, linked, True)
        _same(lines, picks, lines[0], set(), True)


def test_seed_rows_are_the_matrix_rows():
    rng = random.Random(3)
    for seed in sorted(SEEDS.glob("*.txt")):
        lines = _lines(seed.read_text(encoding="utf-8"))
        for title in (None, lines[0], "North Korea fires a missile"):
            picks = _picks(len(lines), rng)
            _same(lines, picks, title, None, False)
            _same(lines, picks, title, {line_key(line) for line in lines[::2]}, True)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(LINES, min_size=0, max_size=40),
    st.booleans(),
    st.sampled_from([None, 0, 1]),
    st.randoms(use_true_random=False),
)
def test_any_lines_give_the_matrix_rows(lines, html, title_from, rng):
    title = None if title_from is None or not lines else lines[title_from % len(lines)]
    linked = {line_key(line) for line in lines[::2]}
    _same(lines, _picks(len(lines), rng) if lines else [[]], title, linked, html)


def test_common_words_tie_in_the_order_first_met_among_the_lines_left():
    # 30 words, each twice in the lines left: the 25 first met are the common ones. The first
    # line (gone in the second pick) met the last five first: a count of the whole text's
    # order would make them common and "x25 x26" a line of common words
    words = [f"x{n}" for n in range(30)]
    second = " ".join(word for word in words if word not in ("x25", "x26"))
    lines = [" ".join(words[25:]), " ".join(words), second, "x25 x26"]
    _same(lines, [[0, 1, 2, 3], [1, 2, 3]], None, None, False)
    _same(lines, [[0, 1, 2, 3], [1, 2, 3]], "x25 x1", {"x25 x26"}, True)


@pytest.mark.parametrize(
    ("flags", "runs"),
    [
        ([], []),
        ([False], [0]),
        ([True], [1]),
        ([True, True, False, True], [2, 2, 0, 1]),
        ([False, True, True, True, False, False, True, True], [0, 3, 3, 3, 0, 0, 2, 2]),
    ],
)
def test_run_lengths(flags, runs):
    import numpy as np

    assert _run_lengths(np.array(flags, dtype=bool)).tolist() == runs


def _long_documents() -> list[Document]:
    """Documents of 20+ lines (scored with `DocumentRows`): news paragraphs and furniture."""
    rng = random.Random(11)
    docs = []
    for number, doc in enumerate(news_corpus(40, seed=4)):
        lines = _lines(doc["text"])
        for line in rng.choices(SHAPED, k=14):
            lines.insert(rng.randint(0, len(lines)), line)
        text = "\n\n".join(lines)
        labels = {}
        if number % 2:  # as the HTML reader labels link text: the `html` model
            labels[LINKED_LINES] = [line_key(line) for line in lines[1::4]]
        docs.append(Document(id=str(number), text=text, title=doc.get("title"), labels=labels))
    return docs


def _cleaned(recipe: str, rows_min: int, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(boilerplate._Rows, "ROWS_MIN", rows_min)
    stage = next(s for s in Pipeline.from_recipe(recipe).stages if s.name == "boilerplate")
    out = [stage.process(doc) for doc in _long_documents()]
    return [(d.text, d.title, [e.to_dict() for e in d.edits]) for d in out]


@pytest.mark.parametrize("recipe", ["news", "web"])
def test_the_stage_removes_the_same_lines_either_way(recipe, monkeypatch):
    numpy_rows = _cleaned(recipe, 1, monkeypatch)
    python_rows = _cleaned(recipe, 10**9, monkeypatch)
    assert numpy_rows == python_rows
    assert any(e["rule"] == "line_model" for _, _, edits in numpy_rows for e in edits)


def _batch_same(pages: list[Page]) -> None:
    """`batch_matrix` of `pages`, whole and cut into batches of a few sizes, gives each page
    the indexes and rows `features.matrix` gives it alone, bit for bit."""
    expected = [features.matrix(*page) for page in pages]
    for size in (1, 2, 5, len(pages) or 1):
        for start in range(0, len(pages), size):
            found = batch_matrix(pages[start : start + size])
            for got, want in zip(found, expected[start : start + size], strict=True):
                assert got.index == want.index
                assert _floats(got.rows) == _floats(want.rows)


def test_a_batch_of_pages_gives_each_page_its_matrix_rows():
    # generated news with furniture-shaped lines; plain and HTML pages (link and caption
    # labels) side by side; pages sharing lines (a wire story's copies, a site's furniture:
    # `repeats_in_document` counts a page's own copies only), an empty page, a page of body
    # paragraphs only (nothing judged) and a page of one line
    rng = random.Random(21)
    pages = []
    for number, doc in enumerate(news_corpus(60, seed=13)):
        lines = _lines(doc["text"])
        for line in rng.sample(SHAPED, 4):
            lines.insert(rng.randint(0, len(lines)), line)
        if number % 4 == 0:
            lines = [line for line in lines if rng.random() > 0.4]
        html = number % 3 == 0
        linked = {line_key(line) for line in lines[number % 2 :: 3]} if html else None
        captioned = {line_key(line) for line in lines[1::4]} if html and number % 2 else None
        title = doc.get("title") if number % 5 else None
        pages.append(Page(lines, title, linked, html, captioned))
    pages[7] = Page([*pages[6].lines[:3], *pages[7].lines], pages[7].title)
    pages.insert(10, Page([], "An empty page"))
    body = [line for line in pages[0].lines if features.facts(line).words >= 25][:3]
    pages.insert(20, Page(body, None))
    pages.insert(30, Page(["Advertisement"], None))
    pages.insert(
        31, Page(["Advertisement", "Advertisement", "Share this"], None, {"advertisement"}, True)
    )
    _batch_same(pages)


def test_a_batch_of_seed_pages_gives_each_its_matrix_rows():
    pages = []
    for seed in sorted(SEEDS.glob("*.txt")):
        lines = _lines(seed.read_text(encoding="utf-8"))
        pages.append(Page(lines, None))
        pages.append(Page(lines[1:], lines[0], {line_key(line) for line in lines[::2]}, True))
    _batch_same(pages)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(LINES, min_size=0, max_size=12), st.booleans(), st.booleans()),
        min_size=1,
        max_size=6,
    )
)
def test_any_pages_in_a_batch_give_their_matrix_rows(drawn):
    pages = [
        Page(
            lines,
            lines[0] if titled and lines else None,
            {line_key(line) for line in lines[::2]},
            html,
            {line_key(line) for line in lines[1::3]},
        )
        for lines, html, titled in drawn
    ]
    _batch_same(pages)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=20))
def test_the_words_of_any_keys_are_their_split_words_and_equal_words_share_an_id(lines):
    # keys of no word (a line of marks: ""), of digits, of letters past ASCII, repeated;
    # numbered in Python (short keys) and by Arrow's kernels (long ones) alike
    keys = tuple(line_key(line) for line in [*lines, "***", "Über 2.000 Fälle", "***"])
    for words_of in (_words_by_dict, _words_by_kernels):
        ids, line_of, words = words_of(keys)
        assert [[words[i] for i in ids[line_of == at]] for at in range(len(keys))] == [
            key.split() for key in keys
        ]
        assert len(set(words)) == len(words)  # one id a word


def test_only_long_keys_are_numbered_by_arrow_kernels(monkeypatch):
    # importing pyarrow.compute is a process's fixed cost: short batches never pay it
    calls = []
    monkeypatch.setattr(
        "curate.stages.boilerplate.document_rows._words_by_kernels",
        lambda keys: calls.append(len(keys)) or _words_by_dict(keys),
    )
    short = ("the council met", "")
    _words_of(short)
    assert calls == []
    long = tuple(f"line {n} " + " ".join(["word"] * 20) for n in range(KERNEL_CHARACTERS // 100))
    _words_of(long)
    assert calls == [len(long)]


@pytest.mark.parametrize(
    ("flags", "positions", "runs"),
    [
        ([True, True, True], [0, 1, 0], [2, 2, 1]),  # no run goes on into the next page
        ([True, False, True, True], [0, 1, 0, 1], [1, 0, 2, 2]),
        ([False, True, True], [0, 0, 1], [0, 2, 2]),
    ],
)
def test_runs_stop_at_each_page(flags, positions, runs):
    import numpy as np

    found = _segment_runs(np.array(flags, dtype=bool), np.array(positions, dtype=np.int64))
    assert found.tolist() == runs
