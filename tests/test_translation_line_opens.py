"""The line readings' pre-check (`_lines_may_open`) misses no line they would read.

`_line_starts`, `_after_list`, `_small_items`, `_after_layout_line` and `_after_line_stamps`
return nothing at once when no line of the field opens as a match of their regexes does after
its line break (a small letter, a digit, a bracket, a list's mark, a step's counter). Each test
here compares the pre-check with the regexes themselves, or the readings with the pre-check
with the readings without it.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages import translation
from curate.stages.translation import TranslationRepair

# every regex the pre-check stands for; `_LINE_STAMP_CASE` and `_SMALL_ITEM_LINE` also read the
# field's first line, as if a line break led it
LINE_REGEXES = (
    translation._LINE_CASE,
    translation._LIST_END_CASE,
    translation._ANY_LINE_CASE,
    translation._SMALL_ITEM_LINE,
    translation._LINE_STAMP_CASE,
)
READINGS = ("_line_starts", "_after_list", "_small_items", "_after_layout_line")

# what may open a line: ASCII, list marks, dashes, quotes, brackets, letters of other scripts
OPENERS = (
    [chr(c) for c in range(0x20, 0x7F)] + list("–—•·▪→“”‘’«»éÉßЖ١５🎬\u00a0\u202f") + ["", "\n"]
)
# what follows the opener: shapes of each regex's line ("1) the", "[09:41] the", "Step 3 of 4 —
# the", "- [x] the", "**09:41** the")
TAILS = [
    "the crews met.",
    " the crews met.",
    ") the crews met.",
    "2) the crews met.",
    "a) the crews met.",
    ". the crews met.",
    "/6 the crews met.",
    " [x] the crews met.",
    "09:41] the crews met.",
    "9:41 — the crews met.",
    "*09:41** the crews met.",
    "tep 3 of 4 — the crews met.",
    "014-05-02 — the crews met.",
    "he crews met.",
    "-year-old crews met.",
]
HEADS = ["", "Officials met.\n", "Officials met\n", "Storm!\n", "1. Sift it.\n", "x\n\n"]


def _any_line_match(value: str) -> bool:
    return any(r.search(value) or r.search("\n" + value) for r in LINE_REGEXES)


def test_pre_check_misses_no_opening_of_any_line_regex():
    """Every opening of a line, after every kind of line before it and as the field's first."""
    asked = 0
    for head, opener, tail in itertools.product(HEADS, OPENERS, TAILS):
        value = head + opener + tail
        if _any_line_match(value):
            asked += 1
            assert translation._lines_may_open(value), value
    assert asked > 100  # the shapes above do reach the regexes


_PIECES = st.lists(
    st.sampled_from(
        ["\n", "\n\n", " ", ".", ":", "!", "?", ")", "(", "[", "]", "*", "**", "-", "—", "•", "→"]
        + ["the", "The", "crews", "Step", "a", "b", "1", "09:41", "12", "of", "“", '"', "é"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(_PIECES)
def test_pre_check_misses_no_match(text):
    if _any_line_match(text):
        assert translation._lines_may_open(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Officials met on Monday.\n\nThe talks resumed.\n\n“We will see,” she said.",
        "PARIS (Reuters) - The talks resumed.\nThey met again.",
        "Officials met.\n\nÉmilie Dubois said it.\n\n'The end.'",
    ],
)
def test_news_lines_are_skipped(text):
    """A field whose lines open with capitals or quotes skips the readings (the shortcut is
    taken where news writes its paragraphs so)."""
    assert not translation._lines_may_open(text)
    assert not _any_line_match(text)


def test_the_last_answer_is_kept_for_its_field_only():
    fields = ["Officials met\nthe crews left.", "Officials met.\nThe crews left.", "- the eggs"]
    for value in fields * 3:
        assert translation._lines_may_open(value) == _any_line_match(value), value
    # an equal string built anew is asked again, and answers the same
    built = "".join(["Officials met\n", "the crews left."])
    assert translation._lines_may_open(built)


LINED = [
    "By Claire Dubois\nit resumed on Tuesday.",
    "1. Sift the flour.\n2. Add the eggs.\nit will follow.",
    "• the dyers receive vouchers.\n• Season passes roll over.",
    "- [x] the cutlers signed the lease\n- [ ] Book the van",
    "=====\nthe nurses counted the beds.",
    "$ make deploy\nresidents saw it.",
    "14.05 GMT — the harbour office confirmed it.\nIt rained.",
    "[UPDATED 17:20] the vote was held.",
    "Step 3 of 4 — the crews reset the valves.",
    "A. The timeline\nstudents met.\n\nB. Next\nthey met.",
    "a) The barrel sold.\nb) the bidders paid.",
]


def _readings(stage: TranslationRepair, text: str) -> list:
    return [getattr(stage, name)(text) for name in READINGS] + [stage._after_line_stamps(text)]


@pytest.mark.parametrize("text", LINED + [t.replace("\n", "\n\n") for t in LINED])
def test_readings_with_the_pre_check_are_the_readings_without(text, monkeypatch):
    stage = TranslationRepair()
    with_check = _readings(stage, text)
    monkeypatch.setattr(translation, "_lines_may_open", lambda value: True)
    assert with_check == _readings(stage, text)
    if text in LINED:
        assert any(with_check), text  # each is a text a reading capitalises


def _outcome(text: str) -> tuple:
    from curate.document import Document

    doc = TranslationRepair(require_evidence=False).process(Document(id="l", text=text))
    return doc.text, doc.labels, [edit.to_dict() for edit in doc.edits]


@pytest.mark.parametrize(
    "text",
    LINED
    + [
        "",
        "a",
        "Officials met.\n\nThe crews left. it was a incursion , they said.",
        ("The crews met on Monday.\n\n“We left,” they said.\n" * 20_000) + "- the end",
        "Москва.\nстолица — the end.\n🎬 the film\n١٢ the",
    ],
)
def test_sentence_starts_with_the_pre_check_are_those_without(text, monkeypatch):
    """`_sentence_starts` asks the pre-check once and skips the five readings, which would
    each have asked it and found nothing: the same outcome as every reading asked."""
    with_check = _outcome(text)
    monkeypatch.setattr(translation, "_lines_may_open", lambda value: True)
    assert with_check == _outcome(text)


def test_no_reading_is_asked_where_no_line_opens_as_one(monkeypatch):
    asked = []
    for name in READINGS + ("_after_line_stamps",):
        method = getattr(TranslationRepair, name)
        monkeypatch.setattr(
            TranslationRepair,
            name,
            lambda self, value, *a, _m=method, _n=name: asked.append(_n) or _m(self, value, *a),
        )
    text = "Officials met on Monday.\n\nThe crews left.\n“We will see,” they said."
    assert _outcome(text)[0] == text and asked == []
