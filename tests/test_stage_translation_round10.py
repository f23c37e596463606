"""Round 10 of the `translation` stage: kinds of misses of set 3 and held-out batches 1 to 11.

Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone. Every repair
test fails on the stage before round 10. `slips.repaired` checks the stage's contract:
repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a line's lead (a Markdown heading's marks, a live blog's clock time and its dash) opens what
# follows as a line's start does: the article after it is a sentence's first word --------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("## A agreement in the spotlight", "## An agreement in"),
        ("### An report on the budget", "### A report on"),
        ("# A inquiry opens in Lyon", "# An inquiry opens"),
        ("10:45 — A agreement was announced by the prefect.", "10:45 — An agreement"),
        ("21:10 - An report was published at night.", "21:10 - A report"),
        ("7h15 – A election is called in the region.", "7h15 – An election"),
    ],
)
def test_article_after_a_line_lead(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "## Plan A and the vote",  # a letter a label names, not after the lead
        "## A. Smith and the vote",  # an initial
        "10:45 — Grade A eggs sold out.",
        "He arrived at 10:45 — A grade, they said.",  # a time inside a line is no lead
        "Score 3-1 - A agreement",  # a score is no clock time
    ],
)
def test_article_after_a_line_lead_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a Markdown heading's line before a clause in small letters: the clause opens a sentence, as
# after any short line that opens with a capital ("II. Reactions\ncritics were") -------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("## Background\nrail workers had seen it coming.", "\nRail workers had"),
        ("# Reactions\ncritics were quick to respond.", "\nCritics were"),
        ("### What next\nunions will meet in June.", "\nUnions will"),
        ("#### The costs\nfamilies paid most of it.", "\nFamilies paid"),
    ],
)
def test_clause_after_a_markdown_heading(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "## Sources\nthe list is long",  # no stop: a list, a line cut
        "# compute totals\nresults are cached.",  # a comment in code: no capital after `#`
        "## Background\nwhich is why it failed.",  # a relative goes on a sentence
        # (a hashtag alone is no heading's marks; since round 20 a line that ends in a tag is
        # a line of its own, "#Hashtag\ncritics were quick" -> "Critics": round 20's tests)
        "#Hashtag critics\nwere quick to respond.",  # a hashtag, not a heading's marks
    ],
)
def test_clause_after_a_markdown_heading_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept


# a space before a mark, decided by the token's last part: a clock time, a footnote's mark
# after a number or a measure, an abbreviation after a prefix and its hyphen -------------------
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("10:45 : the first trains leave Lyon", "10:45: the"),
        ("The train left at 14h30 ? Nobody knows why.", "14h30? Nobody"),
        ("They walk at 9:05 ! Then they rest.", "9:05! Then"),
        ("The deficit reached €5.1bn¹ , a record.", "€5.1bn¹, a record"),
        ("Prices rose 2%³ ; wages did not.", "2%³; wages"),
        ("The harvest starts mid-Sept. ; the grapes are late.", "mid-Sept.; the"),
        ("It was the ex-U.S.S.R. , which fell in 1991.", "ex-U.S.S.R., which"),
    ],
)
def test_space_before_a_mark_after_a_token_end(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "The ratio was 3 : 1 in the end.",  # a ratio spaced both sides
        "Calories¹ : 216",  # a label before a number
        "The final bell rang at 10:45 .",  # a stop at the text's end waits for evidence
    ],
)
def test_space_before_a_mark_after_a_token_end_kept(kept):
    assert slips.repaired(kept, slips.PLAIN) == kept
