"""`sentence_case` at sentence ends the stage read as no end, each a kind in several wordings;

- a sentence that ends in a web address (a domain, a URL, an e-mail): its full stop was read as
  an abbreviation's, since the token holds an inner stop ("e.g.", "U.S.");
- a sentence that ends in a number after a word in small letters ("won 52 to 48.", "in 2019."):
  a number ends a name too ("Prime Day 2019. ecobee"), but a name's number follows a capital;
- a start that only evidence can tell from English written on purpose (after "?" or "!", a
  quote, a word in capitals, a paragraph break, a word that opens sentences only now and then:
  "Monday! but talks"): repaired when the document's evidence reaches the bar of the gated
  repairs, kept in a document without it;
and `space_inside_quotes` on a straight quote that opens right after a dash.

Each raw text is a lone slip in a short clean English host; the old stage missed every one.
"""

from __future__ import annotations

import pytest

from tests.conftest import run_stage
from tests.translation_slips import HOST, STAGE, repaired

# a document with evidence: a mangled name (a strong signal) and an article slip
EVIDENCE = "The committee met Kim Jong One in the capital for three days. It followed a incursion. "


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Details are at example.org. the talks resumed.", "example.org. The talks"),
        ("The decree is at www.legifrance.gouv.fr. they met again.", "gouv.fr. They met"),
        ("The text is at https://www.elysee.fr/discours.html. it was long.", "html. It was"),
        ("Questions go to presse@elysee.fr. the office replies.", "elysee.fr. The office"),
        ("Tickets sold out on Ticketmaster.com. then talks resumed.", ".com. Then talks"),
    ],
)
def test_a_sentence_ending_in_a_web_address_ends(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "Talks in the U.S. the rate is higher.",  # "U.S.": letters of one character
        "Several issues, e.g. the budget, were raised.",
        "They met at 9 a.m. and left at noon.",
        "The quake measured 5.8 on the scale.",
        "Ph.D. students met at the Inc. offices.",
    ],
)
def test_abbreviations_with_inner_stops_stay(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The vote was 52 to 48. talks resumed on Tuesday.", "48. Talks"),
        ("Officials met in 2019. talks resumed on Tuesday.", "2019. Talks"),
        ("The home side won 3-1. fans stayed late.", "3-1. Fans"),
        ("Prices were cut by 12. buyers came back.", "12. Buyers"),
    ],
)
def test_a_number_after_a_small_word_ends_a_sentence(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "The deals ran on Prime Day 2019. ecobee redesigned its thermostat.",  # a name's number
        "The phone is the Galaxy S10. samsung sold it widely.",
    ],
)
def test_a_number_in_a_name_stays(kept):
    assert repaired(kept) == kept


DOUBTFUL = [
    ("Did they meet on Monday? and the talks resumed.", "Monday? And the"),
    ("They met on Monday! and talks resumed on Tuesday.", "Monday! And talks"),
    ("They met at NATO. and then talks resumed on Tuesday.", "NATO. And then"),
    ('He said "we met on Monday." and talks resumed.', 'Monday." And talks'),
    ("He said “we met on Monday.” and the talks resumed.", "Monday.” And the"),
    # (a paragraph after a full stop, and "but" anywhere, are sure starts:
    # test_stage_translation_sentence_starts)
    ("They met at the OECD.\n\nand talks resumed on Tuesday.", "OECD.\n\nAnd talks"),
    ("(What a week it was!) and the talks resumed.", "was!) And the"),
]


@pytest.mark.parametrize(("raw", "fixed"), DOUBTFUL)
def test_a_doubtful_start_is_repaired_on_evidence(raw, fixed):
    assert fixed in repaired(raw, EVIDENCE)


@pytest.mark.parametrize(("raw", "fixed"), DOUBTFUL)
def test_a_doubtful_start_waits_for_evidence(raw, fixed):
    assert repaired(raw) == raw


@pytest.mark.parametrize(
    "kept",
    [
        "They ran the “Meth. We’re on it.” campaign.",  # a quoted name: no word that opens
    ],
)
def test_a_doubtful_start_needs_a_word_that_opens_sentences(kept):
    assert kept in repaired(kept, EVIDENCE)


