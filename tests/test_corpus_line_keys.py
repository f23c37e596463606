"""`line_keys` (the whole text at once) equals the line-at-a-time way the stages used before."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.line_keys import line_keys, slow_line_keys

# characters where a shortcut could go wrong: case folds that grow ("ß" -> "ss", "ﬁ"), a final
# sigma, digits that are not ASCII ("٣", "５"), numbers that are no digits ("²", "½"),
# combining marks (no word characters), "_", whitespace that is no newline, a lone surrogate
TRICKY = "aZ09_ßẞΣσςﬁİı٣５²½①\u0301\u200d’“€\t\r\x0b\x0c\x1c\u2028\u00a0 .-\n\ud800한中"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n",
        "Twitter\nFacebook\n\nEmail",
        "12 comments\n3 comments\n2019\n* * *",
        "STRASSE Straße\nΟΔΟΣ οδος\n٣ تعليقات\nfünf_und ²",
        "line\r\nwith CRLF\r\n \t \nlast",
        "a\u2028b\nc\x1cd",
        "Caf\u0301e\nlone \ud800 surrogate",
    ],
)
def test_fast_equals_slow_on_examples(text):
    assert line_keys(text) == slow_line_keys(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=60))
def test_fast_equals_slow_on_tricky_characters(text):
    assert line_keys(text) == slow_line_keys(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fast_equals_slow_on_any_string(text):
    assert line_keys(text) == slow_line_keys(text)


def test_lines_without_letters_have_no_key_and_digits_count_as_zero():
    lines = line_keys("12 comments\n\n2019\n34 Comments")
    assert [words for _, _, words, _ in lines] == [2, 1, 2]
    assert lines[1][3] is None
    assert lines[0][3] == lines[2][3] is not None
