"""Round 4 of the `translation` stage: each kind fixed on set 3 and held-out batches 1 to 5.

Each `(raw, fixed)` table is one kind, repaired in a short clean host (with the document's
evidence of translation where the kind waits for it, `EVIDENT`); each `kept` table holds the
clean English the kind must leave alone. Every repair test fails on the stage before round 4.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips
from tests.conftest import assert_linear


# an initialism or a closing abbreviation ends its sentence, on the document's evidence --------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The delegation then flew back to the U.S. the talks resumed.", "U.S. The talks"),
        ("Polls closed at 8 p.m. it resumed on Tuesday.", "p.m. It resumed"),
        ("The prize went to Martin Luther King Jr. then talks resumed.", "Jr. Then talks"),
        ("They discussed trade, energy, etc. then talks resumed.", "etc. Then talks"),
    ],
)
def test_abbreviation_ends_a_sentence_on_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)
    # since round 9 without evidence too, a clause standing on both sides; what was feared ("6:30
    # a.m. the following morning", no verb after) stays: test_stage_translation_round9
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "Officials in the U.S. and Canada met on Monday.",  # "and" goes on
        "The protest that began at 6.30 a.m. on Thursday ended.",  # "on" goes on
        "Several issues of the budget, e.g. the pensions, were discussed.",  # introduces
        "Officials visited the southern U.S. border on Monday.",  # a noun the initialism modifies
    ],
)
def test_abbreviation_goes_on_with_evidence(kept):
    assert kept in slips.repaired(kept, slips.EVIDENT)


# an ellipsis outside quotes ends a sentence before a pronoun or a determiner, on evidence ------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Officials met on Monday… the talks resumed on Tuesday.", "Monday… The talks"),
        ("Officials met on Monday... they resumed on Tuesday.", "Monday... They resumed"),
    ],
)
def test_ellipsis_ends_a_sentence_on_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.EVIDENT)
    assert slips.repaired(raw, slips.PLAIN) == raw  # "as well… we got seats": a writer's pause


@pytest.mark.parametrize(
    "kept",
    [
        "Officials discussed the report… then they left.",  # "then" goes on
        "And then... the report came out.",  # a sentence of two words before
        "“I think the budget is fine… we should vote,” he said.",  # inside a quote
        "Officials met on Monday… he said nothing.",  # who says it
    ],
)
def test_ellipsis_goes_on_with_evidence(kept):
    assert kept in slips.repaired(kept, slips.EVIDENT)


def test_ellipsis_linear_on_hostile_input():
    assert_linear(
        lambda text: slips.repaired(text, slips.EVIDENT), lambda k: "Ab cd ef gh… the " * k, 20_000
    )


# a name's code of capitals and digits ends a sentence; a name like "iPhone" opens one ---------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("The deal was approved by the G7. she resumed on Tuesday.", "G7. She resumed"),
        ("The summit was held at COP28. the talks resumed.", "COP28. The talks"),
        ("iPhone sales fell. the court resumed on Tuesday.", "fell. The court"),
        ("eBay shares fell. they resumed on Tuesday.", "fell. They resumed"),
    ],
)
def test_sentence_after_a_code_or_before_a_lower_case_name(raw, fixed):
    assert fixed in slips.repaired(raw)


@pytest.mark.parametrize("kept", ["All ID. models are made there.", "We met at the G7 summit."])
def test_sentence_after_a_code_kept(kept):
    assert slips.repaired(kept) == kept


# a line in lower case after a line with no stop, without evidence: a clause's word, no wraps ---
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Agreed:\n- trade\n- energy\nthey resumed on Tuesday.", "energy\nThey resumed"),
        ("Paris talks resume\nthe talks resumed on Tuesday.", "resume\nThe talks"),
        ("Talks: day two\nthen talks resumed on Tuesday.", "two\nThen talks"),
    ],
)
def test_line_opens_a_sentence_without_evidence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        # the document wraps its lines: two lines in lower case after a line with no stop
        "He went to see the\nnew doctor on Monday and then\nthe nurse came in.",
        "Officials met as planned\nthe talks resumed and\nthe budget passed.",
        "CDPATH replacements\n\nafter reading this post I figured it out.",  # no clause word
        "Agreed:\n- trade\n- energy\n- the budget",  # list items
    ],
)
def test_line_goes_on_without_evidence(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# the article after a list item numbered with a bracket ----------------------------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("1) An report was discussed\n2) The border was closed", "1) A report"),
        ("(a) A emergency was discussed\n(b) The border was closed", "(a) An emergency"),
    ],
)
def test_article_after_a_bracketed_item_number(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    ["The startup closed its Series (A) A round.", "Options: (b) A Gym, (c) B Gym."],
)
def test_article_after_a_bracket_mid_line_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
