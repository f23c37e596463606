"""Round 32 of the `translation` stage: readings, not wordings. Batch 34 (the blind judge of
round 31) showed the stage misreading, whatever the wording around it:

- a subject whose noun a phrase follows before its verb ("the workers at the depot told",
  "residents of the lower town were", "several traders on the quay drove"): the clause reader
  (`_clause_follows`) took three words at most before a verb, so half the usual openers of a
  wire dateline, a list item, a byline or a headline's next line were read as no clause; the
  phrase is now read as the subject's (`_verb_after_phrase`), its noun the subject's noun for a
  verb in the plural (`_plural_subject_clause`: "the highest number of fires was" stays);
- a subject that "a" or "an" opens, its noun qualified by a phrase ("a nurse from the county
  hospital described"): the article was read as a clause's breaker wherever it stood; a noun
  alone after it still may go on a phrase ("/PRNewswire/ -- an incursion was announced", as
  the golds of batches 2, 3, 6 and 16 keep it);
- a line that a colon ends, longer than a label, before a sentence on the next line ("The
  ministry released this statement on Friday:\\nthe inspectors found"): read as no line of its
  own; now its break is one when no wrap made it (`_introduces`);
- a note's label with its owner ("Editor's note: ", "Editors’ Note: ") before a line's
  sentence, then a clause on the next line; small letters after the label itself stay, as
  after "Note:" (a note's own style, tests of rounds 21, 22 and 26);
- a byline with the writer's role after a comma ("By Maren Tolley, BBC Transport
  Correspondent"): complete in itself, as a byline is.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "HOLLINSBY, March 9 (Reuters) - the drivers at the bus depot walked out before dawn.",
            "- The drivers at",
        ),
        (
            "Ulverdale, Norway (AFP) - residents of the harbour district blocked the ferry ramp.",
            "- Residents of",
        ),
        ("Marnock (dpa) - two pilots from the regional airline refused to fly.", "- Two pilots"),
        (
            "SCARROWDALE, Jan. 12 (Xinhua) -- the head of the port authority opened a berth.",
            "-- The head",
        ),
        ("Brackwater, Feb 3 (PTI) several traders in the old market shut early.", ") Several"),
        ("TARROW CROSS (Reuters) - most drivers on the night routes will strike.", "- Most"),
    ],
)
def test_a_subject_with_a_phrase_after_its_noun_opens_a_clause_after_a_dateline(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("PENNICK, Wales (AP) — a nurse from the county hospital described the ward.", "— A nurse"),
        ("KESTREL BAY (Reuters) - an engineer at the power station was hurt.", "- An engineer"),
        ("1. a teacher from the village school raised the alarm.\n2. Nobody was hurt.", "1. A"),
        ("The talks ended at 5 p.m. a crowd of farmers gathered outside.", "p.m. A crowd"),
    ],
)
def test_an_indefinite_subject_that_a_phrase_qualifies_opens_a_clause(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Corvel (Reuters) - an incursion was reported at dawn.",  # a noun alone may go on
        "Corvel (Reuters) - a week of talks",  # no verb on its line
        "At 9 a.m. a crowd of farmers gathered at the gate.",  # the time opens its sentence
        "I always tell my clients: “an open face is a happy face for all of us!”",
        "The envoy flew to the U.S. a week ago and stayed.",
    ],
)
def test_an_indefinite_noun_alone_or_no_clause_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "* the volunteers at the food bank packed four hundred parcels.\n* The council paid.",
            "* The volunteers",
        ),
        (
            "b) fishermen from the south pier sold their catch at cost.\na) The harbour stayed.",
            "b) Fishermen",
        ),
        (
            "1. several growers in the valley lost their crops.\n2. Nobody was insured.",
            "1. Several growers",
        ),
        (
            "Flood Defences Fail at Tarrow Cross\nresidents of the lower town were moved.",
            "\nResidents of",
        ),
    ],
)
def test_a_subject_with_a_phrase_opens_a_list_item_or_a_line_after_a_headline(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# Text after an agency dateline's dash opens a sentence in English news style even with no verb
# (the lead's decision in session 44, when the opener model with a threshold per boundary kind
# shipped): round 32 had pinned this phrase to stay lower case.
def test_a_verbless_phrase_after_an_agency_dash_opens_its_sentence():
    raw = "HOLLINSBY (Reuters) - the crews at the port, the docks and the yards."
    assert "- The crews at" in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The ferry left at noon.\nthe number of cars on the deck was small.",  # a joined line
        "* eggs from the farm\n* Flour from the mill",
        "1. a list of the names\n2. The map of the site",
        "Corvel (Reuters) - npm at the port was down.",  # a name in small letters
    ],
)
def test_no_clause_or_no_subject_with_a_phrase_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The ministry released this short statement on Friday evening:\n"
            "the inspectors at the border post found no trace of the cargo.",
            ":\nThe inspectors",
        ),
        (
            "The union set out its position in a letter to members:\n"
            "most drivers on the night routes will strike from Monday.",
            ":\nMost drivers",
        ),
        (
            "The board gave its answer after a long meeting:\n\n"
            "the tenants in the east wing must leave by June.",
            ":\n\nThe tenants",
        ),
        (
            "Here is what the harbour master told the crews at dawn on Sunday:\n"
            "officials were told to keep the boats in port.",
            ":\nOfficials",
        ),
    ],
)
def test_a_sentence_on_the_line_after_a_line_a_colon_ends_opens_with_a_capital(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The verdict was unanimous: the quarry must close by June.",  # within its line
        "The papers listed the three roads that would stay closed:\n"
        "the coast road, the ring road and the old bridge.",  # no clause
        "Applicants were told to bring these papers with them:\n- a passport\n- two photos",
        "The council said it would consider the request:\nthe decision on the depot",  # no stop
        # a hard wrap: the line before the colon's is as full as the document's longest
        "The council met on Monday and argued about the budget for hours\n"
        "and the mayor said that the answer to every question was simple:\n"
        "the reserves will run out before the end of the next year.\n"
        "Officials agreed to publish the costs later this month, she said\nand left.",
    ],
)
def test_a_clause_after_a_colon_within_a_paragraph_or_no_sentence_after_it_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Editor's note: This article was corrected on 3 May to fix a date.\n"
            "the lawyers for the family declined to comment.",
            "\nThe lawyers",
        ),
        (
            "Editors’ Note: An earlier version misnamed the ship.\n"
            "a spokesman for the shipping line apologised for the error.",
            "\nA spokesman",
        ),
        (
            "Author's note: Names have been changed.\nthe pickers at the orchard were paid.",
            "\nThe pickers",
        ),
        (
            "Editor's note: This article was corrected on 3 May to fix a date.\n"
            "rail staff walked out at noon.",
            "\nRail staff",
        ),
    ],
)
def test_a_clause_after_a_note_line_with_its_owner_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Editor's note: the story was updated at noon.",  # after the label itself, as "Note:"
        "Editors’ note: names have been changed.",
        "Editor's note: This story was updated at noon.\nnpm was down for an hour.",
        "Editor's note: This story was updated at noon.\neggs, flour and milk.",  # no clause
    ],
)
def test_a_note_lines_own_small_letters_or_no_clause_after_it_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("By Maren Tolley, BBC Transport Correspondent\nrail staff walked out.", "\nRail staff"),
        ("By Orla Penhale and Tam Birch, Staff Writers\nharbour trade slowed in May.", "\nHarbour"),
        ("By Ivo Castell, Chief Correspondent for Europe\nnight traffic resumed.", "\nNight"),
    ],
)
def test_a_sentence_after_a_byline_with_the_writers_role_opens_with_a_capital(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "By Maren Tolley, BBC Transport Correspondent\nnpm was down for an hour.",
        "By Monday, most crews had left the port.",  # no byline: a sentence
        "By Ivo Castell, Reuters\nhttps://example.org/feed",
    ],
)
def test_no_sentence_after_a_byline_or_no_byline_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "line",
    [
        "HOLLINSBY (Reuters) - the drivers at the bus depot walked out before dawn.",
        "PENNICK (AP) — the nurse from the county hospital described the ward.",
        "* the volunteers at the food bank packed parcels.\n* The council paid.",
        "The ministry released this short statement on Friday evening:\nthe inspectors left.",
        "Editor's note: This article was corrected.\nthe lawyers for the family declined.",
        "By Maren Tolley, BBC Transport Correspondent\nrail staff walked out.",
        "the workers at the port of the town in the valley at the foot of the hill",
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line)
