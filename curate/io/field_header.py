"""A text that opens with its fields: `Title:`, `URL:`, `Date:`, `Author:` lines above it.

A scraper's simplest article file writes the metadata it has as lines of `Name: value`, then a
blank line (or a rule) and the text: `f.write(f"Title: {title}\\nURL: {url}\\nDate: {date}\\n\\n
{text}")`, and Pelican's and MultiMarkdown's metadata in a `.md` have the same shape. Such a
file was read with its header as the text's first lines: the title stage took `Title: Council
approves budget` (its name with it) for the title, and the address and the date stayed in the
text. The header gives the title, the source (a web address under a name of `url_names` in
`curate/data/columns.yaml`) and the date and writers (`date_names`, `author_names`, for the
`bylines` stage, as a row's: io.row_metadata); the text is what follows it.

A header is `MIN_FIELDS` to `MAX_FIELDS` lines of a short name (one to three words) and a
value, one of them a title (`title_names`) and one a page's address, date or writer, closed by
a blank line or a rule over the text. One `Title:` line alone is not a header: a text may open
with a label so (tests/test_newcomer_round25.py), and Jina Reader's page, its fields between
blank lines, is read by io.jina_reader. Such a label (`label_title`: a name of `title_names`
alone on the first line, over a blank line or a rule) still names the title: the title stage
took the line, `Title: Ferry timetable changes`, label and all (session 45). Its value is now
the title and the text stays as written; the stage then removes the line as the title's repeat.

The same fields between `---` lines (a YAML front matter) over a `.txt` are such a header: a
scraper or a static site's export that saved its pages as text wrote them so, and the
fields were read as the text's first lines (session 41's newcomer round); the quotes around a
value are YAML's, not the title's.

The same fields without their names, a line each (`bare_header`): the page's address alone on
the first line, its date alone on the next, then its title over the text (the livedoor news
corpus's files, a scraper's `f.write(f"{url}\n{date}\n{title}\n{text}")`). The address
stayed the text's first line, the date was lost and the title not found (Japanese) or found
under the address (session 45's newcomer round). An address over prose, or a date without
an address above it, leaves the text as it was.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curate.document import Document

MIN_FIELDS = 2
MAX_FIELDS = 12
FIELD = re.compile(r"(?P<name>[^\W\d_][\w-]*(?: [\w-]+){0,2}):[ \t]*(?P<value>\S.{0,1999})")
CLOSE = re.compile(r"[ \t]*(?:(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*)?")  # a blank line or a rule


def field_header(text: str) -> tuple[str, dict[str, str]] | None:
    """(the text after the header, its fields by name as `io.row_metadata` reads a row's), or
    None when `text` opens with no such header (see the module)."""
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n", MAX_FIELDS + 3)
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    # `---` over the fields: a YAML front matter in a `.txt` (see the module)
    fenced = start < len(lines) and lines[start].rstrip() == "---"
    start += fenced
    fields: dict[str, str] = {}
    end = start
    while end < len(lines) and len(fields) <= MAX_FIELDS:
        found = FIELD.fullmatch(lines[end].rstrip())
        if found is None:
            break
        name = _key(found.group("name"))
        if name in fields:
            return None
        value = found.group("value").strip()
        fields[name] = _unquoted(value) if fenced else value
        end += 1
    if not MIN_FIELDS <= len(fields) <= MAX_FIELDS or end >= len(lines):
        return None
    closed = lines[end].rstrip() in ("---", "...") if fenced else CLOSE.fullmatch(lines[end])
    if not closed or not _names_a_page(fields):
        return None
    rest = "\n".join(lines[end + 1 :]) if end + 1 < len(lines) else ""
    rest = rest.strip("\n")
    return (rest, fields) if rest.strip() else None


# a date alone on its line: `2010-05-22T14:30:00+0900`, `2024-03-05`, `2024/03/05 10:11`
BARE_DATE = re.compile(
    r"\d{4}([-/.])\d{1,2}\1\d{1,2}"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[ ]?(?:Z|[+-]\d{2}:?\d{2}))?)?"
)
BARE_URL = re.compile(r"https?://[^\s/]+\.\S{0,2000}")  # an address alone on its line
MAX_TITLE = 300  # a title's characters, at most: a longer third line is the text's


def bare_header(text: str) -> tuple[str, dict[str, str]] | None:
    """(the text after an address, a date and a title a line each, those as fields), or None
    when `text` does not open so (see the module)."""
    lines = text.lstrip("\ufeff\r\n").replace("\r\n", "\n").split("\n", 3)
    if len(lines) < 4 or not BARE_URL.fullmatch(lines[0].strip()):
        return None
    if not BARE_DATE.fullmatch(lines[1].strip()):
        return None
    title, rest = lines[2].strip(), lines[3].strip("\n")
    fields = {"url": lines[0].strip(), "date": lines[1].strip()}
    if not title:  # no title: the text follows a blank line
        return (rest, fields) if rest.strip() else None
    if len(title) > MAX_TITLE or not rest.strip():
        return None
    return rest, {**fields, "title": title}


def label_title(text: str) -> str | None:
    """The value of a lone title label opening `text` (`Title: Ferry timetable changes`, a
    blank line or a rule, then the text), else None; the text keeps the line (see the module)."""
    from curate.io.text_siblings import _title_names

    head = text[: MAX_TITLE + 4096]  # the label's line and what follows it: no whole copy
    lines = head.lstrip("\ufeff\r\n").replace("\r\n", "\n").split("\n", 2)
    if len(lines) < 3 or not lines[2].strip() or not CLOSE.fullmatch(lines[1]):
        return None
    found = FIELD.fullmatch(lines[0].rstrip())
    if found is None or _key(found.group("name")) not in _title_names():
        return None
    value = found.group("value").strip()
    return value if len(value) <= MAX_TITLE else None


def _unquoted(value: str) -> str:
    """A YAML value without the quotes around it (`"Harbour reopens"`)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def with_field_header(doc: Document) -> Document:
    """`doc` with its header's title, source, date and writers, its text the rest; as it is
    when its text opens with no header."""
    found = field_header(doc.text)
    if found is None and doc.text.lstrip("\ufeff\r\n")[:4] == "http":
        found = bare_header(doc.text)
    if found is None:
        return doc
    from curate.document import PAGE_METADATA
    from curate.io.row_metadata import row_metadata

    doc.text, fields = found
    doc.title = doc.input_title = header_title(fields)
    doc.source = header_source(fields) or doc.source
    metadata = row_metadata(fields)  # its date and writers, for `bylines` (io.row_metadata)
    if metadata is not None:
        doc.labels[PAGE_METADATA] = metadata
    return doc


def header_source(fields: dict[str, str]) -> str | None:
    """The web address a header names under a name of `url_names`, else None."""
    for name in _names("url_names"):
        value = fields.get(name)
        if value is not None and value.startswith(("http://", "https://")):
            return value
    return None


def header_title(fields: dict[str, str]) -> str | None:
    from curate.io.text_siblings import _title_names

    return next((value for name, value in fields.items() if name in _title_names()), None)


def _names_a_page(fields: dict[str, Any]) -> bool:
    """A title among the fields, and a page's address, date or writer."""
    if header_title(fields) is None:
        return False
    named = {*_names("url_names"), *_names("date_names"), *_names("author_names")}
    return any(name in named for name in fields)


def _key(name: str) -> str:
    from curate.io.text_siblings import _title_key

    return _title_key(name)


@cache
def _names(table: str) -> tuple[str, ...]:
    from curate.resources import data_file

    return tuple(_key(name) for name in data_file("columns.yaml")[table])
