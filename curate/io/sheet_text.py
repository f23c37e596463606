"""An `.xls` file that is no Excel workbook but text: an HTML table, a tab- or comma-separated
table, or Excel 2003's XML (SpreadsheetML).

Web applications, CMS and survey tools offer "Export to Excel" and write an HTML table (`<table>
<tr><th>id</th><th>text</th></tr>...`, often with Excel's `urn:schemas-microsoft-com:office:
excel` namespace) or a TSV under an `.xls` name, and Excel opens it; others write SpreadsheetML
(`<?mso-application progid="Excel.Sheet"?><Workbook>`). Such a file was passed over with the
advice to save it as CSV from Excel, though it holds its table as text. The file is told by its
first bytes, not by its name: its table (an HTML file's with the most rows, a workbook's first
sheet) is written out as CSV and read as a `.csv` is (a row a document, its header naming the
text, id and title columns); its records and messages name the `.xls` and the row's line. A
real workbook (BIFF's `D0 CF 11 E0`, a zipped `.xlsx`) keeps the advice to save it as CSV.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

SHEET_SUFFIXES = (".xls",)
HEAD = 4096
WORKBOOK_MAGIC = (b"\xd0\xcf\x11\xe0", b"PK\x03\x04")  # BIFF (OLE2), Office Open XML (zip)
HTML_TABLE = re.compile(r"<table[\s>]", re.IGNORECASE)
HTML_OPENING = re.compile(r"\A\s*(?:<!doctype html|<html|<table|<meta|<style|<head)", re.I)
SPREADSHEET_ML = "urn:schemas-microsoft-com:office:spreadsheet"
SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
BREAKS = frozenset({"br", "p", "div", "li"})


def sheet_kind(path: Path) -> str | None:
    """ "html", "xml" or "table" for an `.xls` file that is text (see the module), else None."""
    if not path.name.lower().endswith(SHEET_SUFFIXES):
        return None
    from curate.io.compressed import first_bytes

    head = first_bytes(path, HEAD)
    if head is None:
        return None
    if not head.strip() or head.startswith(WORKBOOK_MAGIC):
        return None
    text = _decoded(head)
    if text is None:
        return None
    if SPREADSHEET_ML in text and "<Workbook" in text:
        return "xml"
    if HTML_OPENING.match(text) or HTML_TABLE.search(text):
        return "html" if HTML_TABLE.search(text) or len(head) == HEAD else None
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    return "table" if ("\t" in first or "," in first or ";" in first) else None


def _decoded(data: bytes) -> str | None:
    from curate.io.readers import decode

    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # binary
    found = decode(data)
    return found[0] if isinstance(found, tuple) else None


class _Tables(HTMLParser):
    """The rows of an HTML file's tables, a cell's text with its line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.open: list[list[list[str]]] = []  # the tables being read, innermost last
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "table":
            self.open.append([])
        elif tag == "tr" and self.open:
            self._close_cell()
            self.open[-1].append([])
        elif tag in ("td", "th") and self.open:
            self._close_cell()
            if not self.open[-1]:
                self.open[-1].append([])
            self.cell = []
        elif tag in BREAKS and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table" and self.open:
            self._close_cell()
            self.tables.append(self.open.pop())

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)

    def _close_cell(self) -> None:
        if self.cell is not None and self.open and self.open[-1]:
            lines = "".join(self.cell).split("\n")
            text = "\n".join(" ".join(line.split()) for line in lines)
            self.open[-1][-1].append(re.sub(r"\n{3,}", "\n\n", text).strip())
        self.cell = None


def _html_rows(text: str) -> list[list[str]]:
    parser = _Tables()
    parser.feed(text)
    parser.close()
    parser._close_cell()
    tables = parser.tables + parser.open  # a table never closed is read as far as it goes
    return max(tables, key=len, default=[])


def _xml_rows(path: Path) -> list[list[str]]:
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(path).getroot()
    sheet = root.find(f"{SS}Worksheet/{SS}Table")
    rows = []
    for row in sheet.findall(f"{SS}Row") if sheet is not None else []:
        cells = []
        for cell in row.findall(f"{SS}Cell"):
            index = cell.get(f"{SS}Index")  # a cell after empty ones names its column
            while index and index.isdigit() and len(cells) < int(index) - 1:
                cells.append("")
            data = cell.find(f"{SS}Data")
            cells.append("".join(data.itertext()).strip() if data is not None else "")
        rows.append(cells)
    return rows


def read_sheet_text(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The rows of an `.xls` that is text (see the module), read as a `.csv`'s."""
    import xml.etree.ElementTree as ElementTree

    from curate.io.readers import Quarantined, read_file

    where = str(path)
    kind = sheet_kind(path)
    try:
        data = path.read_bytes()
        if kind == "xml":
            rows = _xml_rows(path)
        elif kind == "html":
            text = _decoded(data)
            rows = _html_rows(text) if text is not None else []
    except ElementTree.ParseError as err:
        line, column = err.position
        why = f"Excel XML that does not parse: line {line}, column {column}: {err}"
        yield Quarantined(where, line, "malformed_xml", why)
        return
    except OSError as err:
        yield Quarantined(where, None, "unreadable", f"{type(err).__name__}: {err}")
        return
    if kind in ("xml", "html") and len(rows) < 2:
        why = f"an .xls file of {'HTML' if kind == 'html' else 'Excel XML'} with no table rows"
        yield Quarantined(where, None, "empty", why)
        return
    with tempfile.TemporaryDirectory(prefix="curate-sheet-") as scratch:
        copy = Path(scratch) / f"{path.stem}.csv"
        if kind == "table":
            first = data.split(b"\n", 1)[0]
            copy = copy.with_suffix(".tsv" if b"\t" in first else ".csv")
            copy.write_bytes(data)
        else:
            with copy.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows(rows)
        for item in read_file(copy, base_id, reader):  # as a `.csv` is, `Body` its text
            yield _named(item, str(copy), where)


def _named(item: Any, copy: str, where: str) -> Any:
    """An item read from the CSV copy, naming the `.xls` instead."""
    from curate.io.readers import Document, Quarantined

    if isinstance(item, Quarantined):
        return dataclasses.replace(item, file=where, error=item.error.replace(copy, where))
    if isinstance(item, Document):
        item.source = where if item.source == copy else item.source
        for key, value in list(item.labels.items()):
            if value == copy:
                item.labels[key] = where
    return item
