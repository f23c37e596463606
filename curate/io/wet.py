"""Common Crawl's WET files: the plain text of each page, a `conversion` record each.

`CC-MAIN-...warc.wet.gz` is what a datatrove or NeMo Curator tutorial starts from when it
wants text without HTML; curate passed it over ("1 file of other kinds passed over (.gz 1)").
A WET file is a WARC file whose `conversion` records hold a page's text (UTF-8, a block a
line, `WARC-Target-URI` its page): each is a document as a page of a WARC is (id from
`WARC-Record-ID`, `source` its URI, `crawled_at` its date), read by the same FastWARC loop, with
the same damage handling and the same `reader:` URL filters; its `warcinfo` record is counted.
"""

from __future__ import annotations

from typing import Any

WET_SUFFIXES = (".warc.wet.gz", ".warc.wet", ".wet.gz", ".wet")
WET_SUFFIXES += (".warc.wet.gzip", ".wet.gzip")  # gzip's long name (io.warc_gzip)
CONVERSION = "conversion"


def is_wet(name: str) -> bool:
    return name.lower().endswith(WET_SUFFIXES)


def conversion_text(body: bytes) -> str:
    """A conversion record's text: UTF-8, as Common Crawl writes it (a stray byte replaced)."""
    return body.decode("utf-8", errors="replace").strip()


def read_body(record: Any) -> bytes:
    """The whole block of a FastWARC record whose HTTP headers were not parsed."""
    return record.reader.read()
