"""An HTML fragment (`<p>...</p><p>...</p>`) read as the page it is the body of.

A CMS export or an API gives an article's body as HTML without `<html>` or `<body>` (a row's
`html` field, a `.html` file per article); trafilatura's parser takes a document that opens
with a paragraph for no document at all, and the article was quarantined "no main text found
in the page". Wrapped in a page's body, it is read as any page is. A fragment that is a part
of a record (a Ghost post's HTML card, an Evernote note, an e-book's chapter) is read as its
paragraphs alone (`fragment_paragraphs`): no extractor judges what is the main text of it.
"""

from __future__ import annotations

import re

ELEMENT = re.compile(r"<[A-Za-z]")
# block elements: each ends a paragraph; scripts, styles and frames say nothing
BLOCKS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li blockquote figcaption pre tr table ul ol br section".split()
)
SILENT = ("script", "style", "iframe", "noscript", "template")
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


def fragment_paragraphs(html: str | bytes) -> str:
    """An HTML fragment's text, a block a paragraph, its spaces one: `<p>The river rose.</p>
    <iframe ...>` -> "The river rose."."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ParserError, ValueError):
        return ""
    for silent in list(root.iter(*SILENT)):
        silent.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n[^\S\n]*\n", root.text_content()))
    return "\n\n".join(p for p in paragraphs if p)
