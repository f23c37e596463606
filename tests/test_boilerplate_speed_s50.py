"""The boilerplate stage's faster paths of session 50 give what the paths they replace gave.

- `_words_by_kernels` counts each key's words from the newlines that join the keys (no Python
  call a key): each key's words must still be its own, whatever keys stand around it (keys of
  no word first, last, side by side; letters past ASCII, whose UTF-8 bytes outnumber the
  characters);
- once `pyarrow.compute` is imported, a batch's later, smaller rounds are numbered by the
  kernels too: the rows must be those `features.matrix` gives each page alone;
- `_title_columns` counts the union of a line's and the title's words instead of making it.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import features
from curate.stages.boilerplate.document_rows import (
    KERNEL_CHARACTERS,
    KERNEL_CHARACTERS_IMPORTED,
    Page,
    _title_columns,
    _words_by_dict,
    _words_by_kernels,
    _words_of,
    batch_matrix,
)
from tests.test_stage_boilerplate_features_same import LINES

# keys as `line_key` makes them: `\w` runs joined by single spaces, or "" (a line of marks)
WORD = st.text(
    st.sampled_from(list("abcxyz019_") + ["é", "ß", "ü", "中", "日", "ж", "٣", "²", "𝔘"]),
    min_size=1,
    max_size=12,
)
KEY = st.one_of(st.just(""), st.lists(WORD, min_size=1, max_size=8).map(" ".join))


def _per_key(words_of, keys) -> list[list[str]]:
    ids, line_of, words = words_of(keys)
    assert len(set(words)) == len(words)  # one id a word
    return [[words[i] for i in ids[line_of == at]] for at in range(len(keys))]


@settings(max_examples=300, deadline=None)
@given(st.lists(KEY, max_size=30))
def test_each_key_keeps_its_own_words_whatever_keys_stand_around_it(keys):
    keys = tuple(keys)
    expected = [key.split() for key in keys]
    assert _per_key(_words_by_kernels, keys) == expected
    assert _per_key(_words_by_dict, keys) == expected


@pytest.mark.parametrize(
    "keys",
    [
        (),
        ("",),
        ("", "", ""),
        ("", "a"),  # a word after keys of none
        ("a", "", ""),  # keys of none after the last word
        ("über 2 000 fälle", "", "x", "中文 日本"),  # more bytes than characters before "x"
        ("a a a", "a", "", "b a"),  # the same word in many keys, twice in one
    ],
)
def test_keys_of_no_word_take_no_word_from_their_neighbours(keys):
    assert _per_key(_words_by_kernels, keys) == [key.split() for key in keys]


def test_after_the_import_mid_sized_batches_are_numbered_by_the_kernels(monkeypatch):
    # a batch's later rounds (20 to 30 short news articles: tens of thousands of characters)
    # once the first round paid for the import; a few short keys still go by dict
    import pyarrow.compute  # noqa: F401

    assert "pyarrow.compute" in sys.modules
    calls = []
    monkeypatch.setattr(
        "curate.stages.boilerplate.document_rows._words_by_kernels",
        lambda keys: calls.append(len(keys)) or _words_by_dict(keys),
    )
    _words_of(("the council met", ""))
    assert calls == []
    middle = tuple(f"line {n} " + " ".join(["word"] * 20) for n in range(100))
    assert KERNEL_CHARACTERS_IMPORTED <= sum(map(len, middle)) < KERNEL_CHARACTERS
    _words_of(middle)
    assert calls == [len(middle)]


def _floats(rows) -> str:
    return repr([[float(value) for value in row] for row in rows])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(LINES, min_size=1, max_size=8), min_size=4, max_size=8))
def test_a_small_batch_gives_each_page_its_own_rows(drawn):
    # small enough for the kernels only once imported: each page's rows are its own alone
    import pyarrow.compute  # noqa: F401

    pages = [Page(lines, lines[-1] if n % 2 else None) for n, lines in enumerate(drawn)]
    for got, want in zip(batch_matrix(pages), [features.matrix(*p) for p in pages], strict=True):
        assert got.index == want.index
        assert _floats(got.rows) == _floats(want.rows)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(LINES, st.one_of(st.none(), LINES)), min_size=1, max_size=12))
def test_the_title_columns_are_those_of_the_sets_made(pairs):
    lines = [line for line, _ in pairs]
    titles = [features.title_words_of(title) for _, title in pairs]
    shapes = [features.shape_of(line) for line in lines]
    rows = np.zeros((len(lines), len(features.LINE)))
    _title_columns(rows, shapes, titles)
    for row, line, title in zip(rows, lines, titles, strict=True):
        want = features.line_shape(line, title)
        got = [float(row[features.TITLE_OVERLAP]), float(row[features.IN_TITLE])]
        assert repr(got) == repr([want[features.TITLE_OVERLAP], want[features.IN_TITLE]])


def test_a_line_of_the_title_s_words_and_one_of_none_keep_their_columns():
    title = features.title_words_of("Council approves the harbour budget")
    lines = ["Council approves the harbour budget", "***", "Budget: the council, again"]
    shapes = [features.shape_of(line) for line in lines]
    rows = np.zeros((3, len(features.LINE)))
    _title_columns(rows, shapes, [title] * 3)
    assert rows[:, features.TITLE_OVERLAP].tolist() == [1.0, 0.0, 3 / 6]
    assert rows[:, features.IN_TITLE].tolist() == [1.0, 0.0, 3 / 4]
