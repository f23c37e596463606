"""A web crawl's index of where its pages are: no text, skipped by kind with a word.

Common Crawl's URL index (`cc-index/collections/CC-MAIN-2024-10/indexes/cdx-00123.gz`),
pywb's and a `.wacz`'s `index.cdx.gz`, Heritrix's and `wget`'s `.cdx` hold a line a page
capture: its SURT key, its time, and where its record lies in a WARC file
(`com,ex)/2024/03/ferry 20240304070000 {"url": ..., "filename": "crawl-data/...warc.gz",
"offset": ..., "length": ...}`), or a classic ` CDX N b a m s k r M S V g` header over
space-separated fields. A newcomer who fetched the index for the crawl had ONE document of
those lines (a `.gz` read as text). Such a file is skipped as `web archive index` and the run
says what it is and what to fetch.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

WEB_ARCHIVE_INDEX = "web archive index"
ADVICE = (
    "a crawl's index of where each page's record lies in its WARC files, no text: fetch "
    "those records (or the crawl's WARC or WET files) and give them"
)
NAME = re.compile(r"(?:.*\.cdxj?|cdx-\d+)(?:\.gz)?")  # `x.cdx`, `index.cdxj`, `cdx-00123.gz`
# `com,ex)/2024/03/ferry 20240304070000 {"url": ...` (CDXJ) or ` CDX N b a m s k r M S V g`
CDXJ_LINE = re.compile(rb"[a-z0-9,\-.:]+\)\S* \d{14} \{")
CDX_HEADER = re.compile(rb" ?CDX(?: [A-Za-z]){3,}")
HEAD = 4096


def _first_line(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD)
        if head[:2] == b"\x1f\x8b":
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD)
    except (OSError, zlib.error, gzip.BadGzipFile):
        return b""
    return head.split(b"\n", 1)[0]


def crawl_index_kind(name: str) -> str | None:
    """`web archive index` for a CDX or CDXJ file (see the module), by name and first line."""
    path = Path(name)
    if not NAME.fullmatch(path.name.lower()):
        return None
    line = _first_line(path)
    return WEB_ARCHIVE_INDEX if CDXJ_LINE.match(line) or CDX_HEADER.match(line) else None
