"""Line heads of more shapes, their long subjects and an article after them (session 53).

The kind: a translation leaves a sentence in small letters, or an article of the wrong sound,
right after a line's head, and the head reader of session 52 missed heads of whole shape
classes: a breadcrumb's, a pointer's or a bullet's mark between spaces (`›`, `→`, `·`), a tag in
brackets at the line's start (`[TECH]`, `[14:05]`), a numbered label inside a head (`stage 6 |`,
`item 4:`), a bracketed agency whose name holds small words, a dateline's agency before a colon;
and after a head the clause reader stopped at four words, so a long subject (phrases, a
participle's phrase, a possessive, a relative clause, a place between commas) kept its small
letter. Each shape is tested with several made-up wordings; none is from the evaluation's
batches. Look-alikes keep their small letter: a fragment with no verb, a subordinator's clause,
an indefinite article's noun alone, a transcript's cue in small letters, a sentence ended inside
the head.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages import line_heads
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

# a mark of the pipe's class between spaces, a tag in brackets: a head alone ---------------------
MARKED = [
    ("Worth knowing › most ferry crews work two shifts in winter.", "› Most ferry"),
    ("Island life › the night ferry leaves from the harbour at ten.", "› The night"),
    ("HEALTH → the clinic in Tarvossa opens on Sundays from May.", "→ The clinic"),
    ("ECONOMY · the central bank held its rate for a third month.", "· The central"),
    ("Weather • most schools stayed shut after the storm.", "• Most schools"),
    ("[TECH] the new ticket app crashed on its first morning.", "[TECH] The new"),
    ("[SPORT] the home side lost again on Sunday.", "[SPORT] The home"),
    ("[FARMING] the grain co-op cut its prices on Monday.", "[FARMING] The grain"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), MARKED)
def test_a_marked_head_opens_its_sentence_on_evidence(raw, opened):
    out = slips.repaired(raw, slips.EVIDENT)
    assert opened in out, out
    assert out.lower().endswith("\n\n" + raw.lower())
    assert opened in slips.with_slip(raw)
    assert slips.repaired(raw, slips.PLAIN, slips.WAITING) == raw  # clean, no lone_heads: waits


# a head with a numbered label, a bracketed name of small words, a dateline before a colon -------
NUMBERED = [
    ("LIVE | Tour of Kelmia, stage 4 | the riders crossed the pass in fog.", "| The riders"),
    ("RESULTS | Cup of Oristan, round 3 | most favourites went out early.", "| Most favourites"),
    ("Council minutes, Port Vellan – item 4: the members approved the harbour levy.",
     "4: The members"),
    ("Works committee, Ostrand – point 12: the chair asked for a second vote.", "12: The chair"),
    ("ZEVRA, Dec. 4 (Radio Pelmar et Kelmia la 2e): the fishermen stayed in port.",
     "): The fishermen"),
    ("MARADO, 10 December (ANP): most herders moved their cattle south.", "): Most herders"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), NUMBERED)
def test_a_head_with_a_numbered_label_or_a_bracketed_name_opens(raw, opened):
    assert opened in slips.with_slip(raw)


@pytest.mark.parametrize(("raw", "opened"), NUMBERED[-2:])
def test_a_dateline_before_a_colon_stands_alone(raw, opened):
    """A place, a date and an agency's bracket before a colon: a dateline, no label whose house
    style writes a small letter after it, so any evidence of translation opens its sentence."""
    out = slips.repaired(raw, slips.EVIDENT)
    assert opened in out, out


# a label before a colon: only beside a sure start, as before ------------------------------------
LABELS = [
    ("URGENT: the ferries to the islands are cancelled until Monday.", "The ferries"),
    ("2026-03-14: the pier reopened after a week of repairs.", "The pier"),
]


@pytest.mark.parametrize(("raw", "opened"), LABELS)
def test_a_label_opens_beside_a_sure_start_only(raw, opened):
    assert opened in slips.with_slip(raw)
    assert slips.repaired(raw, slips.EVIDENT).endswith("\n\n" + raw)


# long subjects after a head ---------------------------------------------------------------------
LONG = [
    # phrases on the subject's noun, with names
    "TARVOSSA, Kelmia – cocoa farmers on the southern slopes of Mount Orr must sell by March.",
    # a participle's phrase
    "2026-11-02 08:40 UTC — divers working near the old breakwater found a second wreck.",
    # a possessive
    "OSTRAND (Pelmar Press) – the harbour master's office has closed the outer basin.",
    # a relative clause
    "VELMARSH, 3 May – farmers who lost their barns in the fire will receive seed grain.",
    # a place between two commas
    "PORT EILAN. – ferrymen in Kelmarsh, below the old fort, were stranded overnight.",
    # a verb in the present after a subject in the plural, past its phrase
    "TRAFFIC | lorries heading into Ostrand over the north bridge face a long wait.",
]


@pytest.mark.parametrize("raw", LONG)
def test_a_long_subject_after_a_head_opens(raw):
    out = slips.with_slip(raw)
    at = next(i for i, c in enumerate(raw) if c.islower() and raw[i - 1] == " ")
    assert out == raw[:at] + raw[at].upper() + raw[at + 1 :], out


@pytest.mark.parametrize("raw", LONG)
def test_the_setting_off_reads_no_long_subject(raw):
    stage = TranslationRepair(head_clauses=False, learned_openers=False)
    assert slips.with_slip(raw, stage) == raw


KEPT = [
    # a fragment: no verb before its stop, a subordinator's clause
    "SPORT | the derby's third goal in ten minutes.",
    "WEATHER | the moment when the storm reached the coast.",
    # an indefinite article's noun alone may go on the head
    "KELMIA, Dec. 3, 2026 /Pelmar Wire/ -- an agreement was announced today.",
    # a word that opens no subject
    "Ostrand Velmarsh – as expected – was chosen.",
    # a transcript's cue in small letters, a sentence ended inside the head
    "[laughs] we never thought the pier would reopen.",
    "Wow, honestly. Tarvo Kelm – as always – was late.",
    # a clause of its own before the mark
    "Kiel is where we met › the rest is history.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_keep_their_small_letter(text):
    assert slips.with_slip(text) == text
    assert slips.repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# an article right after a head ------------------------------------------------------------------
ARTICLES = [
    ("OSTRAND (Le Courrier du Nord) – A inquiry was opened into the fire.", "– An inquiry"),
    ("[09:05] A inquiry opens into the ferry fire.", "[09:05] An inquiry"),
    ("+++ 16:20 +++ An union vote is expected tonight +++", "+++ A union"),
    ("78' – A equaliser from the penalty spot levels it.", "– An equaliser"),
    ("Update 3 · An union vote is due at noon.", "· A union"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "fixed"), ARTICLES)
def test_an_article_after_a_head_takes_its_sound(raw, fixed):
    out = slips.repaired(raw, slips.PLAIN)
    assert fixed in out, out


@pytest.mark.parametrize(("raw", "fixed"), ARTICLES)
def test_the_article_setting_off_leaves_it(raw, fixed):
    stage = TranslationRepair(head_articles=False)
    doc = stage.process(Document(id="t", text=slips.PLAIN + raw))
    assert fixed not in doc.text


@pytest.mark.parametrize(
    "text", ["Vitamin A is good for the eyes.", "Plan B – A union of the two parties."]
)
def test_a_letter_of_a_series_is_no_article(text):
    assert slips.repaired(text, slips.PLAIN) == text


# the shape reader -------------------------------------------------------------------------------
def test_a_head_ending_right_before_a_capital():
    text = "SION (ATS) – A union"
    head = line_heads.ending_at(text, text.index("A union"))
    assert head is not None and text[head.line : head.mark] == "SION (ATS)"
    assert line_heads.ending_at("The plan – as it stood", 4) is None  # no separator ends there


def test_new_shapes_read_in_linear_time():
    slips.assert_linear(
        "[TAG] x › y · LIVE | Tour, stage 6 | the riders on the pass were late.", joints=("\n",)
    )
    slips.assert_linear("TRAFFIC | lorries of the a of the b of the c over the d face", ("\n", " "))
