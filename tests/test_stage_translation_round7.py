"""Round 7 of the `translation` stage: kinds of misses of held-out batches 7 and 8, fixed.

Each `(raw, fixed)` table is one kind, repaired in a short clean host with no other evidence
of translation (a lone slip); each `kept` table holds what the kind must leave alone. Every
repair test fails on the stage before round 7. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a code of capitals and digits ends a sentence as a word does, no shout nor initial ("at COP28.
# the", "on flight AF447. patients", "confirmed H5N1. vets") ---------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The deal was struck at COP28. delegates hailed it.", "COP28. Delegates"),
        ("The passengers were on flight AF447. relatives said nothing.", "AF447. Relatives"),
        ("Vets confirmed H5N1. farmers culled their flocks.", "H5N1. Farmers"),
        ("The summit was held by the G7. diplomats were pleased.", "G7. Diplomats"),
        ("Sales fell in Q2. shareholders complained.", "Q2. Shareholders"),
        ("The convoy took the A7. drivers were stuck for hours.", "A7. Drivers"),
    ],
)
def test_code_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The deal was struck at COP28. Delegates hailed it.",  # already a capital
        "All ID. models were recalled on Monday.",  # a brand in capitals, no digit
        "They met at NATO. headquarters were closed.",  # a word in capitals: still doubtful
    ],
)
def test_code_rule_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a line complete in itself opens a sentence on the next line: a shout, a question, a label, a
# heading in capitals ("STRIKE!\nfarmers", "What next?\nvoters", "Background:\nunions") ------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("STRIKE!\nfarmers walked out at dawn.", "STRIKE!\nFarmers walked"),
        ("What happens now?\ntenants will vote in June.", "now?\nTenants will"),
        ("Background:\nunions had warned of this.", "Background:\nUnions had"),
        ("Why it matters:\ncommuters face long delays.", "matters:\nCommuters face"),
        ("FLOODS: THE NORTH ON ALERT\nresidents were told to leave.", "ALERT\nResidents were"),
        ("A historic win!\nsupporters danced in the streets.", "win!\nSupporters danced"),
    ],
)
def test_complete_line_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Yahoo!\nis a company that sells ads.",  # one word that is a name, its mark inside it
        "The list of items we will need for it:\nflour, sugar and eggs.",  # a long line
        "Ingredients:\nflour, sugar and eggs",  # a list, no sentence that ends with a stop
        "STRIKE!\nFarmers walked out at dawn.",  # already a capital
        "Why plugins?\nwhich keeps the core small.",  # a heading cut off before its clause
        "Was the server down?\nbeing slow is not the same.",  # a participle goes on it
        "See the figures for\nthe north on page 4.",  # a line wrapped inside a sentence
    ],
)
def test_complete_line_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a space before a mark after a number, a code or a measure ("COP28 , the", "€3.4bn , a",
# "~40,000 ;", "AF447 : what", "at 64 ? The") -------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("At COP28 , the talks dragged on.", "At COP28, the talks"),
        ("The bill came to €3.4bn , a record for the region.", "€3.4bn, a record"),
        ("The crowd was ~40,000\u00a0; police counted fewer.", "~40,000; police"),
        ("Flight AF447 : what we know", "AF447: what we know"),
        ("Budget 2026\u202f: the main measures", "2026: the main measures"),
        ("Who retires at 62 ? The answer depends on your job.", "62? The answer"),
        ("The line cost €12m ; commuters paid for it.", "€12m; commuters"),
        ("The G20 , however, failed to agree.", "G20, however"),
    ],
)
def test_space_after_number_or_code(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "VIP : 60,000 won, Regular : 30,000 won",  # a price list: a colon before a number
        "The score was 3 : 1 at half-time.",  # a ratio, digits either side
        "It opened at 10 :30 on Monday.",  # a time cut by a space, not a mark that ends
    ],
)
def test_space_after_number_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a mark after a closing quote or bracket ends the sentence as surely as a full stop: what the
# bracket or the quote holds is closed, no abbreviation nor name goes on ("(ARS). residents",
# "“the end of an era”? engineers") ------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("It was run by the health agency (ARS). residents declined.", "(ARS). Residents"),
        ("The fund is managed by the bank (BPI). investors were told.", "(BPI). Investors"),
        ("The plan was drafted by the ministry (DGS). doctors objected.", "(DGS). Doctors"),
        ("Is this “the end of an era”? engineers think so.", "era”? Engineers"),
        ("Who still says “never again”? historians asked.", "again”? Historians"),
        ("They called it “a betrayal”! farmers were furious.", "betrayal”! Farmers"),
    ],
)
def test_mark_after_closer_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "They met (what a day!) on Monday.",  # the mark inside the bracket: an aside
        "She asked “why now?” and left.",  # the mark inside the quote: a quote in a sentence
        "Is it “the end of an era”? asks the author.",  # an inverted speech tag
        "It was run by the health agency (ARS). Residents declined.",  # already a capital
    ],
)
def test_mark_after_closer_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
