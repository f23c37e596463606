"""A row of both a page's `html` and its `text`: the text is the row's, what the page states
about itself fills what the row lacks.

Crawler exports keep the fetched page beside the text they extracted from it (`{"url",
"html", "text"}`; a scraper's `{"html", "text", "status"}`; Common Crawl tools' rows). The
reader read such a row's text and nothing of its page: a row with no `title`, date, writers or
address had none, though its `<title>`, `<meta>`, JSON-LD and canonical link named them
(session 44's newcomer round). The page is now read as an `html`-only row's is
(`io.html.extract_page`, the recipe's extractor): its title fills a row of no title, its
address a row of no address, its date and writers (`page_metadata`) a row that names none;
what the row states wins, and its text is never replaced. The page's link and caption lines
are not taken: they describe the extractor's text, not the row's.
"""

from __future__ import annotations

from typing import Any

from curate.document import PAGE_METADATA, Document
from curate.io.page_metadata import BYLINE_TEXTS, HEADER_TEXTS, STRUCTURED_AUTHORS, STRUCTURED_DATE

# the page's keys a row's own date or writers stand for (the `bylines` stage reads them all)
_DATE_KEYS = ("date", STRUCTURED_DATE)
_AUTHOR_KEYS = ("author", STRUCTURED_AUTHORS, BYLINE_TEXTS, HEADER_TEXTS)


def with_page_fields(
    doc: Document, html: str, where: str, line_no: int | None, extractor: str, sourced: bool
) -> Document:
    """`doc` (read from a row's text) with its page's title, address, date and writers where
    the row gave none; `sourced`: the row named its own address."""
    from curate.io.html import extract_page

    if _lacks_nothing(doc, sourced):  # the page is read only for what the row lacks
        return doc
    page = extract_page(html, where, line_no, extractor=extractor)
    if not isinstance(page, tuple):  # no main text to the extractor: nothing taken
        return doc
    _, title, url, _, metadata, _ = page
    if doc.title is None and title:
        doc.title = doc.input_title = title
    if not sourced and url:
        doc.source = url
    doc.labels[PAGE_METADATA] = _merged(metadata, doc.labels.get(PAGE_METADATA) or {})
    return doc


def _merged(page: dict[str, Any], row: dict[str, Any]) -> dict[str, Any]:
    """The page's metadata less what the row's date or writers stand for, then the row's."""
    dropped = (
        *(_DATE_KEYS if "date" in row else ()),
        *(_AUTHOR_KEYS if STRUCTURED_AUTHORS in row else ()),
    )
    return {**{k: v for k, v in page.items() if k not in dropped}, **row}


def _lacks_nothing(doc: Document, sourced: bool) -> bool:
    """A row naming its title, address, date and writers takes nothing from its page, so its
    page is not extracted (reading one costs a page's extraction: 0.75 ms a small page)."""
    row = doc.labels.get(PAGE_METADATA) or {}
    return doc.title is not None and sourced and "date" in row and STRUCTURED_AUTHORS in row
