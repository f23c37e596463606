"""Round 13 of the `translation` stage: kinds of misses of held-out batch 15 (and 13, 14).

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 13. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# a subject that no phrase takes after an abbreviation, a word in capitals, a number or an
# exclamation opens a sentence: a pronoun that is only ever a subject, a quantity that "of"
# joins to a pronoun or a determiner, or after an abbreviation a determiner before a clause
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The parcels were sent in Dec. we signed for each of them.", "Dec. We signed"),
        ("The lease was renewed in Feb. they kept the flat for a year.", "Feb. They kept"),
        ("The ore is shipped to the E.U. none of us see a cent of it.", "E.U. None of us"),
        ("The tiles were laid at 7 a.m. few of the neighbours slept.", "a.m. Few of the"),
        ("The boats were checked by the RNLI. few of us knew it.", "RNLI. Few of us"),
        ("What a match that was! few of us stayed for the speeches.", "was! Few of us"),
        ("The levy was set in Oct. the growers paid it on time.", "Oct. The growers paid"),
        ("The kiln was fired in Jan. he sold the first pots in spring.", "Jan. He sold"),
    ],
)
def test_subject_after_an_abbreviation_or_a_mark(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "In the U.S. we pay more for salt than for sugar.",  # no clause before the stop
        "At 9.30 a.m. the report was read to the cabinet.",
        "In the E.U. the rules were changed in 2019.",
        "The crowd was approx. half of the town.",  # an abbreviation before a quantity
        "Officials cite many costs, e.g. they note the roads.",  # one that introduces
        "He wrote to Dr. we think Jones about it.",  # a title
        "The float was No. 7 and it won a prize.",
        "Ask J. we are sure he knows.",  # an initial
    ],
)
def test_subject_after_an_abbreviation_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a paragraph that wraps its lines elsewhere (a line stops mid-clause, holds a comma, or the
# next opens with a preposition) wraps the line before a sentence too: the stop after it ends a
# sentence that opened with a capital
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "The pickers worked the upper\nterraces before noon and\nrested in the shade. "
            "they started again at four.",
            "shade. They started",
        ),
        (
            "Volunteers from the valley stayed\nup all night, and at dawn\nthe water went down. "
            "most of them went home.",
            "down. Most of them",
        ),
        (
            "The surveyors measured the north\nface twice\nin the same week. we saw the results "
            "later.",
            "week. We saw",
        ),
    ],
)
def test_sentence_after_a_wrapped_paragraph(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\n", slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The pickers worked the upper\nterraces before noon and\nrested in the shade.",
        "Volunteers from the valley stayed\nup all night, and at dawn\nthe water went down.",
        "A late start\nthe pickers waited for the dew to dry",  # no stop: nothing to judge
    ],
)
def test_wrapped_paragraph_kept(kept):
    assert slips.repaired(kept + "\n\n", slips.PLAIN) == kept + "\n\n"


# a block quote's "> " leads a line as a list mark does: a line in lower case after a quoted
# line that ends with a stop opens a sentence, and the article after "> " or an emoji that
# leads a line opens one
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("> The tide is turning.\nthe fishermen pulled the boats in.", "\nThe fishermen"),
        ("> We will not sell.\nthey said it twice on Monday.", "\nThey said"),
        ("> A inquiry was never planned, she wrote.", "> An inquiry"),
        ("> An union vote is due, he wrote.", "> A union"),
        ("🔥 A offensive began at dawn in the hills.", "🔥 An offensive"),
        ("⚽ An union match was played on Sunday.", "⚽ A union"),
    ],
)
def test_block_quote_leads_a_line(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\n", slips.PLAIN)


# a quote of four words at most, with no mark inside, that the sentence goes on after in small
# letters keeps its lower case; the stop after that sentence still ends it
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ('"a disgrace" was all he said. the players agreed.', '"a disgrace" was all he said. The'),
        ("“too little” is how one grower put it. the rest were kinder.", "put it. The rest"),
    ],
)
def test_quoted_fragment_kept_and_next_sentence_repaired(raw, fixed):
    assert fixed in slips.repaired(raw + "\n\n", slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        'The match ended late. "a shame" was all she said.',
        "The vote came at noon. “not again” was the mood in the hall.",
    ],
)
def test_quoted_fragment_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a verb in the present without -s is told by an adverb after it as by an object ("eat far
# less", "queue there"), and a word in -eed is no past in -ed ("feed", "need")
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Most rice is eaten in Asia, not the U.S. rice farmers eat far less.", "U.S. Rice"),
        ("The herd was moved to Pen 7. keepers feed it at noon.", "7. Keepers feed"),
        ("The bakery is on Elm Ave. both shifts queue there before dawn.", "Ave. Both shifts"),
    ],
)
def test_verb_told_by_an_adverb_or_in_eed(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The firm ships to the U.S. news agencies there and in Canada.",
        "He spoke to the U.S. trade envoys twice that year.",
    ],
)
def test_verb_told_by_an_adverb_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# an italic span's closing mark, as a bold one's, ends the word before a spaced mark
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The play *Hamlet* , staged in Lyon, sold out.", "*Hamlet*, staged"),
        ("She called it *the best year* ; others disagreed.", "*the best year*; others"),
        ("They named the boat *Aurore* ! Nobody liked it.", "*Aurore*! Nobody"),
    ],
)
def test_space_before_a_mark_after_italics(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Declare it as int *p , q; in the header.",  # code
        "Rated 4 * , the hotel was full.",  # a star after a number, no word
    ],
)
def test_space_before_a_mark_after_italics_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


def test_round13_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.PLAIN),
        lambda k: 'Ab cd ef Nov. we xs\nthe ab, cd\n> Ab. none of them xs far "ab" cd ' * k,
        4_000,
    )
