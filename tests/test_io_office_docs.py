"""Word `.docx` and OpenDocument `.odt` files read a file a document (io.office_docs):
newcomer round 22. They were passed over with advice to convert them with pandoc: 0 -> 7 of 7
on 4 inputs (a Nexis Uni folder of `.DOCX`, a zip of them)."""

from __future__ import annotations

import zipfile

import pytest

from curate.io.office_docs import office_text
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _p(*runs: str, style: str | None = None) -> str:
    props = f"<w:pPr><w:pStyle w:val='{style}'/></w:pPr>" if style else ""
    return f"<w:p>{props}{''.join(runs)}</w:p>"


def _r(text: str) -> str:
    return f"<w:r><w:t xml:space='preserve'>{text}</w:t></w:r>"


def _docx(path, body: str, core: str | None = None) -> None:
    xml = f"<w:document xmlns:w='{W_NS}' xmlns:mc='{MC_NS}'><w:body>{body}</w:body></w:document>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
        if core is not None:
            archive.writestr(
                "docProps/core.xml",
                "<cp:coreProperties xmlns:cp='x' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                f"<dc:title>{core}</dc:title></cp:coreProperties>",
            )


def _odt(path, body: str, title: str | None = None) -> None:
    ns = "xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
    ns += "xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0'"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            f"<office:document-content {ns}><office:body><office:text>{body}"
            "</office:text></office:body></office:document-content>",
        )
        if title is not None:
            archive.writestr(
                "meta.xml",
                "<office:document-meta xmlns:office='o' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                f"<dc:title>{title}</dc:title></office:document-meta>",
            )


def _halves(text: str) -> tuple[str, str]:
    middle = text.index(" the ", len(text) // 2)
    return text[:middle], text[middle:]


DOCX_BODIES = {
    "runs": (_p(*map(_r, _halves(A))) + _p(_r(B)), [A, B]),
    "a deletion and a field code": (
        _p(_r(A), "<w:del><w:r><w:delText> not said</w:delText></w:r></w:del>")
        + _p("<w:r><w:instrText> PAGE </w:instrText></w:r>", _r(B)),
        [A, B],
    ),
    "a table": (
        f"<w:tbl><w:tr><w:tc>{_p(_r(A))}</w:tc><w:tc>{_p(_r(B))}</w:tc></w:tr></w:tbl>",
        [A, B],
    ),
    "a text box held twice": (
        _p(
            _r(A),
            "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
            f"{_p(_r(B))}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>"
            f"<w:txbxContent>{_p(_r(B))}</w:txbxContent></w:pict></mc:Fallback>"
            "</mc:AlternateContent></w:r>",
        ),
        [A, B],
    ),
    "a tab and a line break": (
        _p(_r("Budget"), "<w:r><w:tab/></w:r>", _r("2024"), "<w:r><w:br/></w:r>", _r(B)),
        ["Budget 2024\n" + B],
    ),
}


@pytest.mark.parametrize("case", DOCX_BODIES)
def test_a_docx_is_its_paragraphs_in_order(tmp_path, case):
    body, paragraphs = DOCX_BODIES[case]
    _docx(tmp_path / "a.docx", body)
    assert office_text(tmp_path / "a.docx") == ("\n\n".join(paragraphs), None)


def test_a_paragraph_styled_title_is_the_title_else_the_files_own(tmp_path):
    _docx(tmp_path / "a.docx", _p(_r("Council approves budget"), style="Title") + _p(_r(A)), "X")
    assert office_text(tmp_path / "a.docx") == (A, "Council approves budget")
    _docx(tmp_path / "b.docx", _p(_r(A)), core=" Storm  warning ")
    assert office_text(tmp_path / "b.docx") == (A, "Storm warning")


ODT_BODIES = {
    "spans and spaces": (
        f"<text:h text:outline-level='1'>Storm</text:h><text:p>{A[:9]}<text:span>{A[9:20]}"
        f"</text:span>{A[20:]}</text:p><text:p>Two<text:s text:c='3'/>spaces<text:tab/>"
        "tab</text:p>",
        ["Storm", A, "Two spaces tab"],
    ),
    "a footnote and tracked changes": (
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>gone</text:p>"
        f"</text:deletion></text:changed-region></text:tracked-changes><text:p>{A}<text:note>"
        f"<text:note-citation>1</text:note-citation><text:note-body><text:p>{B}</text:p>"
        "</text:note-body></text:note></text:p>",
        [A, B],  # the note after the paragraph it is of
    ),
}


@pytest.mark.parametrize("case", ODT_BODIES)
def test_an_odt_is_its_paragraphs(tmp_path, case):
    body, paragraphs = ODT_BODIES[case]
    _odt(tmp_path / "a.odt", body, title="Storm")
    assert office_text(tmp_path / "a.odt") == ("\n\n".join(paragraphs), "Storm")


def test_a_folder_of_them_is_read_a_file_a_document(tmp_path):
    folder = tmp_path / "Nexis"
    folder.mkdir()
    for k, text in enumerate((A, B)):
        _docx(folder / f"{k:02d}_Article.DOCX", _p(_r(text)))
    _odt(folder / "c.odt", f"<text:p>{C}</text:p>")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.text) for d in documents(items)] == [
        ("Nexis/00_Article", A),
        ("Nexis/01_Article", B),
        ("Nexis/c", C),
    ]


def test_a_zip_of_them_is_read(tmp_path):
    _docx(tmp_path / "one.docx", _p(_r(A)))
    with zipfile.ZipFile(tmp_path / "articles.zip", "w") as archive:
        archive.write(tmp_path / "one.docx", "articles/one.docx")
    (tmp_path / "one.docx").unlink()
    assert [d.text for d in documents(read_all(tmp_path))] == [A]


@pytest.mark.parametrize(
    ("make", "kind", "said"),
    [
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
            "unreadable",
            "no zip",
        ),  # an old Word .doc renamed, or a password-protected .docx
        (lambda p: zipfile.ZipFile(p, "w").close(), "unreadable", "holds no word/document.xml"),
        (lambda p: _docx(p, _p("<w:r><w:drawing/></w:r>")), "empty", "no text"),
    ],
)
def test_a_docx_that_cannot_be_read_is_quarantined_saying_why(tmp_path, make, kind, said):
    make(tmp_path / "a.docx")
    [found] = quarantined(read_all(tmp_path))
    assert found.kind == kind and said in found.error
