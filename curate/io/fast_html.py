"""The fast extractor: Resiliparse's main-content extraction, for crawls too big for trafilatura.

`reader: {extractor: resiliparse}` in a recipe. Resiliparse parses and extracts a page in a
millisecond or two where trafilatura takes tens (`make bench`), at some cost in precision
(`make eval`: both extractors on both benchmarks), so trafilatura stays the default. The page
comes back in the shape the trafilatura reader gives (`curate.io.html.extract_page`): one
paragraph per block separated by blank lines, list items as "- " lines, the `<title>`, the
lines made of link text (`linked_lines`), and the author, date and site name from the page's
`<meta>` tags (what trafilatura also reads first) for the `bylines` stage, and the lines the
markup gives to an image (`captioned_lines`, by `io.captions`' rules on Resiliparse's tree).
Bytes are decoded as the trafilatura reader decodes them, so the two extractors see the same
characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from typing import Any

from curate.io.captions import FIND_CSS, caption_texts, captioned_lines
from curate.io.html import KIND, MIN_ANCHOR_CHARS, linked_lines, no_text_reason
from curate.io.page_metadata import HEAD_CSS, from_resiliparse
from curate.io.readers import Quarantined

# found with two searches, not one lazy `<a ...>(.*?)</a>`: ten times faster on real pages
ANCHOR_OPEN = re.compile(r"<[aA](?:\s[^>]*)?>")
ANCHOR_CLOSE = re.compile(r"</[aA]\s*>")
# the same two as one pattern: an opening tag, then everything up to the first closing tag
# (`[^<]*` runs between the `<` that close no link: no character-by-character lazy match)
ANCHOR = re.compile(r"<[aA](?:\s[^>]*)?>([^<]*(?:<(?!/[aA]\s*>)[^<]*)*)</[aA]\s*>")
OPEN_TAIL = 16  # `<a` between the last `>` and the last `</a>` the one pattern may try
TAG = re.compile(r"<[^>]*>")
BODY = re.compile(r"<body\b", re.IGNORECASE)
# <meta> tags read for `page_metadata`, first found in the `<head>` wins, as trafilatura's own
# order reads them: (attribute, value), compared as written
META = {
    "author": (("name", "author"), ("property", "article:author")),
    "date": (
        ("property", "article:published_time"),
        ("name", "pubdate"),
        ("name", "date"),
        ("itemprop", "datePublished"),
    ),
    "sitename": (("property", "og:site_name"), ("name", "application-name")),
}
META_NODES_CSS = "meta:is({})".format(
    ", ".join(f'[{attribute}="{value}"]' for pairs in META.values() for attribute, value in pairs)
)
# the nodes the captions, the page metadata and `META` start from, in one search of the tree
# (a search walks the whole tree: two of them cost 0.35 ms a page, one 0.24; `META` asked of
# the `<head>` a selector at a time cost 0.06 ms)
PAGE_CSS = f"{FIND_CSS}, {HEAD_CSS}, {META_NODES_CSS}"
BULLET = re.compile(r"^\s*•\s*", re.MULTILINE)  # Resiliparse's list bullet: "  • Item"


def extract_page_fast(
    html: str | bytes, where: str, line_no: int | None = None
) -> tuple[str, str | None, str | None, list[str], dict[str, Any], list[str]] | Quarantined:
    """(text, title, url, linked lines, page metadata, captioned lines) of a page, or why there
    is none. The captioned lines by the trafilatura reader's rules, on Resiliparse's tree
    (`io.captions`)."""
    from resiliparse.extract.html2text import extract_plain_text

    if isinstance(html, bytes):
        from curate.io.page_decode import decode_page

        html = decode_page(html)  # the trafilatura reader's decoding (`decode_file`)
    try:
        tree = _parsed(html)
        raw = extract_plain_text(
            tree,
            main_content=True,
            alt_texts=False,
            form_fields=False,
            noscript=False,
            comments=False,
            links=False,
        )
        found = _page_nodes(tree)
        captions = caption_texts(tree, found)  # io.captions: the rules of the trafilatura reader
    except Exception as err:  # a parser on arbitrary markup: one page must not stop the run
        return Quarantined(where, line_no, KIND, f"resiliparse failed: {type(err).__name__}: {err}")
    # spaces inside a line collapsed, as trafilatura's own output is (NBSP runs included); then
    # `paragraph_text`, whose strip and test of each line are those of `str.split`: the empty
    # lines go, the others are as they are
    if "•" in raw:
        raw = BULLET.sub("- ", raw)
    text = "\n\n".join(filter(None, [" ".join(line.split()) for line in raw.split("\n")]))
    if not text:
        return Quarantined(where, line_no, KIND, no_text_reason(html))
    title = (tree.title or "").strip() or None
    metadata = _metadata(tree, found)
    metadata.update(from_resiliparse(tree, html, found))  # JSON-LD, microdata, <meta>
    captioned = captioned_lines(text, captions)
    return text, title, None, linked_lines(text, _anchor_texts(html)), metadata, captioned


def _parsed(html: str) -> Any:
    """Resiliparse's tree of the page: a function of its own, as `_page_nodes`, so that
    `bench_warc --parts` can time it (the methods of Resiliparse's compiled types cannot be
    wrapped): the parse and the search are a quarter of the fast reader's time."""
    from resiliparse.parse.html import HTMLTree

    return HTMLTree.parse(html)


