"""HTML pages in, documents out: trafilatura finds the main text, the stages do the rest.

`.html`, `.htm` and `.html.gz` files, and JSONL/Parquet rows with an `html` field and no `text`,
become documents here. trafilatura (`bare_extraction`, never a network call) picks the main
text; its paragraphs become lines separated by blank lines, like a plain-text input, so the
same stages clean both. The page title lands in `title`, the URL in `source`.

Extraction options (measured on the evaluation pages, `python -m curate.evaluate extraction`):
comments are left out (reader comments are no article text: on article-extraction-benchmark
they cost 1.4 points of precision and no recall), tables kept, and neither `favor_precision`
(it drops 2.5 points of recall on trafilatura's own benchmark) nor `favor_recall` (more
navigation, no recall gained). What trafilatura leaves behind is the boilerplate stage's job.

Link density (jusText, boilerpipe): trafilatura drops the links, so the reader looks at the
page's own `<a>` texts and labels the lines made almost wholly of them (`linked_lines`, their
`\\w+` words, casefolded). A teaser whose linked headline is glued to its unlinked summary
("- Pats place Olszewski on IR New England's roster is re-shuffling": a link with no closing
punctuation, then a capital) is labelled too. The `boilerplate` stage removes runs of such
lines (`link_list_dense`); the text itself is left as trafilatura gives it.

Captions, credits and alt texts: the lines the markup gives to an image (a `<figure>`, an
`alt`, a short block beside an `<img>`) are labelled the same way (`captioned_lines`,
`io.captions`), for the `html` line model.

Pop-ups inside a paragraph (hover cards, tooltips with a text of their own) are cut from the
parsed page first: trafilatura would glue their text into the sentence.
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from curate.document import (
    CAPTIONED_LINES,
    HEADED_LINES,
    LINKED_LINES,
    PAGE_METADATA,
    Document,
    line_key,
)
from curate.io.body_text import wrap_body_text
from curate.io.captions import caption_texts, captioned_lines
from curate.io.id_text import id_text
from curate.io.page_bytes import page_source
from curate.io.page_headings import headed_lines, heading_texts
from curate.io.page_metadata import from_lxml
from curate.io.readers import (
    MAX_DOCUMENT_CHARS,
    Quarantined,
    binary_kind,
    file_id,
    repair_surrogates,
)
from curate.io.title_repeats import export_title, without_title_repeats

log = logging.getLogger(__name__)

# one letter or digit: `re`'s word characters are exactly those of `str.isalnum`, and `_`
ALNUM = re.compile(r"[^\W_]")

KIND = "html_extraction"
LINK_SHARE = 0.8  # of a line's letters and digits inside link texts
LINKED_WORDS = (3, 25)  # a linked line is a headline: a bare address or a long paragraph is not
MIN_ANCHOR_CHARS = 12  # shorter link texts ("Home", "News") would match words of any line
HEADLINE_WORDS = 3  # a glued teaser's linked headline has at least this many words
HEADLINE_ENDS = tuple(".!?:;,…\"”'’)]")  # a linked sentence in prose ends so; a headline does not
# a pop-up inside a paragraph: an element of a tooltip or hover-card class holding a text of
# its own. A short one is the visible term the tooltip explains ("Evelyn Wever-Croes"), and
# the wrapper of a hover card holds the linked name the sentence reads: both stay.
POPUPS_XPATH = (
    "//p//*[self::span or self::div or self::aside][re:test(@class, "
    "'(?:^|[\\s_-])(?:rollover|tooltip|popover|hovercard)(?:$|[\\s_-])', 'i')]"
)
POPUP_WORDS = 8
EXTRACTION_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
}


def read_html_file(
    path: Path, doc_id: str | None = None, extractor: str = "trafilatura"
) -> Document | Quarantined:
    """One document per page; its id is the file name without extensions."""
    where = str(path)
    try:
        data = page_source(path)  # gzip under a plain name, UTF-16 (io.page_bytes)
    except (OSError, EOFError, zlib.error) as err:
        return Quarantined(where, None, KIND, f"could not read the HTML file: {err}")
    doc_id = doc_id if doc_id is not None else file_id(path, path.parent)
    return page_document(data, where, doc_id, extractor)


def page_document(
    data: bytes | str, where: str, doc_id: str, extractor: str, source: str | None = None
) -> Document | Quarantined:
    """A whole page read as one document: `.html` files and saved single-file pages; its
    source is `source`, else the page's own address, else `where`."""
    read = read_page(data, where, extractor=extractor)
    if isinstance(read, Quarantined):
        return read
    (text, title, url, linked, metadata, captioned), headed = read
    return Document(
        id=doc_id,
        text=without_title_repeats(text, title),  # Medium's `<h1>` again (io.title_repeats)
        title=title,
        input_title=title,
        source=source or url or where,
        # set even when empty: the page came from HTML (the line model's `html` kind)
        labels={
            LINKED_LINES: linked,
            PAGE_METADATA: metadata,
            CAPTIONED_LINES: captioned,
            HEADED_LINES: headed,
        },
    )


