"""AsciiDoc read a file a document, its markup off (io.asciidoc): newcomer round 22. `.adoc`
files were passed over as of no known kind (0 -> 1 of 1)."""

from __future__ import annotations

import pytest

from curate.io.asciidoc import asciidoc_text
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("The *storm* hit the *coast on Tuesday*.", "The storm hit the coast on Tuesday."),
        ("The _storm_ and `code` and **x**y and #mark#.", "The storm and code and xy and mark."),
        (
            "See link:https://x.org/plan[the plan] and https://x.org[here].",
            "See the plan and here.",
        ),
        ("See <<budget,the budget>> and <<vote>>.", "See the budget and vote."),
        ("NOTE: The council met.", "The council met."),
        ("* one\n* [x] two\n. three", "one\ntwo\nthree"),
        ("Text.footnote:[a note] image:a.png[Map] kbd:[Ctrl+C] [[anchor]]", "Text."),
        ("|===\n| Town | Rain\n| Ayr | 20\n|===", "Town Rain\nAyr 20"),
    ],
)
def test_inline_and_line_markup_become_their_words(written, read):
    assert asciidoc_text(written) == (read, None)


@pytest.mark.parametrize(
    "block",
    [
        "[source,python]\n----\nprint(1)\n----",
        "....\nliteral text\n....",
        "////\na comment block\n////",
        "// a comment line",
        ":imagesdir: img\n:toc:",
        "image::flood.png[Flooded road]",
        "include::chapter.adoc[]",
        ".Rainfall by town",
        "```\ncode\n```",
    ],
)
def test_code_comments_and_attributes_go(block):
    assert asciidoc_text(f"{A}\n\n{block}\n\n{B}") == (f"{A}\n\n{B}", None)


@pytest.mark.parametrize("delimiter", ["____", "====", "****", "--"])
def test_a_quote_example_sidebar_or_open_block_keeps_its_text(delimiter):
    text = f"{A}\n\n[quote, Jane]\n{delimiter}\n{B}\n{delimiter}\n"
    assert asciidoc_text(text) == (f"{A}\n\n{B}", None)


def test_the_document_title_and_its_header_lines(tmp_path):
    header = "= Storm hits coast\nJane Doe <jane@x.org>\nv1.0, 2024-05-01\n:toc:\n"
    text = f"{header}\n{A}\n\n== Reaction ==\n\n{B}\n"
    (tmp_path / "post.adoc").write_text(text, encoding="utf-8")
    (tmp_path / "README.adoc").write_text("= Project\n\nHow to build.\n", encoding="utf-8")
    [doc] = documents(read_all(tmp_path))
    assert (doc.id, doc.title, doc.text) == ("post", "Storm hits coast", f"{A}\n\nReaction\n\n{B}")


def test_a_title_later_in_the_file_is_text():
    assert asciidoc_text(f"{A}\n\n= Not the title\n") == (f"{A}\n\n= Not the title", None)
