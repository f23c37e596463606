"""`words.word_count` is `len(text.split())` on any string, without making the words."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.words import word_count

WHITESPACE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
ALPHABET = WHITESPACE + list("aZ9_.,’“漢é\u0301\u200b\u2060\ufeff\x00\x1b\x7f€") + ["\ud800"]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.sampled_from(ALPHABET))))
def test_count_is_the_split_length(text):
    assert word_count(text) == len(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "word",
        "  two  words  ",
        "".join(WHITESPACE),  # every character `str.split` cuts at, none a word
        "a" + "b".join(WHITESPACE) + "c",
        "\x1c\x1dfile\x1eseparators\x1f",  # ASCII separators `split` cuts at
        "no\u200bbreak\u2060joiners\ufeff",  # zero-width characters are no whitespace
        "caf\u00e9\u00a0cr\u00e8me\u202fbr\u00fbl\u00e9e\u3000\u6f22\u5b57",
        "lone \ud800 surrogate",
    ],
)
def test_kinds_of_separators(text):
    assert word_count(text) == len(text.split())
