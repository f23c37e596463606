"""Round 18 of the `translation` stage: the mechanism behind the blind batches' misses of
`sentence_case` at a line's start.

Blind batches 15 to 19 missed a lower-case sentence on the line after a line the stage did
not read as ending a sentence (a block quote, a recipe's step, a list's last item, a checkbox),
and each round answered one shape of line. The kind: a line that is a sentence of its own
(a lead lays it out, a label, a list's or a quote's mark, a bracket, and it opens with a
capital and ends with a stop) ends its sentence, whatever its lead; a line led by a bracket
("[Photo: ...]", "[09:15] Marc: ...") is a line of its own, as one led by a list's mark is.
Each `(raw, fixed)` table is one kind, repaired in a short clean host without evidence of
translation (`PLAIN`); each `kept` table holds what the kind must leave alone.
`slips.repaired` checks the stage's contract: repairing the repaired text changes nothing.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


def _kept(text: str) -> None:
    """`text` unchanged without evidence and with the document's evidence."""
    assert slips.repaired(text, slips.PLAIN) == text
    assert slips.repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# a clause on the line after a line that is a sentence of its own, whatever leads that line
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("Note: The figures were revised in May.\nanalysts had expected it.", "\nAnalysts had"),
        ("Update: the bridge has reopened.\ndrivers queued at dawn.", "\nDrivers queued"),
        ("CHAIR: Thank you all.\nthe delegates filed out.", "\nThe delegates"),
        ("> The harbour froze over.\nfishermen stayed ashore for a week.", "\nFishermen"),
        ("[x] The rent is paid.\ntenants owe the charges.", "\nTenants owe"),
        ("N.B. The office closes at noon.\nvisitors should call ahead.", "\nVisitors should"),
    ],
)
def test_clause_after_a_line_that_is_a_sentence(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


# not after a line no lead lays out (extraction joins segments of prose so), nor before a
# phrase that is no clause, a participle going on a heading, or a word with no vowel (a
# command's or a brand's name)
@pytest.mark.parametrize(
    "text",
    [
        "The harbour froze over.\nfishermen stayed ashore for a week.",
        "Smith, A. (2019). Rivers. London: Verso.\nhistorians still quote it.",
        "Note: The region went dark.\nthe highest number of alerts.",
        "Q: Was I losing my mind?\nbeing cached after their first access.",
        "Note: The deploy failed.\nnpm was down for an hour.",
        "80TB is the limit, but the path looks clear.\nhat means a larger drive is possible.",
        "Vote: The plan was approved.\nwhich makes the budget larger.",
        "P.S. He left early.\nfrom this study will be used to improve it.",
    ],
)
def test_line_after_a_sentence_kept(text):
    _kept(text)


# a line led by a bracket is a line of its own: a clause after it opens a sentence
@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("[Photo: the harbour at dawn]\nfishermen unloaded the catch.", "\nFishermen"),
        ("[09:15] Marc: Running late\ncommuters waited on the platform.", "\nCommuters"),
        ("[Map] Flooded roads\ndrivers turned back at the bridge.", "\nDrivers turned"),
    ],
)
def test_clause_after_a_bracketed_line(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "text",
    [
        "[x] bread\n[ ] butter and jam.",
        "[Photo: the harbour at dawn]\nbeyond the pier.",
    ],
)
def test_bracketed_line_kept(text):
    _kept(text)
