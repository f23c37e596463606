"""The judged lines' shapes measured together (`batch_shapes`) equal `features._measure`'s.

A shape's columns feed the trees, whose scores decide removals at a threshold: a column off by
one word, or a float off in its last place, could move a line. So every column and the set of
case-folded words are held to the line-at-a-time measurement on made-up lines of every kind
the columns look at, on hostile and random ASCII lines, and through the whole stage.
"""

from __future__ import annotations

import random
import string

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.pipeline import Pipeline
from curate.stages.boilerplate import batch_shapes, features
from curate.stages.boilerplate import model as line_model
from curate.synth import planted_news_corpus

LINES = [
    "By Maria Lopez | Staff Writer",
    "Updated 14 Jan 2008, 10:45 a.m. EST",
    "Jan. 14, 2008 / 9:30 pm GMT",
    "2008-01-14T09:30:00Z",
    "14.01.2008 - 3 janvier 2008 - Sept.  5, 2019",
    "Photo: REUTERS / John Smith (c) 2019 via Getty Images",
    "Follow us on https://example.com or www.example.org, mail desk@example.com",
    "Read more >> Sport > Football > Premier League",
    'He said: "We will win." Then he left! Did he? Yes. (She stayed.)',
    "NASA AND THE EU SIGN A DEAL",
    "the end",
    "",
    "   ",
    "123 456 7890",
    "A",
    "a-b c_d e'f 9abc _xyz -q O'Neil well-known x" + "y" * 60,
    "Tags: politics, economy, world",
    "Sign up for our newsletter.",
    "\x1cA\x1fB\x0bC 12\x1c:30",
    "\tTabbed\tline\twith\ttabs\t",
    "Share this article on Twitter | Facebook | WhatsApp",
    "- UTC CEST EST PDT noon T T4 AT",
    "ends with colon:",
    "ends with mark -",
    "(c) Copyright 2020 Example Ltd. All rights reserved.",
    '"Quoted headline" says who',
    "'Single quoted' start",
    'Last Line ends with closing quote."',
]


def _assert_same(lines: list[str]) -> None:
    features.facts_of(lines)
    together = batch_shapes.measured(lines)
    if together is None:  # only lines with no character at all are left to `_measure`
        assert not "".join(lines)
        return
    for line, shape in zip(lines, together, strict=True):
        alone = features._measure(line)
        assert repr(shape.columns) == repr(alone.columns), line  # 2 and 2.0 differ
        assert [float(v).hex() for v in shape.columns] == [float(v).hex() for v in alone.columns]
        assert shape.folded == alone.folded, line


def test_made_up_lines_of_every_kind():
    _assert_same(LINES)
    _assert_same(LINES[::-1])


def test_lines_of_hostile_shapes():
    # runs of letters past the pattern's 41, digits, marks and spaces at the edges
    rng = random.Random(5)
    pieces = ["a" * 45, "A" * 50, "9" * 10, " ", "  ", "/", "|", "@", "://", "www.", "T", ".", "?"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(300)]
    _assert_same(lines)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet=string.printable.replace("\n", "") + "\x1c\x1f", max_size=90),
        min_size=1,
        max_size=40,
    )
)
def test_random_ascii_lines(lines):
    _assert_same(lines)


def test_lines_past_ascii_or_breaks_are_left_to_the_line_at_a_time_path():
    assert batch_shapes.measured(["café au lait", "plain"]) is None
    assert batch_shapes.measured(["two\nlines", "plain"]) is None
    mixed = LINES + ["Café — 14 janvier 2008", "Straße 5 · München"]
    found = features._measured_shapes(mixed)
    assert repr([shape.columns for shape in found]) == repr(
        [features._measure(x).columns for x in mixed]
    )
    assert [shape.folded for shape in found] == [features._measure(x).folded for x in mixed]


def test_shapes_of_reads_kept_shapes_and_keeps_new_ones():
    features._SHAPES.clear()
    lines = LINES + LINES[:5]
    found = features.shapes_of(lines)
    assert repr([shape.columns for shape in found]) == repr(
        [features._measure(x).columns for x in lines]
    )
    assert all(line in features._SHAPES for line in lines)
    assert features.shapes_of(lines[:3]) == found[:3]


def _scores(docs: list[Document]) -> tuple[list[float], list[str]]:
    """Every score the stage's model gave, and the texts it left, for `docs`."""
    stage = next(s for s in Pipeline.from_recipe("news").stages if s.name == "boilerplate")
    given_scores: list[float] = []
    original = line_model.score_asks

    def kept(asks):
        answers = original(asks)
        for answer in answers:
            given_scores.extend(answer)
        return answers

    line_model.score_asks = kept
    try:
        out = stage.process_batch(docs)
    finally:
        line_model.score_asks = original
    return given_scores, [doc.text for doc in out]


def test_the_stage_scores_generated_news_the_same(monkeypatch):
    docs = [
        Document(id=r["id"], text=r["text"], title=r.get("title"), seq=i)
        for i, (r, _) in enumerate(planted_news_corpus(200, 3, 2000))
    ]
    features._SHAPES.clear()
    fast = _scores([Document(d.id, d.text, d.title, seq=d.seq) for d in docs])
    features._SHAPES.clear()
    monkeypatch.setattr(features, "BATCH_SHAPES", 10**9)  # every line measured alone
    slow = _scores([Document(d.id, d.text, d.title, seq=d.seq) for d in docs])
    assert fast[0]
    assert [x.hex() for x in fast[0]] == [x.hex() for x in slow[0]]
    assert fast[1] == slow[1]
