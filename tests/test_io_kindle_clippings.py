"""A Kindle's `My Clippings.txt` read a clipping a document (io.kindle_clippings): newcomer
round 22. The file was read as ONE document, its books' title and location lines among the
highlights (0 -> 2 of 2)."""

from __future__ import annotations

import pytest

from curate.io.readers import Skipped
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)
HIGHLIGHT = "- Your Highlight on page 12 | Location 100-101 | Added on Monday, January 1, 2024"
NOTE = "- Your Note on Location 110 | Added on Monday, January 1, 2024 10:01:00 AM"
GERMAN = "- Ihre Markierung bei Position 100-101 | Hinzugefügt am Montag, 1. Januar 2024"
BOOKMARK = "- Your Bookmark on Location 120 | Added on Monday, January 1, 2024 10:02:00 AM"


def _clip(book: str, where: str, words: str) -> str:
    return f"{book}\n{where}\n\n{words}\n==========\n"


@pytest.mark.parametrize("where", [HIGHLIGHT, NOTE, GERMAN])
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_clipping_is_a_document_its_book_the_title(tmp_path, where, ending):
    written = "\ufeff" + _clip("Storm (A. Writer)", where, A) + _clip("Flood (B. Writer)", where, B)
    written += _clip("Flood (B. Writer)", BOOKMARK, "")
    path = tmp_path / "My Clippings.txt"
    path.write_bytes(written.replace("\n", ending).encode("utf-8"))
    items = read_all(path)
    docs = documents(items)
    assert [(d.title, d.text) for d in docs] == [
        ("Storm (A. Writer)", A),
        ("Flood (B. Writer)", B),
    ]
    assert [i.kind for i in items if isinstance(i, Skipped)] == ["kindle bookmark"]


@pytest.mark.parametrize(
    "text",
    [
        f"{A}\n==========\n{B}\n",  # a rule of `=` in an article
        f"Title\n\n{A}\n==========\n\nSection\n- a list item\n{B}\n==========\n\n{A}\n",
    ],
)
def test_a_text_with_rules_of_equals_signs_stays_one_document(tmp_path, text):
    (tmp_path / "clippings.txt").write_text(text, encoding="utf-8")  # its name is no proof
    assert len(documents(read_all(tmp_path / "clippings.txt"))) == 1
