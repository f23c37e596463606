"""The one-pass scan of the translation rules' shapes: a clear bit proves the rule has no match.

`translation_scan.FieldScan` stands for the rules' pre-checks; each test here holds a bit to the
rule's own full pattern (a clear bit, no match), and the stage with the scan to the stage
without it (the same text, labels and ledger).
"""

from __future__ import annotations

import pickle
from functools import cached_property

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.stages import translation_scan as bits
from curate.stages.translation import (
    _CASE_ALIASES,
    _DASH_WORD,
    _DECORATED_CASE,
    _TRANSCRIPT_LABEL,
    TranslationRepair,
    _after_dateline,
    _dash_words,
)
from curate.synth import news_corpus
from tests.test_translation_fast_paths import few_pieces, pieces

pytest.importorskip("hyperscan")

STAGE = TranslationRepair()
TABLE = STAGE._table


def _matches(value: str) -> dict[int, bool]:
    """For each bit, whether its rule's full pattern (or the names' literals) matches."""
    return {
        bits.NAMES: STAGE._names_needs.search(value) is not None,
        bits.SPACE: TABLE["space_before_punct"].search(value) is not None,
        bits.NUMBER: TABLE["decimal_comma"].search(value) is not None
        or TABLE["thousands_space"].search(value) is not None,
        bits.DOUBLED: TABLE["doubled_word"].search(value) is not None,
        bits.SENTENCE: TABLE["sentence_case"].search(value) is not None,
        bits.DECORATED: _DECORATED_CASE.search(value) is not None,
        bits.DATELINE: any(_after_dateline(value, m.start("word")) for m in _dash_words(value)),
        # every label `_after_speaker_labels` reads, the field's first line's too, and every
        # answer `_answers` repairs on its question's line
        bits.LABELLED: any(
            _DASH_WORD.match("\n" + value, m.end())
            for m in _TRANSCRIPT_LABEL.finditer("\n" + value)
        )
        or bool(STAGE._answers(value)),
        # every sentence the candidate after a line's prefix opens
        bits.PREFIX: bool(STAGE._after_prefix(value)),
        # the article rule's suspect pairs, one bit each
        **{
            bit: pattern.search(value) is not None
            for bit, pattern in zip(bits.ARTICLES, TABLE["article_suspects"], strict=True)
        },
    }


def _assert_superset(value: str) -> None:
    shapes = STAGE._shapes(value)
    for bit, matched in _matches(value).items():
        if bit == bits.DOUBLED and any(alias in value for alias in _CASE_ALIASES):
            continue  # the stage asks the full check of such a field
        if bit == bits.SPACE and ("\u00a0" in value or "\u202f" in value):
            continue  # so it does of a field with a no-break space
        # the stage's dateline search runs on a field with either bit (`PLACE`: the shapes it
        # reads that should not wake the learned openers, "(KPL) the", "(Jiji Press) the")
        gate = bits.DATELINE | bits.PLACE if bit == bits.DATELINE else bit
        assert not matched or shapes & gate, (bit, value)


@settings(max_examples=500, deadline=None)
@given(pieces)
@example("The the")
@example("x\u00e9the the\u00e9")
@example("It rose 5\u202f000 m. it fell.")
@example("Kim Jong One , M. Macron said 1,5 million")
@example("It cost €12bn.² the growers. On screen. 🎬 restorers! ❄️ few. In 2004.[3] it")
@example("It ended.” ⁴ they. Done.) ‡ we. At last! 🇫🇷 fans. Stop? ⭐ we")
@example("PARIS (Reuters) - the traders\nLYON, France — farmers\nSANTA FE, N.M. (AP) – we")
@example("MODERATOR: investors\nDr Patel: the\nQ. How?\nA. rescue\nSEN. WARREN’S AIDE:  most")
@example("NEW DELHI, Feb. 12 — some\nLAGOS, Nigeria, March 3 – the\nWASHINGTON, D.C., Sept. 9 - we")
@example("x\nBRUSSELS’ ’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’ – the")
@example("[00:12:41] REPORTER: the water")
@example("Sen. Ruiz (D-Texas): most of")
@example("Fire chief: the crews")
@example("It was. Q: Who pays? A: the farmers do.")
@example("Question: Why? Answer:  most farmers agree with it.")
@example("BERLIN, 4 Feb (dpa) - the miners")
@example("SYDNEY, 12 August 2024 – we met")
@example("MEXICO CITY, Oct 30 (AFP) -- the miners")
@example("a hour, an day, A incursion, AN UNIT, An X-ray, a 8, a X-ray, é a unit, ’an egg")
@example("(a urn) “an hen” —A orb [AN ox] 1a egg a\u00a0egg a  egg\na owl\nAn\ttrip")
@example("Day 4 : road crews ran out\n[16:40] the crews said\nii. the crews want it")
@example("ROVANIEMI, 9.12. (STT)  – the crews were dug out\nURGENT—the crews were reached")
@example("Speaker 2 (03:17): the crews could not hear\nBreaking news – the crews were reached")
def test_a_clear_bit_means_no_match(text):
    _assert_superset(text)


