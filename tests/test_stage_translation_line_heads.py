"""A sentence in small letters after a line's head read by its shape (`line_heads`).

The kind: a translation leaves a sentence in small letters after a line's head, and each batch of
news brings heads of new wordings (a dateline whose date a bracket and a stop close, an agency
before its place, a place in mixed case and its country, a weekday and a date, a bulletin's
number, a section's tag before a pipe, a stamp, a French clock, an interview's letter, a list's
letter). The stage reads a head by its shape instead of one wording at a time: the line's span
before its first separator that a small letter follows, short, mostly capitals, figures, names
and marks, no clause. Where the document's evidence of translation of any kind reaches the gated
repairs' bar, a head no English style writes a small letter after opens its sentence (a dash or a
pipe after a head with a figure, capitals, a bracket or a comma); after a label's colon, a list's
lead or a name alone, only another sentence start a rule is sure of lets it (`opener_evidence`'s
evidence: "UPDATE 2: the road reopened" is a house style). Look-alikes keep their small letter:
a clause before a dash or a colon, a score or a range, a note's label, a headline's subtitle, a
list whose heads all take a small letter, code, a wrapped line. Made-up places and wordings, none
from the evaluation's batches.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from curate.document import Document
from curate.stages import line_heads
from curate.stages.translation import TranslationRepair
from tests import translation_slips as slips

# a slip a rule is sure of (a full stop, then a small letter): the document's own evidence
SLIP = "The committee met for three days. its members spoke to the press.\n\n"
SLIP_FIXED = "The committee met for three days. Its members spoke to the press.\n\n"


def _with_slip(raw: str) -> str:
    doc = slips.STAGE.process(Document(id="t", text=SLIP + raw))
    assert doc.text.startswith(SLIP_FIXED), doc.text
    return doc.text[len(SLIP_FIXED) :]


# heads no English style writes a small letter after: opened on any evidence of translation ----
STANDING = [
    # a place in mixed case and its country or region
    ("Tarvossa, Kelmia -- the army closed the road to the river port on Friday.", "-- The army"),
    ("Port Vellan, Oristan – most fishermen stayed ashore on Sunday.", "– Most fishermen"),
    ("Ouro Lindo, Pelmar - two ferries were held in port overnight.", "- Two ferries"),
    # a bulletin's or a communiqué's number
    ("Bulletin no. 12 - the river rose another metre overnight.", "- The river"),
    ("Communiqué No. 4 – the ministry suspended all flights to the islands.", "– The ministry"),
    # a section's tag before a pipe, in capitals or not
    ("SPORT | the national team lost to Brannock on Sunday.", "| The national"),
    ("Economy | most banks raised their rates on Monday.", "| Most banks"),
    ("CULTURE | the old theatre reopened after ten years.", "| The old"),
    # a stamp with its date and clock
    ("Updated 12.12.2026, 09:10 – rescuers found two more survivors.", "– Rescuers"),
    # a ticker's clock between its marks
    ("+++ 09:14 +++ the coastguard closed the coast road in both directions.", "+++ The"),
    ("• 17h05 • the prefect lifted the curfew in the old town.", "• The prefect"),
    # a weekday's diary date alone before a colon, as a dateline's (session 55, `date_colons`)
    ("Sat 8 Nov: several ferry crews walked out over unpaid overtime.", "Nov: Several"),
]  # fmt: skip

# heads a sentence or a house style may stand after: opened on a sure sentence start only -----
ON_SURE_EVIDENCE = [
    # an interview's letter before its dash
    ("Q – How long will the dyke take?\nR – ferry passengers expect two summers of work.",
     "R – Ferry"),
    # a list's letter alone
    ("b) the bus drivers will get a bonus in March.", "b) The bus"),
    ("c) most dockers keep their night shifts.", "c) Most dockers"),
    # a stamp that opens with an ordinary word and no comma
    ("Published 11/12/2026 at 14:32 - the minister resigned.", "- The minister"),
    # a label's name before a colon (a date alone before one stands: `date_colons`, above)
    ("Tarvossa: the reservoir stood at half its level.", "Tarvossa: The reservoir"),
    # a name alone before a dash
    ("Velmarsh/Ostrand - the trains stopped at the border.", "- The trains"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "opened"), STANDING)
def test_sentence_after_a_standing_head_opens_on_evidence(raw, opened):
    out = slips.repaired(raw, slips.EVIDENT)
    assert opened in out, out
    assert out.lower().endswith("\n\n" + raw.lower())
    assert opened in _with_slip(raw)


@pytest.mark.parametrize(("raw", "opened"), ON_SURE_EVIDENCE)
def test_sentence_after_a_head_opens_beside_a_sure_start(raw, opened):
    out = _with_slip(raw)
    assert opened in out, out
    assert out.lower() == raw.lower()


@pytest.mark.parametrize(("raw", "opened"), STANDING + ON_SURE_EVIDENCE)
def test_sentence_after_a_head_waits_for_evidence(raw, opened):
    assert slips.repaired(raw, slips.PLAIN, slips.WAITING) == raw  # clean, no lone_heads: waits


@pytest.mark.parametrize(("raw", "opened"), ON_SURE_EVIDENCE)
def test_evidence_of_another_kind_alone_leaves_a_label_or_a_name(raw, opened):
    # (before `lone_items`: a list's letter alone opens on its clause since session 58)
    assert slips.repaired(raw, slips.EVIDENT, slips.NO_LONE_ITEMS).endswith("\n\n" + raw)


@pytest.mark.parametrize(("raw", "opened"), STANDING + ON_SURE_EVIDENCE)
def test_the_setting_off_leaves_the_head(raw, opened):
    stage = TranslationRepair(line_heads=False, learned_openers=False, lone_items=False)
    doc = stage.process(Document(id="t", text=slips.EVIDENT + raw))
    assert doc.text.endswith("\n\n" + raw)


# look-alikes: kept beside a sure sentence start, the strongest evidence --------------------
KEPT = [
    # a clause before the dash or the colon
    "The plan - the third this year - failed.",
    "The harbour master said the following: the locks will stay shut until Friday.",
    "Kiel is where we met - the rest is history.",
    # a word that opens sentences, an ordinary word alone
    "Meanwhile - the council met behind closed doors.",
    "However - the plan was dropped.",
    # a score, a ratio or a range before the mark
    "Final score (3:1): the home side held on.",
    "Brannock 2-1 Velmarsh: the hosts scored twice late on.",
    "2019-2024 - the town grew by a tenth.",
    # a question's label before a fragment, a label before its value
    "Q: and then?",
    "Weather: drizzle, then sun.",
    "Menu: soup, bread and cheese.",
    # a note's label, whose own words the writer wrote small
    "Correction: this article first gave the wrong price for the ferry.",
    "Editor's note: names have been changed.",
    # a headline and its subtitle, no sentence's stop
    "Talks in Paris: what we know",
    "Q&A: the pier closure explained",
    "RT @tarvossaport: tide warning lifted",
    # a list whose heads of one shape all take a small letter
    "Stops on the route\nPort Eilan - ferries leave every hour.\nKelmarsh Bay - the buses stop "
    "at the pier.",
    "Our demands\na) the council must publish the budget.\nb) the mayor must answer by May.",
    # a list in small letters, a list that goes on its sentence
    "Bring:\n- a passport\n- two photos",
    "The plan asks for:\n1) a new bridge,\n2) the army to leave the town.",
    # code
    "x = 1 - the value is stored.",
    "TODO: fix the parser before the release.",
    # a line that goes on the clause of the line before
    "The convoy was stopped by the head of\nVelmarsh, Oristan -- the guards let it through.",
    # a caption in brackets that a colon splits
    "[Image: the flooded square]\nRescuers waded across it.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_keep_their_small_letter(text):
    assert _with_slip(text) == text
    assert slips.repaired(text, slips.EVIDENT).endswith("\n\n" + text)


# the head's shape, read alone ---------------------------------------------------------------
def _is_head(text: str, kind: str = "dash") -> bool:
    stage = slips.STAGE
    t = stage._table
    stats = line_heads_stats()

    def ordinary(word: str) -> bool:
        return stats.get(word, (0, 0))[1] >= line_heads.ORDINARY

    def verb(word: str, after: str) -> bool:
        return stage._finite(word, after) or word in t["speech_verbs"]

    verbs = t["finite_verbs"] | t["speech_verbs"]
    return line_heads.is_head(
        text, kind, stage._prefix_small, stage._head_openers, verbs, ordinary, verb
    )


def line_heads_stats() -> dict:
    from curate.stages import sentence_opener

    return (sentence_opener.model() or {}).get("stats", {})


@pytest.mark.parametrize(
    "head",
    [
        "KINDIA, Dec. 11, 2024).",
        "AGENCE NOUVELLE - KANKAN, 11 December",
        "Tarvossa, Kelmia",
        "Thursday, 11 December 2026",
        "Bulletin no. 12",
        "Published 11/12/2026 at 14:32",
        "14h32",
        "R",
        "Rio de Ostra (Agência Pelmar)",
        "Editor's note",
    ],
)
def test_head_shapes(head):
    assert _is_head(head)


@pytest.mark.parametrize(
    "head",
    [
        "The plan",  # a determiner opens a sentence
        "Meanwhile",  # an adverb that opens sentences
        "Warning",  # an ordinary word alone
        "Prices rose",  # a verb
        "Kiel is where we met",  # a clause
        "Brannock 2-1 Velmarsh",  # a score
        "Final score (3:1)",  # a ratio
        "2019-2024",  # a range
        "Two boats were lost",  # a clause
        "A long list of the many things that the council said it would do",  # too long
        "officials",  # small letters
    ],
)
def test_not_head_shapes(head):
    assert not _is_head(head)


def test_pipe_makes_a_head_of_an_ordinary_word():
    assert _is_head("Economy", "pipe")
    assert not _is_head("Economy", "dash")


def test_head_reading_is_linear():
    slips.assert_linear("Tarvossa, Kelmia -- the army closed the road. SPORT | the", joints=("\n",))


@given(st.text(alphabet="aB1 -–—|+•·>:)].\n", max_size=120))
def test_the_quick_test_before_the_search_misses_no_head(text):
    """`candidates` asks first whether a text may hold a mark before a small letter at all;
    a text it passes over would have given no head to the full search either."""
    quick = line_heads.candidates(text)
    saved = line_heads._ASCII_BEFORE_SMALL
    line_heads._ASCII_BEFORE_SMALL = re.compile("")  # every text searched in full
    try:
        assert line_heads.candidates(text) == quick
    finally:
        line_heads._ASCII_BEFORE_SMALL = saved
