"""Round 27 of the `translation` stage: the kinds of sentence start that blind batch 29 showed
the stage could not read, each mended by its shape and its place.

The kinds (batch 29's misses after round 26, grouped by what the stage failed to read):

- a speaker's label whose stamp is a clock of four figures and a zone, or a clock and a zone
  before a pipe ("0615 GMT+1 - ", "21:07 CEST | "), whose role stands in square brackets after
  the name ("Aldous Keen [mayor of Tollenby]:"), or that is a post's author, a handle
  ("@caldrithfire (12:40):");
- a dateline whose wire stands between slashes or in brackets of two words ("/CNW/", "(PA
  Media)"), or whose parts a release wire sets apart with slashes before its last slash
  ("TOLLENBY, UK / ACCESSWIRE / December 4, 2026 / the");
- a clause after a quoted question whose verb is an auxiliary before a participle that says
  nothing ('"Is that it?" the crowd had expected more');
- a sentence on the line after a post's line that emoji end, as a stop would;
- a time or an imperial unit written with a stop after its quantity, which closes the sentence
  before a clause as "approx." does ("takes 3 hrs. the crews bring food"; "3 hrs. of work");
- verse: a short line that goes on to a short next line with a comma or a semicolon, or that
  follows one, keeps its small letter ("o pier, o pier,\\nthe gulls have kept your hours;").

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone, with and without
the document's evidence (`slips.assert_kept`).
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("21:07 CEST | Rescue chief Tomas Heller: the crews are safe.", "Heller: The"),
        ("0615 GMT+1 - Warden Nils Ostby (Park Trust): the dogs stay on leads.", "): The"),
        ("1930 UTC — Captain Ria Moss: most ferries are back in port.", "Moss: Most"),
        ("Aldous Keen [mayor of Tollenby]: the families have waited too long.", "]: The"),
        ("@caldrithfire (12:40): the crews are clearing the last of it.", "): The"),
        ("@harbourwatch: the pilots are back on the water.", "watch: The"),
    ],
)
def test_a_turn_after_a_label_of_another_dress_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "2026 Census Results: the crews counted every house.",  # a year, no clock
        "#floods: the crews are clearing the debris.",  # a tag, no author
        "@harbourwatch: see the map",  # no stop: no sentence
        "Rescue chief Tomas Heller: npm was down for an hour.",  # a name in small letters
    ],
)
def test_a_label_that_names_no_speaker_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("TOLLENBY, ON, Dec. 4, 2026 /CNW/ - the workers will share a new fund.", "- The"),
        ("CALDRITH, Scotland (PA Media) — the crews turned out to clear the beach.", "— The"),
        ("TOLLENBY, UK / ACCESSWIRE / December 4, 2026 / the firm will open a depot.", "/ The"),
        ("HALVERN, Dec 4 (Dow Jones) - most lenders cut their rates.", "- Most"),
    ],
)
def test_the_sentence_after_a_wires_dateline_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Sales / the crews said it was slow.",  # no dateline before the slash
        "The input/output ratio / the crews said it was fine.",
        "TOLLENBY, UK / ACCESSWIRE / December 4, 2026 / shopping was slow.",  # no clause
    ],
)
def test_a_slash_in_prose_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ('"Is that it?" the crowd had expected far more from the minister.', '" The crowd'),
        ("“Closed again?” the traders were moved to the back.", "” The traders"),
    ],
)
def test_a_perfect_or_a_passive_after_a_quoted_question_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        '"Is that it?" the guard had shouted at them.',  # a verb of speech: a tag
        "“Closed again?” she had asked twice.",
    ],
)
def test_a_tag_in_the_perfect_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Pier reopens Saturday 🎉🎉\nthe crews are already queuing.", "🎉\nThe crews"),
        ("Great day at the beach ☀️\nthe lifeguards counted 400 swimmers.", "\nThe lifeguards"),
    ],
)
def test_a_sentence_after_a_line_that_emoji_end_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The crossing takes 3 hrs. the crews carried sandwiches.", "hrs. The crews"),
        ("The parcel weighs 4 lbs. the porters carried it up.", "lbs. The porters"),
        ("The queue lasted 40 mins. the guards opened a second gate.", "mins. The guards"),
    ],
)
def test_a_sentence_after_a_unit_written_with_a_stop_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "It takes 3 hrs. of work to fix it.",  # the quantity goes on
        "The wall is 6 ft. high at the gate.",
        "He waited 20 mins. before he left.",
    ],
)
def test_a_unit_inside_its_sentence_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "kept",
    [
        "o pier, o pier,\nthe gulls have kept your hours;\nwe kept nothing.",
        "the tide comes in,\nthe tide goes out,\nand nobody waits.",
        "she sang of the sea,\nof the boats and the nets;\nthen she slept.",
    ],
)
def test_verse_keeps_its_small_letters(kept):
    slips.assert_kept(kept)


def test_a_sentence_after_a_stanza_is_still_capitalised():
    raw = "o pier, o pier,\nthe gulls have kept your hours;\nwe kept nothing.\nthe crews read it."
    out = slips.repaired(raw, slips.PLAIN)
    assert out.startswith("o pier, o pier,\nthe gulls") and "\nThe crews read it." in out
