"""Round 14 of the `translation` stage: kinds of misses of held-out batch 16 (and 14, 15).

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`) unless it says so (`EVIDENT`); each `kept` table holds what the kind must
leave alone. Every repair test fails on the stage before round 14. `slips.repaired` checks the
stage's contract: repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# the second mark of "?!" ends a sentence as one mark does
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Who could have guessed?! the riders certainly did not.", "guessed?! The riders"),
        ("Can you believe it?! they won the cup again.", "it?! They won"),
        ("Was that a goal?! many of them thought so.", "goal?! Many of them"),
        ("What a finish!! the crowd stayed for an hour.", "finish!! The crowd"),
    ],
)
def test_sentence_after_an_interrobang(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Yahoo!! is a web company.",  # a name's marks before a verb
        "He shouted “Really?!” and left the room.",
    ],
)
def test_sentence_after_an_interrobang_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a count before a noun in the plural and its verb opens a sentence after an abbreviation, a
# word in capitals or a name's number: no name goes on with a count
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The jury found him GUILTY. several shop owners gasped.", "GUILTY. Several shop"),
        ("The fort dates from 52 B.C. two jurors dug it up in 1998.", "B.C. Two jurors"),
        ("The fort was taken in 52 B.C. three legions dug in there.", "B.C. Three legions"),
        ("The council cited the EU. two hundred farmers marched.", "EU. Two hundred"),
    ],
)
def test_count_and_plural_subject_after_a_name(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "In the U.S. two senators said no to the plan.",  # no clause before the stop
        "It was Cyber Monday 2021. zotero users were happy.",  # no count: a brand may go on
        "The panel met two U.N. observers in Geneva.",  # a count before an initialism
        "The report cites Art. 5 and many later rulings.",
    ],
)
def test_count_and_plural_subject_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a web address opens a sentence in lower case: the stop after that sentence is trusted
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The lake's pH fell. www.lac.fr has the data. the riders read it.", "data. The riders"),
        ("Tickets sold out. meteofrance.com lists the alerts. they checked them.", "They checked"),
        ("It rained. www.example.org/rain shows the totals. farmers were glad.", "Farmers were"),
    ],
)
def test_sentence_after_one_a_web_address_opens(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The lake's pH fell. www.lac.fr has the data.",
        "See www.lac.fr for the data on the lake.",
    ],
)
def test_web_address_opening_a_sentence_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a list's item numbered after a label ("Step 3.", "Stage 4)") is a line of its own
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Step 3. Pour the milk.\nthe cooks stirred it slowly.", "milk.\nThe cooks"),
        ("Stage 4) The climb begins.\nthe riders slowed down at once.", "begins.\nThe riders"),
        ("Part 2. The verdict was read.\nthey left the court in silence.", "read.\nThey left"),
    ],
)
def test_sentence_after_a_labelled_step(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Brazil went dark.\nthe highest number of fires was recorded.",  # a join, no list
        "Step 3. Pour the milk.\nStep 4. Stir it slowly.",
    ],
)
def test_labelled_step_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a minus sign written as an en dash is a number's sign: "–12°C" ends a sentence as "12°C"
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The thermometer fell to –12°C. local skiers kept the stoves on.", "°C. Local skiers"),
        ("The lake froze at –3°C. fishermen walked on it.", "°C. Fishermen walked"),
        ("The thermometer fell to –12°C ; pipes froze.", "–12°C; pipes"),
        ("Lows of –8°C , the forecast says.", "–8°C, the"),
    ],
)
def test_en_dash_minus_before_a_temperature(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# the article in a headline in title case after its label
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Interview: An Union on the Storm", "Interview: A Union"),
        ("Verdict in Rennes: A Honest Answer Upheld on Appeal", "Rennes: An Honest Answer"),
        ("Brest: A Emergency Declared Over the Weekend", "Brest: An Emergency"),
    ],
)
def test_article_in_a_title_case_headline_after_a_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Vitamin A Is Good for the Eyes",
        "Lyon: A Union of Bakers Votes to Strike",
        "Note: A European summit was held in Paris on Monday.",
    ],
)
def test_article_in_a_title_case_headline_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a thousands space after a name's number (glued to letters, or after "No."), after a verb,
# and in a headline in capitals
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("#TDF2025 5 000 people was confirmed for Sunday.", "#TDF2025 5,000 people"),
        ("At COP28 1 200 delegates signed the text.", "COP28 1,200 delegates"),
        ("At Gate No. 5 5 000 people waited for hours.", "No. 5 5,000 people"),
        ("Q: Was 250 000 inhabitants a surprise?\nA: Not really.", "Was 250,000 inhabitants"),
        ("STORM WARNING IN BREST: 7 400 HOMES CUT OFF", "BREST: 7,400 HOMES"),
    ],
)
def test_thousands_space_after_a_name_number_or_a_verb(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "A fleet of Boeing 737 800 jets landed.",  # a model's numbers
        "In May 5 000 people came.",  # a date
        "Call 02 99 12 34 56 before noon.",  # a phone number
        "BOEING 737 800 JETS LAND IN PARIS",  # a model's, in capitals
    ],
)
def test_thousands_space_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# "M.": kept before a first name and a surname in running text unless the field surely writes
# the title; repaired in a headline before a verb or a function word, and after a verb
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "M. Night Shyamalan said a incursion was the the best part , and 1 500 people came .",
            "M. Night Shyamalan said an incursion was the best part, and 1,500 people came.",
        ),
        ("M. Emmet Walsh met their their fans ; a hour later , he left .", "M. Emmet Walsh met"),
        ("M. Scott Peck wrote it ; a hour later , the the talks ended .", "M. Scott Peck wrote"),
    ],
)
def test_initial_before_two_names_kept_on_evidence(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert out != raw  # the evidence around it was repaired


def test_initial_before_two_names_repaired_when_the_field_writes_the_title():
    # (passes before round 14 too: the field surely writes "M." as a title)
    raw = "M. Lawan said a incursion was there , and M. Michael Ford agreed ."
    assert "Mr. Michael Ford" in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("STORM WARNING IN BREST: M. LÉVY CANCELLED", "MR. LÉVY CANCELLED"),
        ("A TRIBUTE TO M. KALA AFTER THE RACE", "MR. KALA AFTER"),
        ("Q: Was M. Lévy a surprise?\nA: Not really.", "Was Mr. Lévy"),
        ("Tribute to M. Kala After the Race", "to Mr. Kala After"),
    ],
)
def test_title_in_a_headline_or_after_a_verb(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "M. NIGHT SHYAMALAN FILM OPENS",
        "Interview With John M. Ford After the Race",
        "John M. Ford said it.",
    ],
)
def test_title_in_a_headline_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a spaced colon before a number after a place in a headline in title case
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Heat Wave Hits Seville : 46°C Recorded", "Seville: 46°C"),
        ("Storm Batters Brest : 200 Homes Without Power", "Brest: 200"),
    ],
)
def test_spaced_colon_in_a_title_case_headline(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize("kept", ["Total Fat : 12g", "VIP : 60,000", "Calories : 216"])
def test_spaced_colon_label_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


def test_round14_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: "Ab?! the xs. M. Ab Cd ef www.ab.fr GUILTY. two xs ab. #A1 5 000 Ab : 4 " * k,
        4_000,
    )
