"""News collections in SGML: TREC's `<DOC>` files (AP, WSJ, FT, LA Times) and Reuters-21578.

The classic news corpora ship as files of SGML records with no root element, no extension or
`.sgml` / `.sgm` / `.trec` (AP's `ap880212`, `wsj.sgml`, Reuters-21578's `reut2-000.sgm`):

    <DOC>
    <DOCNO> AP880212-0001 </DOCNO>
    <HEAD>Reports Say Council Met</HEAD>
    <TEXT>
       The council met on Tuesday ...
    </TEXT>
    </DOC>

    <REUTERS TOPICS="YES" NEWID="1"><DATE>26-FEB-1987</DATE>
    <TEXT><TITLE>BAHIA COCOA REVIEW</TITLE><BODY>Showers continued ... Reuter &#3;</BODY></TEXT>
    </REUTERS>

Such a file was passed over (`.sgml 1`, or one of the files with no extension), or a `.txt` of
them read as ONE document of SGML. A file is told by its first bytes (a `<DOC>` line, its
`<DOCNO>` next, or `<REUTERS ... NEWID=` after its `<!DOCTYPE lewis ...>`), not by its name.
Each record is a document: its id the `DOCNO` (or `DOCID`, or the record's `NEWID`), its
title the `HEADLINE`, `HEAD`, `HL`, `TITLE` or `H3`, its text the `BODY`, else its `LP` and
`TEXT` elements, the markup inside taken off (`<P>` a paragraph break) and entities decoded.
A record without a text is a `missing_field` record, one the file ends inside a `truncated`
record, text outside the records a `malformed` one, each naming the file and the record's line.
"""

from __future__ import annotations

import html
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD = 4096  # bytes looked at to tell the kind
SUFFIXES = (".sgml", ".sgm", ".trec")  # TREC's and Reuters-21578's names
# a record's first line: `<DOC>`, `<DOC id=...>` is WikiExtractor's (io.wiki_extractor)
OPENS = re.compile(rb"(?i)<(DOC)>|<(REUTERS)\b[^>\n]*>")
DOCTYPE = re.compile(rb"(?i)<!DOCTYPE[^>\n]*>")
# the file's first record, told surely: `<DOC>` alone on its line and its `<DOCNO>` (or
# `<DOCID>`) next; Reuters' `<REUTERS ... NEWID="1">` (a note opening `<doc> is a tag.` is text)
FIRST = re.compile(rb"(?i)<DOC>[ \t]*\r?\n\s*<DOC(?:NO|ID)>|<REUTERS\b[^>\n]*\bNEWID=")
NEWID = re.compile(r'(?i)\bNEWID="([^"\n]*)"')
ID_TAGS = ("DOCNO", "DOCID")
TITLE_TAGS = ("HEADLINE", "HEAD", "HL", "TITLE", "H3")  # FT and LA Times, AP, WSJ, Reuters
TEXT_TAGS = ("LP", "TEXT")  # FT's and LA Times' lead paragraph, then the text
BESIDE = ("TITLE", "DATELINE", "AUTHOR", "BYLINE")  # inside Reuters' `<TEXT>`, not its text
TAG = re.compile(r"<[^<>]*>")  # a tag inside a field (no nesting, no backtracking)
PARAGRAPH = re.compile(r"(?i)</?P\b[^<>]*>")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # Reuters' `&#2;` `&#3;` around a story
BOM = b"\xef\xbb\xbf"
OUTSIDE = "a <DOC> record"  # where text between records stands, in its quarantine row


def might_be_sgml_docs(path: Path) -> bool:
    """A name such files go by: `.sgml`, `.sgm`, `.trec`, none (`ap880212`), `.txt`, each maybe
    compressed (`fr940104.gz`); the first bytes decide."""
    from curate.io.compressed import COMPRESSIONS

    name = path.name.lower()
    if name.startswith((".", "_")):
        return False
    for compression in COMPRESSIONS:
        if name.endswith(compression):
            name = name[: -len(compression)]
            break
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        return True
    return bool(stem) and f".{suffix}" in (*SUFFIXES, ".txt") or suffix.isdigit()


def is_sgml_docs(path: Path) -> bool:
    """The file (maybe compressed) opens with a record: `<DOC>`, or `<REUTERS ...>` after its
    `<!DOCTYPE>`."""
    from curate.io.compressed import first_bytes

    if not might_be_sgml_docs(path):
        return False
    head = first_bytes(path, HEAD, decompressed=True)
    if head is None:
        return False
    head = DOCTYPE.sub(b"", head.removeprefix(BOM).lstrip(), count=1).lstrip()
    return FIRST.match(head) is not None


