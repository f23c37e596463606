"""ProQuest's plain text export (`ProQuestDocuments-2024-03-05.txt`): an article a document.

A library's newspaper database exports the documents a search selected as one `.txt` file: a
report header and a table of contents, then each document after a `Document 3 of 25` line:
its headline, `Author:`, `Publication info:`, `ProQuest document link`, `Abstract:`,
`Full text: <the article's first paragraph>`, the article's other paragraphs, then the
record's fields (`Subject:`, `Title:`, `Publication title:`, ..., `ProQuest document ID:`,
`Document URL:`, `Copyright:`, `Last updated:`, `Database:`) and a line of underscores.
It was ONE document of every article with all those lines. Each document is read: its text
from `Full text:` to its first field, its title the `Title:` field (else its headline), its
id `ProQuest document ID`, its source `Document URL`; a document without `Full text:` (an
export of citations and abstracts) is a `missing_field` record by its line saying so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIX = ".txt"
HEAD = 1 << 16
MAX_BYTES = 256 * 1024 * 1024
DOCUMENT = re.compile(r"^Document (\d+) of (\d+)[ \t]*$", re.MULTILINE)
RULE = re.compile(r"^_{20,}[ \t]*$", re.MULTILINE)
FULL_TEXT = "Full text:"
# the record's fields after the article (ProQuest's names, in the order it writes them)
FIELDS = (
    "Abstract", "Author", "Caption", "Column", "Company / organization", "Copyright",
    "Country of publication", "Credit", "Database", "Dateline", "Document type",
    "Document URL", "Edition", "First page", "Identifier / keyword", "Illustration", "ISSN",
    "Language of publication", "Last updated", "Links", "Location", "Number of pages",
    "People", "Place of publication", "ProQuest document ID", "Publication date",
    "Publication info", "Publication subject", "Publication title", "Publication year",
    "Publisher", "Section", "Source type", "Subject", "Title", "Update", "Year",
)  # fmt: skip
FIELD = re.compile("^(" + "|".join(re.escape(f) for f in FIELDS) + r"):[ \t]*(.*)\Z", re.DOTALL)


def _text_of(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_proquest_text(path: Path) -> bool:
    """A ProQuest text export, by its first bytes: a `Document 1 of N` line and ProQuest's
    `Full text:` or `ProQuest document link` lines."""
    if not path.name.lower().endswith(SUFFIX):
        return False
    from curate.io.json_exports import file_head

    try:
        head = _text_of(file_head(path))
    except OSError:
        return False
    return bool(DOCUMENT.search(head)) and (
        "ProQuest document link" in head or "Report Information from ProQuest" in head
    )


def _paragraphs(chunk: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t]*\n", chunk) if p.strip()]


def document_row(chunk: str) -> dict[str, Any] | str:
    """The row of one document's lines (after its `Document N of M` line), or why none."""
    paragraphs = _paragraphs(RULE.split(chunk, maxsplit=1)[0])
    if not paragraphs:
        return "an empty document"
    headline, fields, text = paragraphs[0], {}, []
    reading = False
    for paragraph in paragraphs[1:]:
        if paragraph.startswith(FULL_TEXT):
            reading = True
            first = paragraph[len(FULL_TEXT) :].strip()
            text += [first] if first else []
            continue
        field = FIELD.match(paragraph)
        if field:
            reading = False
            fields.setdefault(field.group(1), " ".join(field.group(2).split()))
        elif reading:
            text.append(paragraph)
    if not text:
        return "a ProQuest document without 'Full text:' (export it with the full text chosen)"
    row: dict[str, Any] = {"text": "\n\n".join(text), "title": fields.get("Title") or headline}
    if fields.get("ProQuest document ID"):
        row["id"] = fields["ProQuest document ID"]
    if fields.get("Document URL", "").startswith(("http://", "https://")):
        row["url"] = fields["Document URL"]
    return row


def read_proquest_text(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The export's documents, a document each (see the module)."""
    from curate.io.readers import Quarantined, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            yield Quarantined(where, None, "too_large", f"more than {MAX_BYTES:,} bytes")
            return
        text = _text_of(path.read_bytes())
    except OSError as err:
        yield Quarantined(where, None, "unreadable", f"{type(err).__name__}: {err}")
        return
    settings = reader_settings(reader)
    starts = list(DOCUMENT.finditer(text))
    for number, found in enumerate(starts):
        end = starts[number + 1].start() if number + 1 < len(starts) else len(text)
        line = text.count("\n", 0, found.start()) + 1
        row = document_row(text[found.end() : end])
        default = f"{base_id}-{found.group(1)}"
        if isinstance(row, str):
            yield Quarantined(where, line, "missing_field", row, id=default)
            continue
        row.setdefault("id", default)
        yield from_row(row, where, line, row["id"], settings)
