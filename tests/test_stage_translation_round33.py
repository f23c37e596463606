"""Round 33 of the `translation` stage: readings, not wordings. Batch 35 (the blind judge of
round 32) showed the stage misreading, whatever the wording around it:

- a subject whose verb says ("the prefect said", "two union leaders told") after a wire
  dateline: the clause reader (`_clause_follows`) leaves "said" to `_says_it` (after a quote,
  "“Stop!” the guard said" goes on its sentence), so every dateline before such a clause
  stayed small; after a dateline no quote stands to attribute (`_speech_follows`);
- an Indian dateline, a place in capitals alone before a colon ("TEVANAGAR: police
  arrested"): read as a transcript's speaker with no other turn; now a place in capitals is a
  dateline (`_speaker_alone`), a note's label in capitals is not (`note_labels`: "UPDATE: ");
- a live blog's label and its clock before the sentence ("Update, 17:40: the crews"): no
  stamp's shape had a word before its clock (`_LINE_STAMP_CASE`, `_LINE_OPENS`);
- a note's label in capitals before a dash ("EDITOR’S NOTE — This story ...\\nthe coroner"):
  its owner's "’S" in capitals and its dash were no note's lead (`_SENTENCE_LINE`);
- a name's own "!" inside its clause ("figures cited by Yahoo! on Friday showed", "a Wham!
  for the ages"): the word after it opens sentences ("On Friday, ..."), so it was
  capitalised; a capitalised name after a word in small letters, before a preposition or a
  conjunction, or written the same elsewhere before small letters, is a name's mark
  (`_name_bang`). A shout that is its own sentence ("Goal! in the last minute") still ends it.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("MARLOWICK (Reuters) - the harbour board said on Monday that fees would rise.", "- The"),
        ("BRANTWICK (Reuters) - local fishermen told reporters the catch had halved.", "- Local"),
        ("Dunsmere (AFP) - officials said the ferry would run again on Sunday.", "- Officials"),
        ("KELLBY, Wales (AP) — two union leaders warned of further strikes.", "— Two union"),
        ("Orrington, Jan 4 (PTI) the district officer said schools would reopen.", ") The"),
    ],
)
def test_a_clause_whose_verb_says_opens_a_sentence_after_a_dateline(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The vote in Lyon - the council said it would wait.",  # no dateline before its dash
        "“Stop that!” the guard said, and the crowd fell quiet.",  # a quote's attribution
        "MARLOWICK (Reuters) - shopping centres in the north",  # no verb that says
    ],
)
def test_a_speech_verb_with_no_dateline_or_after_a_quote_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("TEVANAGAR: police arrested three men after a raid on a warehouse.", ": Police"),
        ("NEW KORLAPUR: the district collector ordered a survey of the dams.", ": The district"),
        ("SOLAPANDI: heavy rain flooded the low-lying parts of the town.", ": Heavy rain"),
        ("ERNAKAVU: volunteers from the temple trust served meals to pilgrims.", ": Volunteers"),
    ],
)
def test_a_clause_after_a_place_in_capitals_and_its_colon_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "UPDATE: the road reopened on Monday.",  # a note's label keeps its small letters
        "NOTE: the figures are provisional.",
        "CORRECTION: an earlier version gave the wrong date.",
        "TEVANAGAR: eggs, flour and milk.",  # no clause after the place
        "THE DEAL: the unions signed on Friday.",  # a heading with a function word
        "Ingredients: eggs, flour and milk.",
    ],
)
def test_a_note_label_in_capitals_or_no_clause_after_a_place_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Update, 09:15: the coroner opened an inquest into the deaths.", ": The coroner"),
        ("Updated 9.15am — rescue crews reached the village late on Sunday.", "— Rescue"),
        ("Update 21:05 GMT: the ferry company cancelled the last sailing.", ": The ferry"),
        ("Posted, 18.30: two lorries blocked the bypass for an hour.", ": Two lorries"),
    ],
)
def test_a_clause_after_a_live_label_and_its_clock_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Update, 09:15: eggs, flour and milk.",  # no clause after the stamp
        "The ferry left at\n07:45 the crews were ready and waiting.",  # a wrap, no stamp
        "Arrivals fell. Update, 09:15: the coroner opened an inquest.",  # no line's lead
    ],
)
def test_no_clause_or_no_line_after_a_live_label_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "EDITOR’S NOTE — This report includes details some readers may find upsetting."
            "\nthe coroner read out the findings on Tuesday.",
            "\nThe coroner",
        ),
        (
            "EDITORS' NOTE - The names of the victims have been withheld.\nthe coroner opened "
            "an inquest on Tuesday.",
            "\nThe coroner",
        ),
        (
            "PUBLISHER’S NOTE: This piece was updated on Friday.\nthe harbour board approved "
            "the plan.",
            "\nThe harbour",
        ),
    ],
)
def test_a_clause_after_a_note_line_in_capitals_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Brazil — The lights went out.\nthe highest number was reached.",  # a joined segment
        "Today's Note - the ferries run late.\nthe harbour stays open until ten.",  # no capital
    ],
)
def test_a_dash_after_no_notes_owner_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "kept",
    [
        "The game show Wheel! pulled in viewers, data cited by Zoomer! on Monday showed.",
        "The band played a Wham! for the ages at the fair.",
        "Viewers of Blitzo! drew praise, and ratings compiled by Blitzo! in March rose.",
        "Fans of Whizzo! from three counties queued from dawn outside the studio.",
        "Tickets for Kaboom! at the Ostwick theatre sold out within an hour.",
    ],
)
def test_a_names_own_bang_inside_its_clause_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The final whistle went. Goal! in the last minute the hosts won it.", "! In the"),
        ("We waited an hour. What a week! on Monday the talks resumed.", "! On Monday"),
        ("Nobody moved. Fire! at once the hall emptied into the square.", "! At once"),
    ],
)
def test_a_shout_that_ends_its_sentence_before_a_preposition_still_ends_it(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)


@pytest.mark.parametrize(
    "line",
    [
        "MARLOWICK (Reuters) - the harbour board said on Monday that fees would rise.",
        "TEVANAGAR: police arrested three men after a raid.",
        "Update, 09:15: the coroner opened an inquest into the deaths.",
        "EDITOR’S NOTE — This report includes details.\nthe coroner read out the findings.",
        "data cited by Zoomer! on Monday showed Zoomer! Zoomer! in",
    ],
)
def test_the_new_readings_take_linear_time(line):
    slips.assert_linear(line)
