"""Round 21 of the `translation` stage: the kinds of sentence start that blind batch 23 showed
the stage could not read, each mended by its shape and its place.

The kinds (batch 23's `sentence_case` misses after round 20, grouped by what the stage failed
to read):

- a transcript's turn that opens in small letters after its speaker's label and colon, or a
  letter and its stop, at a line's start ("MODERATOR: investors have one minute each.", "A.
  rescue workers think so."): a turn next to it opens with a label of the same shape before a
  capital, as the writer opens turns;
- a sentence after one that opens a line or a paragraph in small letters, the first word of
  which stays as written: a line cut mid-clause with no mark ("The minister said the plan
  would\\nsave money …. rescue workers doubted it"), a short domain opening a clause ("x.com
  was down for an hour. the union leaders …");
- a dateline with a date after its place ("NEW DELHI, Feb. 12 — some teachers gathered");
- a quoted shout or question opening its sentence, then a clause that does something to an
  object ("‘Get out!’ the union leaders fled the building").

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a transcript's turn in small letters after a label of the same shape as its neighbour's
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "JOHNSON: We disagree.\nMODERATOR: investors have one minute each.",
            "\nMODERATOR: Investors have",
        ),
        (
            "Presenter: So what now?\nDr Patel: the union leaders need more beds.",
            "\nDr Patel: The union leaders",
        ),
        (
            "Q: When do the trains run again?\nA: investors should check the website.",
            "\nA: Investors should",
        ),
        ("Q. How long will it take?\nA. rescue workers think at least a year.", "\nA. Rescue"),
        # the turn in small letters first
        (
            "Mr. Okafor: their lawyers have filed an appeal.\nJudge: That is noted.",
            "Mr. Okafor: Their lawyers have",
        ),
        (
            "INTERVIEWER: How did it start?\nSEN. WARREN: most families were already in debt.",
            "\nSEN. WARREN: Most families were",
        ),
    ],
)
def test_turn_after_a_speaker_label(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        # a chat whose turns are all in small letters: the writer's habit
        "Anna: on my way\nMarc: the bus was late again.",
        # a lone label, no transcript around it; notes in paragraphs of their own
        "Update: The road is open.\n\nCorrection: this article gave the wrong date.",
        "Question: was it expected?\nAnswer: no.",
        "Note: the council will meet in the town hall.",
        "He said: the plan was dead.",
        # a label before a list in small letters, a name in small letters, an address
        "Ingredients: Eggs and milk.\nMethod: eggs, flour and milk, beaten together.",
        "Device: Pixel 8.\nNote: iOS users were not affected.",
        "Source: The ministry.\nLink: www.gov.uk/news was updated today.",
        # clock times and ratios open no label (a timeline's clock item after one that opens
        # with a capital opens a sentence since round 45, no label's turn:
        # test_stage_translation_round45_places)
        "3:1 The home side won.\n2:2 the visitors held on.",
        # code's key and value, a label in small letters
        "name: The build\nscript: the runner calls it.",
        "marc: See you at 8.\nanna: the bus was late.",
        # what says the quote, a participle
        "Q: Who said it?\nA: he said it twice.",
        "Q: What now?\nA: waiting for the results.",
    ],
)
def test_speaker_label_kept(text):
    slips.assert_kept(text)


# a sentence after one that opens a line or a paragraph in small letters
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The minister said the plan would\nsave money within ten years. rescue workers "
            "doubted it.",
            "\nsave money within ten years. Rescue workers",
        ),
        (
            "The train reached 320\nkm/h on the test run. many parents cheered.",
            "\nkm/h on the test run. Many parents",
        ),
        (
            "Officials confirmed that the new line would\nopen in May. local traders welcomed it.",
            "\nopen in May. Local traders",
        ),
        (
            "x.com was down for an hour. the union leaders moved elsewhere.",
            "x.com was down for an hour. The union leaders",
        ),
        ("t.co links were blocked for a day. many readers complained.", "day. Many readers"),
    ],
)
def test_sentence_after_a_line_in_small_letters(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        # a heading before a line in small letters: no clause cut (three words), nor a line
        # of four with no finite verb
        "Storm hits Lyon\nsave for two members. the others left.",
        "The new tram line to Bron\nsave for two stops. the others opened.",
        # a line that ends its sentence, a line of code, abbreviations
        "import os. the path is set.",
        "e.g. the plan was dead. the union leaders moved elsewhere.",
        "i.e. there was a plan. the union leaders moved elsewhere.",
        # a line ending in a mark is no clause cut
        "The council met on Monday;\nsave for two members. the others left.",
    ],
)
def test_line_in_small_letters_kept(text):
    slips.assert_kept(text)


def test_first_word_in_small_letters_stays():
    """The word that opens the line or the paragraph in small letters stays as written."""
    out = slips.repaired("The train reached 320\nkm/h on the test run. many parents cheered.")
    assert "\nkm/h on" in out
    out = slips.repaired("x.com was down for an hour. the union leaders moved elsewhere.")
    assert out.startswith("x.com was")


# a dateline with a date after its place, or a country and a date
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("NEW DELHI, Feb. 12 — some teachers gathered outside parliament.", "— Some teachers"),
        ("LAGOS, Nigeria, March 3 — many parents kept their children home.", "— Many parents"),
        ("BERLIN, Jan. 5 (Reuters) - the traders walked out on Monday.", "- The traders"),
        ("WASHINGTON, D.C., Sept. 9 - city officials closed the parks.", "- City officials"),
    ],
)
def test_clause_after_a_dated_dateline(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "The vote, Feb. 12 — the council met.",  # no place in capitals
        "NEW DELHI, Feb. 12 — shopping centres stayed shut.",  # a participle
        "NEW DELHI, Feb. 12 — npm was down.",  # a name in small letters
        "NEW DELHI, Feb. 12 — and the talks went on.",  # no clause
    ],
)
def test_dated_dateline_kept(text):
    slips.assert_kept(text)


# a quoted shout or question opening its sentence, then a clause acting on an object
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("‘Get out!’ the union leaders fled the building.", "’ The union leaders"),
        ("“Fire!” the guards emptied the hall.", "” The guards"),
        ("“Run?” lorry drivers abandoned their trucks.", "” Lorry drivers"),
    ],
)
def test_clause_after_a_quoted_shout(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "“Why?” the minister asked.",  # the quote's tag
        "“Traitor!” the crowd chanted at him.",  # a tag: no object after the verb
        "“Never!” the crowd chanted.",
        "“Never!” shouted one protester. Others stayed.",  # an inverted tag
        "“Enough!” cried several of the drivers at the gates.",
        "“Get out!” he shouted at the guards.",  # a pronoun says it
        "“Stop!” the officer begged them.",  # a pronoun object: a tag's
        "“A war.” it was.",  # a stop: what says it or goes on it
        "“We met.” the talks resumed the next day.",
        "She asked “why now?” and left the room.",  # a quote inside a sentence
    ],
)
def test_quoted_shout_kept(text):
    slips.assert_kept(text)
