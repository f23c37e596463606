"""An HTML fragment (`<p>...</p><p>...</p>`) read as the page it is the body of.

A CMS export or an API gives an article's body as HTML without `<html>` or `<body>` (a row's
`html` field, a `.html` file per article); trafilatura's parser takes a document that opens
with a paragraph for no document at all, and the article was quarantined "no main text found
in the page". Wrapped in a page's body, it is read as any page is.
"""

from __future__ import annotations

import re

ELEMENT = re.compile(r"<[A-Za-z]")
ELEMENT_BYTES = re.compile(rb"<[A-Za-z]")


def as_page(html: str | bytes) -> str | bytes:
    """`html` inside `<html><body>...</body></html>`."""
    if isinstance(html, bytes):
        return b"<html><body>" + html + b"</body></html>"
    return f"<html><body>{html}</body></html>"


def holds_elements(html: str | bytes) -> bool:
    """Whether `html` opens an element: a page of nothing but a comment is no fragment."""
    pattern = ELEMENT if isinstance(html, str) else ELEMENT_BYTES
    return pattern.search(html) is not None
