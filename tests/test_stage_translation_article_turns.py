"""The `translation` stage's article after a speaker's label: one reading of where a sentence
opens for the article rule and the sentence rules.

A capital "A" or "An" after a label's colon is an article only where a sentence opens there;
the article rule had its own label test (`_after_label`: three capitalised words at most), so
labels the speaker-label rules read as a turn ("09:05 — Minister Varga: ", "Dr Lin, chief
medic: ", "[00:12:41] REPORTER: ") left "An union" and "A hour" (blind batch 26: `article`
0.714 / 0.692 / 0.667 at 1 / 3 / 10 a document). The article rule now asks the speaker-label
rules, the article read as a determiner (`_opens_turn`).
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("09:05 — Minister Varga: An union is the first item today.", "Varga: A union"),
        ("16:20 - Spokeswoman Ilse Brandt: A hour was lost at the gate.", "Brandt: An hour"),
        ("Dr Lin, chief medic: A hour was never in the report.", "medic: An hour"),
        ("Sgt Ortega, police spokesman: A officer was hurt in the crash.", "spokesman: An officer"),
        ("[00:12:41] REPORTER: A interview was cancelled at noon.", "REPORTER: An interview"),
        ("THE COURT: Proceed.\nTHE WITNESS: A officer took the money.", "WITNESS: An officer"),
    ],
)
def test_the_article_opening_a_speakers_turn_is_repaired(raw, fixed):
    assert fixed in slips.repaired(raw, slips.PLAIN)


@pytest.mark.parametrize(
    "kept",
    [
        "09:05 — Minister Varga: A union is the first item today.",  # already right
        "Dr Lin, chief medic: An hour was never in the report.",
        "Grade, final exam: A in maths was rare.",  # a letter, not an article
        "Blood type, donor two: A or B was never clear.",
        "Dr Lin, chief medic: A is the grade she gave.",
        "Prices, analysts said: A index fell.",  # a label that says opens no turn
        "14:32 – anna: A orange cat\n14:33 – marc: A old bus",  # a chat's turns
    ],
)
def test_a_letter_or_a_label_that_opens_no_turn_stays(kept):
    slips.assert_kept(kept)
