"""RSS and Atom feeds saved to disk: each `<item>` (`<entry>`) a document.

A news newcomer's first data is often feeds: `curl https://.../rss > bbc.xml`, a feed
reader's archive of `.rss` files, `feedparser`'s input. They were passed over as `.xml 1`
with no word of what would read them. An item's text is its full content
(`content:encoded`, Atom's `<content>`) or else its `<description>` (`<summary>`), as a row's
`text` (its tags, if any, are the `markup` stage's, with their edits); its title, link (the
`source`) and guid (the id; else `<file id>-<n>`) come along, and so do its date (`pubDate`,
`dc:date`, Atom's `published` or else `updated`) and writers (each `dc:creator`, else
`author`; Atom's authors' names) for the `bylines` stage, as a row's (io.row_metadata): they
were dropped, every item of a feed undated (session 45's newcomer round). An item with no text is a
`missing_field` record naming its number, a feed of no items an `empty` record, and a feed
that is no XML a `malformed_xml` record with the line and column.
A `.xml` file is read only when its root is a feed (`<rss>`, `<feed>`, `<rdf:RDF>`): a
sitemap or a config file is passed over as before. A feed saved under a name of no feed's
(`news.feed`, `feed` as `wget` saves WordPress's `/feed/`, `index.php?feed=rss2`, `rss.aspx`,
`feed.txt`) is told by its root the same way: it was passed over, or read as ONE text of XML.
A Blogger export (`feed.atom`) holds its settings and template as entries: they are skipped
and counted (`blog settings entry`), its posts and comments read.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")  # `.rdf`: RSS 1.0's
FEED_COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")  # `news.rss.gz`: a feed kept compressed
# names that say no feed, yet a feed is saved under them: `news.feed`, `news.rss2`, `feed.txt`;
# a server page's name (`index.php?feed=rss2`, `rss.aspx`) and none (`feed`): io.pages's
OTHER_SUFFIXES = frozenset({".feed", ".rss2", ".txt"})
SNIFF_BYTES = 4096
# the root element, after an XML declaration, processing instructions (a stylesheet), comments
# and a doctype: a `<feed>` element inside a config file is no feed
ROOT = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
    rb"<(?:rss|feed|rdf:RDF)[\s>]",
    re.DOTALL,
)
# Blogger's export (Takeout's `feed.atom`, "Back up content"): its settings and its template
# are entries of the feed, `<category scheme="...#kind" term="...kind#settings"/>`
KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
BLOG_SETUP = ("kind#settings", "kind#template")
BLOG_SETUP_KIND = "blog settings entry"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"  # Dublin Core: `dc:date`, `dc:creator`


def feed_suffix(path: Path) -> str | None:
    name = path.name.lower()
    for compression in FEED_COMPRESSIONS:  # `news.rss.gz` was read as ONE text of its XML
        name = name.removesuffix(compression)
    return next((s for s in FEED_SUFFIXES if name.endswith(s)), None)


def is_feed(path: Path) -> bool:
    """A `.rss`, `.atom` or `.xml` file, or one of a name that says no kind (`news.feed`,
    `rss.aspx`, `feed`), whose root element is a feed's."""
    if feed_suffix(path) is None and not _named_otherwise(path):
        return False
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, ValueError, zlib.error):
        return False
    return ROOT.match(head) is not None


def _named_otherwise(path: Path) -> bool:
    """A name a feed is saved under that names no feed (see the module)."""
    from curate.io.pages import PAGE_SUFFIXES, page_suffix

    name = path.name
    for compression in FEED_COMPRESSIONS:  # `news.feed.gz`
        name = name.removesuffix(compression).removesuffix(compression.upper())
    suffix = page_suffix(Path(name))
    return suffix in OTHER_SUFFIXES or suffix in PAGE_SUFFIXES


def _text(element: Any, *names: str) -> str | None:
    for name in names:
        found = element.find(name)
        if found is not None and (found.text or "").strip():
            return found.text
    return None


