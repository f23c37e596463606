"""A front matter's page address, date and writers, as a row's are read.

A static site's page (Hugo, Jekyll, Eleventy, a CMS export to Markdown) says when it was
published and who wrote it in its front matter (`date: 2024-03-01`, `author: Jane Roe`,
`authors: [...]`), and a scraper that saves articles as Markdown writes the page's address
there (`url: https://...`, `source_url:`, `canonical_url:`). The Markdown reader took the title
alone: each page's `published` and `authors` were empty and its source was its file (session
41's newcomer round), while the same fields in a JSON sidecar or a `Date:` header line
reached the document. Here they go the same way: a web address under a name of `url_names`
is the source (io.row_url; Hugo's `url: /news/harbour/` is a path, no source), the date and
writers go into the `page_metadata` label for the `bylines` stage (io.row_metadata). YAML
reads `date: 2024-03-01` as a date: it is written back in ISO 8601.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curate.document import Document


def with_page_fields(doc: Document, meta: dict[str, Any]) -> Document:
    """`doc` with its front matter's web address as its source and its date and writers as
    its page metadata, where `meta` gives them."""
    from curate.document import PAGE_METADATA
    from curate.io.row_metadata import row_metadata
    from curate.io.row_url import page_url

    url = page_url(meta, "text")
    if url is not None:
        doc.source = url
    fields = {key: _written(value) for key, value in meta.items()}
    metadata = row_metadata(fields)
    if metadata is not None:
        doc.labels[PAGE_METADATA] = metadata
    return doc


def _written(value: Any) -> Any:
    """A date YAML read (`datetime.date`, `datetime.datetime`) as ISO 8601; else as it is."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value
