"""A sentence in small letters after a short fragment at a line's start (`sentence_opener`).

The kind: a machine-translated sentence opens in lower case after a label, a stamp, a date or a
counter ("+++ 11:05 +++ the", "Mon 3 Mar: the", "3/ the"), in wordings no rule lists; against
it, a clause before a colon or a dash that the lower case continues ("The plan was simple: the
crews would sail") and a label before its value ("Weather: drizzle, then sun."), which keep
their small letters. Made-up places and wordings, none from the evaluation's batches.

Session 50 tried a fragment-or-clause reading in the learned opener (the prefix's small words,
a verb read from how often a word follows a subject pronoun in clean news, the even batches
teaching, the odd ones testing): it opened the six fragments below and gained on the unseen
batches, but it also opened look-alikes the round tests keep as written ("UPDATE 2: the road
reopened", "Rates 2025-03-14 - the figures", "NALKOT, Route 6: the"), so it is not shipped: the
six stay strict xfails, the shape of what is still missed. The look-alikes pass on the base
commit and here (none of these tests fails on base; the six xfail there too).

Session 51 ships that model with the document's evidence as the judge (`opener_evidence`): a
small letter after a line's prefix is repaired beside another sentence start a rule is sure of,
or where the document capitalises after the same shape of head elsewhere ("1/ The crews" before
"2/ the harbour": now opened); alone in a clean document the five fragments below still wait.
"""

import pytest

from curate.document import Document
from curate.stages.translation import TranslationRepair

STAGE = TranslationRepair()
LEAD = "Officials met on Monday.\n\n"

_MISSED = pytest.mark.xfail(
    strict=True, reason="no rule lists the fragment, and the learned opener is not asked there"
)
OPENED = [
    (LEAD + "+++ 11:05 +++ the ferry crews walked out over unpaid overtime.", "The ferry"),
    (LEAD + "+++ 11:05 +++ most ferry crews walked out over unpaid overtime.", "Most ferry"),
    (LEAD + "Mon 3 Mar: the ferry crews walked out over unpaid overtime.", "The ferry"),
    (LEAD + "Sat 8 Nov: several ferry crews walked out over unpaid overtime.", "Several"),
]
# (the four above open since session 56's `lone_heads`: the clock, the ticker and the date are
# standing heads; a numbered item alone under a line that is no lead-in opens since session
# 58's `lone_items`)
OPENED += [
    ("Notes from the quay.\n3/ the harbour authority closed both locks after the storm.", "The"),
]
STILL_MISSED: list[tuple[str, str]] = []
# session 51: beside an item of the same lead that opens with a capital (the document's own
# house style, `opener_evidence`) the learned opener repairs the small letter
OPENED_BY_STYLE = [
    (
        "A short thread on the strike.\n1/ The crews met at dawn.\n"
        "2/ the harbour authority closed both locks after the storm.",
        "2/ The harbour",
    ),
]

LEFT = [
    ("The harbour has one problem this winter: the locks, which freeze every night.", ": the"),
    ("The plan was simple: the crews would sail at dawn and return by noon.", ": the crews"),
    ("The harbour master said the following: the locks will stay shut until Friday.", ": the"),
    ("Two boats were lost: the Maria and the Aurora.", ": the Maria"),
    ("Three things were missing: bread, milk and salt.", ": bread"),
    ("The crews walked out at dawn – only to return before noon.", "– only"),
    (LEAD + "Weather: drizzle, then sun.", ": drizzle"),
    (LEAD + "Menu: soup, bread and cheese.", ": soup"),
    (LEAD + "Tides: high water at 06:12, low water at 12:30.", ": high"),
]


def run(text: str) -> Document:
    return STAGE.process(Document(id="t", text=text))


@pytest.mark.parametrize(
    ("raw", "opened"), OPENED + [pytest.param(*case, marks=_MISSED) for case in STILL_MISSED]
)
def test_a_sentence_after_a_fragment_opens_with_a_capital(raw: str, opened: str) -> None:
    doc = run(raw)
    assert opened in doc.text
    assert doc.text.lower() == raw.lower()  # nothing but the letter's case changed
    assert [e.rule for e in doc.edits] == ["sentence_case"]


@pytest.mark.parametrize(("raw", "opened"), OPENED_BY_STYLE)
def test_a_sentence_after_a_fragment_the_document_capitalises_elsewhere_opens(raw, opened):
    doc = run(raw)
    assert opened in doc.text
    assert doc.text.lower() == raw.lower()
    assert [e.rule for e in doc.edits] == ["sentence_case"]


@pytest.mark.parametrize(("raw", "kept"), LEFT)
def test_small_letters_after_a_clause_or_before_a_value_stay(raw: str, kept: str) -> None:
    doc = run(raw)
    assert kept in doc.text
    assert not [e for e in doc.edits if e.rule == "sentence_case"], doc.edits


@pytest.mark.parametrize("raw", [r for r, _ in OPENED + STILL_MISSED + LEFT])
def test_a_second_run_changes_nothing(raw: str) -> None:
    once = run(raw).text
    assert run(once).text == once
