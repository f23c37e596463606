"""`space_before_punct` (second round of session 21), each a kind in several wordings, repaired
as a lone slip (no other evidence in the document):

- after a web address (a domain, a URL, its last slash, an e-mail) before a comma or a
  semicolon: its dots and slashes made it no word of the lone-slip shape;
- after a time (`10:30`) before a comma or a semicolon, as after any number;
- after a word's ellipsis before a question or an exclamation mark ("now... ?").
Texts that must stay: a file name in code, a spaced ellipsis, a colon before a number.
"""

from __future__ import annotations

import pytest

from tests.translation_slips import repaired


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Read the decree on legifrance.gouv.fr ; it runs to 40 pages.", "gouv.fr; it"),
        ("The form is at www.impots.gouv.fr/portail/ , officials said.", "portail/, officials"),
        ("Write to presse@elysee.fr\u202f; replies take a week.", "elysee.fr; replies"),
        ("See https://example.org/news.html , the archive.", "news.html, the"),
        ("Details are on lemonde.fr\u00a0, the daily's site.", "lemonde.fr, the"),
    ],
)
def test_a_space_after_a_web_address(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("At 10:30 , officials met.", "10:30, officials"),
        ("The train left at 18:45\u00a0; nobody was on it.", "18:45; nobody"),
        ("The record is 2:03:59 , set in Berlin.", "2:03:59, set"),
    ],
)
def test_a_space_after_a_time(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("So what now... ? Nobody knows.", "now...? Nobody"),
        ("They waited… and waited\u2026 ! Then they left.", "waited…! Then"),
        ("Is it over… ? Not yet.", "over…? Not"),
    ],
)
def test_a_space_after_an_ellipsis_before_a_question(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The score was : 3 to 1 for the hosts.", "was: 3 to 1"),
        ("The final tally stood at\u00a0: 52 votes to 48.", "at: 52 votes"),
        ("Turnout reached : 71% in the capital.", "reached: 71%"),
    ],
)
def test_a_space_before_a_colon_and_a_number_inside_a_line(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "It is in the __init__.py , I recommend",  # a file name in code
        "Wait ... ? what",  # a spaced ellipsis is no word's
        "VIP : 60,000 won for the best seats.",  # a label before a price waits for evidence
        "Prices:\ncalories : 216",  # a label opening its line
        "Read legifrance.gouv.fr .",  # a full stop at a line's end waits
    ],
)
def test_spacings_english_may_write_stay(kept):
    assert repaired(kept) == kept
