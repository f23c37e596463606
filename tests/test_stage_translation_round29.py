"""Round 29 of the `translation` stage: the kinds that blind batch 31 showed the stage could
not read, each mended by its shape and its place.

The kinds (batch 31's misses after round 28, grouped by what the stage failed to read):

- the article at a sentence's start after a stamp, a counter or a label: the article rule now
  asks the sentence rules themselves whether a sentence opens where a capital "A" or "An"
  stands (`_article_opens_sentence`: the line read with the article as "the"), so it follows
  every shape they read, not only speakers' labels;
- a sentence after a stamp or a counter that leads its line ("14.05 GMT — ", "[UPDATED 17:20]
  ", "Step 3 of 4 — "), unless the line before was cut mid-clause;
- a speaker's label with bold inside it ("**Ines Szabel** (41:17):"), a peer's place after the
  name ("Baroness Crail of Pennygate (Con):"), a label in capitals with its note in brackets
  ("THE WITNESS [through an interpreter]:"), an ISO stamp with a zone ("2026-12-05 16:10
  UTC+2 | ");
- a dateline with a region in square brackets, an ordinal date, or a stop after the place
  ("Morrowdene [Skelshire], December 5 (ANI):", "5th December, 2026 (WAM) --", "SKELBURY. Dec
  5 (Interfax) -");
- a Markdown heading with its section's number ("## 4. What happens next").

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
        ("Step 3 of 4 — An union has to be signed off.", "— A union"),
        ("[UPDATED 17:20] An union vote was pushed back.", "] A union"),
        ("14.05 GMT — A emergency was declared at the port.", "— An emergency"),
        ("**Ines Szabel** (41:17): An union came up twice.", "): A union"),
        ("Drennock, Dec 5 (PTI): A emergency was declared.", "): An emergency"),
        ("(3/7) A incursion is why the rail link stalled.", ") An incursion"),
    ],
)
def test_the_article_where_the_sentence_rules_open_a_sentence_is_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Vitamin A is found in carrots.",  # a letter, not an article
        "The plan B option and grade A eggs were on the list.",
        "Step 3 of 4 — A union has to be signed off.",  # already right
        "Series A Investors met on Monday.",
    ],
)
def test_a_letter_or_a_right_article_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Step 3 of 4 — the wardens have to sign it off.", "— The wardens"),
        ("[UPDATED 17:20] the vote was pushed back to January.", "] The vote"),
        ("14.05 GMT — the harbour office confirmed the closure.", "— The harbour"),
        ("Live updates\n09:41 — most ferries are back in port.", "— Most ferries"),
    ],
)
def test_a_sentence_after_a_lines_stamp_or_counter_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The ferry left at\n07:45 the crews were ready.",  # a wrapped line
        "07:45 is the last ferry.",  # no small letter after the clock
        "The ferry left at 07:45 the next morning.",  # in prose
        "12.50 euros were paid for the tickets.",  # a decimal opening a line
        "Prices\n3.25 percent was the rate they paid.",
    ],
)
def test_a_clock_inside_a_sentence_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("**Ines Szabel** (41:17): the wardens came up twice.", "): The"),
        ("Baroness Crail of Pennygate (Con): the families deserve an answer.", "): The"),
        ("THE WITNESS [through an interpreter]: the men ran to the slipway.", "]: The"),
        (
            "2026-12-05 16:10 UTC+2 | Capt. Liesl Braam, harbour master: the ships may not enter.",
            "r: The",
        ),
    ],
)
def test_a_turn_after_a_label_of_another_dress_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "UPDATE [see below]: the road is shut.",  # one word in capitals: a note's label
        "Prices of Paris (Region): the index fell.",  # a preposition before the place
    ],
)
def test_a_note_or_a_place_in_a_label_stays(kept):
    slips.assert_kept(kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Morrowdene [Skelshire], December 5 (ANI): the drivers blocked the road.", "): The"),
        ("HALSINGFORD, 5th December, 2026 (WAM) -- the emirate opened a plant.", "-- The"),
        ("SKELBURY. Dec 5 (Interfax) - the residents were evacuated.", "- The"),
    ],
)
def test_the_sentence_after_a_dateline_of_another_house_style_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("## 4. What happens next\nthe tenants will get a letter.", "next\nThe tenants"),
        ("### 2.3 Funding\nthe councils pay for the scheme.", "Funding\nThe councils"),
    ],
)
def test_a_clause_after_a_numbered_markdown_heading_is_capitalised(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)
