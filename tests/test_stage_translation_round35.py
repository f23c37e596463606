"""Round 35 of the `translation` stage: readings, not wordings. Batch 37 (the blind judge of
round 34) showed the stage misreading, whatever the wording around it:

- a story's flash after a live blog's bare clock ("17:31 Breaking: the water board sealed"):
  the label took a clock only in brackets or before a dash ("[17:31] ", "17:31 - "), so the
  flash was no label at all (`_TRANSCRIPT_LABEL`, the scan's `LABELLED`);
- a verb whose past is its base after a subject in the singular ("OTTERMERE (Reuters) - the
  lifeboat crew cut the price"): no finite verb for the clause reader, which knew "cut" only
  after a plural ("the bailiffs cut the price"); before its object it is one (`base_past`);
- a sentence after one that a handle opens ("@kettridge_fire followed an hour later. the
  crews shared both"): a sentence opening in small letters was no sentence's head unless a
  brand's or an address (`_handle_opens`);
- a name its owner writes small opening a sentence ("npower wrote to customers"): taken for a
  slip; a word whose letters before its first vowel open no English word is a name, unless the
  document capitalises it too (`word_onsets`, `_name_spelling`); and a verb that says to
  someone ("wrote to customers") takes no clause, so its sentence is a clause before the next
  (`_speech_to`);
- a sentence-case headline and its lead twice in one page ("Flood barrier fails its first
  test\\nresidents watched"): two lines in small letters after lines with no stop read as a
  page that wraps its lines; a paragraph of a heading and its lead is no wrap
  (`_headed_paragraph`);
- "no." in small letters before a number ("match no. 14 on the list. the archivist", twice in
  a page): read as the word "no", so the sentence's head was found after it and the repeated
  slip was taken for an abbreviation (`numbering`).

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN` or `HOST`); each `kept` table holds what the kind must leave alone.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("17:31 Breaking: the water board sealed off the market square.", ": The water"),
        ("09.05 Exclusive: junior doctors rejected the offer overnight.", ": Junior"),
        ("21:40 Developing: the coastguard called off the search at dusk.", ": The coast"),
        ("6:15 Just in: flood wardens closed the coast road.", ": Flood"),
    ],
)
def test_a_flash_after_a_bare_clock_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "17:31 Note: the ferry leaves at noon.",  # a note's label keeps its small letters
        "10:30 Ingredients: eggs, flour and milk.",  # a list, no clause
        "17:31 Caller: npm was down for an hour.",  # a command's name
    ],
)
def test_no_flash_or_no_clause_after_a_bare_clock_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("OTTERMERE (Reuters) - the lifeboat crew cut the price of oil.", "- The lifeboat"),
        ("KARVEL (AP) — the water board set a date for the vote.", "— The water"),
        ("NALKOT (AFP) - the mayor shut the library for a week.", "- The mayor"),
        ("SARNAVEL (Reuters) - the storm hit the coast overnight.", "- The storm"),
        ("BRINDLECOMBE (Reuters) - the county council put it to a vote.", "- The county"),
    ],
)
def test_a_verb_whose_past_is_its_base_before_its_object_makes_a_clause(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# Text after an agency dateline's dash opens a sentence in English news style even with no verb
# (the lead's decision in session 44, when the opener model with a threshold per boundary kind
# shipped): round 35 had pinned both phrases to stay lower case. The second is still left by
# the model (strict xfail: flip it when a change opens it).
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("OTTERMERE (Reuters) - the tax cut of 2026", "- The tax cut"),  # no verb at all
        pytest.param(
            "OTTERMERE (Reuters) - the price cut for pensioners",  # a noun, a phrase after it
            "- The price cut",
            marks=pytest.mark.xfail(strict=True, reason="the model scores it under its cut"),
        ),
    ],
)
def test_a_verbless_phrase_after_an_agency_dash_opens_its_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Warnings came from @ottermere_police. @kettridge_fire followed an hour later. "
            "the lifeboat crew shared both.",
            "later. The lifeboat",
        ),
        (
            "@brindle_council posted the closures at noon. the bus drivers were told later.",
            "noon. The bus",
        ),
        ("#floodwatch trended all night across the valley. residents stayed up.", ". Residents"),
    ],
)
def test_a_sentence_after_one_a_handle_opens_opens_a_sentence(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert "@" not in raw or out.count("@") == raw.count("@")


@pytest.mark.parametrize(
    "kept",
    [
        "Warnings came from @ottermere_police before midnight. @kettridge_fire followed.",
        "@kettridge_fire followed an hour later with a map.",
    ],
)
def test_a_handle_keeps_its_small_letters(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Bills are set to climb. npower wrote to customers on Monday. the archivist called "
            "it unjustified.",
            "climb. npower wrote to customers on Monday. The archivist",
        ),
        (
            "Post offices will close. bpost has cut 400 jobs this year. the unions called a "
            "strike.",
            "close. bpost has cut 400 jobs this year. The unions",
        ),
        (
            "Rates went up again. mbank raised its rates on Monday. the regulator said nothing.",
            "again. mbank raised its rates on Monday. The regulator",
        ),
        (
            "The match was streamed live. bwin took bets on the final all evening. the fans "
            "stayed on.",
            "live. bwin took bets on the final all evening. The fans",
        ),
    ],
)
def test_a_name_spelt_as_no_english_word_keeps_its_small_letters(raw, fixed):
    assert fixed in slips.repaired(raw, slips.HOST)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        # an English word's opening letters: a slip, capitalised
        ("Prices rose. shoppers stayed home on Monday.", "rose. Shoppers"),
        ("The ferry left. strikers blocked the quay at noon.", "left. Strikers"),
        ("The road shut. drivers waited for hours.", "shut. Drivers"),
        # a name the document also capitalises: the small one is a slip
        ("Mbeki spoke first. mbeki then left the hall.", "first. Mbeki then"),
    ],
)
def test_a_word_spelt_as_english_or_capitalised_elsewhere_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.HOST)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Flood barrier at Ottermere fails its first test\nallotment holders watched the "
            "water spill over the top.\n\nThe council met on Monday.\n\nWexhallow bakery "
            "reopens 3 months after fire\nthe bailiffs queued round the block.",
            ("test\nAllotment holders", "fire\nThe bailiffs"),
        ),
        (
            "Ferry strike enters its second day\nshopkeepers on the island ran short of milk."
            "\n\nTalks resume on Friday.\n\nMinister visits flooded valley\nfarmers showed "
            "her the damage.",
            ("day\nShopkeepers on", "valley\nFarmers showed"),
        ),
    ],
)
def test_two_headlines_and_their_leads_are_no_wrapped_page(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    for part in fixed:
        assert part in out


@pytest.mark.parametrize(
    "kept",
    [
        # a page that wraps its lines: the second line of a paragraph goes on the first
        "The storm cut power to homes across the\nvalley and the coast.\nIt rained for a week "
        "on the\nhills above the town.",
    ],
)
def test_a_wrapped_page_keeps_its_small_letters(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The Kettridge vs. Sarnavel tie is match no. 14 on the list. the archivist asked "
            "for a date.\n\nThe Kettridge vs. Sarnavel tie is match no. 14 on the list. the "
            "archivist asked for a date.",
            "list. The archivist",
        ),
        (
            "The plan is shown in fig. 3 of the report. the engineers disagreed with it.\n\n"
            "The plan is shown in fig. 3 of the report. the engineers disagreed with it.",
            "report. The engineers",
        ),
    ],
)
def test_a_numbering_abbreviation_in_small_letters_before_a_number(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert out.count(fixed) == 2


@pytest.mark.parametrize(
    "kept",
    [
        "Nobody else was let in. 14 people waited outside.",  # "in" numbers nothing
        "The match is no. 14 on the list.",
    ],
)
def test_a_number_after_a_word_that_numbers_nothing_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "line",
    [
        "17:31 Breaking: the water board sealed off the square.",
        "@kettridge_fire followed an hour later. the crews shared both.",
        "npower wrote to customers on Monday. the archivist called it unjustified.",
        "the lifeboat crew cut the price. match no. 14 on the list. the archivist",
        "Flood barrier fails its first test\nresidents watched the water.",
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line)
