"""Round 16 of the `translation` stage: kinds of misses of held-out batch 18 and round 15's
leftovers.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 16. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


def _kept(text: str, evident: bool = True) -> None:
    """`text` unchanged without evidence and, when `evident`, with the document's evidence (a
    shape the stage repairs on evidence since before round 16 is asked without only)."""
    assert slips.repaired(text, slips.PLAIN) == text
    if evident:
        assert slips.repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# a straight quote before the stop closes a word as a curly one does: a race time's seconds,
# a plural's apostrophe
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Pogačar won in 1h02'13''. the riders could not keep up.", ". The riders"),
        ("She ran the mile in 4'31''. her coach wept.", ". Her coach"),
        ("The trophy went to the Lions'. their fans sang all night.", ". Their fans"),
    ],
)
def test_sentence_after_a_straight_quote(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("He won in 1h02'13'' , a new record.", "13'', a"),
        ("She ran it in 2'31'' ; the old mark fell.", "31''; the"),
    ],
)
def test_space_after_a_race_time(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# an abbreviated noun an ordinal counts closes its phrase: a clause after it is a sentence
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The chapel dates from the 12th c. its curator restored the roof.", ". Its curator"),
        ("The vat dates from the 15th c. wine lovers still use it.", ". Wine lovers"),
        ("The flat is in the 3rd arr. most of the tenants left.", ". Most of"),
    ],
)
def test_sentence_after_an_ordinal_abbreviation(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["They visited a 15th c. church in Lyon.", "A 2nd ed. copy sold for €40 on Monday."],
)
def test_ordinal_abbreviation_kept(kept):
    _kept(kept)


# a clock time's zone is no word shouted: it ends a sentence as a unit does
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The final started at 21:00 CET. spectators arrived early.", ". Spectators"),
        ("The auction ended at 18:40 CEST. mountain guides went home.", ". Mountain"),
        ("The launch is set for 9:30 GMT. engineers are confident.", ". Engineers"),
    ],
)
def test_sentence_after_a_time_zone(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# "ibid." and "op. cit." stand for a whole reference and close it
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The same figure appears ibid. the residents disputed it.", ". The residents"),
        ("The same figure appears ibid. half of them disputed it.", ". Half of them"),
        ("The figure is taken from Durand, op. cit. they never replied.", ". They never"),
    ],
)
def test_sentence_after_a_closed_reference(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["As the report notes (ibid., p. 12), it was never funded.", "See ibid. p. 14 for the map."],
)
def test_reference_kept(kept):
    _kept(kept)


# a share counts as a quantity does before "of" and a pronoun: a subject no name takes
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Snow in June! half of them came out at dawn.", "! Half of them"),
        ("Rain in July! half of the vines were lost.", "! Half of the"),
        ("What a week! part of the crews went home.", "! Part of"),
    ],
)
def test_sentence_after_a_share_of_them(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# a name's own mark ("Yahoo! readers") is no sentence's end: the sentence opens before it
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The story led Yahoo! readers to protest. snowploughs did too.", ". Snowploughs"),
        ("The quiz show Jeopardy! fans love is back. critics are not pleased.", ". Critics"),
        ("Readers of Hello! magazine were told. the editors apologised.", ". The editors"),
    ],
)
def test_sentence_after_a_name_mark(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert "! readers" in out or "! fans" in out or "! magazine" in out


# a line led as the line before (a thread's counter, a lettered item, a dialogue's dash), after
# a stop, is a sentence of its own
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("1/2 The auction raised €15m.\n2/2 the peloton gave it to the hospital.", "2/2 The"),
        ("1/3 The council voted no.\n2/3 they wanted a referendum.", "2/3 They"),
        ("a) The barrel sold for €810,000.\nb) the bidders paid in cash.", "b) The"),
        ("(1) The vote was close.\n(2) most members abstained.", "(2) Most"),
        ("– Will you appeal?\n– the bidders will decide, said the lawyer.", "– The bidders"),
    ],
)
def test_sentence_after_a_led_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The menu: a) soup; b) fish; c) cheese. It was good.",
        "- trade\n- energy talks resumed.",
        "a) soup\nb) the fish course was late.",
        "3/4 of the members voted.\n4/4 of them stayed.",
    ],
)
def test_led_line_kept(kept):
    _kept(kept)


# a line that no sentence goes on from: a headline after its label and a stop, a byline, an
# embedded post's signature and its date
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("VIDEO. The Mistral tears roofs off in Marseille\nwine lovers filmed it.", "\nWine"),
        ("LIVE. Storm Ciarán Reaches Brest and Lorient Tonight\ncrews cleared roads.", "\nCrews"),
        ("By Anne-Claire Le Gall, in Rennes\nwine lovers gathered outside.", "\nWine"),
        ("By Claire Dubois and Jean Roux, in Saint Malo\nthe talks resumed.", "\nThe talks"),
        (
            "Roads are closed. — Météo-France (@meteofrance) 14 Jan 2025\nguides stayed home.",
            "\nGuides",
        ),
        (
            "Fireworks are off. — Mairie de Lyon (@Lyon) March 3, 2025\nthe councillors left.",
            "\nThe councillors",
        ),
    ],
)
def test_sentence_after_a_signed_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "NOTE. The council will meet in the town\nhall at noon.",
        "By the river\nand across the bridge, the march went on.",
    ],
)
def test_signed_line_kept(kept):
    _kept(kept, evident="By the" not in kept)


# a headline after its label and a stop ("EXCLUSIVE. ") is read past the label, and a title's
# stop is no sentence's there: its article, doubled word, title and number are a headline's
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("EXCLUSIVE. A Hour Speaks Out After the Verdict", "An Hour"),
        ("EXCLUSIVE. Their Their Report Speaks Out After the Verdict", ". Their Report"),
        ("EXCLUSIVE. M. Lévy Speaks Out After the Verdict", "Mr. Lévy"),
        ("EXCLUSIVE. 1 200 Troops Speaks Out After the Verdict", "1,200 Troops"),
        ("VIDEO. A Union Backs Down in Lyon Over Pay", "A Union"),
    ],
)
def test_labelled_headline(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\nThe rest follows.", slips.PLAIN)


# in a headline, a verb and its particle after a one-word name: "M." is a title
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("SNOW IN THE PYRENEES: M. BORNE CUT OFF", "MR. BORNE"),
        ("Hail in Beaujolais: M. Kala Gives Up on the Harvest", "Mr. Kala"),
        ("STRIKE: M. LÉVY BACKS DOWN", "MR. LÉVY"),
    ],
)
def test_title_before_a_phrasal_verb(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\nThe rest follows.", slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "M. Night Shyamalan Film Opens in Paris",
        "M. Emmet Walsh At Cannes",
        "Novelist James M. Cain Wrote Up a Storm",
    ],
)
def test_title_before_a_phrasal_verb_kept(kept):
    _kept(kept + "\n\nThe rest follows.", evident="Cain" in kept)


# in a headline in title case, a capitalised word counts after a thousands space, as in capitals
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Beaune Wine Auction: 1 350 000 Voters Sold for a Record", "1,350,000 Voters"),
        ("Snow in the Pyrenees: 7 400 Homes Cut Off", "7,400 Homes"),
    ],
)
def test_thousands_in_a_title_case_headline(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\nThe rest follows.", slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["Airline Orders Boeing 737 800 Jets for Summer", "Road Map Shows Route 66 100 Miles On"],
)
def test_thousands_in_a_title_case_headline_kept(kept):
    _kept(kept + "\n\nThe rest follows.", evident=False)


# a name's leading dot is no word's: the space before a mark after it is a slip
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The app was rewritten in .NET ; it crashes less.", ".NET; it"),
        ("Sales moved to .fr , then to .com.", ".fr, then"),
    ],
)
def test_space_after_a_leading_dot_name(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


def test_round16_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: (
            "Ab 15th c. ab cd ef. Ab Yahoo! ab. 1/2 Ab.\n2/2 ab cd.\nVIDEO. Ab Cd\nab cd. "
            "EXCLUSIVE. M. Ab Cd Out 1 200 Ab Cd. 1h02'13'' , at 9:30 CET. ab. .NET ; " * k
        ),
        4_000,
    )
