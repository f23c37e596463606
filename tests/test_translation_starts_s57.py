"""Sentence starts in small letters of five shapes the stage did not reach (session 57).

Real translated news scored 0.83 recall against 0.97 on planted sets; the kinds below were
missed at every density: a closing quote after a stop that closes nothing (French closes its
guillemet after the tag: `stray_quotes`), a counter closed by a slash leading a list's item
(`slash_items`), an English section heading before a colon on the sentence's line, on the
document's evidence (`heading_colons`). An address or a code opening a line keeps its small
letter, and, with `label_brands` (off), a brand written small after a label's colon.
Made-up wordings, none from the evaluation's batches.
"""

from __future__ import annotations

import pytest

from curate.stages import line_heads
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

OPENERS = ("dental surgeons", "most of them", "the regional health agency", "thirty-six taxis")

# a stop, then a quote that closes nothing: the sentence's quote closed before its tag
STRAY = [
    ("“We will stay,” the mayor said.” {} were told on Monday.", "said.” {}"),
    ('"It is over," the captain said." {} went home at dawn.', 'said." {}'),
    ("“Nous partirons”, a déclaré le maire.” {} on the island were told.", "maire.” {}"),
    ("“The hives are empty,” a beekeeper told us.” {} fear a second winter.", "us.” {}"),
]

# a counter closed by a slash, beside an item led so with a capital
SLASHES = [
    "The plan in three points\n1/ Two thousand oaks are felled\n2/ {} may walk the paths "
    "again from Sunday\n3/ The season ends early",
    "What the council decided\n1/ The pool reopens in June\n2/ {} will pay less from May",
    "Trois mesures / Three measures\n1/ Fares rise by a tenth\n2/ {} must register by June",
]

# an English heading before a colon, its sentence on the same line (on the evidence)
HEADINGS = [
    ("What changes: the ferry will run twice a day from Monday.", "changes: The"),
    ("Why it matters: a third of the villages in the valley have no doctor.", "matters: A"),
    ("The facts: prices of bread rose by a tenth in March, the survey says.", "facts: Prices"),
    ("What happens next: the regional health agency will decide in June.", "next: The"),
    ("What's next: most of the hives will be moved before the frost.", "next: Most"),
    ("Our view: most of them will not come back to the port this year.", "view: Most"),
]


def _opened(raw: str, stage: TranslationRepair | None = None) -> str:
    return slips.with_slip(raw, stage or slips.STAGE)


@pytest.mark.parametrize(("template", "where"), STRAY)
@pytest.mark.parametrize("opener", OPENERS)
def test_a_stray_closing_quote_ends_its_sentence(template, where, opener):
    raw = template.format(opener)
    out = slips.repaired(raw, slips.PLAIN)
    assert where.format(opener[0].upper() + opener[1:]) in out, out
    assert out.lower() == raw.lower()


@pytest.mark.parametrize("template", SLASHES)
@pytest.mark.parametrize("opener", OPENERS[:2])
def test_a_slash_counter_leads_an_item(template, opener):
    raw = template.format(opener)
    out = slips.repaired(raw, slips.PLAIN)
    assert "2/ " + opener[0].upper() + opener[1:] in out, out


@pytest.mark.parametrize(("raw", "opened"), HEADINGS)
def test_a_heading_before_a_colon_opens_on_the_evidence(raw, opened):
    # after a sure sentence start in the same document
    assert opened in _opened(raw)
    # alone in a clean document, a small letter after a heading is a house style's
    assert slips.repaired(raw, slips.PLAIN) == raw


@pytest.mark.parametrize(
    ("setting", "raw"),
    [
        ("stray_quotes", STRAY[0][0].format("most of them")),
        ("slash_items", SLASHES[0].format("most of them")),
        ("heading_colons", HEADINGS[0][0]),
    ],
)
def test_each_behaviour_is_a_setting(setting, raw):
    stage = TranslationRepair(**{setting: False})
    assert _opened(raw, stage) == raw
    assert _opened(raw) != raw


# look-alikes that keep their small letters, with the document's evidence too --------------
KEPT = [
    # a short gloss after a heading (a deck's style) and a clause before a colon
    "Why it matters: an inquiry affects millions.",
    "The rule is simple: no flash, no food and no selfie sticks.",
    "The minister added: the nurses will be paid.",
    # an address or a code that opens a line
    "Where to ask\ninfo@mairie-kervel.fr answers every question about the fares.",
    "The timetable\nwww.kervel.fr lists every ferry, updated each hour.",
    "Stock by lot\nlot-4471 | 12 boxes | shipped\nref-22 | two pallets | pending",
    # a quote that opens its sentence, then its tag; a quote resumed after its tag
    "“We stay.” he said it twice.",
    "“The ice is thin,” the coastguard warned, “and thinner by the day.” he added.",
    # a list in small letters, slashes or not
    "Bring:\n1/ a passport\n2/ two photos",
    # a fraction and a date, no counter
    "Ratio 1/ 2 is fine for the mix.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_keep_their_small_letter(text):
    slips.assert_kept(text)
    assert _opened(text) == text


# a brand written small after a label's colon, the subject of its verb in -s (`label_brands`)
BRANDS = [
    "App: kabee lets riders book a taxi from the station.",
    "What's new: kabee lets riders book a taxi from the station.",
    "Partner: zelto runs the new plant near the port of Brest.",
    "Sponsor: vexamo pays for the new pitch this season.",
]
BRANDS_ON = TranslationRepair(label_brands=True)


@pytest.mark.parametrize("text", BRANDS)
def test_a_brand_after_a_label_keeps_its_small_letter_with_the_setting_on(text):
    # off by default: it loses label cells of odd batches 43, 45, 49 and 51
    assert _opened(text, BRANDS_ON) == text
    assert slips.repaired(text, slips.PLAIN, BRANDS_ON) == text


def test_brands_is_a_setting():
    kept = [text for text in BRANDS if _opened(text) == text]
    assert len(kept) < len(BRANDS)


@pytest.mark.parametrize(
    ("head", "is_heading"),
    [
        ("What changes", True),
        ("Why it matters", True),
        ("What's next", True),
        ("The facts", True),
        ("The bottom line", True),
        ("Our view", True),
        ("In numbers", True),
        ("The rule is simple", False),  # a copula: a clause
        ("The minister added", False),  # a verb: a clause
        ("The", False),
        ("the facts", False),  # no capital: inside a sentence
        ("Kervel", False),
    ],
)
def test_heading_shape(head, is_heading):
    verbs = TranslationRepair()._head_verbs
    assert line_heads.heading(head, verbs) is is_heading


@pytest.mark.parametrize(
    "unit",
    ["“a,” b said.” c ", '"a," b said." c ', "\n1/ x\n2/ y", "What changes: the a b c d e f. "],
)
def test_hostile_input_runs_in_linear_time(unit):
    slips.assert_linear(unit * 3, joints=("\n", " "))
