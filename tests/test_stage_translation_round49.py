"""Round 49 of the `translation` stage: one candidate for the sentence after a line's prefix.

A sentence a translation opened in small letters after a short prefix at its line's start (a
timeline's or a list's counter, a clock in brackets, a short date and a wire, a weekday
dateline, a wire's flash) was offered by one search per place kind, and each new batch of news
brought places of its own. `_after_prefix` is one candidate for all of them, on the document's
evidence only. A label's own words are often written small ("Correction: this article ...",
"A: he said it twice."), so the prefix is first sent through the label tests the stage already
has (`note_labels`, `flash_labels`, `_TRANSCRIPT_LABEL`'s turns, the speaker and heading paths);
a colon counts only after a figure, a dash only after a bracket or a flash, a glued dash only
where `_glued_run` reads a dateline's. What is left must open a clause on its line.

On the base commit (main e149275) 13 of these 43 tests fail, each an `opened` one main has no
search for (a timeline's, a step's or a stage's counter, a numbered speaker's clock, a short
date or a weekday before a wire, a roman numeral's stop, four words before the verb); the
`opened` ones main already reads (a year's lead, a clock in brackets, a flash, a dateline with
its wire), the wait for evidence and every `kept` one pass on both.
"""

from __future__ import annotations

import pytest

from tests import translation_slips as slips


# a prefix before a sentence in small letters: opened on the document's evidence -------------
@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        # a timeline's or a list's counter before a colon
        ("Five days on the Tavush road\nDay 2: Rain floods the pass\nDay 5: "
         "bus drivers refuse to cross the bridge", "Day 5: Bus drivers"),
        ("Floods in Kisumu\n2019: The lake rises\n2024: fishermen lose their boats again",
         "2024: Fishermen lose"),
        ("How to apply\nStep 1: Fill in the form\nStep 2: clerks will check your papers",
         "Step 2: Clerks will"),
        ("The race\nStage 2: Riders cross the plain\nStage 3: riders will climb the pass twice",
         "Stage 3: Riders will"),
        # a clock in brackets, an automatic transcript's numbered speaker and clock
        ("Speaker 1 (00:42): residents could not hear the siren.", "(00:42): Residents"),
        ("[07:55] ferry crews report that the harbour is open again.", "[07:55] Ferry crews"),
        ("[21h10] volunteers closed the last shelter in Bafoussam.", "[21h10] Volunteers"),
        # four words before the verb after a prefix (`PREFIX_SUBJECT`; three after a dateline)
        ("[09:10] the old town clock stopped at noon.", "[09:10] The old"),
        ("Day 3: the district water board will cut supplies", "Day 3: The district"),
        # a short date and a wire, a weekday and a wire: places in other languages' letters
        ("TROMSØ, 4.3. (NTB) – snowploughs cleared the coast road overnight.",
         "(NTB) – Snowploughs"),
        ("Akureyri, Föstudag (MBL) – fishermen stayed ashore as the storm passed.",
         "(MBL) – Fishermen stayed"),
        ("VAASA, 6.2. (STT) – pensioners waited for the bus in the snow.", "– Pensioners"),
        ("Évora, 3.4. (Lusa) – farmers have sold their cork early.", "– Farmers have"),
        ("Grindavík, Sunday (RÚV) - residents were allowed home.", "- Residents were"),
        ("Łomża, Friday (PAP) - farmers blocked the ring road with tractors.",
         "(PAP) - Farmers blocked"),
        ("TARTU, Estonia (Eesti Rahvusringhääling) - teachers walked out on Monday.",
         "- Teachers walked"),
        # a wire's flash
        ("URGENT – rescuers reached the miners shortly after midnight.", "URGENT – Rescuers"),
        ("FLASH — voters rejected the new constitution.", "FLASH — Voters"),
        # a roman numeral's item beside one that opens with a capital
        ("What the dockers want\ni. Overtime pay\nii. porters keep their night shifts",
         "ii. Porters keep"),
        ("iv. dockers will keep their pensions", "iv. Dockers will"),
    ],
)  # fmt: skip
def test_sentence_after_a_line_prefix_opens_on_evidence(raw, opened):
    out = slips.repaired(raw, slips.EVIDENT)
    assert opened in out, out
    assert out.lower().endswith(raw.lower())


@pytest.mark.parametrize(
    "raw",
    [
        "Five days on the Tavush road\nDay 2: Rain floods the pass\nDay 5: bus drivers refuse to "
        "cross the bridge",
        "TROMSØ, 4.3. (NTB) – snowploughs cleared the coast road overnight.",
        "What the dockers want\ni. Overtime pay\nii. porters keep their night shifts",
    ],
)  # fmt: skip
def test_sentence_after_a_line_prefix_waits_for_evidence(raw):
    assert slips.repaired(raw, slips.PLAIN, slips.WAITING) == raw  # no lone_heads: waits


# a label whose own words the writer wrote small, and a dash that no dateline ends: kept -------
@pytest.mark.parametrize(
    "text",
    [
        # a note's label
        "Correction: this article first gave the wrong price for the ferry.",
        "NOTE: the figures are provisional until the audit ends.",
        "Warning - the footbridge is closed until further notice.",
        "Edit: typo in the mayor's name fixed.",
        "UPDATE 2: the road reopened at noon.",
        # a heading
        "THE PLAN: the council sells the old port to a developer.",
        "Q&A: the pier closure explained",
        "2026 Census Results: the town grew by a tenth.",
        "Prices in Dakar: the bread costs more than in May.",
        # a question's and an answer's turn, a speaker's
        "Q: Was the ferry late?\nA: yes.",
        "A: he said it twice.",
        "Anna: on my way\nMarc: the bus is late again",
        "Answer: no.",
        # a dash after words alone, or a date with no wire
        "Meanwhile - the council met behind closed doors.",
        "Bonn/Köln - the trains stopped at the border.",
        "Rates 2025-03-14 - the central bank held them.",
        # a compound's or an aside's glued dash
        "Oslo—bound trains were cancelled on Friday.",
        "Rome—the city of seven hills—flooded again.",
        # a dateline's date before its colon with no date a wire writes: the dateline path's
        "NALKOT, Route 6: the road was cut by a landslide.",
    ],
)  # fmt: skip
def test_label_and_its_small_words_are_kept(text):
    slips.assert_kept(text)


def test_prefix_reading_is_linear():
    slips.assert_linear("Day 4: road crews run out of diesel\n[07:55] the", joints=("\n",))