@settings(max_examples=500, deadline=None)
@given(few_pieces)
def test_a_clear_bit_means_no_match_on_few_pieces(text):
    _assert_superset(text)


NEWS = [(doc["text"], doc["title"]) for doc in news_corpus(150, seed=21, avg_bytes=2000)]


def test_news_sets_few_bits_and_never_misses_a_match():
    """On news most fields clear most bits (the scan spares the pre-checks), and never one
    whose rule matches."""
    clear = 0
    for text, title in NEWS:
        for value in (text, title):
            _assert_superset(value)
            clear += bin(bits.EVERY & ~STAGE._shapes(value)).count("1")
    assert clear > 3 * len(NEWS)


class _Unscanned(TranslationRepair):
    """The stage asking every pre-check itself, as without the `hyperscan` package."""

    @cached_property
    def _field_scan(self):
        return None


def _outcome(stage, text, title):
    doc = stage.process(Document(id="n", text=text, title=title))
    return doc.text, doc.title, doc.labels, [edit.to_dict() for edit in doc.edits]


@pytest.mark.parametrize("evidence", [True, False])
def test_stage_with_the_scan_is_the_stage_without(evidence):
    scanned = TranslationRepair(require_evidence=evidence)
    unscanned = _Unscanned(require_evidence=evidence)
    planted = [
        ("Talks with M. Macron , said Kim Jong One. it was a incursion of 1,5 million", "A a"),
        ("“ Wild Rose ” and the the 5 000 people . Vraiment ?", None),
    ]
    for text, title in NEWS + planted:
        assert _outcome(scanned, text, title) == _outcome(unscanned, text, title)


def test_scan_pickles_without_its_database():
    scan = STAGE._field_scan
    value = "M. Macron said the the thing , 1,5 m. it ended.¹ then\nPARIS - the\nA: they"
    value += "\nA hour, an day, a unit"  # the article bits
    value += "\nDay 4: the"  # the prefix bit
    again = pickle.loads(pickle.dumps(scan))
    assert again._database is None
    assert again.shapes(value) == scan.shapes(value) == bits.EVERY


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("1,500 people and 12,000,000 euros", False),  # thousands commas: no rule's shape
        ("a budget of 1,5 million euros", True),
        ("rose 2,35%", True),
        ("ended 3,4", True),
        ("5 000 people", True),
        ("5\u202f000 people", True),
        ("x 1,55, y", False),
    ],
)
def test_a_thousands_comma_clears_the_number_bit(value, number):
    """News writes "1,500" in most of its fields: the bit is set only for the shapes the number
    rules' pre-check asks (`_may_number`), so those fields skip it."""
    assert bool(STAGE._shapes(value) & bits.NUMBER) == number
    assert STAGE._may_number(value) == number


# a repair a rule makes before the sentence rules (an article, a space, a number, a quote, a
# doubled word, a title, a name), and a shape the sentence rules read after it, or none
_EDITS = ["a incursion", "Japan , which", "“ Wild Rose ”", "1,5 million", "the the", "M. Macron"]
_SHAPES = [
    "",
    " It ended. the crews left.",
    "\nPARIS (Reuters) - the traders walked out.",
    "\n[14h05] Prof. Ulla Marsk (Pellory University): the dykes held.",
    "\nMbanza Quiela - the nurses met.",
    "\nMODERATOR: investors should check.",
    "\nQ: Who pays? A: the farmers do.",
    " It cost €12bn.² the growers. On screen. 🎬 restorers queued.",
    "\nBy Claire Dubois\nit resumed on Tuesday.",
    " He added: “the nurses shall receive full pay.”",
    " “We will see…” the talks resumed.",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_EDITS), few_pieces, st.sampled_from(_SHAPES), st.booleans())