def test_a_doubtful_start_is_no_evidence():
    """Capitalised on other evidence, it adds none: a clean document with many stays clean."""
    text = HOST + " ".join(raw for raw, _ in DOUBTFUL)
    doc = run_stage(STAGE, text)
    assert doc.text == text
    assert not doc.labels["mt_suspected"]
    evidence = run_stage(STAGE, EVIDENCE + " ".join(raw for raw, _ in DOUBTFUL))
    signals = {e["signal"]: e["count"] for e in evidence.labels["mt_evidence"]}
    assert "sentence_case" not in signals
    assert [e.rule for e in evidence.edits].count("sentence_case") == len(DOUBTFUL)


def test_repaired_text_is_left_alone():
    """Cleaning the output again changes nothing (`assert_contract` runs every case twice)."""
    for raw, _ in DOUBTFUL:
        once = run_stage(STAGE, EVIDENCE + raw).text
        assert run_stage(STAGE, once).text == once


# space_inside_quotes: a straight quote opening right after a dash --------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ('The talks—" real war " among them—ended.', 'talks—"real war" among'),
        ('One word was heard—" tactical nuclear "—on Monday.', 'heard—"tactical nuclear"—on'),
        ('It was called–" a betrayal " by some.', 'called–"a betrayal" by'),
    ],
)
def test_a_straight_quote_after_a_dash_opens(raw, fixed):
    assert fixed in repaired(raw)


def test_a_straight_quote_closing_after_a_dash_stays():
    kept = 'He said "I was going to—" and stopped. "Fine," she said.'
    assert repaired(kept) == kept


# title_word: "M." before a one-word surname that a closing quote follows -----------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials called it ‘talks on M. Lawan’ on Monday.", "‘talks on Mr. Lawan’ on"),
        ("Officials called it 'talks on M. Borne' on Monday.", "'talks on Mr. Borne' on"),
        ("They wrote ‘a letter to M. Kala’.", "‘a letter to Mr. Kala’."),
    ],
)
def test_a_title_before_a_closing_quote_is_replaced(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "The architect M. Dell’Acqua spoke.",  # a name that goes on past the apostrophe
        "She read W. M. Keck’s letter.",
    ],
)
def test_a_title_before_an_apostrophe_in_a_name_stays(kept):
    assert repaired(kept) == kept


# doubled_word: a doubled word in a headline in title case ----------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("\n\nOfficials Discuss Their Their Report in Paris\n\n", "Discuss Their Report in"),
        ("\n\nPolice Reopen Its Its Inquiry Into Fraud\n\n", "Reopen Its Inquiry"),
        ("\n\nVoters Give The The Verdict on Reform\n\n", "Give The Verdict"),
    ],
)
def test_a_doubled_word_in_a_title_case_headline_is_removed(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "Officials said Their Their was the name of the band.",  # a sentence, not a headline
        "\n\nThe The Play Their Hits in Paris. Fans Came Early\n\n",  # stops: no headline
    ],
)
def test_a_capitalised_double_outside_a_headline_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    "kept",
    [
        # a stop inside brackets that opened mid-sentence is an abbreviation's or an aside's
        # (a real page: "Esteban Torres (D-Calif.) declared his retirement")
        "Then-Rep. Esteban Torres (D-Calif.) declared his retirement on Monday.",
        "The delegates (incl. two ministers.) arrived late in the evening.",
        "General Smith (Ret.) said the plan would fail.",
        "The vote was close (approx.) and the result stood.",
    ],
)
def test_a_stop_inside_brackets_that_opened_mid_sentence_ends_no_sentence(kept):
    # in a document with evidence (its host's own slips are repaired: only the end is compared)
    assert repaired(kept, EVIDENCE).endswith(" " + kept)


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("They met on Monday. (They met again on Tuesday.) the talks resumed.", ") The talks"),
        ("(The meeting was short.) they left at noon.", ") They left"),
    ],
)
def test_a_stop_inside_brackets_that_open_a_sentence_still_ends_it(raw, fixed):
    assert fixed in repaired(raw, EVIDENCE)
