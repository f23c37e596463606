"""The fingerprint tokens of the fast scan are those of the plain one it replaced, in order.

`reference_tokens` below is `Fingerprinter.tokens` as it stood before the scan was made faster
(one named alternative a kind, the kinds in their first order, every match looked at, every
hash looked up in Python): it is kept here, frozen, so that a faster scan must give the same
`{token: kind}` in the same order, the same first spellings and the same hashes, on documents
made of the shapes the rules are about (numbers in `1,5` / `1.5` / `1 500` / `1,500` forms,
accented and elided names, URLs, handles, years, codes, shouted lines, sentence starts).
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus import fingerprints
from curate.corpus.fingerprints import (
    _NAME,
    _OPENING,
    _SENTENCE_END,
    _STOPS,
    _UPPER,
    _URL,
    Fingerprinter,
    at_sentence_start,
    fold,
    shouted,
)

# the pattern as it was: one named group a kind, in this order
_ELIDED = r"(?:(?<![\w'’-].)|(?<=\b[ldjmnstcLDJMNSTC]['’].)|(?<=\bqu['’].))"
_LETTER = r"[^\W\d_]"
_DIGIT_AHEAD = r"[^\W\d]*+(?:-[^\W\d]*+)*+\d"
REFERENCE_PATTERN = re.compile(
    rf"[0-9A-Z@#\x80-\U0010ffff](?<=[\d@#{_UPPER}])"
    r"(?:(?P<handle>(?<=[@#])(?<![\w@#].)[A-Za-z_]\w{1,30})"
    r"|(?P<code>(?<=\d)(?<![\w.,-].)(?=[\d_-]*+[^\W\d_])\w*(?:-\w+)*(?![\w-]))"
    r"|(?P<number>(?<=\d)(?<![\w.,].)(?:\d{0,2}(?:[ \u00a0\u202f\u2009.,]\d{3})+(?:[.,]\d+)?"
    r"|\d*(?:[.,]\d+)?)(?![\w]|[.,]\d))"
    rf"|(?P<word>(?<=[{_UPPER}]){_ELIDED}{_LETTER}*+(?!{_DIGIT_AHEAD})(?:[-'’]{_LETTER}+)*)"
    rf"|(?P<capital_code>(?<=[{_UPPER}])(?<![\w.,-].)(?={_DIGIT_AHEAD})\w*(?:-\w+)*(?![\w-]))"
    rf"|(?P<word_before_digit>(?<=[{_UPPER}]){_ELIDED}{_LETTER}*(?:[-'’]{_LETTER}+)*))"
)


def reference_matches(text: str) -> list[re.Match[str]]:
    """Every match in order; inside a URL, the URL only."""
    matches = list(REFERENCE_PATTERN.finditer(text))
    if "://" not in text and "www." not in text:
        return matches
    urls = list(_URL.finditer(text))
    out, at, inside = [], 0, -1
    for match in matches:
        while at < len(urls) and urls[at].start() <= match.start():
            out.append(urls[at])
            inside = urls[at].end()
            at += 1
        if match.start() >= inside:
            out.append(match)
    return out + urls[at:]


def reference_at_sentence_start(text: str, start: int, titles: frozenset[str]) -> bool:
    """Back over opening quotes and spaces: the text's start, a line break or a sentence end
    (a full stop after a title or an initial ends none)."""
    i = start - 1
    while i >= 0 and text[i] in _OPENING:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] not in _SENTENCE_END:
        return False
    if text[i] == ".":
        j = i
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        before = text[j:i]
        if (len(before) == 1 and before.isupper()) or fold(before) in titles:
            return False
    return True


def reference_in_name(fingerprinter: Fingerprinter, text: str, start: int, end: int) -> bool:
    if fingerprints._NEXT_CAPITAL.match(text, end):
        return True
    before = fingerprints._PREVIOUS_CAPITAL.search(text, max(0, start - 60), start)
    return before is not None and not reference_at_sentence_start(
        text, before.start(), fingerprinter.titles
    )


def reference_tokens(
    fingerprinter: Fingerprinter,
    text: str,
    lang: str | None = None,
    spelled: dict[str, str] | None = None,
) -> dict[str, str]:
    """Each match classified afresh; a capitalised word kept where it first stands as a name
    (not at a sentence start, next to another capital in German) or as an acronym (not in a
    shouted line); each token keeps its first kind and spelling."""
    found: dict[str, str] = {}
    nouns = lang in fingerprinter.capitalised_nouns
    taken: set[str] = set()
    for match in reference_matches(text):
        raw = match.group()
        group = None if match.re is _URL else match.lastgroup
        kind, names, check = fingerprinter._classify(raw, group)
        if not names:
            continue
        if check:
            if raw in taken:
                continue
            start, end = match.start(), match.end()
            if check == _NAME:
                before = text[start - 1] if start else "\n"
                if before == "\n":
                    continue
                if not (
                    before == " " and start > 1 and text[start - 2] not in _STOPS
                ) and reference_at_sentence_start(text, start, fingerprinter.titles):
                    continue
                if nouns and not reference_in_name(fingerprinter, text, start, end):
                    continue
            elif shouted(text, start, end):
                continue
            taken.add(raw)
        for name in names:
            if name not in found:
                found[name] = kind
                if spelled is not None:
                    spelled[name] = raw
    return found


def reference_hashes(tokens) -> np.ndarray:
    return np.array([fingerprints._hash(t) for t in tokens], np.uint32)


FRAGMENTS = [
    *"The Kala Nečas Aktuálně.cz Miloslav Die Europäischen Zentralbank Christine Lagarde".split(),
    *"Pouchkine Allemagne Saint-Pétersbourg O'Brien O'Brien2 Kala's Kala’s Mr. Mr Dr. J.".split(),
    *"A320 COVID-19 F-16 H1N1 19th 3rd ODS BCE EZB AB--3 Abc_1 Abc-1 Nagel2x I A NO THIRD".split(),
    *"PARTY SALES ATTENTION EDITORS Monday May Minister President Messrs. career.".split(),
    *"l'Europe qu'Obama d'Artagnan".split(),
    *"L'Europe D'Artagnan Ḱala ŞİMŞEK Ωmega Москва Путин 東京 ½ ² ٣".split(),
    *"1,5 1.5 1 500 1,500 1.500 1.500,25 1,500.25 0,25 8.1 8,1 2011 2013 1999 3 45 007".split(),
    *"1\u00a0500 1\u202f500 12.345.678 1,2,3 2,75 .5 5. 1000 2100 2101 999".split(),
    *"https://example.org/a/b www.example.cz/x?y=1 http://a.b @KalaM #budget2013 @ # @_x".split(),
    *[" ", " ", " ", ", ", ". ", ".\n", "\n", "\n\n", ": ", '"', "« ", " »", "(", ")", "—"],
    *["-", "'", "’", "?", "! ", "… ", "\t", "*", "•", "“", "„"],
]
LANGS = [None, "en", "fr", "de", "lb"]


def pieces():
    return st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=60).map("".join)


def assert_same(text: str, lang: str | None) -> None:
    fingerprinter, spelled, spelled_before = Fingerprinter(), {}, {}
    tokens = fingerprinter.tokens(text, lang, spelled)
    expected = reference_tokens(Fingerprinter(), text, lang, spelled_before)
    assert list(tokens.items()) == list(expected.items())
    assert list(spelled.items()) == list(spelled_before.items())
    # (twice: the second time from what the fingerprinter remembers)
    assert list(fingerprinter.tokens(text, lang).items()) == list(expected.items())
    assert fingerprinter.hash_values(tokens).tobytes() == reference_hashes(expected).tobytes()
    assert fingerprinter.hash_values(iter(tokens)).tobytes() == reference_hashes(expected).tobytes()


@given(pieces(), st.sampled_from(LANGS))
@settings(max_examples=600, deadline=None)
def test_tokens_are_the_reference_tokens_on_generated_text(text, lang):
    assert_same(text, lang)


@given(st.text(max_size=200), st.sampled_from(LANGS))
@settings(max_examples=200, deadline=None)
def test_tokens_are_the_reference_tokens_on_any_string(text, lang):
    assert_same(text, lang)


# one text per kind of token and trap (numbers in every form, names, starts, titles, addresses)
VARIED = [
    "Il y a 1,5 milliard, 1 500 euros et 1,500 dollars ; 1.500 ou 1.5 ? En 2013, 3 fois.",
    "He met Petr Nečas, then Aktuálně.cz and Miloslav Kala. Kala said no. Mr. Kala left.",
    "Kala opened the line.\nKala again, and then Kala in the middle of one.",
    'He said: "The law is old." Then (Nagel) and «\u00a0Lagarde\u00a0» spoke.',
    "See https://example.org/a/b?Kala=2013. Now www.kala.cz and @KalaM or #budget2013.",
    "The ODS party and the BCE; NO THIRD PARTY SALES. An Airbus A320 and COVID-19 tests.",
    "Die Präsidentin der Europäischen Zentralbank, Christine Lagarde, sprach mit Nagel.",
    "l'Europe, qu'Obama, d'Artagnan et L'Europe. Saint-Pétersbourg et Pouchkine.",
    "J. Smith met Mr. Kala in 1999. Dr. No came. U.S. Forces and e.g. Kala.",
    "",
    "Kala",
    "1,000,000 and 1.000.000,5 and 12 345 678 and 0,25 and 007 and 2100 and 2101.",
]


@pytest.mark.parametrize("text", VARIED)
@pytest.mark.parametrize("lang", LANGS)
def test_tokens_are_the_reference_tokens_on_varied_documents(text, lang):
    assert_same(text, lang)


@given(pieces())
@settings(max_examples=300, deadline=None)
def test_the_scan_finds_the_reference_matches_and_names_their_groups(text):
    found = [(m.span(), fingerprints._group(m, text)) for m in fingerprints._matches(text)]
    expected = [(m.span(), None if m.re is _URL else m.lastgroup) for m in reference_matches(text)]
    assert found == expected


def test_a_url_match_has_no_group():
    text = "Read https://example.org/Kala now"
    (url,) = [m for m in fingerprints._matches(text) if m.re is _URL]
    assert fingerprints._group(url, text) is None
    assert Fingerprinter().tokens(text) == {"https://example.org/kala": "url"}


@given(pieces())
@settings(max_examples=300, deadline=None)
def test_a_stop_after_a_word_longer_than_any_title_is_decided_as_before(text):
    fingerprinter = Fingerprinter()
    titles, longer = fingerprinter.titles, fingerprinter._longer_than_titles
    for start in range(len(text) + 1):
        expected = reference_at_sentence_start(text, start, titles)
        assert at_sentence_start(text, start, titles, longer) == expected
        assert at_sentence_start(text, start, titles) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was Mr. Kala", False),
        ("It was Messrs. Kala", False),
        ("It was a career. Kala", True),
        ("It was the Messrsx. Kala", True),
        ("It was J. Kala", False),
    ],
)
def test_titles_and_initials_end_no_sentence(text, expected):
    fingerprinter = Fingerprinter()
    start = text.rindex("Kala")
    titles, longer = fingerprinter.titles, fingerprinter._longer_than_titles
    assert at_sentence_start(text, start, titles, longer) is expected
