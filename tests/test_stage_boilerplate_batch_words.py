"""A batch's rows read the words of its keys once, as the pages' own `features.matrix` reads them.

`batch_matrix` numbers every word of a batch's keys (Arrow's kernels past `KERNEL_CHARACTERS`,
its words cut at the space bytes, counted per key from the keys' lengths where every character
is a byte), counts the vocabulary columns over the judged lines' words alone, and reads the
title columns from each line's kept shape: each must give what a page alone gives, bit for bit,
whatever the keys (empty ones, ASCII only or not) and the titles (none, of no word, shared).
"""

from __future__ import annotations

import pytest

from curate.document import line_key
from curate.stages.boilerplate import features
from curate.stages.boilerplate.document_rows import (
    KERNEL_CHARACTERS,
    Page,
    _words_by_dict,
    _words_by_kernels,
    batch_matrix,
)
from curate.synth import news_corpus
from tests.test_stage_boilerplate_document_rows import _batch_same, _floats, _lines

KEYS = [
    ("the council met", "", "on tuesday"),  # a key of no word between two
    ("", "", "a"),  # keys of no word first
    ("one word", "", ""),  # and last
    ("", ""),  # no word at all
    ("solo",),
    ("a a a", "a", "b a"),  # the same word in many keys, and twice in one
    ("2 000 cases", "über 2 000 fälle", "x"),  # past ASCII: counted by the keys' spaces
    ("ß", "", "ss ß"),
]


@pytest.mark.parametrize("keys", KEYS)
def test_each_key_s_words_are_its_split_words_by_either_numbering(keys):
    for words_of in (_words_by_dict, _words_by_kernels):
        ids, line_of, words = words_of(keys)
        assert [[words[i] for i in ids[line_of == at]] for at in range(len(keys))] == [
            key.split() for key in keys
        ]
        assert len(set(words)) == len(words)  # one id a word


def _news_pages(count: int, extra: list[str]) -> list[Page]:
    pages = []
    for number, doc in enumerate(news_corpus(count, seed=29)):
        lines = [*_lines(doc["text"]), *extra[number % len(extra) :][:1]]
        pages.append(Page(lines, doc.get("title") if number % 3 else None))
    return pages


@pytest.mark.parametrize(
    "extra",
    [
        ["Advertisement", "***", "Share this story"],  # every character a byte
        ["Advertisement", "Über 2.000 Fälle — Grafik", "***"],  # some past ASCII
    ],
)
def test_a_batch_past_the_kernels_size_gives_each_page_its_rows(extra):
    pages = _news_pages(120, extra)
    keys = [line_key(line) for page in pages for line in page.lines]
    assert sum(map(len, keys)) >= KERNEL_CHARACTERS  # numbered by Arrow's kernels
    expected = [features.matrix(*page) for page in pages]
    for got, want in zip(batch_matrix(pages), expected, strict=True):
        assert got.index == want.index
        assert _floats(got.rows) == _floats(want.rows)


def test_the_title_columns_of_any_title_are_the_page_s_own():
    lines = [
        "Council approves the new harbour budget",  # the title's words again
        "***",  # a line of no word under a title
        "By Anna Berg",
        "HARBOUR | BUDGET | COUNCIL",
        "The council approved the budget on Tuesday after a long debate over the harbour.",
        "Read more: harbour works",
    ]
    pages = [
        Page(lines, "Council approves the new harbour budget"),
        Page(lines, None),  # no title: both columns 0.0
        Page(lines, "— | —"),  # a title of no word: 0.0 too
        Page(lines[1:3], "Anna"),  # a page of short lines only, one of them of no word
        Page(["***", "* * *"], "Council"),  # no line has a word
    ]
    _batch_same(pages)
