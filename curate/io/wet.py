"""Common Crawl's WET files: the plain text of each page, a `conversion` record each.

`CC-MAIN-...warc.wet.gz` is what a datatrove or NeMo Curator tutorial starts from when it
wants text without HTML; curate passed it over ("1 file of other kinds passed over (.gz 1)").
A WET file is a WARC file whose `conversion` records hold a page's text (UTF-8, a block a
line, `WARC-Target-URI` its page): each is a document as a page of a WARC is (id from
`WARC-Record-ID`, `source` its URI, `crawled_at` its date), read by the same FastWARC loop, with
the same damage handling and the same `reader:` URL filters; its `warcinfo` record is counted.

Session 29 (`holds_conversions`): a WET file under a WARC's name (`crawl.warc.gz`, as a
download script or a renamed shard leaves it) had its pages listed as skipped `conversion`
records, 0 documents. What the file holds decides, not its name: a file whose first record
after its `warcinfo` is a `conversion` is read as WET. A WARC of responses that carries a
page's conversion beside it keeps its conversions skipped (the page is read from its HTML).
"""

from __future__ import annotations

import re
from pathlib import Path
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


HEAD_BYTES = 1 << 16  # what the sniff reads of a WARC, decompressed
WARC_TYPE = re.compile(rb"^WARC-Type:[ \t]*([A-Za-z]+)", re.MULTILINE)


def holds_conversions(path: Path) -> bool:
    """Whether a WARC file is WET: its first record after `warcinfo` is a `conversion`."""
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(HEAD_BYTES)
    except Exception:  # a sniff: the reader proper says what is wrong with the file
        return False
    kinds = (found.group(1).decode().lower() for found in WARC_TYPE.finditer(head))
    return next((kind for kind in kinds if kind != "warcinfo"), None) == CONVERSION
