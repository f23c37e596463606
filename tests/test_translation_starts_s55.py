"""Sentence starts the translation stage missed or broke, by kind (session 55).

The kinds a blind batch of real translated news left (made-up wordings here, several a kind):
a heading of a question's shape before a colon (`wh_headings`, off by default), a date alone
before a colon (`date_colons`), a bracketed tag of a note's word and a label in two languages
(`head_cues`), a short shout of ordinary words (`short_shouts`), an ellipsis after a list's
closing words (`list_ellipsis`), a long subject in the plural after a stop, a "!" or an
ellipsis (`long_subjects`), and a web address that opens a line as the subject of a verb in -s
(`address_verbs`): the line after it opens while the address keeps its small letter. Next to
each, the look-alikes whose small letter is right.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

OFF = TranslationRepair(
    head_cues=False,
    date_colons=False,
    wh_headings=False,
    short_shouts=False,
    list_ellipsis=False,
    address_verbs=False,
    long_subjects=False,
)


def _opened_on(raw: str, opened: str, host: str) -> None:
    out = slips.repaired(raw, host)
    assert opened in out, out
    assert out.lower().endswith(raw.lower())


# a heading of a question's shape before a colon, on a sure start elsewhere ------------------
WH = [
    ("What we know: market gardeners in the valley lost their crops on Sunday.", ": Market"),
    ("Why it matters: dock workers at the port will lose a day's pay.", ": Dock"),
    ("How the vote works: residents over sixteen may cast a ballot by post.", ": Residents"),
    ("Where it happened: the bridge at Kelmar gave way under a lorry.", ": The bridge"),
]  # fmt: skip


WH_ON = TranslationRepair(wh_headings=True)


@pytest.mark.parametrize(("raw", "opened"), WH)
def test_a_question_shaped_heading_heads_its_line_on_a_sure_start(raw, opened):
    """Off by default: batch 7 writes its own small letter there ("Why it matters: an inquiry
    affects millions."); on, a sure start elsewhere opens it."""
    out = slips.with_slip(raw, WH_ON)
    assert opened in out and out.lower() == raw.lower(), out
    assert slips.with_slip(raw, slips.NO_HEADINGS) == raw
    assert WH_ON.process(Document(id="t", text=slips.PLAIN + raw)).text.endswith(raw)


# a date alone before a colon, a bilingual label, a bracketed tag: on the document's evidence ---
ON_EVIDENCE = [
    ("Tuesday 3 March: the ferry left the quay without its spare parts.", ": The ferry"),
    ("Monday 2 June 2025: lock keepers on the canal were told to open the gates.", ": Lock"),
    ("14th June: the council voted to close the pool.", ": The council"),
    ("Avis / Notice: the library will close early on Friday.", ": The library"),
    ("Aviso / Warning – the water in the old town is not safe to drink.", "– The water"),
    ("Info / Infos | the road to the pass is shut until Monday.", "| The road"),
    ("Communiqué / Press release: the union signed the new lease on Monday.", ": The union"),
    ("[PHOTOS] the flood reached the town square overnight.", "] The flood"),
    ("[VIDEO] rescue volunteers lifted the climbers off the ridge.", "] Rescue"),
    ("[LISTEN] the harbour master explains the new moorings.", "] The harbour"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), ON_EVIDENCE)
def test_a_date_a_bilingual_label_or_a_tag_heads_its_line_on_evidence(raw, opened):
    _opened_on(raw, opened, slips.EVIDENT)
    assert slips.repaired(raw, slips.PLAIN, slips.WAITING) == raw  # no lone_heads: no evidence


# a short shout of ordinary words, a list's closing ellipsis, a long subject after a stop ------
PROSE = [
    ("The keeper dived to his left. What a save! home fans ran onto the pitch.", "! Home"),
    # a noun alone after a short shout (batches 1, 4 and 11 write its capital: "Finally! Talks")
    ("The week ended at last. What a week! talks resumed on Tuesday.", "! Talks"),
    ("The striker waited a whole season for it. Goal! season-ticket holders sang for an hour.",
     "! Season"),
    ("The contract went to Acme Inc. grape pickers from the three villages were never "
     "consulted.", ". Grape"),
    ("The pumps came from Harlow Ltd. dock workers who fitted them were paid late.", ". Dock"),
    ("The new dock went to Westvale Corp. retired miners from the old terraces say it is too "
     "big.", ". Retired"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), PROSE)
def test_a_sentence_after_a_short_shout_or_a_closing_abbreviation_opens(raw, opened):
    _opened_on(raw, opened, slips.PLAIN)
    _opened_on(raw, opened, slips.EVIDENT)


ELLIPSES = [
    ("The stalls sold bread, cheese, wine and so on... the queue went round the block.",
     "... The queue"),
    ("They lost boots, ropes, tents and so forth… rescue volunteers had to start again.",
     "… Rescue"),
    ("The shop sold maps, compasses, torches and the like... hikers from the valley bought "
     "them all.", "... Hikers"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), ELLIPSES)
def test_a_sentence_after_a_lists_closing_ellipsis_opens_on_evidence(raw, opened):
    _opened_on(raw, opened, slips.EVIDENT)
    assert slips.repaired(raw, slips.PLAIN) == raw


# a web address that opens a line with its verb in -s: the next line opens, the address stays --
ADDRESSES = [
    ("Ticket office\ntickets.lorient.fr opens at nine for the summer season.\nlorry drivers "
     "without a pass can pay at the gate.", "\nLorry drivers"),
    ("Passes\nbilletterie.lorient.fr sells the passes for every concert.\nvisitors without a "
     "card pay at the gate.", "\nVisitors"),
    ("Water supply\neau.vallee.fr posts the readings for each village every week.\nfamilies "
     "on the hill farms can ask for a test kit.", "\nFamilies"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), ADDRESSES)
def test_the_line_after_an_address_and_its_verb_opens_and_the_address_stays(raw, opened):
    for host in (slips.PLAIN, slips.EVIDENT):
        out = slips.repaired(raw, host)
        assert opened in out and out.lower().endswith(raw.lower()), out
        assert "\n" + raw.split("\n")[1].split()[0] in out  # the address keeps its letters


@pytest.mark.parametrize(
    ("raw", "host"),
    [
        (ON_EVIDENCE[0][0], slips.EVIDENT),
        (ON_EVIDENCE[3][0], slips.EVIDENT),
        (ON_EVIDENCE[7][0], slips.EVIDENT),
        (PROSE[0][0], slips.PLAIN),
        (PROSE[2][0], slips.PLAIN),
        (ELLIPSES[0][0], slips.EVIDENT),
        (ADDRESSES[0][0], slips.PLAIN),
    ],
)
def test_the_settings_off_leave_the_kinds_as_before(raw, host):
    """Each setting off, its kind is left small as session 54 left it."""
    off = OFF.process(Document(id="t", text=host + raw)).text
    assert off.endswith(raw), off


# look-alikes whose small letter is right: kept with and without evidence -------------------
KEPT = [
    # a note's label, a heading with no sentence, a clause before the colon
    "Correction: this article first gave the wrong price for the ferry.",
    "Talks in Paris: what we know so far",
    "What he said was simple: the ferry was full.",
    # a timeline whose dates all take a small letter: its style
    "3 March: the ferry left.\n4 March: the crew returned.",
    "UPDATE, Dec 6: the road reopened at noon.",
    # a slash in prose, a name's slash
    "Sales / the crews said it was slow.",
    # a name's own mark, a shout of a name, a pause
    "The storm hit at dawn. Yahoo! users were told to wait.",
    "And then... the report came out.",
    "Officials discussed it and so on… then they left.",
    # no verb after the abbreviation: the phrase goes on
    "The deal went to Acme Inc. subsidiaries in the north of the country.",
    # a caption's fragment after a tag
    "(Photo) the mayor at the fair",
    # tokens that are no word: an address after a label, a brand after a bar, a unit's row
    "Bookings: tickets.lorient.fr or at the harbour office.",
    "LIVE | eBay said it would refund the buyers.",
    "Water quality\nmg/l | 0.4 | 0.5\nkm/h | 40 | 55",
    # lists after a lead-in, a semicolon, a brand, a handle, a mid-sentence abbreviation
    "Bring:\n- a warm coat\n- a pair of boots",
    "The road is shut; buses run instead.",
    "Root crops, e.g. yams, fetched record prices.",
]


@pytest.mark.parametrize("raw", KEPT)
def test_a_right_small_letter_stays(raw):
    slips.assert_kept(raw)


@pytest.mark.parametrize(
    "line",
    [
        "What we know: the",
        "Avis / Notice: the",
        "Tuesday 3 March: the",
        "[PHOTOS] the",
        "What a save! fans",
        "and so on... the",
        "Acme Inc. grape pickers from the",
        "x.fr opens at nine.",
    ],
)
def test_hostile_repeats_stay_linear(line):
    """Copies of each new shape, joined by spaces and line breaks (`assert_linear`)."""
    slips.assert_linear(line)
