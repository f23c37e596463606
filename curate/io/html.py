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
"""

from __future__ import annotations

import gzip
import logging
import zlib
from pathlib import Path
from typing import Any

from curate.document import Document
from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined, binary_kind, repair_surrogates

log = logging.getLogger(__name__)

KIND = "html_extraction"
EXTRACTION_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
}


def read_html_file(path: Path) -> Document | Quarantined:
    """One document per page; its id is the file name without extensions."""
    where = str(path)
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        return Quarantined(where, None, KIND, f"could not read the HTML file: {err}")
    page = extract(data, where)
    if isinstance(page, Quarantined):
        return page
    text, title, url = page
    return Document(
        id=path.name.split(".")[0],
        text=text,
        title=title,
        input_title=title,
        source=url or where,
    )


def document_from_html(
    html: str, where: str, line_no: int | None, row: dict[str, Any], default_id: str
) -> Document | Quarantined:
    """A JSONL/Parquet row `{id?, html, url?, title?}`; a given `title` wins over the page's."""
    page = extract(html, where, line_no)
    if isinstance(page, Quarantined):
        return page
    text, page_title, page_url = page
    doc_id = row.get("id")
    given_title = row.get("title")
    title = given_title if isinstance(given_title, str) and given_title.strip() else page_title
    source = row.get("url") or row.get("source")
    doc = Document(
        id=str(doc_id) if doc_id not in (None, "") else default_id,
        text=text,
        title=title,
        input_title=title,
        source=source if isinstance(source, str) else (page_url or where),
        labels={"input_line": line_no} if line_no is not None else {},
    )
    repair_surrogates(doc)
    return doc


def extract(
    html: str | bytes, where: str, line_no: int | None = None
) -> tuple[str, str | None, str | None] | Quarantined:
    """(main text, page title, canonical URL) of a page, or why there is none."""

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
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, **EXTRACTION_OPTIONS)
    except Exception as err:  # lxml and trafilatura raise many types on broken markup
        log.warning("trafilatura failed on %s: %s", where, err)
        return refuse(f"trafilatura failed: {type(err).__name__}: {err}")
    text = paragraph_text(getattr(result, "text", None) or "")
    if not text:
        return refuse("no main text found in the page")
    title = (getattr(result, "title", None) or "").strip() or None
    url = getattr(result, "url", None) or None
    return text, title, url


def paragraph_text(text: str) -> str:
    """trafilatura's one paragraph per line -> paragraphs separated by a blank line."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
