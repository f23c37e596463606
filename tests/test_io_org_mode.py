"""Org mode read a file a document, its markup off (io.org_mode): newcomer round 22. `.org`
files were passed over as of no known kind (0 -> 1 of 1)."""

from __future__ import annotations

import pytest

from curate.io.org_mode import org_text
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "The *council* met on /Tuesday/ at =10:00= with ~code~.",
            "The council met on Tuesday at 10:00 with code.",
        ),  # noqa: E501
        (
            "See [[https://x.org][the plan]] and [[https://y.org]].",
            "See the plan and https://y.org.",
        ),
        ("Rates rose 2/3 and 4/5 * 3 times.", "Rates rose 2/3 and 4/5 * 3 times."),
        ("- [X] item one\n+ item two\n1. item three", "item one\nitem two\nitem three"),
        ("| Town | Rain |\n|------+------|\n| Ayr  | 20   |", "Town Rain\nAyr 20"),
    ],
)
def test_inline_and_line_markup_become_their_words(written, read):
    assert org_text(written) == (read, None)


@pytest.mark.parametrize(
    "block",
    [
        "#+BEGIN_SRC python\nprint(1)\n#+END_SRC",
        "#+begin_example\nexample\n#+end_example",
        "#+BEGIN_COMMENT\nnot for print\n#+END_COMMENT",
        ":PROPERTIES:\n:ID: abc-123\n:END:",
        "# a comment",
        "#+OPTIONS: toc:nil\n#+DATE: 2024-05-01",
        "SCHEDULED: <2024-05-02 Thu>",
        "-----",
    ],
)
def test_code_drawers_comments_and_keywords_go(block):
    assert org_text(f"{A}\n\n{block}\n\n{B}") == (f"{A}\n\n{B}", None)


@pytest.mark.parametrize(
    "headline", ["* Reaction", "** TODO [#A] Reaction :politics:urgent:", "*** DONE Reaction"]
)
def test_a_headline_is_a_paragraph_of_its_words(headline):
    assert org_text(f"{A}\n{headline}\n{B}") == (f"{A}\n\nReaction\n\n{B}", None)


def test_a_quote_block_keeps_its_text():
    assert org_text(f"#+begin_quote\n{A}\n#+end_quote") == (A, None)


def test_the_title_keyword_is_the_title(tmp_path):
    (tmp_path / "notes.org").write_text(f"#+TITLE: Storm\n\n* Heading\n{A}\n", encoding="utf-8")
    (tmp_path / "README.org").write_text("#+TITLE: Project\n\nHow to build.\n", encoding="utf-8")
    [doc] = documents(read_all(tmp_path))
    assert (doc.id, doc.title, doc.text) == ("notes", "Storm", f"Heading\n\n{A}")
