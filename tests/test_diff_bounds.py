"""`diff_bounds` finds the window the character-by-character scan found, on any two texts.

It halves on long common parts (one C slice comparison a step) instead of walking them a
character at a time; the reference below is the walk it replaced.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.base import _STEPS, diff_bounds


def _walked(old: str, new: str) -> tuple[int, int, int]:
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    old_end, new_end = len(old), len(new)
    while old_end > start and new_end > start and old[old_end - 1] == new[new_end - 1]:
        old_end -= 1
        new_end -= 1
    return start, old_end, new_end


TEXT = st.text(alphabet="ab\n", max_size=3 * _STEPS)


@settings(max_examples=1000, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT)
def test_the_window_is_the_walked_one(prefix, old_middle, new_middle, suffix):
    old, new = prefix + old_middle + suffix, prefix + new_middle + suffix
    assert diff_bounds(old, new) == _walked(old, new)


def test_a_long_text_and_its_stripped_self():
    text = "\n" + "word " * 2000 + "\n\n"
    assert diff_bounds(text, text.strip("\n")) == _walked(text, text.strip("\n"))
    assert diff_bounds(text, text) == (len(text), len(text), len(text))
