"""A small letter after a line's prefix (a label, a dateline, a flash, a stamp) is repaired by
`sentence_opener`'s model only on the document's evidence (`opener_evidence`).

The same line is correct English in one document ("UPDATE 2: the road reopened": Chicago
lowercases after a colon) and a translation's slip in another: its shape cannot decide. The
document does: (b) another lower-case sentence start a rule is sure of ("three days. its
members"), or (a) its own house style, a capital after the same kind of place elsewhere. Each
case below runs both ways: the line alone in a clean document keeps its small letter; beside
the evidence it opens with a capital.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips

# a slip a rule is sure of (a full stop, then a small letter), repaired in every document
SLIP = "The committee met for three days. its members spoke to the press.\n\n"
SLIP_FIXED = "The committee met for three days. Its members spoke to the press.\n\n"

# (the line, the capital it takes, a line of the same document at the same kind of place with
# a capital: the house style)
LINES = [
    ("UPDATE 2: the road reopened at noon.", "UPDATE 2: The road",
     "UPDATE 1: The road was still shut at dawn."),
    ("WARNING: the bridge is closed to lorries.", "WARNING: The bridge",
     "WARNING: The ferry leaves an hour late."),
    ("17:31 Note: the ferry leaves at noon from the north quay.", "Note: The ferry",
     "16:05 Note: The buses run every hour."),
    ("NALKOT, Route 6: the road was cut by a landslide.", "Route 6: The road",
     "NALKOT, Route 5: The bridge held through the night."),
    ("UPDATE, Dec 6: the road reopened on Monday.", "Dec 6: The road",
     "UPDATE, Dec 5: The road stayed shut."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "opened", "house"), LINES)
def test_the_line_alone_in_a_clean_document_keeps_its_small_letter(line, opened, house):
    assert slips.repaired(line, slips.PLAIN) == line


@pytest.mark.parametrize(("line", "opened", "house"), LINES)
def test_the_line_beside_a_sure_slip_opens_with_a_capital(line, opened, house):
    out = slips.repaired(SLIP + line, slips.PLAIN)
    assert out == SLIP_FIXED + line.replace(_small(opened), opened, 1), out


@pytest.mark.parametrize(("line", "opened", "house"), LINES)
def test_the_line_in_a_document_that_capitalises_there_opens_with_a_capital(line, opened, house):
    out = slips.repaired(house + "\n" + line, slips.PLAIN)
    assert out == house + "\n" + line.replace(_small(opened), opened, 1), out


@pytest.mark.parametrize(("line", "opened", "house"), LINES)
def test_a_document_that_writes_the_small_letter_there_throughout_keeps_it(line, opened, house):
    # the house style is the small letter: no capital at that place anywhere
    raw = "\n".join([_small(house), line])
    assert slips.repaired(raw, slips.PLAIN) == raw


@pytest.mark.parametrize(("line", "opened", "house"), LINES)
def test_evidence_of_another_kind_alone_leaves_the_line(line, opened, house):
    # two French titles ("M. Macron", `slips.EVIDENT`) reach the gated repairs' bar, but say
    # nothing of the document's sentence starts: the line keeps its small letter
    assert slips.repaired(line, slips.EVIDENT).endswith("\n\n" + line)


def _small(text: str) -> str:
    """`text` with the capital it writes after its line's prefix ("The") in small letters."""
    at = text.index("The")
    return text[:at] + "t" + text[at + 1 :]