def document_from_html(
    html: str,
    where: str,
    line_no: int | None,
    row: dict[str, Any],
    default_id: str,
    extractor: str = "trafilatura",
    id_field: str = "id",
) -> Document | Quarantined:
    """A JSONL/Parquet row `{id?, html, url?, title?}`; a given `title` wins over the page's,
    and so do a given date and writers (a crawler's `{"url", "html", "date", "author"}`, a mail's
    HTML part and its `Date`: the page's metadata replaced them, every such row undated).

    The recipe's `reader.extractor` extracts it, as it does `.html` files and web archives."""
    read = read_page(html, where, line_no, extractor=extractor)
    if isinstance(read, Quarantined):
        return read
    (text, page_title, page_url, linked, metadata, captioned), headed = read
    doc_id = row.get(id_field)
    given_title = row.get("title")
    title = given_title if isinstance(given_title, str) and given_title.strip() else page_title
    source = row.get("url") or row.get("source")
    doc = Document(
        id=id_text(doc_id) if doc_id not in (None, "") else default_id,  # io.id_text
        text=without_title_repeats(text, title),  # the title again (io.title_repeats)
        title=title,
        input_title=title,
        source=source if isinstance(source, str) else (page_url or where),
        labels={"input_line": line_no} if line_no is not None else {},
    )
    doc.labels[LINKED_LINES] = linked
    from curate.io.row_metadata import row_metadata

    given = row_metadata(row)  # the row's own date and writers win over the page's (session 46)
    doc.labels[PAGE_METADATA] = {**metadata, **given} if given else metadata
    doc.labels[CAPTIONED_LINES] = captioned
    doc.labels[HEADED_LINES] = headed
    repair_surrogates(doc)
    return doc


def extract(
    html: str | bytes, where: str, line_no: int | None = None
) -> tuple[str, str | None, str | None] | Quarantined:
    """(main text, page title, canonical URL) of a page, or why there is none."""
    page = extract_page(html, where, line_no)
    return page if isinstance(page, Quarantined) else page[:3]


Page = tuple[str, str | None, str | None, list[str], dict[str, Any], list[str]]


def extract_page(
    html: str | bytes, where: str, line_no: int | None = None, extractor: str = "trafilatura"
) -> Page | Quarantined:
    """`read_page` without the headed lines."""
    read = read_page(html, where, line_no, extractor)
    return read if isinstance(read, Quarantined) else read[0]


