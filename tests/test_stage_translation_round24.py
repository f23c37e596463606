"""Round 24 of the `translation` stage: the kinds of sentence start that blind batch 26 showed
the stage could not read, each mended by its shape and its place.

The kinds (batch 26's `sentence_case` misses after round 23, grouped by what the stage failed
to read):

- a sentence in small letters on the line after one that no prose opens (a command, a call of
  code, a post after its handle: "pip install floodmap\\nthe crews"), where the break is not a
  hard wrap's: the first word would have fit on the line before within the document's longest
  line (a wrap fills a line before it breaks it, at one width through a document);
- a list's letters in small letters ("a. Fuel\\nb. Water", "i. Repair\\nii. Rehouse") taken for
  sentences' first words and capitalised, the first only;
- a clause after a quoted shout or question that opens its sentence, whose verb takes its noun
  phrase after a preposition or a quantity ("“Stop!” the crews froze at the gate", "“Who is
  there?” the guards heard no answer"), not only after a determiner;
- a speaker's role after a comma that names the place or the body it serves ("Anna Serra,
  mayor of Tavrin: the").

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import textwrap

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "pip install floodmap\nthe crews can then open the map offline.",
            "floodmap\nThe crews can",
        ),
        ("npm i -g tidewatch\nthe pilots ran it before dawn.", "tidewatch\nThe pilots"),
        ("harbour.sync(force=True)\nthe pilots saw the map update at once.", ")\nThe pilots"),
        ("@valdorail: trains resume at six\nthe porters were on the first one.", "six\nThe"),
        ("#floods #rescue\nvolunteers filled the sandbags by hand.", "rescue\nVolunteers"),
    ],
)
def test_a_sentence_after_a_line_no_prose_opens_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


_WRAPPED = textwrap.fill(
    "The crews cleared the forest roads before dusk and slept in the trucks while the "
    "water rose across the valley floor, and by morning the ferrymen said that the "
    "bridge at the old mill had gone with the last of the orchards below it.",
    width=60,
)


@pytest.mark.parametrize(
    "kept",
    [
        _WRAPPED,  # a paragraph wrapped at 60 columns: every break is a full line's
        "The crews cleared the forest\nroads before dusk and\nslept in the trucks.",
        "import os\nfor name in os.listdir():",  # code goes on in code
        "anna: on my way\nmarc: the bus is late again.",  # a chat in small letters
        "pip install floodmap\nrunning setup for the map.",  # a participle goes on the line
        "@valdorail: trains resume at six\nfrom the north platform.",  # no clause
        "npm\nthe farmers moved.",  # a word alone: a brand's name, no call
        "# compute totals\nresults are cached.",  # a comment in code: code goes on
        "// sync first\nresults are cached.",
    ],
)
def test_a_wrapped_line_or_a_line_that_goes_on_stays(kept):
    slips.assert_kept(kept)


def test_a_break_a_narrow_wrap_makes_is_left_to_the_wrap():
    """The same line break in a document whose lines all wrap at 30 columns is a wrap's."""
    wrapped = textwrap.fill(
        "the harbour pilots said on monday the ferry lanes would stay shut until the "
        "storm passed over the islands and the tide fell.",
        width=30,
    )
    assert "\n" in wrapped and all(len(line) <= 30 for line in wrapped.split("\n"))
    narrow = "The crews met on Monday.\n\n" + wrapped
    doc_text = slips.repaired(wrapped, "The crews met on Monday.\n\n")
    assert doc_text.split("\n")[1:] == narrow.split("\n")[3:]


@pytest.mark.parametrize(
    "kept",
    [
        "a. Fuel\nb. Water\nc. Blankets",
        "i. Repair the dyke\nii. Rehouse the families",
        "h. Eggs\ni. Flour\nj. Milk",  # "i" after "h" is a letter
        "a) Fuel\nb) Water",
        "iv. Costs\nv. Delays\nvi. Reports",
    ],
)
def test_a_lists_letters_stay_small(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("a. Fuel\nb. Water\nc. Blankets\nthe crews brought all three.", "c. Blankets\nThe"),
        ("i. Repair\nii. Rehouse\nthe council agreed to the first only.", "ii. Rehouse\nThe"),
    ],
)
def test_a_sentence_after_a_lettered_list_is_capitalised_and_the_letters_stay(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert out.startswith(raw[:2]) and fixed in out


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“Stop!” the ferrymen froze at the gate.", "“Stop!” The ferrymen"),
        ("— “Stop!” the ferrymen froze at the gate.", "— “Stop!” The ferrymen"),
        ("– “Who is there?” the guards heard no answer.", "there?” The guards"),
        ("“Run!” the porters ran to the door.", "“Run!” The porters"),
        ("“Fire!” the guards emptied the hall.", "“Fire!” The guards"),  # round 12's shape
    ],
)
def test_a_clause_after_a_quoted_shout_that_opens_its_sentence_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "“Traitor!” the crowd chanted at him.",  # a tag: its pronoun
        "— “Stop!” he shouted at the gate.",  # a pronoun subject: a tag
        "“Why?” the minister asked in the chamber.",  # a verb of speech
        "“Never!” shouted one protester at the gate.",  # an inverted tag
        "“We waited, and waited…” the ferrymen sighed at the end.",  # a sigh is a tag
    ],
)
def test_a_quotes_tag_stays_small(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Anna Serra, mayor of Tavrin: the ferrymen deserve an answer.", "Tavrin: The"),
        ("Dr Lin, head of the Eskervale Clinic: the wards need staff.", "Clinic: The"),
        ("Omar Haddad, minister for Ports: most crews are safe.", "Ports: Most"),
        ("Ilse Brandt, spokeswoman at Nordham Rail: the trains are late.", "Rail: The"),
    ],
)
def test_a_turn_after_a_role_that_names_its_place_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Prices, analysts at Barclays said: the index fell.",  # a label that says
        "Paris, capital of France: the city of light.",  # no speaker, no clause
        "anna, in Tavrin: the bus is late.",  # a name in small letters
        "Ingredients, for Tavrin Cake: eggs, flour and milk.",  # a list, no clause
    ],
)
def test_a_label_with_a_place_that_opens_no_turn_stays(kept):
    slips.assert_kept(kept)