def read_sgml_docs(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a record (see the module), in the file's order."""
    from curate.io.compressed import open_binary
    from curate.io.readers import Quarantined
    from curate.io.wiki_extractor import record_settings, stray_text

    settings = record_settings(reader)
    where = str(path)
    record: _Record | None = None
    stray = 0  # the first line of text outside a record, 0 for none
    line_no = 0
    try:
        with open_binary(path) as handle:
            for raw in handle:
                line_no += 1
                line = raw.removeprefix(BOM) if line_no == 1 else raw
                if record is None:
                    opened = OPENS.search(line)
                    if opened is None or line[: opened.start()].strip():
                        if line.strip() and not DOCTYPE.fullmatch(line.strip()):
                            stray = stray or line_no
                        continue
                    if stray:
                        yield stray_text(where, stray, line_no - 1, OUTSIDE)
                        stray = 0
                    record = _Record((opened.group(1) or opened.group(2)).decode(), line_no)
                    line = line[opened.start() :]
                record.add(line)
                if record.closed():
                    yield record.document(where, base_id, settings)
                    record = None
    except (OSError, EOFError, zlib.error) as err:
        why = f"could not read past line {line_no}: {type(err).__name__}: {err}"
        yield Quarantined(where, line_no + 1, "truncated", why)
        return
    if stray:
        yield stray_text(where, stray, line_no, OUTSIDE)
    if record is not None:
        yield record.cut(where, base_id)


class _Record:
    """The lines of one record, held up to the largest document (then only counted)."""

    def __init__(self, tag: str, start: int) -> None:
        from curate.io.readers import MAX_DOCUMENT_CHARS

        self.tag, self.start = tag, start
        self.close = f"</{tag}>".encode()
        self.lines: list[bytes] = []
        self.size = 0
        self.most = MAX_DOCUMENT_CHARS * 4  # bytes: no longer text fits in a document

    def add(self, line: bytes) -> None:
        self.size += len(line)
        if self.size <= self.most:
            self.lines.append(line)

    def closed(self) -> bool:
        return bool(self.lines) and self.close in self.lines[-1].upper()

    def cut(self, where: str, base_id: str) -> Any:
        from curate.io.readers import Quarantined

        said = f"a <{self.tag}> record with no </{self.tag}>: the file ends inside it (cut short?)"
        return Quarantined(where, self.start, "truncated", said, id=f"{base_id}-{self.start}")

    def document(self, where: str, base_id: str, settings: Any) -> Any:
        """The record's document, as the JSON Lines row `{id, title, text}` is read."""
        from curate.io.readers import Quarantined, decode, from_row

        row_id = f"{base_id}-{self.start}"
        if self.size > self.most:
            why = f"a <{self.tag}> record of more than {self.most:,} bytes"
            return Quarantined(where, self.start, "too_large", why, id=row_id)
        decoded = decode(b"".join(self.lines))
        if isinstance(decoded, str):
            return Quarantined(where, self.start, "encoding", decoded, id=row_id)
        source, encoding = decoded
        row: dict[str, Any] = {}
        found_id = next((v for v in (_field(source, t) for t in ID_TAGS) if v), None)
        newid = NEWID.search(source[: source.find(">") + 1])
        row["id"] = _flat(found_id) if found_id else newid.group(1) if newid else None
        title = next((v for v in (_field(source, t) for t in TITLE_TAGS) if v), None)
        row["title"] = _flat(title) if title else None
        body = _field(source, "BODY")
        parts = (
            [body] if body else [_without(p, BESIDE) for t in TEXT_TAGS for p in _fields(source, t)]
        )
        text = "\n\n".join(filter(None, (_plain(part) for part in parts)))
        if not text:
            why = f"the <{self.tag}> record holds no <BODY> or <TEXT> text"
            return Quarantined(where, self.start, "missing_field", why, id=row["id"] or row_id)
        row["text"] = text
        doc = from_row(row, where, self.start, default_id=row_id, settings=settings)
        if encoding != "utf-8" and not isinstance(doc, Quarantined):
            doc.labels["encoding"] = encoding
        return doc


def _fields(source: str, tag: str) -> Iterator[str]:
    """The contents of every `<tag ...>...</tag>` in `source`, in any case, found with `find`
    (linear: a tag never closed ends the search)."""
    upper = source.upper()
    opening, closing = f"<{tag}", f"</{tag}>"
    at = 0
    while True:
        start = upper.find(opening, at)
        if start < 0:
            return
        after = start + len(opening)
        if after < len(upper) and upper[after] not in "> \t\r\n":
            at = after  # `<HEADLINE` when looking for `<HEAD`
            continue
        body = upper.find(">", after)
        end = upper.find(closing, body + 1) if body >= 0 else -1
        if end < 0:
            return
        yield source[body + 1 : end]
        at = end + len(closing)


def _without(source: str, tags: tuple[str, ...]) -> str:
    """`source` without its `tags` elements (Reuters' `<TITLE>` and `<DATELINE>` inside its
    `<TEXT>`: a brief's title alone is no text)."""
    upper = source.upper()
    for tag in tags:
        closing = f"</{tag}>"
        start = upper.find(f"<{tag}>")
        end = upper.find(closing, start) if start >= 0 else -1
        if end >= 0:
            source = source[:start] + source[end + len(closing) :]
            upper = upper[:start] + upper[end + len(closing) :]
    return source


def _field(source: str, tag: str) -> str | None:
    return next(_fields(source, tag), None)


def _plain(part: str) -> str:
    """A field's text: `<P>` a paragraph break, other tags off, entities decoded, control
    characters out, each line's indent and the blank runs between paragraphs trimmed."""
    text = CONTROL.sub("", html.unescape(TAG.sub("", PARAGRAPH.sub("\n\n", part))))
    lines = [line.strip() for line in text.splitlines()]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def _flat(value: str) -> str:
    """A one-line field (an id, a title): its text on one line."""
    return " ".join(_plain(value).split())