def read_page(
    html: str | bytes, where: str, line_no: int | None = None, extractor: str = "trafilatura"
) -> tuple[Page, list[str]] | Quarantined:
    """`extract`, the words of the lines that are almost all link text (`linked_lines`),
    trafilatura's author, date and site name (`page_metadata`, for the `bylines` stage), and
    the words of the lines the markup gives to an image (`captioned_lines`, `io.captions`);
    and, apart, those of the lines that are a heading's text (`headed_lines`, `io.page_headings`).

    `extractor: resiliparse` finds the main text with Resiliparse instead (`fast_html`)."""

    def refuse(error: str) -> Quarantined:
        return Quarantined(where, line_no, KIND, error)

    if isinstance(html, bytes):
        kind = binary_kind(html)
        if kind:
            return refuse(f"binary data ({kind}), not HTML")
    elif "\x00" in html[:8192]:
        return refuse("binary data (NUL bytes), not HTML")
    if len(html) > MAX_DOCUMENT_CHARS:
        return refuse(f"page of {len(html):,} bytes exceeds {MAX_DOCUMENT_CHARS:,}")
    if not html.strip():
        return refuse("empty page")
    if extractor == "resiliparse":
        from curate.io.fast_html import extract_page_fast

        fast = extract_page_fast(html, where, line_no)
        return fast if isinstance(fast, Quarantined) else (fast, [])
    import trafilatura
    from trafilatura.utils import load_html

    try:
        # parsed once: the link texts are read here, trafilatura extracts from a copy
        tree = load_html(html)
        if tree is None:  # "<p>...</p>": a CMS body field, no page to lxml (io.html_fragment)
            from curate.io.html_fragment import as_page, holds_elements

            tree = load_html(as_page(html)) if holds_elements(html) else None
        if tree is not None:
            _drop_popups(tree)
            wrap_body_text(tree)  # "<body>The lead ...<p>More": the lead (io.body_text)
        anchors = _anchor_texts(tree) if tree is not None else set()
        captions = caption_texts(tree) if tree is not None else set()
        headings = heading_texts(tree) if tree is not None else set()
        stated = from_lxml(tree, html) if tree is not None else {}  # JSON-LD, microdata, <meta>
        result = trafilatura.bare_extraction(
            html if tree is None else tree, with_metadata=True, **EXTRACTION_OPTIONS
        )
    except Exception as err:  # lxml and trafilatura raise many types on broken markup
        log.warning("trafilatura failed on %s: %s", where, err)
        return refuse(f"trafilatura failed: {type(err).__name__}: {err}")
    text = paragraph_text(getattr(result, "text", None) or "")
    if not text:
        return refuse(no_text_reason(html))
    title = (getattr(result, "title", None) or "").strip() or None
    if title is None and tree is not None:  # Google Docs' `<p class="title">` (io.title_repeats)
        title = export_title(tree)
    url = getattr(result, "url", None) or None
    metadata = {key: getattr(result, key, None) or None for key in ("author", "date", "sitename")}
    metadata.update(stated)
    page = (
        text,
        title,
        url,
        linked_lines(text, anchors),
        metadata,
        captioned_lines(text, captions),
    )
    return page, headed_lines(text, headings)


def no_text_reason(html: str | bytes) -> str:
    """Why a page gave no text: a frameset's frames hold it (`io.framesets`), else none found."""
    from curate.io.framesets import frameset_note

    return frameset_note(html) or "no main text found in the page"


