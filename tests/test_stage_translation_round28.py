"""Round 28 of the `translation` stage: the kinds of sentence start that blind batch 30 showed
the stage could not read, each mended by its shape and its place.

The kinds (batch 30's misses after round 27, grouped by what the stage failed to read):

- a speaker named in the bracket after a role or a body, or an account's handle there ("The
  Minister for Harbours (Ines Calloway):", "Drennock Fire & Rescue (@drennockfire):"), a
  label with two brackets after the name, a seat and a party ("Oren Hask (Corvistow North)
  (Lab):"), an ISO date and time as its stamp ("2026-12-05T09:14Z – "), a longer stamp in bold
  ("**11:20 a.m. PST** ");
- a dateline of a wire's own house style: the agency's bracket before a colon ("Drennock, Dec
  5 (PTI): "), the agency before the place and date ("(ANSA) - Corvistow, December 5 - "), a
  release wire's double hyphen and bracket with its date ("Quillby, Scotland--(Newsfile Corp. -
  December 5, 2026) - "), a wire between slashes after the date's stop ("BRINDLEMERE, December
  5. /TASS/. ");
- a street's abbreviated type after its name closes the name, not the sentence ("4 Quay Ln. on
  Tuesday");
- a subject cut before its verb by a line break ("Residents of Quillby Harbour and Tarnwick
  Docks\\nwere told to move"): the sentence opens on the line above, so the next sentence after
  its stop opens one too.

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
        ("The Minister for Harbours (Ines Calloway): the crews will be paid.", "): The"),
        ("Drennock Fire & Rescue (@drennockfire): the crews are damping down.", "): The"),
        ("Oren Hask (Corvistow North) (Lab): the families were let down twice.", "): The"),
        ("2026-12-05T09:14Z – Watch officer Pell Araya: the boats are searching.", "a: The"),
        ("**11:20 a.m. PST** *Mayor Delia Frane:* the residents must run their taps.", "* The"),
    ],
)
def test_a_turn_after_a_label_of_another_dress_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The report said (Ines Calloway): the crews will be paid.",  # a verb in the label
        "Prices rose (see chart): the index fell.",
        "Ingredients (serves four): eggs, flour and milk.",  # no clause after it
    ],
)
def test_a_label_with_a_bracket_that_names_no_speaker_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Drennock, Dec 5 (PTI): the farmers staged a sit-in.", "(PTI): The"),
        ("(ANSA) - Corvistow, December 5 - the rowers crossed the lagoon.", "5 - The"),
        ("Quillby, Scotland--(Newsfile Corp. - December 5, 2026) - the firm will list.", ") - The"),
        ("BRINDLEMERE, December 5. /TASS/. the miners have reopened the road.", "/. The"),
    ],
)
def test_the_sentence_after_a_wires_house_dateline_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The plan (see below): shopping was slow.",  # a participle: no clause
        "(ANSA) - Corvistow, December 5 - npm was down.",  # a name in small letters
        "The ratio is 3/4. /x/. that is all",  # no dateline, no stop at the end
    ],
)
def test_a_bracket_or_a_slash_in_prose_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    "kept",
    [
        "Lt. Col. Ferro met Insp. Dray at 4 Quay Ln. on Tuesday.",
        "The march went along Mill Ct. and past the school.",
        "They met at Harbour Pl. in the rain.",
    ],
)
def test_a_streets_abbreviated_type_closes_its_name_not_the_sentence(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "Residents of Quillby Harbour and Tarnwick Docks\nwere told to move their cars by"
            " six. the crews did so at once.",
            "six. The crews",
        ),
        (
            "The owners of the three boats moored at the quay\nhave agreed to pay. the council"
            " will collect it.",
            "pay. The council",
        ),
    ],
)
def test_a_sentence_after_a_subject_cut_before_its_verb_is_capitalised(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out
    assert out.split("\n")[1][:4] in ("were", "have")  # the wrapped verb stays small
