"""Round 9 of the `translation` stage: kinds of misses of set 3 and held-out batches 1 to 10.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 9. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a stop that may close a name (an initialism, a closing abbreviation, a Roman numeral) ends
# the sentence when a clause stands on both sides: a main clause with its verb before, a
# subject of three words at most and a finite verb after ---------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The plan was reviewed by the E.U. unions approved it.", "E.U. Unions approved"),
        ("The resolution went to the U.N. fishermen welcomed it.", "U.N. Fishermen"),
        ("Rates were raised by the E.C.B. three of them had feared it.", "E.C.B. Three of"),
        ("The store closes at 9 p.m. researchers will follow.", "p.m. Researchers will"),
        ("The deal was signed with Acme Inc. rain will follow.", "Inc. Rain will"),
        ("The chapel dates from Louis XIV. critics found coins.", "XIV. Critics found"),
        ("The prize went to Martin Luther King Jr. then talks resumed.", "Jr. Then talks"),
        ("The bill was drafted under Henri II. lawmakers voted for it.", "II. Lawmakers"),
    ],
)
def test_clause_after_a_closing_stop(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The minister said the U.S. officials were wrong.",  # a verb that takes a clause
        "When he flew back to the U.S. officials arrested him.",  # a subordinate clause first
        "The award went to the U.S. officials based in Paris.",  # a participle, no verb
        "In the U.S. officials met on Monday.",  # three words: the name opens the sentence
        "He moved to the U.S. then became a citizen.",  # "then" before a verb goes on
        "Talks with the U.S. and Canadian officials resumed.",  # no stop ends there
        "The plan was reviewed by the E.U. Unions approved it.",  # already a capital
        "Aid to the U.N. agencies and the two hundred staff rose.",  # no finite verb after
        "It ran from 10:30 p.m. Aug. 9 to 6:30 a.m. the following morning.",  # no verb after
    ],
)
def test_clause_after_a_closing_stop_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# on the document's evidence, a name's year ends the sentence before a clause whose first word
# is a noun in the plural the document writes nowhere else in small letters (no brand) -------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("She won the Vendée Globe 2024. critics greeted her in port.", "2024. Critics"),
        ("The film was shown at Cannes 2023. viewers loved it.", "2023. Viewers loved"),
        ("The race was run on the Tour 2022. riders had crashed.", "2022. Riders had"),
    ],
)
def test_clause_after_a_name_year_on_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)
    # round 11: evidence or not (`tests/test_stage_translation_round11.py`)
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "They launched it on Prime Day 2019. ecobee redesigned it.",  # no plural: a brand
        "It ran on Prime Day 2019. viewers liked it, and viewers came back.",  # written again
        "Sales were strong in 2019. Critics loved it.",  # already a capital
    ],
)
def test_clause_after_a_name_year_keeps(kept):
    assert kept in slips.repaired(kept, slips.EVIDENT)


# after a question, a clause opens a sentence; after an ellipsis too, on the evidence -------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Who paid? Who knew? shares fell on Tuesday.", "knew? Shares fell"),
        ("Was it a surprise? voters were angry.", "surprise? Voters were"),
        ("Did they agree? lawmakers had doubts.", "agree? Lawmakers had"),
    ],
)
def test_clause_after_a_question(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials met on Monday… talks resumed on Tuesday.", "… Talks resumed"),
        ("The unions walked out on Friday... managers had expected it.", "... Managers had"),
    ],
)
def test_clause_after_an_ellipsis_on_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)
    assert slips.repaired(raw, slips.PLAIN) == raw  # a writer's pause, maybe


@pytest.mark.parametrize(
    "kept",
    [
        "Officials discussed it… then they left.",  # a writer's pause goes on with "then"
        "It ended… talks resumed.",  # the sentence before is too short to judge
        "Why now? officials asked.",  # who asked it
        "What a week! talks resumed on Tuesday.",  # an exclamation: a name's mark too
        "He waited… and waited for hours.",  # no clause after
    ],
)
def test_clause_after_an_ellipsis_or_a_mark_keeps(kept):
    assert kept in slips.repaired(kept, slips.EVIDENT)


# a short line before a clause is a heading: the clause opens a sentence --------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("II. Reactions\ncritics were quick to respond.", "Reactions\nCritics were"),
        ("3 - What next\nlawmakers will meet in June.", "next\nLawmakers will"),
        ("In Nouméa\nsailors gathered at the port.", "Nouméa\nSailors gathered"),
        ("A quiet summer\ngrowers expect fewer visitors.", "summer\nGrowers expect"),
    ],
)
def test_clause_after_a_heading_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "A quiet summer\nGrowers expect fewer visitors.",  # already a capital
        "The committee said that the\nmembers were told.",  # a function word ends the line
        "Officials said the chief executive of the company\nofficer was told.",  # a long line
        "A quiet summer\nand a busy autumn were expected.",  # no clause after
    ],
)
def test_clause_after_a_heading_line_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


def test_clauses_are_fast():
    # `slips.repaired` also checks that repairing twice changes nothing
    head = "The plan went to the U.N. they had it. "
    assert "U.N. They had" in slips.repaired(head, slips.PLAIN)
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: head + "Ab cd went to… x y z. Ef went to the I.M.F. of a " * k,
        10_000,
    )


# a title after an abbreviation that introduces a phrase ("cf.", "e.g.") is a title ---------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The rules (cf. Mme Lévy) were amended.", "cf. Mrs. Lévy"),
        ("Two envoys came, viz. Mme Borne and her aide.", "viz. Mrs. Borne"),
        ("The rules (cf. M. Lawan) were amended.", "cf. Mr. Lawan"),
    ],
)
def test_title_after_an_introducing_abbreviation(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


def test_title_after_another_abbreviation_kept():
    kept = "The firm hired Dr. M. Smith in May."
    assert slips.repaired(kept, slips.PLAIN) == kept


# an article at the start of what a label introduces: a short label and a colon at a line's
# start, a label in capitals with a number before a dash ----------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Lyon: A agreement\nMarseille: no change", "Lyon: An agreement"),
        ("Step 3: An report on costs", "Step 3: A report"),
        ("UPDATE 2 - An report was confirmed on Monday.", "UPDATE 2 - A report"),
        ("BREAKING 3 - A inquiry was opened.", "BREAKING 3 - An inquiry"),
    ],
)
def test_article_after_a_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Grade: A Ordinary pass was given.",  # a letter before a capitalised word
        "They said, in short: A is for apple.",  # no label at the line's start
        "Vitamin A is good for you.",  # a letter a label names
    ],
)
def test_article_after_a_label_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a handle, a score, a clock time or a date ends a sentence as a word does; a handle or a year
# cut short takes no space before a mark, as a number --------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The notice was posted by @SNCF. farmers criticised it.", "@SNCF. Farmers"),
        ("Lyon beat Nantes 3-1. police resumed on Tuesday.", "3-1. Police"),
        ("Kick-off was moved to Sunday 18:30. fans were angry.", "18:30. Fans"),
        ("The deadline is Monday 12/03/2024. researchers will follow.", "2024. Researchers"),
        ("Follow @SNCF : delays are posted there.", "@SNCF: delays"),
        ("The best vintage since ’89 ? Maybe.", "’89? Maybe"),
    ],
)
def test_handle_score_time_or_date_ends(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "A fleet of Boeing 737-800. engineers checked it.",  # a model's number: a name's
        "Write to @SNCF.help for details.",  # no stop that ends
    ],
)
def test_handle_score_time_or_date_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# after a line a bracket closes (a caption's credit) or a list's last item, a clause opens a
# sentence -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Macron in Paris on Monday. (AFP)\ntalks resumed.", "(AFP)\nTalks resumed"),
        ("The flooded road near Nîmes on Sunday. (Reuters)\ndrivers were stranded.", "Drivers"),
        ("Method:\n1. Sift the flour.\n2. Add the eggs.\nresearchers will follow.", "Researchers"),
        ("Steps:\n- Close the valve.\n- Drain the tank.\nengineers checked it.", "Engineers"),
    ],
)
def test_clause_after_a_credit_or_a_list(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Method:\n1. Sift the flour.\n2. Add the eggs.\nand the milk, slowly.",  # no clause
        "Macron in Paris on Monday. (AFP)\nand his wife.",  # no clause
    ],
)
def test_clause_after_a_credit_or_a_list_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