def paragraph_text(text: str) -> str:
    """trafilatura's one paragraph per line -> paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def _drop_popups(tree: Any) -> None:
    """Remove the pop-ups a paragraph carries inside it (tooltips, hover cards): no reader sees
    their text in the sentence, and trafilatura would glue it in."""
    # thehill.com: "Gov. <a>Kristi Noem</a><span class="rollover-people-block">Kristi Lynn
    # Noem <a>South Dakota governor doubles down ...</a> ...</span> doubles down on ..."
    popups = [node for node in _popups()(tree) if _words(node) >= POPUP_WORDS]
    inner = set(popups)
    for node in popups:  # the innermost: a wrapper holding another pop-up stays
        inner -= {above for above in node.iterancestors() if above in inner}
    for node in [node for node in popups if node in inner]:
        parent = node.getparent()
        if parent is None:
            continue
        tail = node.tail or ""  # the paragraph's own text after the pop-up stays
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(node)


@cache
def _popups() -> Any:
    """`POPUPS_XPATH` compiled, when the trafilatura reader first asks: lxml is imported by
    the readers that parse with it (the fast reader's run never needs it: 0.02 CPU s)."""
    from lxml import etree

    return etree.XPath(POPUPS_XPATH, namespaces={"re": "http://exslt.org/regular-expressions"})


def _words(node: Any) -> int:
    return sum(len(piece.split()) for piece in node.itertext())


def _anchor_texts(tree: Any) -> set[str]:
    """The page's link texts, whole and piece by piece (a headline and its teaser in one link)."""
    texts = set()
    for anchor in tree.iter("a"):
        pieces = [" ".join(piece.split()) for piece in anchor.itertext()]
        for text in (" ".join(" ".join(pieces).split()), *pieces):
            if len(text) >= MIN_ANCHOR_CHARS:
                texts.add(text)
    return texts


def linked_lines(text: str, anchors: set[str]) -> list[str]:
    """The words of the lines of `text` that are mostly link text, or a glued teaser."""
    low, high = LINKED_WORDS
    # words counted up to one past `high` (a paragraph's hundred words are not all split off)
    lines = [line for line in text.split("\n\n") if low <= len(line.split(maxsplit=high)) <= high]
    if not lines or not anchors:
        return []
    # Only a link text found in a line can cover it or start it: a page has about 150 link
    # texts (menus, footers) and a handful in its main text, and every line looked for each of
    # them (a fifth of the fast extractor's time). Link texts hold no newline, so a search over
    # the lines joined by one finds every link text some line holds.
    items = [_item_text(line) for line in lines]
    joined = "\n".join(items)
    present = [anchor for anchor in anchors if anchor in joined]
    if not present:
        return []
    headlines = {anchor for anchor in present if _headline(anchor)}
    found = []
    for line, item in zip(lines, items, strict=True):
        inside = [anchor for anchor in present if anchor in item]
        if inside and (
            _link_share(line, inside) >= LINK_SHARE
            or _glued_teaser(line, [anchor for anchor in inside if anchor in headlines])
        ):
            found.append(line_key(line))
    return found


def _headline(anchor: str) -> bool:
    """A link text that can start a glued teaser: no closing punctuation, a few words."""
    return not anchor.endswith(HEADLINE_ENDS) and len(anchor.split()) >= HEADLINE_WORDS


def _glued_teaser(line: str, anchors: Iterable[str]) -> bool:
    """A linked headline run into its summary: "Pats place Olszewski on IR New England's ..."

    A linked first sentence of a paragraph ends with punctuation ("WeWork is laying off
    staff. The company ..." stays); a headline has none, so the summary's capital follows it.
    """
    line = _item_text(line)
    for anchor in anchors:
        if len(anchor) < len(line) and line.startswith(anchor) and _headline(anchor):
            rest = line[len(anchor) :].lstrip()
            if rest[:1].isupper() or rest[:1].isdigit():
                return True
    return False


def _item_text(line: str) -> str:
    """A line as its link texts read it: no "- " of a list item, single spaces."""
    return " ".join(line.removeprefix("- ").split())


def _link_share(line: str, anchors: Iterable[str]) -> float:
    """Share of the letters and digits of `line` (as `_item_text` reads it) inside the link
    texts it holds: the spans they cover, merged, each counted by one search in C (a count
    of each character, twice, was most of `linked_lines`' time on a long teaser)."""
    line = _item_text(line)
    spans = []
    for anchor in anchors:
        at = line.find(anchor)
        while at >= 0:
            spans.append((at, at + len(anchor)))
            at = line.find(anchor, at + 1)
    if not spans:  # most lines hold no link text: nothing to count inside
        return 0.0
    total = len(ALNUM.findall(line))
    spans.sort()
    inside = 0
    start, end = spans[0]
    for begin, finish in spans[1:]:
        if begin > end:  # apart: the span before is counted
            inside += len(ALNUM.findall(line, start, end))
            start, end = begin, finish
        elif finish > end:
            end = finish
    inside += len(ALNUM.findall(line, start, end))
    return inside / total if total else 0.0


def _link_share_stepwise(line: str, anchors: Iterable[str]) -> float:
    """`_link_share` a character at a time, as first written: the reference of its tests."""
    line = _item_text(line)
    covered = None
    for anchor in anchors:
        at = line.find(anchor)
        if at >= 0 and covered is None:
            covered = bytearray(len(line))
        while at >= 0:
            covered[at : at + len(anchor)] = b"\x01" * len(anchor)
            at = line.find(anchor, at + 1)
    if covered is None:
        return 0.0
    total = len(ALNUM.findall(line))
    inside = sum(1 for char, hit in zip(line, covered, strict=True) if hit and char.isalnum())
    return inside / total if total else 0.0
