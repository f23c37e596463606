"""The learned opener decision: the PLACE decides, the WORD keeps a weak voice.

Session 46's fit B (no word evidence at all) capitalised any lower-case word at a doubtful
place. Three kinds of look-alike it then took for a start, each a KIND, not the words of the
pinned rounds (22-35): (1) a name written small with no vowel (a command, a handle, a brand:
its SHAPE says so, `sentence_opener._shape`); (2) a word that continues a clause after a mark
("- and the talks", "- which"; the counting text's evidence that the word follows a comma or a
dash in lower case, `sentence_opener._continues`); (3) a label's colon in the MIDDLE of a line,
behind another sentence (no line's lead). Made-up places, names and labels, none from the
evaluation's batches or the pinned tests. The openers at the same places must still open.
All 26 pass on the base commit (session 44's model asks only about words as common an opener as
"the"); with a model that capitalises every candidate it asks about (no trees, no word gate: the
extreme of fit B) 8 fail: the four names, the three continuing words, the label without a clock.
"""

import pytest

from tests.test_sentence_opener import assert_left, assert_opened, run

NAMES = [
    ("TRALEE, 3 March 2025 – zsh was removed from the image.", "– zsh"),
    ("KELSO, October 9 - grpc calls timed out all morning.", "- grpc"),
    ("ORMSKIRK (Reuters) - nvm stopped working on the servers.", "- nvm"),
    ("DUNOON, 12 May 2025 -- xkcd posted a new strip.", "-- xkcd"),
]
CONTINUING = [
    ("BANFF, Feb 2 -- and the strike went into a third day.", "-- and"),
    ("WICK, 4 April 2025 - or so the ministers hoped.", "- or"),
    ("THURSO, 5 April 2025 – which was the last vote of the year.", "– which"),
]
MID_LINE_LABELS = [
    ("Ferries ran late. Memo, 10:40: the board met at noon.", ": the board"),
    ("Fares rose. Notice, 14:05: the bridge stays shut.", ": the bridge"),
    ("The depot closed. Bulletin: the drivers went home early.", ": the drivers"),
]
# the same places with a sentence's real first word: they open
OPENED = [
    ("TRALEE, 3 March 2025 – the council closed the road.", "– The council"),
    ("ORMSKIRK (Reuters) - police closed the main road.", "- Police"),
    ("BANFF, Feb 2 -- the strike went into a third day.", "-- The strike"),
]


@pytest.mark.parametrize(("raw", "kept"), NAMES)
def test_a_name_without_a_vowel_keeps_its_small_letters(raw: str, kept: str) -> None:
    assert_left(raw, kept)


@pytest.mark.parametrize(("raw", "kept"), CONTINUING)
def test_a_word_that_continues_a_clause_after_a_dash_stays(raw: str, kept: str) -> None:
    assert_left(raw, kept)


@pytest.mark.parametrize(("raw", "kept"), MID_LINE_LABELS)
def test_a_label_in_the_middle_of_a_line_is_no_lead(raw: str, kept: str) -> None:
    assert_left(raw, kept)


@pytest.mark.parametrize(("raw", "opened"), OPENED)
def test_a_real_first_word_at_the_same_places_opens(raw: str, opened: str) -> None:
    assert_opened(raw, opened)


@pytest.mark.parametrize("raw", [r for r, _ in NAMES + CONTINUING + MID_LINE_LABELS + OPENED])
def test_a_second_run_changes_nothing(raw: str) -> None:
    once = run(raw).text
    assert run(once).text == once
