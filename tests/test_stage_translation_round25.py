"""Round 25 of the `translation` stage: the kinds of sentence start and article that blind batch
27 showed the stage could not read, each mended by its shape and its place.

The kinds (batch 27's misses after round 24, grouped by what the stage failed to read):

- a speaker's label dressed more than a name: a live blog's clock in any of its shapes before
  the dash ("11.42am — ", "9:05 p.m. - "), a label of four words ("Harbour master Olu
  Breck:"), set in bold ("**Chief Inspector Hale:**"), or with a note in small letters in its
  bracket ("Mayor Ines Kolar (via interpreter):");
- a dateline whose place is not in capitals before its date and agency ("Vennamor, Nov 8
  (IANS)"), whose agency stands alone ("(Bloomberg) --"), that ends with a stop and a hyphen as
  Spanish wires write it ("(EFE).- ") or with the agency's bracket and no dash;
- a clause whose verb is a modal after a quoted shout or question that opens its sentence
  ("“You sold the ferry?!” the crews could not believe it": no quote's tag takes a modal);
- a hard-wrapped line that ends with an abbreviation that introduces an example ("e.g.",
  "i.e."): it stops mid-clause, so the sentence it belongs to opens on a line above;
- a thread's counter without its total ("2/ ") leads a line as "1/3 " does.

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
        ("11.42am — Harbour master Olu Breck: the crews must stay off the pier.", "Breck: The"),
        ("9:05 p.m. - Coach Lund: the players are tired after the match.", "Lund: The"),
        ("14.10 – Fire chief Ana Roth: most roads are shut tonight.", "Roth: Most"),
        ("**Chief Inspector Hale:** the wardens were warned twice.", "Hale:** The"),
        ("**Minister Ada Brun:** the ferries will run on Monday.", "Brun:** The"),
        ("Mayor Ines Kolar (via interpreter): the families will be rehoused.", "): The"),
        ("Dr Sam Ode (by phone): the wards need more staff.", "): The"),
    ],
)
def test_a_turn_after_a_dressed_speakers_label_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "**Note:** the ferry times changed.",  # a note's label in bold, one word
        "**Update:** the road is open again.",
        "Prices rose in Paris: the index fell.",  # four words, a clause, no speaker
        "11.42 the crews left the pier.",  # no label nor dash (round 29: a stamp and its dash)
        "anna: on my way\nmarc: the bus is late again.",  # a chat in small letters
    ],
)
def test_a_label_that_names_no_speaker_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("(Bloomberg) -- the traders sold their boats at a record pace.", "-- The traders"),
        ("(Reuters) - most lenders cut their rates.", "- Most lenders"),
        ("Vennamor, Nov 8 (IANS) the anglers gathered at the ferry terminal.", "(IANS) The"),
        ("Quillon, Nov 8 (EFE).- the farmers blocked the coast road.", "(EFE).- The"),
        ("Ostrava, 8 November (CTK) the miners went back to work.", "(CTK) The"),
        ("Vennamor (IANS) An European summit opened.", "(IANS) A European"),
    ],
)
def test_the_sentence_after_a_dateline_of_any_dress_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Officials in Lyon (France) said the plan was dead.",
        "The talks (AFP) went on late.",  # a bracket after words in small letters
        "The Lyon office (ARS) the agency runs is closed.",
        "Vennamor, Nov 8 (IANS) shopping was slow.",  # a participle: no clause
        "(Bloomberg) -- npm was down for an hour.",  # a name in small letters
    ],
)
def test_a_bracket_in_prose_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("“You sold the ferry?!” the crews could not believe it.", "” The crews"),
        ("“Closed again?” the traders would have to wait.", "” The traders"),
        ("‘Enough!’ the unions will strike on Monday.", "’ The unions"),
    ],
)
def test_a_clause_whose_verb_is_a_modal_after_a_quoted_shout_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "“You sold the ferry?!” she could not believe it.",  # a pronoun: as a tag
        "“Why?” the minister asked in the chamber.",
        "“Never!” shouted one protester at the gate.",
    ],
)
def test_a_quotes_tag_stays_small(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The barrier is raised on big tides, e.g.\nduring the spring storms, and the road\n"
            "behind it shuts. the crews take the long way.",
            "shuts. The crews",
        ),
        (
            "The dyke holds the sea back, i.e.\nthe whole bay, when the wind turns.\n"
            "the farmers know it well.",
            "turns.\nThe farmers",
        ),
    ],
)
def test_a_sentence_after_a_line_wrapped_at_an_example_is_capitalised(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert out.split("\n")[1] == raw.split("\n")[1]  # the wrapped line goes on as it was


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("2/ An European summit is what the council forgot.", "2/ A European"),
        ("7/ A emergency is why the rail link stalled.", "7/ An emergency"),
        ("1/3 An European summit is what the council forgot.", "1/3 A European"),
    ],
)
def test_the_article_after_a_threads_counter_is_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "2/ A European summit is what the council forgot.",
        "The ratio was 2/ A in the old notation.",  # no line's start
        "1/2 of the voters: A clear majority.",  # "of" after the counter: a fraction
    ],
)
def test_a_counter_with_the_right_article_or_a_fraction_stays(kept):
    slips.assert_kept(kept)
