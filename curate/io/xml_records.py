"""An `.xml` file of records: `df.to_xml()`, a CMS's or scraper's export of articles.

pandas' `df.to_xml("news.xml")` writes `<data><row><index>0</index><id>a1</id><text>...</text>
</row>...</data>` (`pd.read_xml` reads it back), and many exports are `<articles><article
id="a1"><title>...</title><body>...</body></article>...</articles>`. Such a file was passed
over as "XML that is no RSS or Atom feed (a sitemap): no reader", every article left out. The
root's children of its most common tag are the records, read as a JSON object's fields are:
each attribute and each child element by its name (without a namespace), a child's text its
value; a child holding text with markup (`Some <b>bold</b> text`) its text whole, a child of
paragraph elements (`<body><p>...</p><p>...</p></body>`) its paragraphs. A record is a
document through the same fields as a row (`text`, or a known name such as `content` or
`body`; `id`, `title`, `url`), its number in the file its line. A file is read only when a
record among the first `SNIFF_RECORDS` holds a text under such a field: a sitemap or a
config file is passed over as before. Feeds stay io.feeds'.

Session 28: one page's text as XML, the root the record. trafilatura's `--xml` output
(`<doc title=".." url=".." date=".."><main><p>..</p><head>..</head></main><comments/></doc>`)
and its `--xml-tei` (`<TEI><teiHeader>..<title>..</title>..</teiHeader><text><body><div>
<p>..</p></div></body></text></TEI>`) were passed over as "XML that is no RSS or Atom feed (a
sitemap)": a folder of a scraper's pages left out. When no child of the root is a record with
a text, the root is one (`_root_record`): its attributes, and each child's blocks (`p`, `head`,
`item`, `quote`, ...) a paragraph each; trafilatura's `main` is the text, the first `title`
element the title when no attribute names one.

Session 44: a TEI file (trafilatura's `--xml-tei`, any TEI corpus) read so took every block
of its root: the readers' comments (`<div type="comments">`) were the article's last
paragraphs, and its writers (`titleStmt/author`), date (`publicationStmt/date`) and address
(`ptr type="URL"`) were lost, the file its source. Its `text/body` less its comments is the
text, its header's fields the row's (`_tei_record`); a `teiCorpus` holds one a record.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

XML_SUFFIXES = (".xml",)
SCRAPY_ITEM = "value"  # the element Scrapy's XmlItemExporter writes a list's item in
SNIFF_RECORDS = 100  # records looked at for one holding a text
MAX_XML_BYTES = 1 << 28  # parsed whole; a larger file is passed over (io.readers' hint)


def _name(tag: Any) -> str | None:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else None  # `{ns}text` -> `text`


def _value(element: Any) -> str | None:
    """A child element's value: its text, its text with markup, or its paragraphs."""
    children = [c for c in element if isinstance(c.tag, str)]
    own = (element.text or "").strip() or any((c.tail or "").strip() for c in children)
    if not children or own:
        text = "".join(element.itertext())
        return text if text.strip() else None
    raw = ["".join(child.itertext()) for child in children]  # `<p>Some <b>bold`
    from curate.io.text_nodes import joined_nodes

    # Scrapy's XML export writes a list an item a `<value>`: text nodes of `//text()` too
    listed = all(_name(child.tag) == SCRAPY_ITEM for child in children)
    nodes = joined_nodes(raw) if listed else None  # (io.text_nodes; a `<p>`'s are its own)
    if nodes is not None:
        return nodes or None
    parts = [part.strip() for part in raw]
    joined = "\n\n".join(part for part in parts if part)
    return joined or None


def _row(element: Any, value_of: Callable[[Any], str | None] | None = None) -> dict[str, Any]:
    """`element`'s attributes and children as fields; a child's value by `value_of` (`_value`
    unless given)."""
    value_of = value_of or _value
    row: dict[str, Any] = {}
    for key, value in element.attrib.items():
        name = _name(key)
        if name is not None:
            row.setdefault(name, value)
    for child in element:
        name = _name(child.tag)
        if name is not None and name not in row:
            row[name] = value_of(child)
    return row


# elements a page's text is made of, a paragraph each (trafilatura's XML and TEI)
BLOCKS = frozenset({"p", "head", "item", "quote", "code", "cell", "ab"})
MAIN = "main"  # trafilatura's element of the page's main text


def _paragraphs(element: Any) -> str | None:
    """The text of `element`'s blocks (see `BLOCKS`), a block a paragraph, in order."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if _name(node.tag) in BLOCKS:
            text = " ".join("".join(node.itertext()).split())
            if text:
                parts.append(text)
            return
        for child in node:
            walk(child)

    walk(element)
    return "\n\n".join(parts) or None


def _root_record(root: Any) -> dict[str, Any]:
    """The root as one record (see the module): a page's text as XML."""
    row = _row(root, _paragraphs)
    if not row.get("text") and row.get(MAIN):
        row["text"] = row.pop(MAIN)
    if not row.get("title"):
        title = next((e for e in root.iter() if _name(e.tag) == "title"), None)
        found = " ".join("".join(title.itertext()).split()) if title is not None else ""
        if found:
            row["title"] = found
    return row


