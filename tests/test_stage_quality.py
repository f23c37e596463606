import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.quality import QualityFilter
from curate.stages.spaceless import has_spaceless
from tests.conftest import SEED_000, hostile_text, run_stage

PROSE = (
    "The missile flew for over seventy minutes before it landed in waters near Japan, "
    "according to the defense ministry. "
) * 5


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("too short to keep", "too_short"),
        ("# # # # ... ... ... word " * 20, "symbol_ratio"),
        ("123 456 789 000 " * 20, "alpha_words"),
        ("Same line again\n" * 30 + "One other line", "repeated_lines"),
        ("a b c d e f g h " * 20, "mean_word_length"),
        ("- item one\n- item two\n- item three\n" * 10, "bullet_lines"),
    ],
)
def test_flags(text, flag):
    doc = run_stage(QualityFilter(filter=()), text)
    assert flag in doc.labels["quality"]["flags"]
    assert not doc.removed


def test_clean_prose_has_no_flags():
    doc = run_stage(QualityFilter(), PROSE)
    assert doc.labels["quality"]["flags"] == [] and not doc.removed


def test_filter_removes_with_reason():
    doc = run_stage(QualityFilter(min_words=50), "only four words here")
    assert doc.removal.stage == "quality" and doc.removal.rule == "too_short"
    assert doc.removal.reason == "4 words < min_words 50"


def test_labels_only_when_not_filtered():
    doc = run_stage(QualityFilter(filter=()), "only four words here")
    assert not doc.removed and doc.labels["quality"]["flags"] == ["too_short"]


def test_unknown_flag_in_filter_is_an_error():
    with pytest.raises(ValueError, match="unknown flag"):
        QualityFilter(filter=("too_shrt",))


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("a b\n  a b \nc\n\na b", 0.6),  # each time after the first, spaces stripped: 6 of 10
        ("one\ntwo\nthree", 0.0),
        ("same\nsame\nsame\nsame", 0.75),
        ("  \n\n \n", 0.0),  # no line: no share
    ],
)
def test_repeated_line_ratio_counts_every_time_a_line_stands_again(text, ratio):
    assert QualityFilter().measure(text)["repeated_line_ratio"] == ratio


def test_seed_measures():
    quality = run_stage(QualityFilter(), SEED_000.read_text(encoding="utf-8")).labels["quality"]
    assert quality["words"] == 400 and quality["flags"] == []


@settings(max_examples=100, deadline=None)
@given(hostile_text)
def test_never_raises_and_never_edits(text):
    doc = run_stage(QualityFilter(), text)
    assert doc.text == text and not doc.edits


# the measures' definitions as regexes over the whole text: the stage counts the same faster
LETTERLESS_WORD = re.compile(r"(?<!\S)(?:[^\w\s]|[\d_])+(?!\S)")
SYMBOL = re.compile(r"#|\.\.\.|…")
WORDISH = st.text(alphabet=st.sampled_from(list("aZé9_ 2#.…-$\n\t\xa0\u2028²ǅж’")))


@settings(max_examples=400, deadline=None)
@given(st.one_of(hostile_text, WORDISH))
def test_counts_equal_their_regex_definitions(text):
    measures = QualityFilter().measure(text)
    words = re.findall(r"\S+", text)
    if not words or has_spaceless(text):  # estimated: tests/test_stage_quality_spaceless.py
        return
    assert measures["words"] == len(words)
    assert measures["alpha_words"] == round(
        (len(words) - len(LETTERLESS_WORD.findall(text))) / len(words), 4
    )
    assert measures["symbol_ratio"] == round(len(SYMBOL.findall(text)) / len(words), 4)
    assert measures["mean_word_length"] == round(sum(map(len, words)) / len(words), 3)
