"""Round 5 of the `translation` stage: kinds of misses of held-out batch 6 (and set 3), fixed.

Each `(raw, fixed)` table is one kind, repaired in a short clean host with no other evidence
of translation (a lone slip); each `kept` table holds what the kind must leave alone. Every
repair test fails on the stage before round 5. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from tests import translation_slips as slips


# a temperature ends its sentence: its letter is a unit, not an initial ("31°C. researchers") ---
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Temperatures reached 31°C. researchers will follow on Friday.", "31°C. Researchers"),
        ("Bake for 25 minutes at 180°C. the cake will rise.", "180°C. The cake"),
        ("Lows fell to -5°C. growers feared for the vines.", "-5°C. Growers"),
        ("Water boils at 212 °F. it then turns to steam.", "212 °F. It then"),
        ("The bath was kept at 36.6°C. she checked it hourly.", "36.6°C. She checked"),
    ],
)
def test_temperature_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Heat the oven to 180°C. Stir the sauce well.",
        "Officials met at NATO. talks are a matter for the allies.",  # a word in capitals
        "The report by J. smith was published on Monday.",  # an initial
    ],
)
def test_temperature_rule_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a line in lower case right after a list whose items end with a stop --------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Method:\n1. Sift the flour.\n2. Add the eggs.\nit will rest for an hour.", "\nIt will"),
        ("Steps:\n- Sift the flour.\n- Add the eggs.\nthe dough will rest.", "\nThe dough"),
        ("To do:\n1) Call the bank.\n2) Pay the rent!\nthen we can leave.", "\nThen we"),
        ("• Trains are cancelled.\n• Buses are running.\nboth lines reopen soon.", "\nBoth lines"),
    ],
)
def test_line_after_a_list_opens_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Brazil went dark.\nthe highest point was reached at noon.",  # no list: a join
        "1. Sift the flour.\n2. Add the eggs.\nrye flour works too.",  # no sentence opener
        "- Sift the flour.\n- Add the eggs.\nthe end",  # no sentence: no stop
    ],
)
def test_line_after_a_list_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a street's type closes its name and may end a sentence ("on Main St. it resumed") -------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The march ended on Main St. it resumed on Friday.", "St. It resumed"),
        ("The parade went down Fifth Ave. the crowd followed it.", "Ave. The crowd"),
        ("The crash happened on Old Mill Rd. they closed it for hours.", "Rd. They closed"),
        ("The shop is at 12 Sunset Blvd. its owner is away.", "Blvd. Its owner"),
    ],
)
def test_street_type_ends_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "They met in St. Louis on Monday and left.",
        "A vigil at the tomb of St. the Apostle drew crowds.",  # no street: a saint's title
        "The march ended on Main St. in the rain.",  # "in" goes on the sentence
    ],
)
def test_street_type_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a thousands space after a date written with slashes ("On 12/03/2024 12 500 euros") -----------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("On 12/03/2024 12 500 euros were paid.", "12/03/2024 12,500 euros"),
        ("Since 1/3/24 5 000 people have left.", "1/3/24 5,000 people"),
        ("By 28/02/2023 250 000 homes had power again.", "28/02/2023 250,000 homes"),
        ("On 12/03/2024 7\u00a0400 homes were hit.", "12/03/2024 7,400 homes"),
    ],
)
def test_thousands_space_after_a_slash_date(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# ... and after a year that "in", "by" or "since" introduces ("In 2019 5 000 people left")
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("In 2019 5 000 people left the region.", "2019 5,000 people"),
        ("Since 1998 250 000 homes have been built.", "1998 250,000 homes"),
        ("By 2030 12 500 euros will be paid to each.", "2030 12,500 euros"),
        ("The plan: in 2026 1\u202f350\u202f000 voters will choose.", "2026 1,350,000 voters"),
    ],
)
def test_thousands_space_after_a_year(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Room 2024 12 500 people came.",  # a run of numbers
        "The Twin 2019 5 000 people.",  # "in" inside a word
        "The odds were 1/10 500 000 to one.",  # a fraction, no date
    ],
)
def test_thousands_space_after_a_number_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a space before a comma or a semicolon after a number with a sign, inner marks or a unit (a
# date, a time, a temperature, a score, a price), or after a hashtag or a handle ----------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Lyon beat Nantes 3-1 , their first win of the season.", "3-1, their"),
        ("Shares closed at $187.50 ; volume was thin.", "$187.50; volume"),
        ("The fine reached €2.5 , a record for the firm.", "€2.5, a record"),
        ("The slogan was #NeverAgain ; it spread fast.", "#NeverAgain; it"),
        ("She replied to @ElyseeMedia , then deleted it.", "@ElyseeMedia, then"),
        ("Highs will reach 31°C ; lows will be near 18°C.", "31°C; lows"),
        ("The train leaves at 14h30 ; it arrives at noon.", "14h30; it"),
        ("The deadline is 2024-05-03 ; there is no extension.", "2024-05-03; there"),
        ("On 12/03/2024 , the vote was held.", "12/03/2024, the"),
        ("It fell to -5°C\u00a0, then rose again.", "-5°C, then"),
    ],
)
def test_space_before_mark_after_a_number_token_or_a_handle(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The last train left at 14h30 .\n\nNobody came.",  # a stop at a line's end waits
        "The score was 3-1 : a fair result.",  # a colon after a number waits ("VIP : 60,000₩")
        "Call x = f(#a) , then stop.",  # code
    ],
)
def test_space_after_a_number_token_waits_for_evidence(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a space before a question or exclamation mark after an abbreviation's stop --------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Is it legal in the U.S. ? Nobody knows.", "U.S.? Nobody"),
        ("Did they pay Acme Inc. ? Nobody will say.", "Inc.? Nobody"),
        ("They won the vote in the U.K.\u00a0! Then they left.", "U.K.! Then"),
        ("Who bought the pens, the ink, etc.\u202f? The office did.", "etc.? The office"),
    ],
)
def test_space_before_question_after_an_abbreviation(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "They waited . . . ? Nobody came.",  # spaced stops: an ellipsis of a kind
        "Is it? ! Yes.",  # two marks
    ],
)
def test_space_before_question_after_a_stop_keeps(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# one tight pair of « » and no other quote: no style of the document shows, English writes “ ” ---
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("On Monday, «never again» was discussed.", "Monday, “never again” was"),
        ("Officials discussed «tactical nuclear».", "discussed “tactical nuclear”."),
        ("- «Never again» was the slogan\n- The border was closed", "- “Never again” was"),
        ("Officials Discuss «Tactical Nuclear» in Paris", "Discuss “Tactical Nuclear” in"),
    ],
)
def test_lone_tight_guillemets(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


def test_lone_tight_guillemets_are_no_evidence():
    doc = slips.STAGE.process(Document(id="x", text=slips.PLAIN + "He said «never again»."))
    assert "“never again”" in doc.text
    assert doc.labels["mt_suspected"] is False and doc.labels["mt_evidence"] == []


@pytest.mark.parametrize(
    "kept",
    [
        "He said «yes» and then «no» to the plan.",  # two pairs: the document's style
        "Prices «rose» in May, then «fell» in June.",
    ],
)
def test_guillemets_style_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
