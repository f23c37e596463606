"""`sentence_case` (second round of session 21), each a kind in several wordings, repaired with
no other evidence in the document (one slip in a clean host):

- a sentence that ends in a decimal or a share ("measured 5.8. they", "fell to 7.5%. it"): the
  inner stop read it as an abbreviation ("U.S.", "3.5 million" mid-sentence stay);
- a sentence that ends in an abbreviation closing a noun phrase (`Inc.`, `Ltd.`, `etc.`, `Jr.`)
  before a pronoun, "the" or "but", after four words of its sentence;
- a paragraph that opens in lower case after one that ends in a full stop;
- a question or an exclamation quoted after a colon, then a word that opens sentences;
- (not after an ellipsis, even with evidence: "And then... the report was discussed");
- "but" after a start only evidence could tell before (after "?" "!", a quote, a bracket, a
  word in capitals): it opens sentences, never goes on one after those marks.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear, run_stage
from tests.translation_slips import STAGE, repaired


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The quake measured 5.8. they left the area.", "5.8. They left"),
        ("Unemployment fell to 7.5%. it was the lowest rate.", "7.5%. It was"),
        ("The government used Article 49.3. the bill passed.", "49.3. The bill"),
        ("Growth reached 2.25 in the third quarter of 2.5. but prices rose.", "2.5. But prices"),
        ("The index closed at 1.0842. then trading resumed.", "1.0842. Then trading"),
    ],
)
def test_a_sentence_ending_in_a_decimal_ends(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "Steps to follow:\n1.2. the scope is small.",  # a numbered line of a list
        "The rate was 3.5 million in 2019.",
        "Version 2.0. talks resumed.",  # a word that may be a name's: no sure start
        "Talks in the U.S. the rate is higher.",
    ],
)
def test_a_decimal_inside_a_sentence_or_a_list_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The contract went to Acme Holdings Inc. it resumed on Tuesday.", "Inc. It resumed"),
        ("They discussed trade, energy, tariffs, etc. the talks ended.", "etc. The talks"),
        ("The shares were sold to Baxter Brothers Ltd. they paid cash.", "Ltd. They paid"),
        ("The prize went to Martin Luther King Jr. his widow accepted it.", "Jr. His widow"),
        ("The deal was signed with Northwind Trading Corp. but it fell through.", "Corp. But"),
    ],
)
def test_a_sentence_ending_in_a_closing_abbreviation_ends(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "A spokesman for Acme Holdings Inc. said the deal was off.",
        "At Acme Holdings Inc. the mood was grim.",  # four words: a phrase the sentence opens with
        "The company bought Acme Holdings Inc. in 2019 for cash.",
        "Polls closed at 8 p.m. the night before.",
        "Checks ran from 10:30 p.m. to 6:30 a.m. the following morning.",
        "Officials from the U.S. they met agreed.",
    ],
)
def test_an_abbreviation_inside_a_sentence_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("It ended on Monday.\n\nthe talks resumed on Tuesday.", "\n\nThe talks resumed"),
        ("(They met on Monday.)\n\nthey left the room.", "\n\nThey left"),
        ("They met in 2019.\n\nbut officials then left.", "\n\nBut officials"),
    ],
)
def test_a_paragraph_opening_in_lower_case_with_a_word_that_opens_sentences(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        # what opens a paragraph in lower case on real pages, after a full stop: code and
        # names written in lower case (the read pages of `make eval`: 10 such false edits)
        "I took another look at the test.\n\nimport os from django.conf import settings",
        "We pass in a dictionary.\n\nheaders = {'user-agent': AGENT} resp = get(URL)",
        "I would look into simdjson.\n\nvcpkg has simdjson in its repo.",
        "Some have integration in Emacs.\n\nprojectile\n\nsupports ido, ivy, or helm.",
    ],
)
def test_a_paragraph_of_code_or_a_lower_case_name_after_a_stop_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    "kept",
    [
        "Ingredients:\n\nflour, sugar and eggs.",  # a colon, not a stop
        "It ended on Monday.\nthe highest rate was kept.",  # a line break alone joins segments
        "The firm is small.\n\nmy6sense is its name.",
        "The firm is called NATO.\n\nmodels were shown.",  # a word in capitals: doubtful
    ],
)
def test_a_lower_case_paragraph_without_a_stop_before_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("He asked: “Why now?” the talks resumed.", "now?” The talks"),
        ('She shouted: "Enough!" then she left.', 'Enough!" Then she'),
        ("The minister asked: ‘Who pays?’ it was a fair question.", "pays?’ It was"),
        ("He wrote: “What a day!” they laughed.", "day!” They laughed"),
    ],
)
def test_a_quoted_question_after_a_colon_ends_the_sentence(raw, fixed):
    assert fixed in repaired(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "“Why now?” he asked.",  # a quote that opens its sentence: what says it follows
        "She asked “why now?” and left.",  # a quote inside a sentence
        "He said: “Who cares?” and walked away.",  # a word that goes on a sentence
        'They shouted "No!" the whole night.',
    ],
)
def test_a_quoted_question_inside_a_sentence_stays(kept):
    assert repaired(kept) == kept


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Did they meet on Monday? but the talks resumed.", "Monday? But the"),
        ("They met on Monday! but talks resumed on Tuesday.", "Monday! But talks"),
        ('He said "we met on Monday." but talks resumed.', 'Monday." But talks'),
        ("They met at the OECD.\n\nbut talks resumed on Tuesday.", "OECD.\n\nBut talks"),
        ("(What a week it was!) but the talks resumed.", "was!) But the"),
    ],
)
def test_but_opens_a_sentence_after_a_doubtful_end(raw, fixed):
    assert fixed in repaired(raw)


EVIDENCE = "The committee met Kim Jong One in the capital. It followed a incursion. "


@pytest.mark.parametrize(
    "kept",
    [
        "And then... the report was discussed.",
        "Officials met on Monday… and then they left.",
        "It is possible only on the orbit of Venus... in space.",
    ],
)
def test_an_ellipsis_goes_on_even_with_evidence(kept):
    assert kept in repaired(kept, EVIDENCE)


def test_a_quoted_question_takes_no_other_word_on_evidence():
    """In a document with evidence, still only a word that opens sentences."""
    kept = 'They demanded of him: "Cleanse the country!" and protested.'
    assert kept in repaired(kept, EVIDENCE)


def test_every_kind_in_one_document_is_idempotent():
    text = (
        "The quake measured 5.8. they left. The contract went to Acme Holdings Inc. it "
        "resumed.\n\nthe talks resumed on Tuesday. He asked: “Why now?” the talks resumed."
    )
    out = repaired(text)  # `assert_contract`: a second run changes nothing; the ledger replays
    assert out.count("They") + out.count("It") + out.count("The t") == 4


@pytest.mark.parametrize("unit, n", [("Ab Inc. it ", 50_000), ("ab... the ", 75_000)])
def test_linear_on_hostile_input(unit, n):
    assert_linear(lambda text: run_stage(STAGE, EVIDENCE + text), lambda k: unit * k, n)


# whether a document wraps its lines is read from the lines it leaves in lower case: once one
# is capitalised, the others are judged again in the same run, so a second run finds nothing
# more (the stage used to repair "They" first and "Students" only on a second run) -----------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        (
            "A. The timeline\nstudents met twice in March.\n\nB. Next\nthey met.",
            ("\nStudents met", "\nThey met"),
        ),
        (
            "I. The strike\nunions walked out on Monday.\n\nII. Reactions\nthey were angry.",
            ("\nUnions walked", "\nThey were"),
        ),
        (
            "In Nantes\nsailors gathered at dawn.\n\nBy Claire Dubois\nit resumed on Tuesday.",
            ("\nSailors gathered", "\nIt resumed"),
        ),
    ],
)
def test_line_openings_judged_again_once_others_are_capitalised(raw, fixed):
    for host in (slips.PLAIN, slips.EVIDENT):
        out = slips.repaired(raw, host)  # `repaired` also asks that a second run changes nothing
        assert all(part in out for part in fixed), out


def test_a_wrapped_document_stays_wrapped():
    """Two or more lines in lower case after lines with no stop, none taken by a sure shape: a
    hard-wrapped text, left as it is."""
    raw = "He went to see\nthe doctor on Monday and\nthe nurse on Tuesday, then\nthe dentist."
    assert raw in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize("host", [slips.PLAIN, slips.EVIDENT, EVIDENCE + "\n\n"])
def test_a_stop_judged_again_once_its_sentence_is_capitalised(host):
    """'…\\ncritics were quick to respond.\\n\\nthe talks': the stop ends a sentence once the
    line before it opens with a capital, in the same run (a second run used to find 'The')."""
    raw = "2. The budget\ncritics were quick to respond.\n\nthe talks\nfarmers walked out."
    out = slips.repaired(raw, host)
    assert "\nCritics were" in out and "\n\nThe talks" in out, out


# the kind at large: paragraphs of a short line and a sentence in lower case, drawn at random
# (seeded), each document through the stage's contract (a second run changes nothing)
_LEADS = (
    "A. The timeline", "II. Reactions", "In Nantes", "By Claire Dubois", "## Background",
    "10:45 —", "STRIKE!", "What happens next?", "Background:", "- energy", "2. The budget",
    "Paris talks resume", "He went to see", "(AFP)", "Macron in Paris on Monday. (AFP)",
    "1. Sift the flour.", "U.S. officials", "the talks",
)  # fmt: skip
_SENTENCES = (
    "students met twice in March.", "they met.", "the talks resumed on Tuesday.",
    "unions had warned.", "critics were quick to respond.", "it resumed on Tuesday.",
    "then talks resumed.", "a incursion followed .", "the doctor on Monday and",
    "which makes sense.", "being cached.",
)  # fmt: skip


def test_line_and_sentence_starts_in_any_order_are_idempotent():
    import random

    draw = random.Random(20261203)
    for _ in range(150):
        paragraphs = [
            f"{draw.choice(_LEADS)}\n{draw.choice(_SENTENCES)}" for _ in range(draw.randint(1, 4))
        ]
        host = draw.choice((slips.PLAIN, slips.EVIDENT, EVIDENCE + "\n\n"))
        slips.repaired(draw.choice(("\n\n", "\n")).join(paragraphs), host)
