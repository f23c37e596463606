"""Round 12 of the `translation` stage: kinds of misses of set 3 and held-out batches 1 to 14.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 12. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a Roman numeral of one letter after a name ends its sentence before a clause, as "XIV." does -
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The scent was made for Napoleon I. perfumers wore it at court.", "I. Perfumers wore"),
        ("The library holds letters of Charles X. the librarians listed them.", "X. The"),
        ("The abbey was rebuilt under Henry V. monks lived there for years.", "V. Monks lived"),
    ],
)
def test_clause_after_a_regnal_letter(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "He met Louis I. Kahn in Paris.",  # a middle initial before a surname
        "The guide, by Anne V. smith, was late.",  # no clause on either side
        "The letters of Charles X. were sold in 2019.",  # no clause before the stop
        "Funds came from W. M. Keck and others.",  # initials
    ],
)
def test_clause_after_a_regnal_letter_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a verb in the past neither in -ed nor listed, after a subject in the plural, before a
# preposition or a particle ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The ferry left at 11 p.m. the crews slept on deck.", "p.m. The crews slept"),
        ("It was the last day of the Nice Carnival 2026. dancers hid in the shade.", "Dancers hid"),
        ("The lighthouse at dawn. (Photo: AFP)\nswimmers swam out to it.", "\nSwimmers swam"),
        ("Back to paper\nrescuers now write everything by hand.", "\nRescuers now write"),
        ("(b) The cost\nall of them pay half of it.", "\nAll of them pay"),
    ],
)
def test_clause_with_a_verb_before_a_preposition(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "He spoke to the U.S. news agency in New York.",  # "the U.S." goes on a noun phrase
        "The deal went to the U.S. steel workers union in Ohio.",
        "Two U.N. observers counted the votes.",  # a count before the initialism
    ],
)
def test_clause_with_a_verb_before_a_preposition_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a count before an initialism in capitals: the noun after it is the count's, no new sentence
def test_counted_initialism_goes_on():
    raw = "At approx. 5 p.m. the U.S. envoys met two M.A. students. the crews stayed outside."
    fixed = "At approx. 5 p.m. the U.S. envoys met two M.A. students. The crews stayed outside."
    assert slips.repaired(raw, slips.PLAIN) == fixed


# a subject with a phrase after a preposition before its verb in the present, before an
# initialism's stop -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The cheese cooperative of Poligny sells to the U.S. farmers say prices are fair.",
            "U.S. Farmers say",
        ),
        (
            "The crew of the lighthouse boat trains with the U.K. divers lent a spare engine.",
            "U.K. Divers lent",
        ),
        ("The rescue team in Chamonix works with the U.K. they sent two dogs.", "U.K. They"),
    ],
)
def test_clause_in_the_present_after_a_subject_with_a_phrase(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The head of the office flew to the U.K. three of them said no.",  # a count
        "The friends of Anna talk about the U.S. economy often.",  # no stop
    ],
)
def test_clause_in_the_present_after_a_subject_with_a_phrase_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a bold heading's marks lead a line as a Markdown heading's do --------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("**What went wrong**\nfans blame the wind.", "**What went wrong**\nFans blame"),
        ("__The harvest__\ncheesemakers cut the rows by hand.", "__\nCheesemakers cut"),
        ("**A inquiry at the lighthouse**", "**An inquiry at"),
        ("**The verdict** : a late win for Toulon", "**The verdict**: a late"),
    ],
)
def test_bold_heading(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Call __init__ first; then **kwargs are read.",
        "The word **bold** and __under__ stay as written.",
        "**Note**\nthe list below is long, and\nthe rest follows.",  # a wrapped line
    ],
)
def test_bold_heading_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a line cut after a word that wants more is a hard wrap, not a heading ------------------------
@pytest.mark.parametrize(
    "kept",
    [
        "The harvest ran late this year because\nthe rain kept the rows wet.",
        "Officials met the\ngrowers on Monday.",
        "The boats sailed across\nthe bay at dawn.",
        "Prices rose when\nthe ferry stopped.",
    ],
)
def test_line_cut_mid_clause_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


def test_sentence_after_a_wrapped_line_opens():
    raw = "The harvest ran late this year because\nthe rain kept the rows wet. all of them left."
    assert slips.repaired(raw, slips.PLAIN).endswith("rows wet. All of them left.")


# a score or an emoji before a spaced mark; a thousands space before a unit in a title-case headline
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Toulon won 27-24 ! Nobody saw it coming.", "27-24! Nobody"),
        ("Liftoff 🚀 ! The satellite is in orbit.", "Liftoff 🚀! The"),
        ("The storm passed 🌧️ , then the sun came out.", "passed 🌧️, then"),
        ("Nantes Tram Riders Welcome 5 000 People on Opening Day", "Welcome 5,000 People"),
        ("Oyster Farmers Raise 12 500 Euros for Repairs", "Raise 12,500 Euros"),
    ],
)
def test_score_emoji_and_title_case_thousands(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "A Fleet of Boeing 737 800 Jets Stays on the Ground",  # a model's number
        "The film is shown on a 16 : 9 screen.",
        "The cub 🐼 slept, i.e. the bet was lost.",
        "The score was 3-1 : a fair result.",  # before a colon it waits for the evidence
    ],
)
def test_score_emoji_and_title_case_thousands_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


def test_round12_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: "Ab cd because\nthe ef Gh I. the xs hid in the **Ab**\nxs ran on " * k,
        4_000,
    )
