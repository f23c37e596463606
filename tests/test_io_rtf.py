"""Rich Text Format read a file a document (io.rtf): newcomer round 22. A Factiva download, a
word processor's "Save as RTF" were passed over with advice to convert them (0 -> 1 of 1)."""

from __future__ import annotations

import pytest

from curate.io.rtf import rtf_text
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)
HEAD = rb"{\rtf1\ansi\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}"


def _rtf(body: str, head: bytes = HEAD) -> bytes:
    return head + body.encode("latin-1") + b"}"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        (rf"\pard\plain\f0\fs24 {A}\par {B}\par", f"{A}\n\n{B}"),
        (rf"{A}\par" + "\n" + rf"{{\b {B[:9]}}}{B[9:]}\par", f"{A}\n\n{B}"),  # a group of bold
        (rf"{A}\line {B}", f"{A}\n{B}"),
        (A + "\\\n" + B, f"{A}\n\n{B}"),  # a backslash ending its line: a paragraph
        (r"Caf\'e9 \ldblquote x\rdblquote\emdash y\tab z", "Caf\u00e9 \u201cx\u201d\u2014y z"),
        (r"\uc1 Caf\u233?e \u8212- x", "Caf\u00e9e \u2014 x"),  # `\uN`'s fallback skipped
        (r"{\*\generator Riched20 10.0;}{\pict\pngblip 89504e470d0a}" + A, A),
        (r"{\header page 1}{\footer Confidential}" + A, A),
        (r'{\field{\*\fldinst HYPERLINK "https://x.org"}{\fldrslt the plan}}', "the plan"),
        (r"\{braces\} and a back\\slash\~here", "{braces} and a back\\slash here"),
        (r"\trowd\cellx1000 one\cell two\cell\row " + A, f"one two\n\n{A}"),
    ],
)
def test_the_text_is_what_stands_outside_hidden_destinations(body, text):
    assert rtf_text(_rtf(body)) == (text, None)


def test_the_code_page_and_the_title_are_the_files():
    head = rb"{\rtf1\ansi\ansicpg1251{\info{\title \'d8\'f2\'ee\'f0\'ec  warning}{\author X}}"
    assert rtf_text(_rtf(r"\'cf\'f0\'e8\'e2\'e5\'f2", head)) == (
        "\u041f\u0440\u0438\u0432\u0435\u0442",
        "\u0428\u0442\u043e\u0440\u043c warning",
    )


def test_deep_groups_end_the_reading_without_error():
    assert rtf_text(b"{\\rtf1 " + b"{" * 2000 + b"x" + b"}" * 2000 + b"}")[0] in ("", "x")


def test_a_folder_of_rtf_files_is_read_a_file_a_document(tmp_path):
    (tmp_path / "a.rtf").write_bytes(_rtf(rf"{{\info{{\title Storm}}}}{A}\par"))
    (tmp_path / "b.RTF").write_bytes(_rtf(rf"{B}\par"))
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.title, d.text) for d in documents(items)] == [
        ("a", "Storm", A),
        ("b", None, B),
    ]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"Plain text saved as .rtf", "unreadable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "unreadable"),  # a Word .doc
        (HEAD + rb"{\pict 89504e47}}", "empty"),
    ],
)
def test_a_file_of_no_rtf_or_no_text_is_quarantined(tmp_path, data, kind):
    (tmp_path / "a.rtf").write_bytes(data)
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == kind