def _page_nodes(tree: Any) -> list[Any]:
    """The nodes of the one search of the tree for the captions and the page metadata."""
    return tree.document.query_selector_all(PAGE_CSS).values()


def _anchor_texts(html: str) -> set[str]:
    """The page's link texts, whole and piece by piece, as the trafilatura reader collects them.

    Read from the markup with a pattern: asking Resiliparse for each link's text builds a Python
    object per node below it, which cost 60 ms a page, fifty times the extraction itself. Each
    link is the first `<a ...>` from where the last one closed and the first `</a>` after it
    (`_anchor_texts_stepwise` finds them one search at a time; this finds them with one)."""
    texts: set[str] = set()
    body = BODY.search(html)
    start = body.start() if body else 0
    last = _last_link_close(html, start)  # a link opened after it has no text: no search past it
    if last is None:
        return texts
    closing_at, end = last
    # A link opened after the last `>` before that `</a>` has its opening tag run into it, and
    # no `</a>` after: each such `<a` costs the pattern a scan up to it (`"<a " * 8000` took
    # 0.8 s), where the stepwise search stops at the first. Many of them: the stepwise search
    # (up to that `</a>`: past it, each `<a` with no `>` after it would cost it a scan too).
    tail = html.rfind(">", start, closing_at) + 1
    if html.count("<a", tail, closing_at) + html.count("<A", tail, closing_at) > OPEN_TAIL:
        return _anchor_texts_stepwise(html[:end], _tag_split)
    for inner in ANCHOR.findall(html, start, end):
        if len(inner) < MIN_ANCHOR_CHARS:
            continue  # no text made of it is longer: tags and entities are longer than they read
        if "<" not in inner and "&" not in inner:  # most links: plain text, one piece
            text = " ".join(inner.split())
            if len(text) >= MIN_ANCHOR_CHARS:
                texts.add(text)
            continue
        # the whole link's text first: each piece's is a part of it, so when the whole is too
        # short no piece is long enough; and unescaping never lengthens a text, so a piece
        # shorter than the minimum as markup is too short as text (most pieces are the blanks
        # between tags: unescaped and split one by one, they were half of the link texts' time)
        pieces = _tag_split(inner)
        whole = " ".join(unescape(" ".join(pieces)).split())
        if len(whole) < MIN_ANCHOR_CHARS:
            continue
        texts.add(whole)
        for piece in pieces:
            if len(piece) >= MIN_ANCHOR_CHARS:
                text = " ".join(unescape(piece).split())
                if len(text) >= MIN_ANCHOR_CHARS:
                    texts.add(text)
    return texts


def _tag_split(inner: str) -> list[str]:
    """`TAG.split(inner)`, in linear time: after a `<` with no `>` behind it no tag can start,
    where the pattern tries every later `<` again (`"<a " * 50000` inside one link: 2 s)."""
    if inner.rfind(">") > inner.rfind("<"):  # each `<` has a `>` after it: one pass of the
        return TAG.split(inner)  # pattern, in C (a link's few tags cost a Python loop a page)
    pieces = []
    position = 0
    while True:
        opening = inner.find("<", position)
        closing = inner.find(">", opening + 1) if opening >= 0 else -1
        if closing < 0:
            pieces.append(inner[position:])
            return pieces
        pieces.append(inner[position:opening])
        position = closing + 1


def _last_link_close(html: str, start: int) -> tuple[int, int] | None:
    """Where the last `</a>` at or after `start` begins and ends, None when there is none."""
    end = len(html)
    while True:
        # the last `</a`, then a `</A` only after it: most pages have none, and a search of
        # the whole page for one was a quarter of the link texts' time
        lower = html.rfind("</a", start, end)
        at = max(lower, html.rfind("</A", max(lower, start), end))
        if at < 0:
            return None
        closing = ANCHOR_CLOSE.match(html, at)
        if closing is not None:
            return at, closing.end()
        end = at  # `</article>`, `</abbr>`: the one before it, then


def _anchor_texts_stepwise(html: str, split: Callable[[str], list[str]] = TAG.split) -> set[str]:
    """`_anchor_texts` as it was written first, two searches a link: the reference its tests
    hold the one-pattern version to (with `TAG.split`), and its way on markup the one pattern
    would search quadratically (with `_tag_split`)."""
    texts = set()
    body = BODY.search(html)
    position = body.start() if body else 0
    while True:
        opening = ANCHOR_OPEN.search(html, position)
        closing = ANCHOR_CLOSE.search(html, opening.end()) if opening else None
        if closing is None:
            return texts
        inner = html[opening.end() : closing.start()]
        position = closing.end()
        pieces = [" ".join(unescape(piece).split()) for piece in split(inner)]
        for text in (" ".join(" ".join(pieces).split()), *pieces):
            if len(text) >= MIN_ANCHOR_CHARS:
                texts.add(text)


def _metadata(tree: Any, found: list[Any]) -> dict[str, Any]:
    """`META` of the `<head>`: for each key, the first of its (attribute, value) pairs whose
    first `<meta>` there has a content, as `head.query_selector` of each read it."""
    head = tree.head
    result: dict[str, Any] = {key: None for key in META}
    if head is None:
        return result
    metas = [node for node in found if node.tag == "meta" and head.contains(node)]
    for key, pairs in META.items():
        for attribute, value in pairs:
            node = next((node for node in metas if node.getattr(attribute) == value), None)
            content = node.getattr("content") if node is not None else None
            if content and content.strip():
                result[key] = content.strip()
                break
    return result
