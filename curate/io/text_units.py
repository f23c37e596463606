"""A text file as many documents: one a line, or one a paragraph (`reader.sample_by`).

A `.txt` file is one document by default: a news article a file, as the seeds. Corpora are also
dumped as one document a line (a crawl's extracted texts, a sentence corpus) or as paragraphs
between blank lines; read as one document, 300 articles become one row and nothing says so.
`sample_by: line` and `sample_by: paragraph` (`curate run --sample-by`; the names of the
`datasets` text loader's `sample_by`) read each line, or each run of lines between blank lines,
as a document. Blank lines are no documents.

A unit is named `<file id>-<line>` (the line it starts on), as a JSON Lines row without an id,
and carries its line for the quarantine and the ledger. The file is streamed when it is UTF-8
(checked in a first pass that keeps nothing), so a file of any size is read in bounded memory;
a file in another encoding (a legacy code page, UTF-16) is decoded whole, as a one-document
file is, then split. A unit longer than `MAX_DOCUMENT_CHARS` is quarantined with its line.

`one_per_line` sniffs a file read whole that looks like one document a line, for a hint, and
`one_per_block` one that looks like articles between blank lines (session 29);
`split_hint` names the unit for a file too large to be one document.
"""

from __future__ import annotations

import codecs
import dataclasses
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from curate.document import Document
from curate.io.compressed import open_binary
from curate.io.cut_stream import cut_detail

if TYPE_CHECKING:
    from curate.io.readers import Quarantined

SAMPLE_BY = ("document", "line", "paragraph")
SNIFF_BYTES = 1 << 18  # what `one_per_line` reads of a file
WHOLE_MAX_BYTES = 1 << 30  # a file not in UTF-8 is decoded whole: up to this size
SNIFF_MIN_LINES = 20  # ... and what it wants to see: this many lines, none blank,
SNIFF_MIN_CHARS = 100  # ... of this median length (a paragraph, not a list of names)
# blocks between blank lines that look like articles, not an article's paragraphs: this many,
# of this median length (a news paragraph is 150 to 300 characters, an article thousands)
SNIFF_MIN_BLOCKS = 10
SNIFF_MIN_BLOCK_CHARS = 600


# what ends a line of decoded text (`str.splitlines` without the form feed, a page break that
# `_page_breaks` makes a paragraph's end, nor the vertical tab and file separators)
LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def read_text_units(
    path: Path, base_id: str, sample_by: str, rule: str | None = None
) -> Iterator[Document | Quarantined]:
    """The documents of one text file, a line or a paragraph each; with `rule` (a form of
    io.separated_articles), an article between such rules each, `<file id>-<number>`."""
    from curate.io.readers import NUL_BYTES, Quarantined, binary_kind, decode_text

    where = str(path)
    line_no = 0
    try:
        with _open(path) as handle:
            head = handle.read(SNIFF_BYTES)
        kind = binary_kind(head)
        if kind not in (None, NUL_BYTES):
            yield Quarantined(where, None, "binary", f"binary file ({kind}), not text")
            return
        if kind is None and _is_utf8(path):
            encoding = "utf-8"
            lines = _streamed(path)
        else:  # UTF-16/32 or a legacy code page: decoded whole, as a one-document file is
            with _open(path) as handle:
                data = handle.read(WHOLE_MAX_BYTES + 1)
            if len(data) > WHOLE_MAX_BYTES:
                yield Quarantined(
                    where,
                    None,
                    "too_large",
                    f"not UTF-8 and over {WHOLE_MAX_BYTES:,} bytes: such a file is decoded "
                    "whole; convert it to UTF-8 to read it a line at a time",
                )
                return
            decoded = decode_text(data, where)
            if isinstance(decoded, Quarantined):
                yield decoded
                return
            text, encoding = decoded
            lines = enumerate(LINE_BREAK.split(text), 1)  # \f: a page
        if rule is not None:  # a file of articles too large to read whole
            for number, (line_no, text) in enumerate(_articles(lines, rule), start=1):
                yield _document(where, base_id, line_no, text, encoding, number)
            return
        for line_no, text in _units(_page_breaks(lines), sample_by):
            yield _document(where, base_id, line_no, text, encoding)
    except (OSError, EOFError, zlib.error) as err:
        why = cut_detail(path, err)  # a cut .zst, .bz2: where it ends (io.cut_stream)
        yield Quarantined(
            where, line_no + 1, "truncated", f"could not read past line {line_no}: {why}"
        )


