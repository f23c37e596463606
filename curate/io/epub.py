"""E-books (`.epub`) read a book a document: its chapters' paragraphs in reading order.

A publisher's collection of long-form journalism, a report issued as an e-book, Project
Gutenberg's texts for a language model's mix come as `.epub`; they were passed over with advice
to convert them with pandoc. An EPUB is a zip: `META-INF/container.xml` names the package
(`content.opf`), whose spine lists the chapters (XHTML) in reading order. Each chapter in the
spine (not those marked `linear="no"`, a cover or notes read out of order) is read as its
paragraphs (io.html_fragment), the chapters joined; the package's `dc:title` is the title. A
book with DRM (`META-INF/encryption.xml`) or no package is quarantined as `unreadable`.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any

EPUB_SUFFIXES = (".epub",)
MAX_PART_BYTES = 1 << 26  # a chapter larger than this is no chapter
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
OPF = "{http://www.idpf.org/2007/opf}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


def book_text(path: Path) -> tuple[str, str | None]:
    """(text, title) of an `.epub`; ValueError saying why it cannot be read."""
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            if "META-INF/encryption.xml" in names:
                raise ValueError("the book is encrypted (DRM): no text can be read from it")
            package_name = _package_name(book)
            package = _xml(book, package_name)
            chapters = _spine(package, posixpath.dirname(package_name))
            texts = [_chapter(book, name) for name in chapters if name in names]
    except zipfile.BadZipFile:
        raise ValueError("not an .epub (no zip): convert it to .txt (pandoc)") from None
    title = package.find(f".//{DC_TITLE}")
    title_text = " ".join((title.text or "").split()) if title is not None else ""
    return "\n\n".join(t for t in texts if t), title_text or None


def _xml(book: zipfile.ZipFile, name: str) -> Any:
    import xml.etree.ElementTree as ElementTree

    try:
        return ElementTree.fromstring(_member(book, name))
    except (KeyError, ElementTree.ParseError) as err:
        raise ValueError(f"its {name} cannot be read: {err}") from None


def _member(book: zipfile.ZipFile, name: str) -> bytes:
    info = book.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ValueError(f"its {name} is {info.file_size} bytes: too large for a chapter")
    return book.read(info)


def _package_name(book: zipfile.ZipFile) -> str:
    container = _xml(book, "META-INF/container.xml")
    rootfile = container.find(f".//{CONTAINER}rootfile")
    if rootfile is None or not rootfile.get("full-path"):
        raise ValueError("its container.xml names no package (content.opf)")
    return rootfile.get("full-path")


def _spine(package: Any, folder: str) -> list[str]:
    """The chapters' names in the zip, in reading order."""
    manifest = {
        item.get("id"): posixpath.normpath(posixpath.join(folder, item.get("href", "")))
        for item in package.iter(f"{OPF}item")
        if "html" in (item.get("media-type") or "")
    }
    return [
        manifest[ref.get("idref")]
        for ref in package.iter(f"{OPF}itemref")
        if ref.get("linear", "yes") != "no" and ref.get("idref") in manifest
    ]


def _chapter(book: zipfile.ZipFile, name: str) -> str:
    import lxml.html
    from lxml.etree import ParserError

    from curate.io.html_fragment import fragment_paragraphs

    try:
        root = lxml.html.fromstring(_member(book, name))
    except (ParserError, ValueError):
        return ""
    body = root.find(".//body")
    inner = lxml.html.tostring(body if body is not None else root, encoding="unicode")
    return fragment_paragraphs(inner)


def read_epub(path: Path, base_id: str) -> Any:
    """One document of an `.epub`, or why it cannot be read."""
    from curate.document import Document
    from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined, _too_large

    try:
        text, title = book_text(path)
    except (ValueError, OSError) as err:
        return Quarantined(str(path), None, "unreadable", f"could not read the book: {err}")
    if not text:
        return Quarantined(str(path), None, "empty", "a book of no text: nothing to read")
    if len(text) > MAX_DOCUMENT_CHARS:
        return _too_large(str(path), None, len(text))
    return Document(id=base_id, text=text, title=title, input_title=title, source=str(path))
