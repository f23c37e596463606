"""IPTC NewsML-G2 files: a news agency's items (`<newsItem>`) or a message of them
(`<newsMessage><itemSet><newsItem>...`), as AP, AFP, dpa, ANSA and Reuters deliver them.

Such a file (`.xml`, `.newsml`) was passed over as "XML that is no RSS or Atom feed": an
agency's feed left out whole. A file is told by its root element (`newsItem`, `newsMessage`)
in NewsML-G2's namespace (`http://iptc.org/std/nar/2006-10-01/`), not by its name. Each
`newsItem` is a document: its `guid` the id, `contentMeta/headline` the title (else
`itemMeta/title`), the text its first content of text in `contentSet`: NITF's `body.content`
(`inlineXML` of `application/nitf+xml`), an XHTML `body`, or plain `inlineData`; a block
element (`p`, `hl2`, `li`, ...) a paragraph. An item without text (a picture's item, which
holds `remoteContent` alone) is skipped and counted by kind; a file that does not parse is one
`malformed_xml` record with its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NEWSML_SUFFIXES = (".xml", ".newsml")
NAR = "{http://iptc.org/std/nar/2006-10-01/}"
SNIFF_BYTES = 4096
# the root element after a declaration, processing instructions, comments and a doctype
ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:[\w-]{1,40}:)?(?:newsItem|newsMessage)[\s>]",
    re.DOTALL,
)
NAMESPACE = b"iptc.org/std/nar/2006-10-01"
BLOCKS = frozenset("p hl1 hl2 h1 h2 h3 h4 h5 h6 li blockquote pre dd dt td".split())
NO_TEXT = "newsml item without text (a picture, a graphic)"


def is_newsml(path: Path) -> bool:
    """An `.xml` / `.newsml` file whose root is a NewsML-G2 item or message."""
    if not path.name.lower().endswith(NEWSML_SUFFIXES):
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    return ROOT.match(head) is not None and NAMESPACE in head


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _blocks(element: Any) -> str | None:
    """`element`'s text, a block element (`p`, `hl2`) a paragraph; its text whole without."""
    parts: list[str] = []
    for child in element.iter():
        if child is not element and _local(child.tag) in BLOCKS:
            if any(_local(inner.tag) in BLOCKS for inner in child.iter() if inner is not child):
                continue  # `<blockquote><p>`: its paragraphs are read
            text = " ".join("".join(child.itertext()).split())
            if text:
                parts.append(text)
    if not parts:
        whole = "".join(element.itertext()).strip()
        parts = [part.strip() for part in re.split(r"\n[ \t]*\n", whole) if part.strip()]
    return "\n\n".join(parts) or None


def _content(item: Any) -> str | None:
    """The text of an item's first content of text (see the module)."""
    content_set = item.find(f"{NAR}contentSet")
    if content_set is None:
        return None
    for content in content_set:
        kind = _local(content.tag)
        if kind == "inlineData":
            text = (content.text or "").strip()
            if text:
                return "\n\n".join(p.strip() for p in re.split(r"\n[ \t]*\n", text) if p.strip())
        elif kind == "inlineXML":
            body = next((e for e in content.iter() if _local(e.tag) == "body.content"), None)
            if body is None:  # XHTML: its `body`, not its `head`'s title
                body = next((e for e in content.iter() if _local(e.tag) == "body"), content)
            text = _blocks(body)
            if text:
                return text
    return None


def _first_text(item: Any, path: str) -> str | None:
    found = item.find(path)
    text = " ".join("".join(found.itertext()).split()) if found is not None else ""
    return text or None


def read_newsml(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a `newsItem` with text, in the file's order (see the module)."""
    from curate.io.readers import Quarantined, Skipped, _naming, from_row
    from curate.io.xml_files import parse_xml

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    root = parse_xml(path, "readable NewsML")
    if isinstance(root, Quarantined):
        yield root
        return
    items = [root] if _local(root.tag) == "newsItem" else list(root.iter(f"{NAR}newsItem"))
    if not items:
        yield Quarantined(where, None, "empty", "a NewsML message with no newsItem: no text")
        return
    for number, item in enumerate(items, 1):
        text = _content(item)
        if text is None:
            yield Skipped(NO_TEXT)
            continue
        row = {"text": text}
        title = _first_text(item, f"{NAR}contentMeta/{NAR}headline")
        title = title or _first_text(item, f"{NAR}itemMeta/{NAR}title")
        if title:
            row["title"] = title
        if item.get("guid"):
            row["id"] = item.get("guid")
        yield from_row(row, where, number, f"{base_id}-{number}", settings)
