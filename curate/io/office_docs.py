"""Word (`.docx`) and OpenDocument (`.odt`) files read as text documents: a file a document.

A newsroom's or a press office's articles, a Nexis Uni or Factiva download, a reporter's
drafts come as word-processor files; they were passed over with advice to convert them with
pandoc. Both are zips of XML: a `.docx`'s `word/document.xml`, an `.odt`'s `content.xml`. Each
paragraph (`w:p`, `text:p`, `text:h`; in tables and text boxes too) is a paragraph of the
text, in order; a tab is a space, a line break a line. What no reader sees stays out: deleted
text of tracked changes, field codes, the fallback copy of a text box (`mc:Fallback`, a second
copy of what `mc:Choice` holds), a footnote's citation mark. A paragraph styled `Title` is
the title, else the file's own (`docProps/core.xml`, `meta.xml`: `dc:title`). A file that
is no zip (an old `.doc` renamed, a password-protected file) or holds no such part is
quarantined as `unreadable`, saying so.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

OFFICE_SUFFIXES = (".docx", ".odt")
MAX_PART_BYTES = 1 << 28  # a document's XML larger than this is no article: refused
MAX_DEPTH = 200  # nested tables and boxes: deeper is no document a person wrote
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# per format: its text part, its metadata part, paragraph tags, tags whose subtree is skipped
PARTS = {
    ".docx": ("word/document.xml", "docProps/core.xml"),
    ".odt": ("content.xml", "meta.xml"),
}
PARAGRAPHS = frozenset({f"{W}p", f"{TEXT}p", f"{TEXT}h"})
SKIPPED = frozenset(
    {
        f"{W}delText",  # tracked deletion
        f"{W}instrText",  # a field's code (`PAGE`, `HYPERLINK "..."`)
        MC_FALLBACK,  # a text box's second copy
        f"{W}pPr",  # a paragraph's properties (its mark's runs)
        f"{TEXT}note-citation",  # the footnote's number
        f"{TEXT}tracked-changes",  # deleted text of tracked changes
    }
)


def office_kind(path: Path) -> str | None:
    name = path.name.lower()
    return next((s for s in OFFICE_SUFFIXES if name.endswith(s)), None)


def office_text(path: Path) -> tuple[str, str | None]:
    """(text, title) of a `.docx` or `.odt` file; ValueError saying why it cannot be read."""
    kind = office_kind(path) or ".docx"
    text_part, meta_part = PARTS[kind]
    try:
        with zipfile.ZipFile(path) as archive:
            root = _part(archive, text_part)
            if root is None:
                raise ValueError(f"it holds no {text_part}: no {kind} document")
            meta = _part(archive, meta_part)
    except zipfile.BadZipFile:
        raise ValueError(
            f"not a {kind} file (no zip): an old Word .doc or a password-protected file? "
            "save it as .docx, or convert it to .txt (pandoc, libreoffice --convert-to txt)"
        ) from None
    paragraphs: list[str] = []
    styled_title: list[str] = []
    _paragraphs(root, paragraphs, styled_title, 0)
    text = "\n\n".join(p for p in map(_spaced, paragraphs) if p)
    title = styled_title[0] if styled_title else _meta_title(meta)
    return text, title


def _spaced(paragraph: str) -> str:
    """A paragraph's spaces one, its line breaks kept."""
    lines = (" ".join(line.split()) for line in paragraph.split("\n"))
    return "\n".join(line for line in lines if line)


def _part(archive: zipfile.ZipFile, name: str) -> Any:
    import xml.etree.ElementTree as ElementTree

    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise ValueError(f"its {name} is {info.file_size} bytes: too large for one document")
    try:
        return ElementTree.fromstring(archive.read(info))
    except ElementTree.ParseError as err:
        raise ValueError(f"its {name} is no readable XML: {err}") from None


def _paragraphs(element: Any, out: list[str], title: list[str], depth: int) -> None:
    """Each paragraph's text under `element`, in order; a paragraph inside another (a text
    box's) its own."""
    if depth > MAX_DEPTH:
        return
    for child in element:
        if child.tag in SKIPPED:
            continue
        if child.tag in PARAGRAPHS:
            words: list[str] = []
            place = len(out)
            out.append("")  # its place, before a text box's paragraphs inside it
            _runs(child, words, out, title, depth + 1)
            text = "".join(words).strip()
            if text and _styled_title(child) and not title:
                title.append(_spaced(text).replace("\n", " "))
            else:
                out[place] = text
        else:
            _paragraphs(child, out, title, depth + 1)


def _runs(element: Any, words: list[str], out: list[str], title: list[str], depth: int) -> None:
    if depth > MAX_DEPTH:
        return
    if element.text and element.tag in (f"{W}t", f"{TEXT}p", f"{TEXT}h", f"{TEXT}span"):
        words.append(element.text)
    elif element.text and element.tag == f"{TEXT}a":
        words.append(element.text)
    for child in element:
        tag = child.tag
        if tag in SKIPPED:
            pass
        elif tag in PARAGRAPHS:  # a text box's paragraph: a paragraph of its own
            _paragraphs(_holder(child), out, title, depth + 1)
        elif tag in (f"{W}tab", f"{TEXT}tab"):
            words.append(" ")
        elif tag in (f"{W}br", f"{W}cr", f"{TEXT}line-break"):
            words.append("\n")
        elif tag == f"{TEXT}s":  # `<text:s text:c="3"/>`: spaces
            words.append(" ")
        else:
            _runs(child, words, out, title, depth + 1)
        if child.tail and element.tag.startswith(TEXT):  # ODF's mixed content
            words.append(child.tail)


def _holder(paragraph: Any) -> Any:
    """An element holding `paragraph` alone, for `_paragraphs` to read it as one."""
    import xml.etree.ElementTree as ElementTree

    holder = ElementTree.Element("holder")
    holder.append(paragraph)
    return holder


def _styled_title(paragraph: Any) -> bool:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    if style is not None and style.get(f"{W}val", "").lower() == "title":
        return True
    return paragraph.get(f"{TEXT}style-name", "").lower() == "title"


def _meta_title(meta: Any) -> str | None:
    if meta is None:
        return None
    found = meta.find(f".//{DC_TITLE}")
    title = " ".join((found.text or "").split()) if found is not None else ""
    return title or None
