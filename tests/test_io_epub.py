"""E-books (`.epub`) read a book a document (io.epub): newcomer round 22. They were passed over
with advice to convert them with pandoc (0 -> 1 of 1)."""

from __future__ import annotations

import zipfile

import pytest

from curate.io.epub import book_text
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)
CONTAINER = (
    "<container version='1.0' xmlns='urn:oasis:names:tc:opendocument:xmlns:container'>"
    "<rootfiles><rootfile full-path='{opf}' media-type='application/oebps-package+xml'/>"
    "</rootfiles></container>"
)


def _chapter(body: str) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><!DOCTYPE html><html "
        "xmlns='http://www.w3.org/1999/xhtml'><head><title>x</title><style>p{}</style></head>"
        f"<body>{body}<script>track()</script></body></html>"
    )


def _epub(path, chapters: dict[str, str], spine: list[str], folder: str = "OEBPS", **extra):
    opf = f"{folder}/content.opf" if folder else "content.opf"
    items = "".join(
        f"<item id='{name}' href='{name}.xhtml' media-type='application/xhtml+xml'/>"
        for name in chapters
    )
    linear = {True: " linear='no'", False: ""}
    refs = "".join(
        f"<itemref idref='{name.lstrip('-')}'{linear[name.startswith('-')]}/>" for name in spine
    )
    package = (
        "<package xmlns='http://www.idpf.org/2007/opf' version='3.0'><metadata "
        "xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title> Long  reads </dc:title>"
        f"</metadata><manifest>{items}<item id='css' href='s.css' media-type='text/css'/>"
        f"</manifest><spine>{refs}</spine></package>"
    )
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip")
        book.writestr("META-INF/container.xml", CONTAINER.format(opf=opf))
        book.writestr(opf, package)
        for name, body in chapters.items():
            book.writestr(f"{folder}/{name}.xhtml" if folder else f"{name}.xhtml", _chapter(body))
        for name, data in extra.items():
            book.writestr(name.replace("__", "/"), data)


@pytest.mark.parametrize("folder", ["OEBPS", "", "OPS/Text"])
def test_the_chapters_are_read_in_the_spines_order(tmp_path, folder):
    chapters = {"c1": f"<h1>One</h1><p>{A}</p>", "c2": f"<div><p>{B}</p><p>{C}</p></div>"}
    _epub(tmp_path / "b.epub", chapters, ["c2", "c1"], folder)
    assert book_text(tmp_path / "b.epub") == (f"{B}\n\n{C}\n\nOne\n\n{A}", "Long reads")


def test_a_chapter_out_of_the_reading_order_is_left_out(tmp_path):
    chapters = {"cover": "<p>Cover</p>", "c1": f"<p>{A}</p>", "notes": "<p>Notes</p>"}
    _epub(tmp_path / "b.epub", chapters, ["-cover", "c1", "-notes"])
    assert book_text(tmp_path / "b.epub")[0] == A


def test_a_folder_of_books_is_read_a_book_a_document(tmp_path):
    _epub(tmp_path / "one.epub", {"c1": f"<p>{A}</p>"}, ["c1"])
    _epub(tmp_path / "two.epub", {"c1": f"<p>{B}</p>"}, ["c1"])
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.title, d.text) for d in documents(items)] == [
        ("one", "Long reads", A),
        ("two", "Long reads", B),
    ]


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (
            lambda p: _epub(p, {"c1": "<p>x</p>"}, ["c1"], **{"META-INF__encryption.xml": "<e/>"}),
            "DRM",
        ),
        (lambda p: p.write_bytes(b"not a zip"), "no zip"),
        (lambda p: zipfile.ZipFile(p, "w").close(), "container.xml"),
    ],
)
def test_a_book_that_cannot_be_read_is_quarantined_saying_why(tmp_path, make, said):
    make(tmp_path / "b.epub")
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == "unreadable" and said in found.error


def test_a_book_of_no_text_is_quarantined_as_empty(tmp_path):
    _epub(tmp_path / "b.epub", {"c1": "<img src='p.jpg'/>"}, ["c1"])
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == "empty"
