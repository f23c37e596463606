"""The fingerprint scan skips capitalised words that surely open a sentence, and nothing else.

`scan_skipping_sentence_starts` drops, in the regex, the matches `Fingerprinter.tokens` used to
look at only to drop them ("Residents" after a newline, "The" after "flooded. "). These tests
hold it to the plain scan: the same matches in the same order less some, and each one left out
a word that yields no token where it stands; and the tokens to the frozen reference, with the
default titles and with titles files that move the "longer than any title" rule.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus import fingerprints
from curate.corpus.fingerprints import (
    _NAME,
    _URL,
    Fingerprinter,
    at_sentence_start,
    scan_skipping_sentence_starts,
)
from tests.test_fingerprint_reference import LANGS, pieces, reference_tokens

SENTENCES = [
    "Floods hit the town.\nResidents said the river rose. The mayor, Kala, spoke.",
    "It was flooded! Residents left: Kala stayed? Officials came… Nobody knew.",
    "Residents said so. A man and I left. He met Mr. Kala and J. Smith in Prague.",
    "The career. Kala left; the car. Kala came; a generalissimo. Kala won.",
    "L'Europe said.\nD'Artagnan and N'Djamena. L'Europe again.\nO'Brien, Kala2 and A320.",
    "He said. Kala left with the prof. Kala, the gov. Nagel and Mrs. Kala; a sir. Kala too.",
    "xsir. Kala, ésir. Kala, amme. Kala, SIR. Kala, Sir. Kala, 3rep. Kala and a res. Nagel",
    "Le Monde. 2013 was the year.\n1,5 milliard. @KalaM and #budget2013. www.kala.cz. Kala",
]


def dropped_yield_nothing(fingerprinter: Fingerprinter, text: str) -> tuple[list, list]:
    """The spans of both scans, after checking that each match the skipping scan leaves out
    is a word that yields no token where it stands."""
    scan = fingerprinter._scan
    skipping = [m.span() for m in fingerprints._matches(text, scan)]
    plain = list(fingerprints._matches(text))
    kept = set(skipping)
    titles, longer = fingerprinter.titles, fingerprinter._longer_than_titles
    for match in plain:
        if match.span() in kept:
            continue
        assert match.re is not _URL
        kind, names, check = fingerprinter._classify(match[0], fingerprints._group(match, text))
        assert re.fullmatch(r"[A-Z][a-z]*", match[0])
        assert not names or (
            check == _NAME and at_sentence_start(text, match.start(), titles, longer)
        )
    return skipping, [m.span() for m in plain]


def titled(tmp_path, titles: list[str]) -> Fingerprinter:
    """A fingerprinter with the default table but these titles."""
    import yaml

    table = dict(Fingerprinter()._table, titles=titles)
    path = tmp_path / "fingerprints.yaml"
    path.write_text(yaml.safe_dump(table, allow_unicode=True), encoding="utf-8")
    return Fingerprinter(str(path))


@pytest.mark.parametrize("text", SENTENCES)
def test_the_skipping_scan_leaves_out_only_words_that_yield_nothing(text):
    skipping, plain = dropped_yield_nothing(Fingerprinter(), text)
    assert set(skipping) <= set(plain) and skipping == sorted(skipping)


def test_the_skipping_scan_does_skip_sentence_starts():
    text = SENTENCES[0] + " " + SENTENCES[1]
    skipping, plain = dropped_yield_nothing(Fingerprinter(), text)
    left_out = [text[a:b] for a, b in sorted(set(plain) - set(skipping))]
    # (after a colon too: "left: Kala stayed" is no place for a name; "rose. The": no title
    # ends with "ose")
    assert left_out == [
        *["Floods", "Residents", "The", "It", "Residents", "Kala", "Officials", "Nobody"]
    ]
    # a stop after a word that may be a title is left to `tokens`: "the prof. Kala" is a name
    text = SENTENCES[5]
    skipping, plain = dropped_yield_nothing(Fingerprinter(), text)
    left_out = [text[a:b] for a, b in sorted(set(plain) - set(skipping))]
    assert left_out == ["He", "Kala"]  # at the start, after "said."
    assert Fingerprinter().tokens(text) == {"kala": "name", "nagel": "name"}


@pytest.mark.parametrize("titles", [[], ["mr"], ["mr", "generalissimo"], ["sir", "career"]])
@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_with_other_titles_are_the_reference_tokens(tmp_path, titles, text):
    fingerprinter = titled(tmp_path, titles)
    assert f"[A-Za-z]{{{fingerprinter._longer_than_titles}}}" in fingerprinter._scan.pattern
    for lang in LANGS:
        expected = reference_tokens(fingerprinter, text, lang)
        assert list(fingerprinter.tokens(text, lang).items()) == list(expected.items())


WORDS = ["said", "prof", "sir", "gen", "mme", "amrs", "xsir", "ésir", "SIR", "Sir", "3rep", "it"]
STOPPED = st.lists(
    st.sampled_from(WORDS) | st.sampled_from([". ", ".\n", " ", "Kala", "Nagel", "The"]),
    max_size=30,
).map("".join)
TITLES = [[], ["mr"], ["generalissimo"], ["sir", "prof", "mme"], ["xsir", "és"]]


@given(pieces() | STOPPED, st.sampled_from(LANGS), st.sampled_from(TITLES))
@settings(max_examples=300, deadline=None)
def test_generated_texts_lose_only_words_that_yield_nothing(text, lang, titles):
    table = dict(Fingerprinter()._table, titles=titles)
    fingerprinter = Fingerprinter()
    fingerprinter.__dict__["_table"] = table  # (the cached table, no file to write)
    dropped_yield_nothing(fingerprinter, text)
    expected = reference_tokens(fingerprinter, text, lang)
    assert list(fingerprinter.tokens(text, lang).items()) == list(expected.items())


def test_the_guard_follows_the_longest_title():
    assert "{7}" in Fingerprinter()._scan.pattern  # "messrs" + 1
    assert "{14}" in scan_skipping_sentence_starts(14).pattern
