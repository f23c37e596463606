"""`line_keys` (the whole text at once) equals the line-at-a-time way the stages used before."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.line_keys import (
    line_heads,
    line_keys,
    slow_line_keys,
    spans_of_lines,
    spans_with_keys,
)

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


# hostile and non-Latin texts: a huge line, many short lines, scripts without case or spaces
HOSTILE = [
    "word " * 50_000,
    "a\n" * 20_000 + "Twitter",
    "\n".join(f"Line {i} of the share bar ’{i}’" for i in range(3_000)),
    "Москва — СТОЛИЦА России.\nΟΔΟΣ Σ σ ς\n北京是中国的首都。\n한국어 문장 ٣٤ تعليقات\n",
    "ＦＵＬＬＷＩＤＴＨ ５ Straße ẞ İstanbul ﬁne K\u212a\n\u00a0\u2003\n  \t\r\n",
    "x" * 100_000 + "\n" + "2019 " * 10_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_fast_equals_slow_on_hostile_texts(text):
    assert line_keys(text) == slow_line_keys(text)


def test_case_folds_are_folded_already():
    # `word_lines` replaces each distinct character once: that is the whole text's casefold
    # only if no replacement writes a character a later one would change
    unfolded = [
        chr(code)
        for code in range(0x80, 0x110000)
        if any(part.casefold() != part for part in chr(code).casefold())
    ]
    assert unfolded == []


def _spans_by_line_keys(text, keys):
    return [(start, end) for start, end, _, key in line_keys(text) if key in keys]


@pytest.mark.parametrize("text", [*HOSTILE, "Twitter\n\nEmail\n  twitter  \n2019\n* * *\nEMAIL"])
def test_spans_with_keys_are_the_lines_with_those_keys(text):
    keys = {key for _, _, _, key in line_keys(text) if key is not None}
    some = set(list(keys)[::2])
    assert spans_with_keys(text, keys) == _spans_by_line_keys(text, keys)
    assert spans_with_keys(text, some) == _spans_by_line_keys(text, some)
    assert spans_with_keys(text, frozenset()) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=80), st.integers(0, 3))
def test_spans_with_keys_on_tricky_characters(text, step):
    keys = {key for _, _, _, key in line_keys(text) if key is not None}
    some = set(sorted(keys)[:: step + 1])
    assert spans_with_keys(text, some) == _spans_by_line_keys(text, some)


def head_of(line: str) -> int | None:
    heads = line_heads(line, 4, 12)
    return heads[0][2] if heads else None


@pytest.mark.parametrize(
    "lines",
    [
        ["Altre notizie di Cronaca", "Altre notizie di Sport", "ALTRE NOTIZIE DI EVENTI"],
        ["Accueil > Région > Esneux", "Accueil › Région › Hamoir", "Accueil / Région / Durbuy"],
        [
            "Last updated 9:05 a.m. CT, March 21",
            "Last updated 11:42 p.m. ET, March 14",
            "Last updated 12:20 a.m. ET, March 18",
        ],
        [
            "View original content: https://www.wire.example/news/orchard-packhouse-opens",
            "View original content: https://www.wire.example/news/harbour-line",
        ],
        ["Published in The Herald, June 9th, 2026", "Published in The Herald, April 3rd, 2026"],
    ],
)
def test_furniture_with_its_end_changed_has_one_head(lines):
    heads = {head_of(line) for line in lines}
    assert len(heads) == 1 and None not in heads


@pytest.mark.parametrize(
    "line",
    [
        "Local News",  # two words: a head of one word would join "Local Sport" to it
        "Sport",
        "2019 / 12 / 03",  # no letter in its head
        "What you need to know about the council's new parking rules for the town centre",
        "",
        "* * *",
        # sentences: prose whose first words many stories share
        "Further talks are scheduled for Tuesday.",
        "The company said it would appeal the ruling!",
        'He said the decision was "final."',
        "Was it worth the wait? (Probably.)",
        "Die Gespräche gehen nächste Woche weiter。",
    ],
)
def test_short_long_letterless_and_sentence_lines_have_no_head(line):
    assert head_of(line) is None


def test_heads_differ_where_the_first_words_do_and_differ_from_line_keys():
    assert head_of("More news from Harbourton") != head_of("More stories from Harbourton")
    assert head_of("Altre notizie di Cronaca") != head_of("Altre notizie Cronaca oggi")
    (key,) = [k for *_, k in line_keys("altre notizie di")]
    assert head_of("Altre notizie di Cronaca") != key  # its own seed: never a line's hash


@given(st.text(max_size=120), st.integers(1, 6), st.integers(3, 14))
@settings(max_examples=200, deadline=None)
def test_heads_are_numbered_lines_and_spans_are_the_lines(text, head_words, max_words):
    lines = text.split("\n")
    heads = line_heads(text, head_words, max_words)
    assert all(0 <= number < len(lines) and 3 <= words <= max_words for number, words, _ in heads)
    spans = spans_of_lines(text, [number for number, _, _ in heads])
    assert [text[start:end] for start, end in spans] == [lines[n] for n, _, _ in heads]
