"""Sentences in small letters after line heads and lines of more shapes (session 54).

The kinds blind batch 50 left at 0: a note's word in a section's tag before a bar (`LIVE |`) or
in a banner of more words (a bilingual alert label with a slash) was read as a note's label,
after which a writer's small letters stay; a label of plain words before a colon on the
sentence's line (`Festival guide: the`) was no head; a long subject's clause on the line after
a short line (a spelled-out date), after a list's items, or after a line a web address opens
was not read; a subject in the plural after a shout's `!` was not either. Each shape is tested
with several made-up wordings (English and other languages' labels); none is from the
evaluation's batches. Look-alikes keep their small letters: a note's own label, a heading with
no stop, a wrapped line, a name's `!`, a list's small items.
"""

from __future__ import annotations

import pytest

from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

# a note's word in a tag before a bar or in a banner of more words: a head, no note's label ------
TAGGED = [
    ("LIVE | ferry crews heading for the islands face two-hour delays at the port.",
     "| Ferry crews"),
    ("VIDEO | market traders in the old town packed up early on Friday.", "| Market traders"),
    ("EN DIRECT | most schools in the valley stayed shut on Tuesday.", "| Most schools"),
    ("FLOOD ALERT / ALERTE CRUE – residents living by the river were told to leave.",
     "– Residents"),
    ("STORM WARNING LEVEL RED – fishermen along the coast kept their boats in port.",
     "– Fishermen"),
    ("AVISO ROJO / RED WARNING — hill farmers moved their flocks down to the valley.",
     "— Hill farmers"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), TAGGED)
def test_a_note_word_in_a_tag_or_a_banner_heads_a_sentence(raw, opened):
    out = slips.with_slip(raw)
    assert opened in out, out
    assert out.lower() == raw.lower()
    assert slips.repaired(raw, slips.PLAIN, slips.WAITING) == raw  # clean, no lone_heads: waits


def test_the_old_reading_is_a_setting():
    stage = TranslationRepair(head_labels=False)
    raw = TAGGED[1][0]
    assert slips.with_slip(raw, stage) == raw


# a label of plain words before a colon, the sentence on its line ---------------------------------
LABELLED = [
    ("Festival guide: visitors arriving by train should use the north exit.", ": Visitors"),
    ("Travel advice: drivers heading south must carry snow chains.", ": Drivers"),
    ("Market report: cattle breeders in the hills were paid less in May.", ": Cattle"),
    ("Guía práctica: most walkers on the coast path take the ferry back.", ": Most walkers"),
    ("Agenda culturel: galleries in the old town stay open late on Thursdays.", ": Galleries"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), LABELLED)
def test_a_label_before_a_colon_heads_its_line_on_evidence(raw, opened):
    out = slips.with_slip(raw)
    assert opened in out, out
    assert out.lower() == raw.lower()
    # a house style writes a small letter after a label's colon: a clean document keeps it
    assert slips.repaired(raw, slips.PLAIN) == raw


KEPT_AFTER_LABEL = [
    "Correction: this article first gave the wrong price for the ferry.",
    "Editor's note: the names of the pupils have been changed.",
    "Talks in Paris: what we know so far",  # a heading, no sentence
    "Prices rose: the bakers blamed the flour.",  # a clause before the colon
    "The reason was simple: the ferry was full.",  # a sentence's opener
    "Warning - the footbridge is closed until further notice.",
]


@pytest.mark.parametrize("raw", KEPT_AFTER_LABEL)
def test_a_note_a_heading_or_a_clause_before_a_colon_keeps_its_small_letter(raw):
    assert slips.with_slip(raw) == raw
    slips.assert_kept(raw)


# a long subject's clause on the line after a short line, a list's items or an address's line -----
LINES = [
    ("Saturday 14 March 2026\nsheep farmers on the upper plateau lost their fences in the wind.",
     "\nSheep farmers"),
    ("Dimanche 3 mai\nboat owners in the inner harbour were asked to double their moorings.",
     "\nBoat owners"),
    ("Tuesday, 9 June\nnight nurses at the district hospital will strike from noon.",
     "\nNight nurses"),
    ("What to bring:\n- a warm coat\n- a pair of boots\nwalkers who forget them may be "
     "turned back at the gate.", "\nWalkers who"),
    ("Before you vote:\n• check your polling station\n• bring an identity card\nvoters without "
     "one will be asked to fill in a form.", "\nVoters without"),
    ("More on the closures\nwww.kelmar-roads.example has a map of every detour.\nlorry drivers "
     "without a permit can call the depot.", "\nLorry drivers"),
    ("Tide tables\ntides.ostrand.example lists the times for each beach.\nanglers on the "
     "north pier should check them first.", "\nAnglers on"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), LINES)
def test_a_long_subject_opens_the_line_after_a_short_line_a_list_or_an_address(raw, opened):
    out = slips.with_slip(raw)
    assert opened in out, out
    assert out.lower() == raw.lower()


@pytest.mark.parametrize("raw", [raw for raw, _ in LINES[3:]])
def test_the_small_items_and_the_address_stay_small(raw):
    out = slips.with_slip(raw)
    for line in raw.splitlines()[1:-1]:
        assert line in out, out  # "- a warm coat", "www.kelmar-roads.example has"


KEPT_LINES = [
    # a line after a sentence with no lead (a join of segments), a line wrapped mid-clause
    "Brazil went dark.\nthe highest number of fires was recorded.",
    "Officials at the port said that on\nMonday most of the cranes stood idle.",
]


@pytest.mark.parametrize("raw", KEPT_LINES)
def test_a_wrapped_line_or_a_join_keeps_its_small_letter(raw):
    assert slips.repaired(raw, slips.PLAIN) == raw
    assert slips.repaired(raw, slips.EVIDENT).endswith("\n\n" + raw)


# a subject in the plural after a shout's "!" -----------------------------------------------------
BANGS = [
    ("What a night for the old harbour of Vellan! ferry crews sang until dawn.", "! Ferry crews"),
    ("Such a storm over the hills of Oristan! sheep farmers lost half their fences.",
     "! Sheep farmers"),
    ("Quelle fête pour le vieux port! local fishermen danced on the quay all night.",
     "! Local fishermen"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), BANGS)
def test_a_plural_subject_opens_a_sentence_after_a_shout(raw, opened):
    slips.assert_opened(raw, opened)


@pytest.mark.parametrize(
    "raw",
    [
        "Yahoo! users were angry about the outage.",  # a name's mark at the sentence's start
        "Figures cited by Yahoo! on Friday showed a fall.",
        "Sales at Yahoo! fell again in May.",  # a name's mark inside its clause
    ],
)
def test_a_name_s_mark_or_a_short_shout_keeps_its_small_letter(raw):
    slips.assert_kept(raw)


def test_the_readings_are_linear():
    slips.assert_linear("Tuesday 9 June\nnight nurses at the district hospital will strike.")
    slips.assert_linear("What a night for the old harbour! ferry crews sang until dawn.")
