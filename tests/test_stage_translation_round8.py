"""Round 8 of the `translation` stage: kinds of misses of held-out batches 8 and 9, fixed.

Each `(raw, fixed)` table is one kind, repaired in a short clean host (`PLAIN`), or in one whose
evidence reaches the repair bar (`EVIDENT`) where the kind waits for it; each `kept` table holds
what the kind must leave alone. Every repair test fails on the stage before round 8.
`slips.repaired` checks the stage's contract: repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a rank or a number with a short unit ends a sentence as a word does: "st" after a number is
# no street, "t" a tonne ("finished 21st. the crowd", "landed 40 t. fishermen") --------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("She finished 1st. fans applauded her.", "1st. Fans"),
        ("The boat finished 21st. sailors were still proud.", "21st. Sailors"),
        ("The bill was filed on May 31st. critics objected.", "31st. Critics"),
        ("Boats landed 7.5 t. fishermen said it was poor.", "7.5 t. Fishermen"),
        ("The wreck held 40 t. divers worked all night.", "40 t. Divers"),
        ("The barge carried 900 t. police stopped it.", "900 t. Police"),
    ],
)
def test_rank_or_tonnage_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "She finished 21st. Fans applauded her.",  # already a capital
        "They met at 5th St. near the park.",  # a street after a rank
        "The wreck held 40 t. Divers worked all night.",  # already a capital
    ],
)
def test_rank_or_tonnage_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# with the document's evidence, a short number or a code ends a name that ends the sentence
# ("relegated from Ligue 1. fans", "flew on Ariane 6. engineers", "Article 49.3. critics") -----
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The club was relegated from Ligue 1. supporters were in tears.", "1. Supporters"),
        ("The satellite flew on Ariane 6. engineers watched the launch.", "6. Engineers"),
        ("The bill passed under Article 49.3. deputies filed a motion.", "49.3. Deputies"),
        ("The air force chose the Rafale F4. pilots approved the order.", "F4. Pilots"),
        ("The race ended on Route 66. riders were exhausted.", "66. Riders"),
    ],
)
def test_name_number_ends_a_sentence_on_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)
    # round 11: without evidence too, as a clause whose subject is a noun in the plural follows
    # (`tests/test_stage_translation_round11.py`; "Windows 10. npm was" stays)
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "They launched it on Prime Day 2019. ecobee redesigned it.",  # a year ends a brand's name
        "The club was relegated from Ligue 1. Supporters were in tears.",  # already a capital
        "It runs Windows 10.1 with npm installed.",  # no stop that ends
    ],
)
def test_name_number_goes_on_with_evidence(kept):
    assert kept in slips.repaired(kept, slips.EVIDENT)


def test_long_runs_are_fast():
    # `slips.repaired` also checks that repairing twice changes nothing
    assert "It was Ligue 1. Fans 21st." in slips.repaired(
        "It was Ligue 1. fans 21st. the 40 t. men ", slips.EVIDENT
    )
    assert_linear(
        lambda text: slips.repaired(text, slips.EVIDENT),
        lambda k: "It was Ligue 1. fans 21st. the 40 t. men " * k,
        10_000,
    )


# a numbered heading, a section's title of three words at most after its number, is complete in
# itself: the next line opens a sentence ("2. The budget\nretirees will pay") ------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("2. The budget\nretirees will pay more in 2025.", "budget\nRetirees will"),
        ("1. Background\nunions had warned of this for months.", "Background\nUnions had"),
        ("3) Next steps\nministers will meet in June.", "steps\nMinisters will"),
        ("4. Tax cuts\nmost households will gain a little.", "cuts\nMost households"),
    ],
)
def test_numbered_heading_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "1. Preheat the oven to 200\ndegrees and bake it well.",  # a number: a wrapped item
        "2. Mix the flour with the sugar and\nthe eggs until smooth.",  # a long wrapped item
        "2. The budget\nRetirees will pay more in 2025.",  # already a capital
        "12. Tax cuts\nand spending were both debated.",  # a function word goes on a title
    ],
)
def test_numbered_heading_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
