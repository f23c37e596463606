"""Round 26 of the `translation` stage: a speaker's label read as a reader reads it, not shape
by shape.

Rounds 23 to 25 each taught the label rule one more dress (a bare clock and a dash, a role
after a comma, a clock with am or pm, bold, four words), and each blind batch brought others
(batch 28: `[14h05] Prof. Ulla Marsk (Pellory University):`, `**09:41 GMT** – Striker Dani
Okonjo:`, `3:15 p.m. ET — Police spokesman Rafe Dunmore:`, `[Coach Ivo Santel, Pellory
Rovers]:`). The kind is one: a label that ends with a person's name, whatever dresses it.
`_named_label` sets aside a stamp or a clock before the label, the marks around it and the body
or role after the name, and takes what is left as a speaker when it is two to six words, the
last two a capitalised name, no function word, preposition, determiner or verb among them. The
turn after it opens a sentence when it is a clause, for the sentence rule and the article rule
alike.

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
        ("[14h05] Prof. Ulla Marsk (Pellory University): the caddies misjudged it.", "): The"),
        ("**09:41 GMT** – Striker Dani Okonjo: ice fishers gave up early.", "Okonjo: Ice"),
        ("3:15 p.m. ET — Police spokesman Rafe Dunmore: the stewards must leave.", "e: The"),
        ("[Coach Ivo Santel, Pellory Rovers]: the players were tired.", "]: The"),
        ("(08:15 CET) Ambassador Lena Vos: most visas were refused.", "Vos: Most"),
        ("_Striker Omar Bell:_ the fans sang all night.", "Bell:_ The"),
        ("Head coach Mira Stone, Ostrel United: the team will rest on Monday.", "d: The"),
    ],
)
def test_a_turn_after_a_label_that_ends_with_a_name_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("[Coach Ivo Santel, Pellory Rovers]: An union decided the match.", "]: A union"),
        ("3:15 p.m. ET — Police spokesman Rafe Dunmore: A officer was hurt.", ": An officer"),
    ],
)
def test_the_article_after_a_label_that_ends_with_a_name_is_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Prices in New York: the index fell.",  # a preposition: a place, no speaker
        "He told Fox News: the bridge is shut.",  # a pronoun and a verb: a clause
        "Officials Said Today: the bridge is shut.",  # a verb in the label
        "Ingredients from Casa Maria: eggs, flour and milk.",  # no clause after it
        "Read more from Jane Doe: the list of names",  # no stop: no sentence
        "Note: the ferry times changed.",  # one word: a note's label
        "Mayor Ada Brun: npm was down for an hour.",  # a name in small letters
        "At 10:30 Mayor Ada Brun: the plan.",  # no clause after it
    ],
)
def test_a_label_that_names_no_speaker_or_a_turn_that_is_no_sentence_stays(kept):
    slips.assert_kept(kept)
