"""Sentence starts in small letters that a document with few of them still shows (session 56).

The kind: after a line's head no English style writes a small letter after (a live bar, a
clock, a date, a tag in capitals, a banner), the stage waited for other evidence of translation
in the document, which a lone slip does not give: one planted a document was repaired at 0%,
ten at 100%. The head is its own evidence now (`lone_heads`). So is a label in two languages of
longer parts (`bilingual_heads`), a section's tag in capitals another language spells
(`foreign_tags`), an item an arrow leads beside items with capitals (`arrow_items`) and a long
subject in the plural after a question's mark (`question_subjects`, off: it breaks a
negative of odd batch 39). Made-up wordings, none from
the evaluation's batches. Look-alikes keep their small letter: a note's label before a colon (a
house style), a label alone, a list in small letters, a question's speech tag.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages import line_heads
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

# a head no English style writes a small letter after, alone in a clean document --------------
LONE_HEADS = [
    ("DIRECT • most ferries to the islands were cancelled on Sunday.", "• Most ferries"),
    ("LIVE | dock workers at the north quay walked out at dawn.", "| Dock workers"),
    ("EN VIVO, 09:15 – the harbour master closed the outer basin.", "– The harbour"),
    ("Monday, 4 May 2026 – several schools in the valley stayed shut.", "– Several schools"),
    ("12/05/2026, 7:40 p.m. — the prefect lifted the curfew in the old town.", "— The prefect"),
    ("FLASH INFO | hundreds of fishermen blocked the port of Kervel.", "| Hundreds of"),
    ("Wednesday 6 May: most buses in the district ran an hour late.", "May: Most buses"),
]  # fmt: skip

# a label in two languages whose parts hold small words, before a colon or a dash
BILINGUAL = [
    ("Avis aux riverains / Notice to residents: the bridge will close for a week in June.",
     "residents: The bridge"),
    ("Aviso a los vecinos / Notice to neighbours – most roads in the old town are shut.",
     "neighbours – Most roads"),
]  # fmt: skip

# a section's tag in capitals that another language spells
FOREIGN_TAGS = [
    ("ÉCONOMIE: the regional bank raised its rates on Monday.", "ÉCONOMIE: The regional"),
    ("SOCIÉTÉ – most teachers in the district joined the strike.", "SOCIÉTÉ – Most teachers"),
    ("MÉTÉO LOCALE | the coast road was closed by the wind overnight.", "| The coast"),
]  # fmt: skip

# an item an arrow leads, beside an item led the same way with a capital
ARROWS = [
    ("Key points\n→ The ferry runs again from Monday\n→ the crews must report to the quay "
     "by six", "→ The crews"),
    ("What changes\n→ Fares rise by a tenth in May\n→ most buses will stop at the new depot",
     "→ Most buses"),
]  # fmt: skip

# a long subject in the plural after a question's mark
QUESTIONS = [
    ("Who pays for the new dyke? several farmers in the lower valley of the river have asked "
     "the council.", "? Several farmers"),
    ("Why did the ferry stop? dock workers on the night shift at the north quay were told on "
     "Friday.", "? Dock workers"),
]  # fmt: skip

CASES = LONE_HEADS + BILINGUAL + FOREIGN_TAGS + ARROWS


LONE = TranslationRepair(lone_heads=True)  # the default since session 56, named here


@pytest.mark.parametrize(("raw", "opened"), CASES)
def test_the_start_opens_with_no_other_evidence(raw, opened):
    out = LONE.process(Document(id="t", text=slips.PLAIN + raw)).text[len(slips.PLAIN) :]
    assert opened in out, out
    assert out.lower() == raw.lower()


@pytest.mark.parametrize(("raw", "opened"), QUESTIONS)
def test_a_long_subject_after_a_question_opens_with_the_setting_on(raw, opened):
    # off by default: odd batch 39 writes a question's mark mid-sentence before such a subject
    stage = TranslationRepair(question_subjects=True)
    out = stage.process(Document(id="t", text=slips.PLAIN + raw)).text
    assert opened in out, out
    assert out.lower().endswith(raw.lower())


@pytest.mark.parametrize(
    ("setting", "cases"),
    [
        ("lone_heads", LONE_HEADS),
        ("bilingual_heads", BILINGUAL),
        ("foreign_tags", FOREIGN_TAGS),
        ("arrow_items", ARROWS),
        ("question_subjects", QUESTIONS),
    ],
)
def test_each_behaviour_is_a_setting(setting, cases):
    # with the setting off, the group's starts the older readers did not reach stay small
    stage = TranslationRepair(**{setting: False})  # (`question_subjects`: off by default)
    kept = [
        raw
        for raw, _ in cases
        if stage.process(Document(id="t", text=slips.PLAIN + raw)).text.endswith("\n\n" + raw)
    ]
    assert kept


# look-alikes: a house style's or a writer's small letter, kept in a clean document ------------
KEPT = [
    # a note's label before a colon (Chicago lowercases after a colon)
    "UPDATE 3: the ferry left at noon.",
    "WARNING: the quay is closed to lorries.",
    "Note: the figures exclude the islands.",
    # a name alone before a colon or a dash
    "Kervel: the reservoir stood at half its level.",
    "Kervel/Ostrand - the trains stopped at the border.",
    # a list in small letters, arrows or not
    "Bring:\n→ a passport\n→ two photos",
    "→ the crews must wait at the quay\n→ the buses stop at the pier",
    # a question's tag that says who asks
    "Why now? officials in the capital of the region asked on Monday.",
    # a long subject after a question's mark, the setting off (`question_subjects`)
    "Who pays for the new dyke? several farmers in the lower valley of the river have asked.",
    # a clause before a dash
    "The plan - the third this year - failed.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_keep_their_small_letter(text):
    assert slips.repaired(text, slips.PLAIN) == text
    assert LONE.process(Document(id="t", text=slips.PLAIN + text)).text.endswith(text)


@pytest.mark.parametrize(
    ("head", "tag"),
    [
        ("ÉNERGIE", True),
        ("MÉTÉO LOCALE", True),
        ("ÉCONOMIE", True),
        ("ENERGY", False),
        ("Météo", False),  # not in capitals: a name may be spelled so
        ("ZÜRICH, 4 May", False),  # four tokens and a figure: a dateline, read elsewhere
        ("É", False),
    ],
)
def test_foreign_tag_shape(head, tag):
    assert line_heads.foreign_tag(head) is tag


def test_hostile_input_stays_linear():
    """Long runs of the shapes the new readers ask stay fast (bounded searches)."""
    stage = TranslationRepair()
    for text in (
        "\n→ " + "the " * 25_000,
        "ÉÉÉ: " * 20_000,
        "Who? " + "several farmers in the " * 4_000 + "have",
        "\n→ A b\n→ the" * 8_000,
    ):
        doc = stage.process(Document(id="h", text=text[:100_000]))
        assert doc.text  # (a doubled "the the" may be repaired: the run ends, in any case)