def _names(element: Any, path: str) -> list[str] | None:
    """The writers an item names under `path` (each `dc:creator`, each Atom author's name),
    or None."""
    names = [found.text.strip() for found in element.findall(path) if (found.text or "").strip()]
    return names or None


def _atom_link(entry: Any) -> str | None:
    for link in entry.findall(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return None


def _blog_setup(entry: Any) -> bool:
    """A Blogger export's entry of its settings or template, no post (see KIND_SCHEME)."""
    return any(
        category.get("scheme") == KIND_SCHEME and category.get("term", "").endswith(BLOG_SETUP)
        for category in entry.findall(f"{ATOM}category")
    )


def _items(root: Any) -> Iterator[dict[str, Any]]:
    """Each item of an RSS 2.0, RSS 1.0 (RDF) or Atom feed as a row; a text that stands
    elsewhere than in content or description (Atom's XHTML, YouTube's `media:description`,
    `itunes:summary`) from io.feed_texts."""
    from curate.io.feed_texts import other_text, xhtml_text
    from curate.io.wordpress_export import skipped_item

    for item in root.iter():
        tag = item.tag if isinstance(item.tag, str) else ""
        if tag == "item" and (wordpress := skipped_item(item)) is not None:
            yield {"skipped": wordpress}  # a WXR's picture, menu entry, trash (io.wordpress_export)
        elif tag in ("item", f"{RSS1}item"):
            body = _text(item, CONTENT, "description", f"{RSS1}description") or other_text(item)
            link = _text(item, "link", f"{RSS1}link")
            guid = _text(item, "guid")
            yield {
                "id": guid or link,
                "title": _text(item, "title", f"{RSS1}title"),
                "url": link,
                "text": body,
                "published": _text(item, "pubDate", f"{DC}date"),  # io.row_metadata's names
                "authors": _names(item, f"{DC}creator") or _names(item, "author"),
            }
        elif tag == f"{ATOM}entry" and _blog_setup(item):
            yield {"skipped": BLOG_SETUP_KIND}
        elif tag == f"{ATOM}entry":
            # the content first, in XHTML too: a plain summary beside it was read instead
            content = _text(item, f"{ATOM}content") or xhtml_text(item.find(f"{ATOM}content"))
            body = content or _text(item, f"{ATOM}summary") or other_text(item)
            link = _atom_link(item)
            yield {
                "id": _text(item, f"{ATOM}id") or link,
                "title": _text(item, f"{ATOM}title"),
                "url": link,
                "text": body,
                "published": _text(item, f"{ATOM}published", f"{ATOM}updated"),
                "authors": _names(item, f"{ATOM}author/{ATOM}name"),
            }


def read_feed(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The items of a feed file as documents (see the module)."""
    import xml.etree.ElementTree as ElementTree

    from curate.io.readers import Quarantined, Skipped, _naming, from_row

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:  # `news.rss.gz` decompressed
            root = ElementTree.parse(handle).getroot()
    except ElementTree.ParseError as err:
        line, column = err.position
        yield Quarantined(
            where,
            line,
            "malformed_xml",
            f"not a readable feed: line {line}, column {column}: {err}",
        )
        return
    except (OSError, EOFError, zlib.error) as err:
        yield Quarantined(where, None, "unreadable", f"could not read the feed: {err}")
        return
    number = 0
    for number, row in enumerate(_items(root), start=1):
        row = {key: value for key, value in row.items() if value is not None}
        if "skipped" in row:  # a blog's settings, a WordPress menu entry: counted by kind
            yield Skipped(row["skipped"])
            continue
        if "text" not in row:
            yield Quarantined(
                where,
                number,
                "missing_field",
                "the feed's item has no content or description",
                id=str(row.get("id") or f"{base_id}-{number}"),
            )
            continue
        yield from_row(row, where, number, f"{base_id}-{number}", settings)
    if number == 0:  # a feed of no items: said, not silence
        yield Quarantined(where, None, "empty", "a feed with no <item> or <entry>: nothing to read")