def _start(path: Path) -> tuple[str, bool] | None:
    """The text of the file's first `SNIFF_BYTES` and whether the file goes on past them."""
    try:
        with _open(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return None
    return _head_text(head), len(head) == SNIFF_BYTES


def article_rule(path: Path) -> str | None:
    """The form of the rules that part the start of a file into articles (a scraper's `---`
    after each; io.separated_articles), or None."""
    from curate.io.separated_articles import head_rule

    found = _start(path)
    return head_rule(*found) if found is not None else None


def one_per_line(path: Path) -> tuple[str, int] | None:
    """(lines seen, median characters) when the start of a file reads as one document a line:
    many long lines and not one blank line; else None. The count ends with "+" when the file
    goes on past what was read."""
    found = _start(path)
    if found is None:
        return None
    text, cut = found
    lines = LINE_BREAK.split(text)  # `\r\n`, a lone `\r` (classic Mac, in UTF-16 too)
    if cut:
        lines = lines[:-1]  # the last one is cut
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) < SNIFF_MIN_LINES or any(not line.strip() for line in lines):
        return None
    median = sorted(len(line) for line in lines)[len(lines) // 2]
    seen = f"{len(lines)}+" if cut else str(len(lines))
    return (seen, median) if median >= SNIFF_MIN_CHARS else None


def one_per_block(path: Path) -> tuple[str, int] | None:
    """(blocks seen, median characters) when the start of a file reads as one document a
    block between blank lines: `SNIFF_MIN_BLOCKS` blocks or more, each an article's length
    (a corpus of articles written `"\\n\\n".join(texts)`), not an article's paragraphs;
    else None. Read whole, such a file was one document, its articles glued, with no word."""
    found = _start(path)
    if found is None:
        return None
    text, cut = found
    blocks = re.split(r"(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)", text)
    if cut:
        blocks = blocks[:-1]  # the last one is cut
    blocks = [block for block in blocks if block.strip()]
    if len(blocks) < SNIFF_MIN_BLOCKS:
        return None
    median = sorted(len(block) for block in blocks)[len(blocks) // 2]
    seen = f"{len(blocks)}+" if cut else str(len(blocks))
    return (seen, median) if median >= SNIFF_MIN_BLOCK_CHARS else None


def _head_text(head: bytes) -> str:
    """A file's first bytes as text: UTF-16 and UTF-32 decoded as such (by their byte order
    mark or their NULs), so their lines and characters are counted as a UTF-8 file's are: a
    UTF-16 file of 30 articles a line was "31 lines of about 307 characters" (each NUL byte
    a character, the last `\n`'s NUL a line), one of 60-character lines taken for one of
    120, and its lone `\r` line ends were no lines at all. Anything else as UTF-8."""
    from curate.io.readers import WIDE_BOMS, _unmarked_utf16, _utf16_shape

    encoding = next((enc for bom, enc in WIDE_BOMS if head.startswith(bom)), None)
    if encoding is not None:
        head = head[len(b"\xff\xfe\x00\x00" if "32" in encoding else b"\xff\xfe") :]
    elif b"\x00" in head:
        encoding = _utf16_shape(head) or _unmarked_utf16(head)
    if encoding is None:
        return head.decode("utf-8", errors="replace")
    width = 4 if "32" in encoding else 2
    return head[: len(head) - len(head) % width].decode(encoding, errors="replace")


def split_hint(text: str) -> str:
    """How to read a text file too large for one document as many: a paragraph a document when
    its start has blank lines between blocks, else a line. A 12 MB `all_articles.txt` was
    quarantined with "document of 12,031,925 characters exceeds 10,000,000" and no more."""
    head = text[:SNIFF_BYTES].replace("\r\n", "\n")
    if "\n" not in head.strip():  # one line: `--sample-by line` gave the same one line, too long
        return (
            f"no line break in its first {len(head):,} characters: neither --sample-by line nor "
            "paragraph can split it; break it into lines first, e.g. "
            "`fold -s -w 100000 FILE > lines.txt`, then --sample-by line"
        )
    if "\n\n" in head.strip():
        return "a corpus in one file? a document a block between blank lines: --sample-by paragraph"
    return "a corpus in one file? a document a line: --sample-by line"


def json_lines(path: Path) -> tuple[str, list[str]] | None:
    """(lines seen, the first row's fields) when the start of a text file is JSON Lines, every
    line read a JSON object: a scraper's `output.txt` is often that, and read whole it is one
    document of JSON text (a line a document is no better: each is raw JSON). The count ends
    with "+" when the file goes on past what was read."""
    import json

    try:
        with _open(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return None
    lines = head.decode("utf-8-sig", errors="replace").split("\n")
    if len(head) == SNIFF_BYTES:
        lines = lines[:-1]  # the last one is cut
    lines = [line for line in lines if line.strip()]
    rows = []
    for line in lines:
        try:
            rows.append(json.loads(line))
        except ValueError:
            return None
    if len(rows) < 2 or not all(isinstance(row, dict) for row in rows):
        return None
    seen = f"{len(rows)}+" if len(head) == SNIFF_BYTES else str(len(rows))
    return seen, [str(key) for key in rows[0]]


def _open(path: Path) -> BinaryIO:
    from curate.io.line_ends import cr_only_file, lf_lines

    # a classic Mac file's lines end in a lone \r: each a line too (curate.io.line_ends)
    return lf_lines(open_binary(path)) if cr_only_file(path) else open_binary(path)


def _is_utf8(path: Path) -> bool:
    """Whether the whole file decodes as UTF-8, read in chunks (nothing kept)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with _open(path) as handle:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _streamed(path: Path) -> Iterator[tuple[int, str | None]]:
    """(number, text) of each line; None for a line too long for any document, whose bytes are
    passed over, never held."""
    from curate.io.readers import MAX_DOCUMENT_CHARS

    most = MAX_DOCUMENT_CHARS * 4  # bytes (UTF-8: at most 4 a character)
    with _open(path) as handle:
        line_no = 0
        while raw := handle.readline(most + 1):
            line_no += 1
            if len(raw) > most:
                while raw and not raw.endswith(b"\n"):  # the rest of the line, unread
                    raw = handle.readline(1 << 20)
                yield line_no, None
                continue
            text = raw.decode("utf-8")
            yield line_no, text.lstrip("\ufeff") if line_no == 1 else text


def _page_breaks(lines: Iterator[tuple[int, str | None]]) -> Iterator[tuple[int, str | None]]:
    """The lines with a form feed (a page break: `pdftotext` writes one after each page) as a
    blank line: the last paragraph of a page and the first of the next were one unit, glued by
    the `\f` (9 paragraphs on 3 pages read as 7)."""
    for line_no, line in lines:
        if line is None or "\f" not in line:
            yield line_no, line
            continue
        for i, piece in enumerate(line.split("\f")):
            if i:
                yield line_no, ""  # the page break ends a paragraph
            yield line_no, piece


def _units(
    lines: Iterator[tuple[int, str | None]], sample_by: str
) -> Iterator[tuple[int, str | None]]:
    """(first line, text) of each document: a non-blank line, or a run of them; None for a
    unit too long to be a document (what was read of it is let go)."""

    if sample_by != "line":
        yield from _runs(lines, lambda line: not line.strip())
        return
    for line_no, line in lines:
        if line is None or line.strip():
            yield line_no, None if line is None else line.rstrip("\r\n")


def _articles(
    lines: Iterator[tuple[int, str | None]], rule: str
) -> Iterator[tuple[int, str | None]]:
    """(first line, text) of each article between rules of the form `rule`."""
    from curate.io.separated_articles import is_rule

    yield from _runs(lines, lambda line: is_rule(line, rule))


def _runs(
    lines: Iterator[tuple[int, str | None]], ends: Callable[[str], bool]
) -> Iterator[tuple[int, str | None]]:
    """(first line, text) of each run of lines between lines that `ends` (a blank line, a
    rule), blank lines at either end off; None for a run too long to be a document (what was
    read of it is let go)."""
    from curate.io.readers import MAX_DOCUMENT_CHARS

    start, run, size = 0, [], 0
    for line_no, line in lines:
        if line is not None and ends(line):
            if run or size:
                yield start, _trimmed(run) if size <= MAX_DOCUMENT_CHARS else None
            run, size = [], 0
            continue
        if line is not None and not line.strip() and not run and not size:
            continue  # the blank lines under a rule are no part of the article
        if not run and not size:
            start = line_no
        size += len(line) if line is not None else MAX_DOCUMENT_CHARS + 1
        if size > MAX_DOCUMENT_CHARS:
            run = []  # too long already: its lines are counted, not kept
        else:
            run.append(line.rstrip("\r\n"))
    if run or size:
        yield start, _trimmed(run) if size <= MAX_DOCUMENT_CHARS else None


def _trimmed(run: list[str]) -> str:
    while run and not run[-1].strip():
        run.pop()
    return "\n".join(run)


def _document(
    where: str,
    base_id: str,
    line_no: int,
    text: str | None,
    encoding: str,
    number: int | None = None,
) -> Document | Quarantined:
    from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined, _too_large

    # a quarantined line names it too: `curate explain` finds it (an article: its number)
    doc_id = f"{base_id}-{line_no if number is None else number}"
    if text is None:
        return Quarantined(
            where, line_no, "too_large", f"longer than {MAX_DOCUMENT_CHARS:,} characters", id=doc_id
        )
    if len(text) > MAX_DOCUMENT_CHARS:
        return dataclasses.replace(_too_large(where, line_no, len(text)), id=doc_id)
    doc = Document(id=doc_id, text=text, source=where)
    doc.labels["encoding"] = encoding
    doc.labels["input_line"] = line_no
    return doc
