"""The line model's `beside_credit` column: the rules removed a credit or caption right beside
the line (`boilerplate/credit_below.py`).

The evidence is the rules' removals, which the model never sees: the stage passes it from its
own removals, the trainer reads it from the ledger. The kinds of error pinned here: a removal by
another rule counted as a credit, a credit two lines off counted as beside, the trainer's
flags and the stage's disagreeing on the same document, and the three row builders
(`features.matrix`, `DocumentRows.matrix`, `batch_matrix`) disagreeing on the column.
"""

from __future__ import annotations

import random

import pytest

from curate.document import Document
from curate.stages import boilerplate
from curate.stages.boilerplate import BoilerplateRemover, credit_below, features
from curate.stages.boilerplate.document_rows import DocumentRows, Page, batch_matrix
from curate.stages.boilerplate.train import rules_only
from curate.synth import news_corpus

CAPTION = "Volunteers stack sandbags outside the library on Tuesday."
CREDIT = "Photo: J. Smith / AFP"
NOTICE = "KCNA via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY."
SOCIAL = "Follow us on Twitter"
BODY = (
    "The storm reached the coast on Monday night and the town council said that the flood "
    "barriers would hold until the morning at least, whatever the tide brought in."
)
SHORT = "He was also fined £1,100."


@pytest.fixture
def on(monkeypatch):
    monkeypatch.setattr(credit_below, "ON", True)


def test_only_the_lines_directly_beside_a_credit_or_caption_removal_are_flagged():
    rules = [None, None, "caption_credit", None, None, "caption", "social", None, None]
    assert credit_below.beside(rules) == [
        False,
        True,  # above the credit
        False,
        True,  # below the credit
        True,  # above the caption
        False,
        True,  # the social line removed sits below the caption: a removal, flagged as any line
        False,  # below the social line, two lines from the caption
        False,
    ]


@pytest.mark.parametrize("rule", ["social", "link_teaser", "headline", "section_tag", None])
def test_a_removal_by_another_rule_is_no_credit(rule):
    assert credit_below.beside([None, rule, None]) == [False, False, False]


def test_the_first_and_last_lines_have_one_neighbour():
    assert credit_below.beside(["caption"]) == [False]
    assert credit_below.beside(["caption", None]) == [False, True]
    assert credit_below.beside([None, "caption_credit"]) == [True, False]


def test_off_the_rows_have_no_column(monkeypatch):
    monkeypatch.setattr(credit_below, "ON", False)
    assert "beside_credit" not in features.names(False)
    assert "beside_credit" not in features.names(True)


def test_on_both_kinds_rows_end_with_the_column(on):
    assert features.names(False)[-1] == "beside_credit"
    assert features.names(True)[-1] == "beside_credit"
    lines = [CAPTION, BODY, SHORT, BODY]
    for html in (False, True):
        judged = features.matrix(lines, None, None, html, None, [True, False, False, True])
        assert judged.index == [0, 2]
        assert [row[-1] for row in judged.rows] == [1.0, 0.0]
        assert all(len(row) == len(features.names(html)) for row in judged.rows)
        # no flags given: no line is beside a credit
        assert [row[-1] for row in features.matrix(lines, None, None, html).rows] == [0.0, 0.0]


def _documents() -> list[list[str]]:
    """Documents with credits and captions above, below, at the ends and in runs."""
    rng = random.Random(50)
    shapes = [CAPTION, CREDIT, NOTICE, SOCIAL, BODY, SHORT, "By Jane Doe", "Storm hits the coast"]
    documents = [
        [CREDIT, CAPTION, BODY, SHORT, BODY],
        [BODY, CAPTION, CREDIT, BODY, NOTICE],
        [BODY, SOCIAL, CREDIT, CAPTION, BODY, CREDIT, SOCIAL, SHORT],
    ]
    for doc in news_corpus(20, seed=50):
        lines = [line.strip() for line in doc["text"].split("\n") if line.strip()]
        for _ in range(3):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice([CREDIT, NOTICE]))
        documents.append(lines)
    for _ in range(30):
        documents.append([rng.choice(shapes) for _ in range(rng.randint(2, 12))])
    return documents


