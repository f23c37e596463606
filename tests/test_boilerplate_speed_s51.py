"""The boilerplate stage's batch path of session 51 gives what the per-line path gives.

`features._measured` measures a batch's new lines at once (`batch_facts`): the word count from
one array of the joined text, the keys from one `translate` of it, the lines holding a
character past ASCII that folds to a word character keyed by `line_key`. Each line's facts
must be those `_measured_each` gives it alone, equal and of the same types, whatever stands
around it: spaces past ASCII that part words ("\\xa0", "\\u3000", "\\x1c"), characters that
fold to word characters ("ß", "K", "ﬁ") or to none ("—", "“"), lone surrogates, runs of spaces
and marks, empty lines, lines of marks alone, a line break inside a line (then a line at a
time).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import batch_facts, features
from curate.synth import news_corpus
from tests.conftest import SEED_000, SEED_003, hostile_text
from tests.test_stage_boilerplate_features_same import LINES, SHAPED

# characters whose classes the batch path reads by code point: spaces past ASCII, characters
# folding to word characters (one or several), marks past ASCII, digits of other scripts
TRICKY = list(" \t\x1c\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\u200b")
TRICKY += list("ßẞKſİıﬁΣσςÅé中ж٣²½—“”’…»«„©·•|_-.,:;!?\"'()")
TRICKY += ["\ud800", "\udfff", "𝔘", "😀", "a", "Z", "0", "9"]
TRICKY_LINE = st.text(st.sampled_from(TRICKY), max_size=40)
ANY_LINE = st.one_of(LINES, TRICKY_LINE, hostile_text)


def _facts_each(lines: list[str]) -> list[tuple]:
    return [
        (f.words, type(f.words), f.ends, type(f.ends), f.key)
        for f in features._measured_each(lines)
    ]


def _facts_batch(lines: list[str]) -> list[tuple]:
    found = batch_facts.measured(
        lines, features.CLOSING, features.ENDS, features._KEY_TABLE, features._WORD_CHARACTER
    )
    assert found is not None
    facts = [features.Facts(*each) for each in zip(*found, strict=True)]
    return [(f.words, type(f.words), f.ends, type(f.ends), f.key) for f in facts]


@settings(max_examples=400, deadline=None)
@given(st.lists(ANY_LINE.filter(lambda line: "\n" not in line), min_size=1, max_size=40))
def test_batch_facts_are_each_lines_own_whatever_stands_around_it(lines):
    assert _facts_batch(lines) == _facts_each(lines)


@settings(max_examples=200, deadline=None)
@given(st.lists(ANY_LINE, min_size=features.BATCH_FACTS, max_size=80))
def test_measured_gives_the_per_line_facts_line_breaks_or_not(lines):
    assert features._measured(lines) == features._measured_each(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["", " ", "  ", "\t"],  # no word at all, side by side
        ["a", "", "b"],
        ["\xa0lead", "trail\u3000", "mid\u2028dle", "x\x1cy"],  # spaces past ASCII part words
        ["Straße", "STRASSE", "KELVIN", "ﬁne", "İstanbul"],  # fold to word characters
        ["— “Quoted” —", "… »", "© 2019"],  # past ASCII, fold to no word character
        ["lone \ud800 surrogate", "\udfff"],
        ["a  ,  b", "--  --", "x" * 300],  # runs of spaces and marks, one long word
        [line + "." for line in SHAPED],
    ],
)
def test_hostile_batches_give_the_per_line_facts(lines):
    assert _facts_batch(lines) == _facts_each(lines)


def test_a_line_holding_a_line_break_is_measured_alone():
    lines = ["one line", "two\nlines", *SHAPED] * 3
    assert (
        batch_facts.measured(
            lines, features.CLOSING, features.ENDS, features._KEY_TABLE, features._WORD_CHARACTER
        )
        is None
    )
    assert features._measured(lines) == features._measured_each(lines)


def test_generated_news_and_seeds_give_the_per_line_facts():
    lines = [
        line.strip()
        for doc in news_corpus(200, seed=51)
        for line in doc["text"].split("\n")
        if line.strip()
    ]
    for seed in (SEED_000, SEED_003):
        lines += [line for line in seed.read_text(encoding="utf-8").split("\n")]
    assert len(lines) >= features.BATCH_FACTS
    assert _facts_batch(lines) == _facts_each(lines)
    assert features._measured(lines) == features._measured_each(lines)
