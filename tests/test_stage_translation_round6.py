"""Round 6 of the `translation` stage: kinds of misses of held-out batch 7, fixed.

Each `(raw, fixed)` table is one kind, repaired in a short clean host with no other evidence
of translation (a lone slip); each `kept` table holds what the kind must leave alone. Every
repair test fails on the stage before round 6. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a number with its unit or sign ends a sentence: the stop after the unit is no abbreviation's
# nor an initial's ("130 km/h. farmers", "45 m². voters", "+3.2%. prices") ---------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Gusts reached 130 km/h. farmers stayed indoors.", "km/h. Farmers"),
        ("The flat measures 45 m². voters found it small.", "m². Voters"),
        ("The strike lasted 48 h. unions returned on Monday.", "48 h. Unions"),
        ("Prices rose +3.2%. economists expected less.", "+3.2%. Economists"),
        ("The new reactor produces 1,650 MW. engineers visited the site.", "MW. Engineers"),
        ("The bill came to €3.4bn. voters called it a waste.", "€3.4bn. Voters"),
        ("Download speeds reached 1 Gbit/s. engineers were impressed.", "Gbit/s. Engineers"),
        ("The parcel weighed 2.5kg. couriers carried it.", "2.5kg. Couriers"),
        ("The plant makes 12\u00a0MW. engineers run it.", "MW. Engineers"),
        ("Its output fell -4.5%. investors sold the shares.", "-4.5%. Investors"),
        ("Turnout: ~40,000. police counted fewer.", "~40,000. Police"),
        ("The bill was $2.5m. taxpayers will pay it.", "$2.5m. Taxpayers"),
        ("The hall holds 3,000 m³. engineers checked it.", "m³. Engineers"),
    ],
)
def test_measure_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Gusts reached 130 km/h. Farmers stayed indoors.",  # already a capital
        "The report by J. smith was published on Monday.",  # an initial, no number before it
        "Add 5 in. of snow to the forecast.",  # a unit English writes with a stop
        "Stir in 1 tsp. salt and 2 tsp. sugar.",  # the same, repeated in a recipe
        "The rocket reached Mach 5. npm was updated.",  # no unit: a number after a name
    ],
)
def test_measure_rule_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a capital letter that a label names ends a sentence: "line B.", "plan B.", "vitamin C." -----
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Traffic is cut on line B. unions blamed the storm.", "line B. Unions"),
        ("They had no plan B. voters noticed it.", "plan B. Voters"),
        ("The pills contain vitamin C. doctors advise two a day.", "vitamin C. Doctors"),
        ("Passengers must leave from platform A. staff will guide them.", "platform A. Staff"),
    ],
)
def test_labelled_letter_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The book by Anne B. smith was published.",  # an initial: no label before it
        "Traffic is cut on line B. Unions blamed the storm.",  # already a capital
    ],
)
def test_labelled_letter_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a number an abbreviation introduces ends a sentence: a page, a number, an article, a date
# ("on p. 12. the", "wore No. 7. fans", "on Jan. 14. voters"), no name's number --------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The figures are on p. 12. several ministers revised them.", "12. Several"),
        ("The law took effect on Jan. 14. voters opposed it.", "14. Voters"),
        ("The bill is listed as No. 212. deputies vote on it.", "212. Deputies"),
        ("The rule is in Art. 5. judges read it closely.", "5. Judges"),
        ("The map is in fig. 3. critics liked it.", "3. Critics"),
    ],
)
def test_number_after_a_numbering_abbreviation_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "It ran on Prime Day 2019. ecobee redesigned it.",  # a name's number
        "The band played at Studio 54. npm was updated.",  # the same after a capital
        "The law took effect on Jan. 14. Voters opposed it.",  # already a capital
    ],
)
def test_number_after_a_numbering_abbreviation_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


@pytest.mark.parametrize(
    "make",
    [
        lambda k: "Ab cd 1" + "1," * k + "5 km/h. the " * 3,
        lambda k: "It rose +3.2%. the " * k,
        lambda k: "Ab 1 " * k + "km/h. the",
        lambda k: "On p. 1. the " * k,
    ],
)
def test_measure_linear_on_hostile_input(make):
    assert_linear(lambda text: slips.repaired(text, slips.PLAIN), make, 20_000)
