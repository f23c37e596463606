"""Line blind batch 1 (`curate.evaluate.line_blind`): the file's format and its loader."""

from __future__ import annotations

import pytest

from curate.evaluate import line_blind
from curate.evaluate.line_blind import CONTENT, HALVES, NOISE, load_batch, parse

SMALL = """# a comment
@doc a-1 en Prairie Ledger
N byline By JOHN SMITH
C body Farmers began cutting wheat early   this year.

@doc b-1 fr L'Écho des Collines
C headline Le café rouvre
"""


def test_a_batch_file_parses_into_documents_with_one_label_and_kind_per_line():
    first, second = parse(SMALL)
    assert (first.id, first.lang, first.outlet, first.half) == ("a-1", "en", "Prairie Ledger", 1)
    assert first.lines == ("By JOHN SMITH", "Farmers began cutting wheat early   this year.")
    assert first.labels == (NOISE, CONTENT) and first.kinds == ("byline", "body")
    assert (second.outlet, second.half, second.lines) == (
        "L'Écho des Collines",
        2,
        ("Le café rouvre",),
    )


@pytest.mark.parametrize(
    "bad",
    [
        "@doc x en Nowhere Times\nC body A line.\n",  # outlet not in a half
        "@doc x en Prairie Ledger\nX body A line.\n",  # label neither C nor N
        "@doc x en Prairie Ledger\nC body\n",  # no text
        "C body A line outside any document.\n",
        "@doc x en Prairie Ledger\n\n",  # a document without lines
        "@doc x en Prairie Ledger\nC body A.\n\n@doc x en Prairie Ledger\nC body B.\n",  # same id
    ],
)
def test_a_malformed_batch_file_is_refused(bad):
    with pytest.raises(ValueError):
        parse(bad)


def test_the_shipped_batch_is_shaped_as_the_issue_asks():
    docs = load_batch()
    assert len(docs) >= 40
    assert all(8 <= len(doc.lines) <= 40 for doc in docs)
    assert {doc.outlet for doc in docs} == set(HALVES)
    assert {doc.half for doc in docs} == {1, 2}
    kinds = {
        (label, kind) for doc in docs for label, kind in zip(doc.labels, doc.kinds, strict=True)
    }
    for kind in ("byline", "timestamp", "caption", "credit", "section", "related", "newsletter"):
        assert (NOISE, kind) in kinds
    for kind in ("headline", "subhead", "quote", "list_item", "qa", "short_para"):
        assert (CONTENT, kind) in kinds
    assert {doc.lang for doc in docs} >= {"en", "fr", "de", "es"}
    assert line_blind.BATCH.name == "line_blind_1.txt"


STORM = (
    "Severe thunderstorms with strong winds swept through the county on Thursday evening, "
    "downing trees and power lines across a wide area."
)
OUTAGE = (
    "The utility said about 20,000 customers were without power at the peak of the outage, "
    "and most service should be back by Saturday."
)
BOARD = (
    "The school board on Tuesday unanimously chose a deputy superintendent from a nearby "
    "district to lead its 14,000 students from July."
)
SALARY = (
    "She will start on the first of July at an annual salary agreed by the board, replacing "
    "a superintendent who retired in December."
)
ARTICLE = f"""@doc a-2 en Prairie Ledger
C headline Storm knocks out power to 20,000 customers
N share Share on Facebook
C body {STORM}
C body {OUTAGE}

@doc b-2 en Ridgeview Post-Dispatch
C headline School board picks new superintendent
N share Share on Facebook
C body {BOARD}
C body {SALARY}
"""


def test_the_report_scores_each_half_and_each_kind_through_the_stages():
    text = line_blind.report(parse(ARTICLE))
    assert text.splitlines()[0] == "half 1: " + ", ".join(
        f"{outlet} ({int(outlet == 'Prairie Ledger')})" for outlet in HALVES if HALVES[outlet] == 1
    )
    for name, _ in line_blind.systems():
        cells = [line.split()[-5:] for line in text.splitlines() if line[:44].strip() == name]
        assert [cell[0] for cell in cells] == ["1", "2"]
        assert all(cell[3:] == ["3", "1"] for cell in cells)  # 3 content, 1 noise per half
    kinds = {line.split()[0]: line for line in text.splitlines() if line.startswith("  ")}
    assert set(kinds) == {"headline", "share", "body"}
    assert "1 1.00 of   2   2 1.00 of   2" in kinds["body"]  # the paragraphs stay


def test_outcomes_say_line_by_line_what_stands():
    keep_sentences = line_blind.systems()[-1][1]  # the crude rule: sentences of 3+ words
    (first, stays), _ = line_blind.outcomes(parse(ARTICLE), keep_sentences)
    assert first.id == "a-2" and stays == [False, False, True, True]
