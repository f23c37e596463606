"""Evernote's export (`.enex`) read a note a document.

A reporter's clippings and notes leave Evernote as one `.enex` file ("Export notes"): an
`<en-export>` of `<note>`s, each with its `<title>` and its `<content>`, an ENML page (XHTML
under `<en-note>`) in a CDATA section. Such files were passed over as of no known kind. Each
note is read as a document: its title the title, its `<en-note>`'s paragraphs the text
(io.html_fragment), attachments (`<en-media>`, `<resource>`) left out; a note with no text is
quarantined as `missing_field` by its number, a file that does not parse as `malformed_xml`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

ENEX_SUFFIXES = (".enex",)


def _note_text(content: str) -> str:
    """The paragraphs of a note's ENML (`<?xml ...?><!DOCTYPE ...><en-note>...</en-note>`)."""
    from curate.io.html_fragment import fragment_paragraphs

    start = content.find("<en-note")
    opened = content.find(">", start) if start >= 0 else -1
    end = content.rfind("</en-note>")
    inner = content[opened + 1 : end] if opened >= 0 and end > opened else content
    return fragment_paragraphs(inner) if inner.strip() else ""


def read_enex(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The notes of an `.enex` file as documents (see the module)."""
    from curate.io.readers import Quarantined, _naming, from_row
    from curate.io.xml_files import parse_xml

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    root = parse_xml(path, "a readable Evernote export")
    if isinstance(root, Quarantined):
        yield root
        return
    for number, note in enumerate(root.iter("note"), start=1):
        title = " ".join((note.findtext("title") or "").split()) or None
        text = _note_text(note.findtext("content") or "")
        if not text:
            why = "the note has no text (an attachment alone, or empty)"
            yield Quarantined(where, number, "missing_field", why, id=f"{base_id}-{number}")
            continue
        row = {"title": title, "text": text} if title else {"text": text}
        yield from_row(row, where, number, f"{base_id}-{number}", settings)
