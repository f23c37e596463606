"""The quality stage's word facts, read off marked bytes: the words `str.split` gives, their
characters and the letterless ones, on any string, and the same measures as before."""

from __future__ import annotations

import sys
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.quality import ASCII_LETTERS, LETTERLESS, QualityFilter, _spaced_words

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
ALPHABET = WHITESPACE + list("aZq9_0.,-$#…’“”«»€²½①٣漢éÉß\u0301\u200b\ufeff\x00\x7f") + ["\ud800"]


def reference(text: str) -> tuple[int, int, int]:
    """The way before: the words of `text.split()` made and looked at one by one."""
    words = text.split()
    letterless = sum(
        1 for word in words if word[0] not in ASCII_LETTERS and LETTERLESS.fullmatch(word)
    )
    return len(words), len("".join(words)), letterless


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.sampled_from(ALPHABET))))
def test_facts_are_the_split_words(text):
    facts = _spaced_words(text)
    if "\ud800" in text or any("\ud800" <= c <= "\udfff" for c in text):
        assert facts is None  # a lone surrogate: the stage splits, as before
    else:
        assert facts == reference(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "2023",
        "In 2023 the $5 fee -- and “Yes” -- came: 12.5% of 1,000.",
        "\u00a0lead\u2009thin\u3000ideographic\x1cfile sep\x85next",
        "«Oui» répond-il, ½ ① ٣ 50€ _ __ ...",
        "tail 99",
        "x",
    ],
)
def test_kinds_of_words(text):
    assert _spaced_words(text) == reference(text)


def split_measures(stage: QualityFilter, text: str) -> dict:
    """The stage's measures the way before: every text's words split (the path a text of a
    spaceless script or with a lone surrogate still takes)."""
    with mock.patch("curate.stages.quality._spaced_words", return_value=None):
        return stage.measure(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from([*ALPHABET, "\n", "- ", "* "])).map("".join)))
def test_measures_are_those_of_the_split_words(text):
    stage = QualityFilter()
    assert stage.measure(text) == split_measures(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "A short text of a few words, 2023 and 42.\n\n- a bullet\n- a bullet\n* * *",
        "不正に改造したiPhoneを販売 in a text of spaceless script 2023",
        "Repeated line\nRepeated line\nRepeated line\n…and # tags ... here",
        "\u00a0\u2003 12 -- 3 “quoted” ½",
    ],
)
def test_kinds_of_measures(text):
    stage = QualityFilter()
    assert stage.measure(text) == split_measures(stage, text)
