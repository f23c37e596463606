"""An `.xls` that is text: an HTML table, a TSV, Excel 2003 XML (io.sheet_text): newcomer round
21. Each was passed over with the advice to save it as CSV from Excel (0 of 19 on 6 files)."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(3)


def _html(header: list[str], rows: list[list[str]], head: str = "", thead: bool = False) -> str:
    top = "<tr>" + "".join(f"<th>{c}</th>" for c in header) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    if thead:
        top, body = f"<thead>{top}</thead>", f"<tbody>{body}</tbody>"
    return (
        f'<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>{head}</head><body>'
        f'<table border="1">{top}{body}</table></body></html>'
    )


def _workbook(rows: list[list[str]]) -> str:
    cells = "".join(
        "<Row>" + "".join(f'<Cell><Data ss:Type="String">{c}</Data></Cell>' for c in row) + "</Row>"
        for row in rows
    )
    return (
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">'
        f'<Worksheet ss:Name="Sheet1"><Table>{cells}</Table></Worksheet></Workbook>'
    )


ROWS = [[f"d{k}", f"Post {k}", t] for k, t in enumerate(TEXTS)]


@pytest.mark.parametrize(
    "data",
    [
        _html(["id", "title", "text"], ROWS).encode(),
        _html(["ID", "Title", "Body"], ROWS, thead=True).encode(),  # `Body`: a known name
        _html(["id", "title", "content"], [[i, t, f"{x}<br>"] for i, t, x in ROWS]).encode(),
        _html(
            ["id", "title", "text"],
            [[i, t, f"{x} Café."] for i, t, x in ROWS],
            head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        ).encode("cp1252"),
        ("id\ttitle\ttext\n" + "".join("\t".join(r) + "\n" for r in ROWS)).encode(),
        _workbook([["id", "title", "text"], *ROWS]).encode(),
    ],
)
def test_an_xls_of_text_is_read_a_row_a_document(tmp_path, data):
    path = tmp_path / "export.xls"
    path.write_bytes(data)
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.id, d.title) for d in docs] == [(f"d{k}", f"Post {k}") for k in range(3)]
    assert [d.text.removesuffix(" Café.") for d in docs] == TEXTS
    assert {d.source for d in docs} == {str(path)}


@pytest.mark.parametrize(
    "page, kind, says",
    [
        (_html(["id", "count"], [["a", "1"], ["b", "2"]]), "unsupported", "no 'text'"),
        (_html(["id", "text"], []), "empty", "no table rows"),
        (_workbook([["id", "text"], ["a", "b"]])[:-30], "malformed_xml", "line 3"),
    ],
)
def test_what_is_not_read_is_said_naming_the_xls(tmp_path, page, kind, says):
    path = tmp_path / "export.xls"
    path.write_text(page)
    items = read_all(tmp_path)
    assert not documents(items)
    [bad] = quarantined(items)
    assert (bad.file, bad.kind) == (str(path), kind)
    assert says in bad.error and "curate-sheet-" not in bad.error


@pytest.mark.parametrize(
    "data",
    [
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),  # a real workbook (BIFF)
        b"PK\x03\x04" + bytes(100),  # an .xlsx renamed
        b"<html><body><p>No table here.</p></body></html>",
    ],
)
def test_a_workbook_keeps_its_advice(tmp_path, data):
    from curate.io.readers import find_files

    (tmp_path / "book.xls").write_bytes(data)
    files, skipped = find_files([tmp_path])
    assert files == [] and skipped == [str(tmp_path / "book.xls")]