def test_the_trainer_reads_from_the_ledger_what_the_stage_passes(on, monkeypatch):
    stage = BoilerplateRemover()
    passed: list[list[bool]] = []
    credited = boilerplate._credited

    def spy(lines, removals):
        found = credited(lines, removals)
        # of each line the rules left, in order (a line's text may stand twice)
        passed.append([start in found for start, _, _ in lines if start not in removals])
        return found

    monkeypatch.setattr(boilerplate, "_credited", spy)
    stages = rules_only()
    flagged = 0
    for lines in _documents():
        doc = Document(id="x", text="\n\n".join(lines))
        for each in stages:
            doc = each.process(doc)
        left = [line.strip() for line in doc.text.split("\n\n") if line.strip()]
        read = credit_below.from_ledger(doc.text, doc.edits, BoilerplateRemover.name)
        assert len(read) == len(left)
        passed.clear()
        stage.process(Document(id="y", text="\n\n".join(lines)))
        assert passed[0] == read
        flagged += sum(read)
    assert flagged >= 40


def test_the_three_row_builders_give_the_same_column(on):
    rng = random.Random(7)
    for number, doc in enumerate(news_corpus(40, seed=51)):
        lines = [line.strip() for line in doc["text"].split("\n") if line.strip()]
        flags = [rng.random() < 0.3 for _ in lines]
        html = number % 2 == 0
        rows = DocumentRows(lines, doc.get("title"), None, html, None, flags)
        every = list(range(len(lines)))
        for picked in (every, sorted(rng.sample(every, max(1, len(lines) // 2)))):
            chosen = [lines[i] for i in picked]
            near = [flags[i] for i in picked]
            expected = features.matrix(chosen, doc.get("title"), None, html, None, near)
            found = rows.matrix(picked)
            assert found.index == expected.index
            assert repr([[float(v) for v in row] for row in found.rows]) == repr(
                [[float(v) for v in row] for row in expected.rows]
            )
        pages = [Page(lines, doc.get("title"), None, html, None, flags)] * 4
        for judged in batch_matrix(pages):
            expected = features.matrix(lines, doc.get("title"), None, html, None, flags)
            assert judged.index == expected.index
            assert repr([[float(v) for v in row] for row in judged.rows]) == repr(
                [[float(v) for v in row] for row in expected.rows]
            )


def test_the_stage_scores_a_line_under_a_removed_credit_with_the_column_set(on, monkeypatch):
    seen: list[tuple[list[str], list[bool] | None]] = []
    matrix = features.matrix

    def spy(lines, title, linked=None, html=False, captioned=None, credited=None):
        seen.append((list(lines), None if credited is None else list(credited)))
        return matrix(lines, title, linked, html, captioned, credited)

    monkeypatch.setattr(features, "matrix", spy)
    text = "\n\n".join(["Storm hits the coast", BODY, CAPTION, CREDIT, BODY, SHORT, BODY])
    BoilerplateRemover().process(Document(id="z", text=text))
    assert seen
    for lines, credited in seen:
        assert credited is not None
        assert credited[lines.index(CAPTION)] if CAPTION in lines else True
        assert not credited[lines.index(SHORT)]


@pytest.mark.parametrize(
    ("sides", "expected"),
    [
        # a caption's own credit stands under it: with "below" only, the line above the credit
        (("below",), [False, True, False, False, True, False]),
        (("above",), [False, False, False, True, False, False]),
        (("above", "below"), [False, True, False, True, True, False]),
    ],
)
def test_the_sides_that_count(monkeypatch, sides, expected):
    monkeypatch.setattr(credit_below, "SIDES", sides)
    assert credit_below.beside([None, None, "caption_credit", None, None, "caption"]) == expected
