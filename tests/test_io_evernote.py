"""Evernote's `.enex` export read a note a document (io.evernote): newcomer round 22. It was
passed over as of no known kind (0 -> 2 of 2 notes)."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)
ENML_HEAD = (
    "<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE en-note SYSTEM "
    "'http://xml.evernote.com/pub/enml2.dtd'>"
)


def _note(title: str, body: str, head: str = ENML_HEAD) -> str:
    return (
        f"<note><title>{title}</title><content><![CDATA[{head}<en-note>{body}</en-note>]]>"
        "</content><created>20240101T000000Z</created><resource><data encoding='base64'>"
        "iVBORw0KGgo=</data><mime>image/png</mime></resource></note>"
    )


def _export(*notes: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE en-export SYSTEM "
        "'http://xml.evernote.com/pub/evernote-export4.dtd'>\n<en-export "
        f"export-date='20240101T000000Z' application='Evernote' version='10'>{''.join(notes)}"
        "</en-export>"
    )


BODIES = [
    (f"<div>{A}</div><div><br/></div><div>{B}</div>", f"{A}\n\n{B}"),
    (f"<p>{A}</p><ul><li>one</li><li>two</li></ul>", f"{A}\n\none\n\ntwo"),
    (f"<div><en-todo checked='false'/>{A}</div><en-media hash='ab' type='image/png'/>", A),
    (f"<div>{A[:20]}<b>{A[20:40]}</b><a href='https://x.org'>{A[40:]}</a></div>", A),
]


@pytest.mark.parametrize(("body", "text"), BODIES)
@pytest.mark.parametrize("head", [ENML_HEAD, ""])
def test_a_note_is_its_paragraphs_and_its_title(tmp_path, body, text, head):
    (tmp_path / "notes.enex").write_text(_export(_note("Storm", body, head)), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert (doc.id, doc.title, doc.text) == ("notes-1", "Storm", text)


def test_an_export_of_many_notes_is_read_a_note_a_document(tmp_path):
    notes = [_note(f"Note {k}", f"<div>{t}</div>") for k, t in enumerate((A, B, C))]
    (tmp_path / "My Notes.enex").write_text(_export(*notes), encoding="utf-8")
    assert [(d.title, d.text) for d in documents(read_all(tmp_path))] == [
        ("Note 0", A),
        ("Note 1", B),
        ("Note 2", C),
    ]


def test_a_note_of_an_attachment_alone_is_quarantined_by_its_number(tmp_path):
    notes = [_note("Text", f"<div>{A}</div>"), _note("Scan", "<en-media hash='ab' type='x'/>")]
    (tmp_path / "notes.enex").write_text(_export(*notes), encoding="utf-8")
    items = read_all(tmp_path)
    [found] = quarantined(items)
    assert (found.kind, found.line, found.id) == ("missing_field", 2, "notes-2")
    assert len(documents(items)) == 1


def test_an_export_cut_short_is_quarantined_as_malformed(tmp_path):
    (tmp_path / "notes.enex").write_text(_export(_note("x", A))[:-40], encoding="utf-8")
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == "malformed_xml"
