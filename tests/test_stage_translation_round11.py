"""Round 11 of the `translation` stage: kinds of misses of set 3 and held-out batches 1 to 12.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 11. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a footnote's mark or an emoji between a sentence's end and the next word: the sentence opens
# as after the mark alone ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The dam was finished in 1998.² engineers inspect it yearly.", "1998.² Engineers"),
        ("Sales fell by a third.¹ the shops blamed the weather.", "third.¹ The shops"),
        ("The bridge opened in 1932.[4] it still carries trains.", "1932.[4] It still"),
        ("The pier reopened on Friday. 🎣 anglers came back at dawn.", "🎣 Anglers came"),
        ("Our team won the cup. 🏆 the fans sang all night.", "🏆 The fans sang"),
        ("The choir sang in Dijon. 🎶🎶 critics loved the show.", "🎶🎶 Critics loved"),
        ("The storm passed.³ 🌧️ farmers counted the damage.", "🌧️ Farmers counted"),
    ],
)
def test_sentence_after_a_decorated_stop(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Results came from the U.S.² and Canada.",  # an initialism's stop goes on
        "See e.g.¹ the appendix for the full table.",
        "What a week! 🎉 talks resumed on Monday.",  # an exclamation takes openers only
        "The report¹ and the annex² were late.",  # no sentence's end
        "The list [1] and [2] was long.",  # no sentence's end before the bracket
        "He said it. 🙂",  # no word after
    ],
)
def test_sentence_after_a_decorated_stop_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a degree's initialism ("Ph.D.", "M.Sc.") closes its sentence before a clause, as "U.N." does -
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("He holds a Ph.D. colleagues praised his work.", "Ph.D. Colleagues praised"),
        ("She finished her M.Sc. two firms offered her a job.", "M.Sc. Two firms"),
        ("The curator earned a D.Phil. students attended her talk.", "D.Phil. Students"),
    ],
)
def test_clause_after_a_degree(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Her Ph.D. students were in Lyon on Monday.",  # the degree before a noun
        "He holds a Ph.D. thesis prize from the academy.",  # no clause after
        "When she earned her Ph.D. colleagues met her.",  # no main clause before
    ],
)
def test_clause_after_a_degree_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a main clause in the present before an initialism's stop: a longer subject before a verb in
# -s, a subject in the plural before a verb without it; and a verb without -s after the stop --
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The old harbour master belongs to the U.N. sailors were told.", "U.N. Sailors"),
        ("Most of the timber comes from the U.S. builders were pleased.", "U.S. Builders were"),
        ("The bakeries buy their flour from the E.U. millers were glad.", "E.U. Millers"),
        ("Both airlines fly the flag of the U.K. crews were told.", "U.K. Crews were"),
        ("E.U. fishing fleets sell to the U.S. buyers welcomed it.", "U.S. Buyers"),
        ("The grant was paid by the U.N. critics question it.", "U.N. Critics question"),
        ("The vote was held under Louis XV. few remember the day.", "XV. Few remember"),
    ],
)
def test_clause_in_the_present_around_an_initialism(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "A spokesman for Acme Holdings Inc. said the talks were over.",  # no verb before
        "Towns near the U.S. border guards were busy.",  # a preposition, no verb
        "The farmers say the U.S. officials were late.",  # a verb that takes a clause
        "The U.S. officials visit the U.N. offices on Monday.",  # no clause after
        "Prices in the E.U. member states rose in May.",
    ],
)
def test_clause_in_the_present_around_an_initialism_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a name's year or number ends its sentence before a clause whose subject is in the plural or
# a quantity, evidence or not -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The fair was the Salon 2024. exhibitors sold out early.", "2024. Exhibitors"),
        ("The rule is set in Clause 9. landlords opposed it.", "Clause 9. Landlords"),
        ("The concert closed the Proms 2023. several stayed late.", "2023. Several stayed"),
        ("The ship joined Convoy 12. dockers waved it off.", "12. Dockers waved"),
    ],
)
def test_clause_after_a_name_number(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "He bought it on Prime Day 2019. ecobee redesigned it later.",  # a brand
        "The model is the Series 7. apps run faster on it.",  # no clause before
        "It was Salon 2024. exhibitors, exhibitors and more exhibitors.",  # no clause after
        "The update shipped as Release 4. fooapp users were told.",  # a name before a noun
    ],
)
def test_clause_after_a_name_number_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a heading's letter or small Roman numeral ("b) The hives", "(ii) The costs", "c. Next"): the
# article after it opens a sentence, and a clause on the next line opens one -----------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("b) The timetable\ndrivers will start at six.", "\nDrivers will"),
        ("c. The verdict\njurors were sent home.", "\nJurors were"),
        ("ii. The budget\nmayors voted against it.", "\nMayors voted"),
        ("(ii) A agreement on the canal", "(ii) An agreement"),
        ("iv) An report on the canal", "iv) A report"),
    ],
)
def test_after_a_lettered_heading(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "b) The timetable\nand the fares",  # no sentence on the next line
        "i.e. The timetable\nwhich is late.",  # no heading's letter
        "(ii) Plan A and the canal",  # a letter a label names
    ],
)
def test_after_a_lettered_heading_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a space before a colon and a number after a capitalised word that a word in small letters
# stands before on its line: a place in a headline ---------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Wildfire in the Var : 3,000 hectares burned", "Var: 3,000"),
        ("Strike at Orly : 40 flights cancelled", "Orly: 40"),
        ("Snow across the Jura : 12 roads closed", "Jura: 12"),
    ],
)
def test_colon_before_a_number_after_a_place(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "VIP : 60,000",  # a label
        "Total Fat : 12g",  # a label in title case
        "The odds were 5 : 1 on the favourite.",  # a ratio
    ],
)
def test_colon_before_a_number_after_a_place_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a title that English never writes after a heading's letter: the letter is no initial ---------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("B. Mme Lévy and the vote", "B. Mrs. Lévy"),
        ("C. Mme Kala at the tribunal", "C. Mrs. Kala"),
    ],
)
def test_title_after_a_heading_letter(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "W. M. Keck funded the telescope.",  # "M." an initial after an initial
        "B. M. Kala and the vote",  # the same shape: a heading's letter or initials
    ],
)
def test_title_after_a_heading_letter_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
