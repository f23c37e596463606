"""The fast extractor: Resiliparse's main-content extraction, for crawls too big for trafilatura.

`reader: {extractor: resiliparse}` in a recipe. Resiliparse parses and extracts a page in a
millisecond or two where trafilatura takes tens (`make bench`), at some cost in precision
(`make eval`: both extractors on both benchmarks), so trafilatura stays the default. The page
comes back in the shape the trafilatura reader gives (`curate.io.html.extract_page`): one
paragraph per block separated by blank lines, list items as "- " lines, the `<title>`, the
lines made of link text (`linked_lines`), and the author, date and site name from the page's
`<meta>` tags (what trafilatura also reads first) for the `bylines` stage. Bytes are decoded
as the trafilatura reader decodes them, so the two extractors see the same characters.
"""

from __future__ import annotations

import re
from typing import Any

from curate.io.html import KIND, MIN_ANCHOR_CHARS, linked_lines, paragraph_text
from curate.io.readers import Quarantined

BULLET = re.compile(r"^\s*•\s*", re.MULTILINE)  # Resiliparse's list bullet: "  • Item"
# <meta> tags read for `page_metadata`, first found wins, as trafilatura's own order reads them
META = {
    "author": ('meta[name="author"]', 'meta[property="article:author"]'),
    "date": (
        'meta[property="article:published_time"]',
        'meta[name="pubdate"]',
        'meta[name="date"]',
        'meta[itemprop="datePublished"]',
    ),
    "sitename": ('meta[property="og:site_name"]', 'meta[name="application-name"]'),
}


def extract_page_fast(
    html: str | bytes, where: str, line_no: int | None = None
) -> tuple[str, str | None, str | None, list[str], dict[str, Any]] | Quarantined:
    """(text, title, url, linked lines, page metadata) of a page, or why there is none."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    if isinstance(html, bytes):
        from trafilatura.utils import decode_file

        html = decode_file(html)  # the trafilatura reader's decoding: <meta>, then detection
    try:
        tree = HTMLTree.parse(html)
        raw = extract_plain_text(
            tree,
            main_content=True,
            alt_texts=False,
            form_fields=False,
            noscript=False,
            comments=False,
            links=False,
        )
    except Exception as err:  # a parser on arbitrary markup: one page must not stop the run
        return Quarantined(where, line_no, KIND, f"resiliparse failed: {type(err).__name__}: {err}")
    text = paragraph_text(BULLET.sub("- ", raw))
    if not text:
        return Quarantined(where, line_no, KIND, "no main text found in the page")
    title = (tree.title or "").strip() or None
    return text, title, None, linked_lines(text, _anchor_texts(tree)), _metadata(tree)


def _anchor_texts(tree: Any) -> set[str]:
    texts = set()
    body = tree.body
    if body is None:
        return texts
    for anchor in body.query_selector_all("a"):
        text = " ".join(anchor.text.split())
        if len(text) >= MIN_ANCHOR_CHARS:
            texts.add(text)
    return texts


def _metadata(tree: Any) -> dict[str, Any]:
    head = tree.head
    found: dict[str, Any] = {key: None for key in META}
    if head is None:
        return found
    for key, selectors in META.items():
        for selector in selectors:
            node = head.query_selector(selector)
            value = node.getattr("content") if node is not None else None
            if value and value.strip():
                found[key] = value.strip()
                break
    return found