TEI = "TEI"  # the root of a TEI document (`<TEI xmlns="http://www.tei-c.org/ns/1.0">`)
COMMENTS = "comments"  # trafilatura's `<div type="comments">`: readers' words, no text


def _tei_record(root: Any) -> dict[str, Any]:
    """A TEI document as one record (see the module): the body's blocks but its comments',
    the header's first title, its writers, its date and its web address; the day it was
    fetched (`<date type="download">`) is the crawl's."""
    header = _named(root, "teiHeader")
    found: dict[str, list[Any]] = {}
    for element in header[0].iter() if header else ():  # a `<bibl>` in the body is no field
        found.setdefault(_name(element.tag) or "", []).append(element)
    row: dict[str, Any] = {}
    body = next(iter(_named(root, "body")), None)
    if body is not None:
        kept = [child for child in body if child.get("type") != COMMENTS]
        row["text"] = "\n\n".join(filter(None, map(_paragraphs, kept))) or None
    titles = found.get("title", [])
    title = next((t for t in titles if t.get("type") == "main"), next(iter(titles), None))
    row["title"] = _words(title) if title is not None else None
    row["author"] = list(dict.fromkeys(filter(None, map(_words, found.get("author", [])))))
    for date in found.get("date", []):
        key = "date_download" if date.get("type") == "download" else "date"
        row.setdefault(key, date.get("when") or _words(date) or None)
    pointers = (p.get("target") for p in found.get("ptr", []) if p.get("type") == "URL")
    row["url"] = next(pointers, None)
    return {key: value for key, value in row.items() if value}


def _named(root: Any, name: str) -> list[Any]:
    """`root`'s elements named `name` (in any namespace), in document order."""
    return [element for element in root.iter() if _name(element.tag) == name]


def _words(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def _rows(root: Any, settings: Any) -> tuple[list[dict[str, Any]], Any]:
    """The records of a parsed file and the settings they read with (None: no text held)."""
    if _name(root.tag) == TEI:  # a TEI document is one record (see the module)
        rows = [_tei_record(root)]
        return rows, _settings(rows, settings)
    # a `teiCorpus` of TEI documents: each one record
    rows = [_tei_record(r) if _name(r.tag) == TEI else _row(r) for r in _records(root)]
    found = _settings(rows, settings)
    if found is None:  # a page's text: the root is the record
        rows = [_root_record(root)]
        found = _settings(rows, settings)
    return rows, found


def _root(path: Path) -> Any:
    import xml.etree.ElementTree as ElementTree

    return ElementTree.parse(path).getroot()


def _records(root: Any) -> list[Any]:
    children = [child for child in root if isinstance(child.tag, str)]
    if not children:
        return []
    tag, _ = Counter(child.tag for child in children).most_common(1)[0]
    return [child for child in children if child.tag == tag]


def _settings(rows: list[dict[str, Any]], settings: Any) -> Any:
    """The settings the rows are read with (a known text field: io.text_aliases), or None
    when no row looked at holds a text."""
    from curate.io.json_values import holds_text
    from curate.io.text_aliases import aliased

    for row in rows[:SNIFF_RECORDS]:
        found = aliased(settings, row)
        if holds_text(row, found.text_fields) and any(
            isinstance(row.get(name), str) and row[name].strip()
            for name in (*found.text_fields, "html")
        ):
            return found
    return None


def holds_xml_records(path: Path, fields: tuple[str, ...]) -> bool:
    """An `.xml` file (no feed) whose records hold a text (see the module)."""
    import xml.etree.ElementTree as ElementTree

    from curate.io.feeds import is_feed
    from curate.io.settings import ReaderSettings

    if not path.name.lower().endswith(XML_SUFFIXES) or is_feed(path):
        return False
    try:
        if path.stat().st_size > MAX_XML_BYTES:
            return False
        root = _root(path)
        named = fields[0] if len(fields) == 1 else fields
        return _rows(root, ReaderSettings(text_field=named))[1] is not None
    except (ElementTree.ParseError, OSError, zlib.error, ValueError, RecursionError):
        return False


def read_xml_records(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The records of an `.xml` file as documents (see the module)."""
    import xml.etree.ElementTree as ElementTree

    from curate.io.readers import Quarantined, _naming, from_row

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    try:
        root = _root(path)
    except ElementTree.ParseError as err:
        line, column = err.position
        why = f"not readable XML: line {line}, column {column}: {err}"
        yield Quarantined(where, line, "malformed_xml", why)
        return
    except (OSError, zlib.error) as err:
        yield Quarantined(where, None, "unreadable", f"could not read the file: {err}")
        return
    rows, found = _rows(root, settings)
    found = found or settings
    for number, row in enumerate(rows, start=1):
        yield from_row(row, where, number, f"{base_id}-{number}", found)