def test_a_field_an_earlier_rule_changed_is_scanned_again(edit, text, shape, evidence):
    """A field a rule changed before the sentence rules is scanned again for their bits (not
    given every bit): the same outcome as the stage without the scan."""
    value = f"{text} {edit}{shape}"
    scanned = TranslationRepair(require_evidence=evidence)
    unscanned = _Unscanned(require_evidence=evidence)
    assert _outcome(scanned, value, edit + shape) == _outcome(unscanned, value, edit + shape)


@pytest.mark.parametrize("evidence", [True, False])
@pytest.mark.parametrize(
    "shape",
    [
        "Sundmere, Monday 9 November 2026: the farmers woke to floods.",
        "LONDON, Tuesday 5 December: the talks resumed.",
    ],
)
def test_a_changed_field_reads_the_datelines_the_bit_misses(shape, evidence):
    """A dateline with its weekday before the date and a colon sets no dateline bit (its
    date follows no comma): a field a rule changed still asks the dateline search, as it did
    before its rescan, and capitalises the sentence as the stage without the scan does."""
    assert not STAGE._shapes(shape) & (bits.DATELINE | bits.PLACE)
    value = f"Officials reported a incursion , they said.\n{shape}"
    scanned = _outcome(TranslationRepair(require_evidence=evidence), value, None)
    assert scanned == _outcome(_Unscanned(require_evidence=evidence), value, None)
    assert ": The " in scanned[0] and "an incursion" in scanned[0]


@pytest.mark.parametrize(
    "value",
    [
        "",
        "a",
        "word " * 100_000 + "a incursion , it ended. the crews\nPARIS - the",
        "Москва , столица. а incursion. 北京 , 人。 a incursion\nМОСКВА - the",
        "🎬 a incursion , 🎬. 🎬 the crews. 👍🏽 ❄️ a hour\n🇫🇷 FANS: the",
    ],
    ids=["empty", "one word", "100k words", "non-Latin", "emoji"],
)
def test_a_changed_field_scanned_again_on_hostile_texts(value):
    for evidence in (True, False):
        scanned = TranslationRepair(require_evidence=evidence)
        unscanned = _Unscanned(require_evidence=evidence)
        assert _outcome(scanned, value, value[:40]) == _outcome(unscanned, value, value[:40])


def test_a_changed_field_asks_only_the_rules_its_bits_allow():
    """An article repaired in a field with no doubled word and no stop before a small letter:
    the doubled-word check and the stop scan are not asked (each a whole pass over the field;
    the dateline and label searches still are, their bits being no superset of every shape)."""
    asked = []

    class Counting(TranslationRepair):
        def _doubled(self, value, skeleton=None):
            asked.append("doubled")
            return super()._doubled(value, skeleton)

        def _sentences(self, value, gated=False, decorated=False):
            asked.append("sentences")
            return super()._sentences(value, gated, decorated)

    text = "Officials said it was a incursion , not a raid. It ended on Monday: the end - we."
    doc = Counting(require_evidence=False).process(Document(id="c", text=text))
    assert "an incursion" in doc.text and asked == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("The crews met on Monday. They left at dawn.", set()),
        ("It was a hour late.", {bits.ARTICLE_A}),
        ("It was an day late.", {bits.ARTICLE_AN}),
        ("A crew met. An hour.", {bits.ARTICLE_CAP}),
        ("Korean teams, than ever, data analysis, AAN meeting, 1a hour", set()),
    ],
)
def test_article_bits_clear_where_no_suspect_opens(value, expected):
    """A field with no "a"/"an"/"A" before a word clears the article bits (its three suspect
    scans are spared); words that end in "a" or "an" set none."""
    shapes = STAGE._shapes(value)
    assert {bit for bit in bits.ARTICLES if shapes & bit} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday.\n\n(With EFE) it continued.",
        "(Jiji Press) the ministry said the vote would wait.",
        "(Kyodo News) officials in Sendai confirmed the closure.",
        "Talks ended late.\n(Prensa Latina) the delegation left Havana on Friday.",
    ],
)
def test_a_two_word_wire_alone_is_read_with_the_scan_as_without(text):
    """A wire's name of two words in brackets at a line's start is a dateline to the stage
    (s48-tglued); the scan's gate missed it, so the stage capitalised the word after it only
    without the `hyperscan` package (the generated corpus's "(With EFE) it continued.")."""
    assert _outcome(STAGE, text, None) == _outcome(_Unscanned(), text, None)
