"""`common_lines`' sketch, read off `line_keys.word_lines`, holds what the line-at-a-time way
(`slow_line_keys`: a slice, a casefold and a regex a line) gives, on any string."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.common_lines import CommonLineRemover
from curate.corpus.line_keys import slow_line_keys
from curate.document import Document

TRICKY = "aZ09_ßẞΣσςﬁİı٣５²½①\u0301\u200d’“€\t\r\x0b\x0c\x1c\u2028\u00a0 .-\n\ud800한中"
STAGES = [
    CommonLineRemover(),
    CommonLineRemover(max_words=6, story_words=4, story_paragraphs=2),
    CommonLineRemover(max_words=1, story_words=1, story_paragraphs=1),
]


def reference_sketch(stage: CommonLineRemover, text: str) -> tuple:
    story: list[int] = []
    lines: dict[int, int] = {}
    total = 0
    for _, _, count, key in slow_line_keys(text):
        if not count:
            continue
        total += count
        if count > stage.max_words and (
            count < stage.story_words or len(story) >= stage.story_paragraphs
        ):
            continue
        if key is None:  # no letter: "2019", "* * *"
            continue
        if count >= stage.story_words and len(story) < stage.story_paragraphs:
            story.append(key)
        if count <= stage.max_words:
            lines[key] = lines.get(key, 0) + count
    return tuple(story), total, tuple(lines.items())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY), max_size=80), st.sampled_from(STAGES))
def test_sketch_is_the_line_at_a_time_one_on_tricky_text(text, stage):
    assert tuple(stage.sketch(Document("d", text))) == reference_sketch(stage, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.sampled_from(STAGES))
def test_sketch_is_the_line_at_a_time_one_on_any_text(text, stage):
    assert tuple(stage.sketch(Document("d", text))) == reference_sketch(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "Share this:\nTwitter   Facebook\n\n  Email  \n2019\n* * *",
        "A  long   line\twith\ttabs and   runs of    spaces\r\nand CRLF ends\r\n",
        "12 comments\n0 0 0\n_ _\n\u00a0\u2003 \n",
        ("word " * 30 + "\n") * 7,
    ],
)
@pytest.mark.parametrize("stage", STAGES)
def test_kinds_of_lines(text, stage):
    assert tuple(stage.sketch(Document("d", text))) == reference_sketch(stage, text)
