"""A web crawl's row dates its capture, not its page: FineWeb's `date` is the crawl's.

FineWeb and FineWeb-2 rows (`{"text", "id", "dump": "CC-MAIN-2024-10", "url", "date",
"file_path": "s3://commoncrawl/crawl-data/...warc.gz", "language", ...}`) name by `date` the
moment Common Crawl fetched the page (the WARC record's `WARC-Date`). Read as a news row's
`date` is, it became every document's `published` (session 42's newcomer round): a corpus of
pages written over twenty years all "published" in the week of one crawl. A row is a crawl's
when its `dump` names a Common Crawl snapshot or its `file_path` a crawl's WARC file; its
`date` is then the document's `crawled_at` (the field a WARC record's date fills, io.warc) and
never its `published`. A news row's `date` (no `dump`, no crawl's file) is still published.
"""

from __future__ import annotations

import re
from typing import Any

# `CC-MAIN-2024-10` (FineWeb's `dump`); `s3://commoncrawl/crawl-data/CC-MAIN-.../x.warc.gz`
SNAPSHOT = re.compile(r"CC-MAIN-\d{4}-\d{2}")
CRAWL_FILE = re.compile(r"crawl-data/|\.warc(?:\.gz)?$")
CRAWLED_AT = "crawled_at"  # label: a WARC record's WARC-Date, a crawl row's date, as written
CRAWL_DATE = "date"  # the field FineWeb dates its capture by
CRAWL_COLUMNS = (CRAWL_DATE, "dump", "file_path")  # what a columnar file reads to tell one


def crawl_date(row: dict[str, Any]) -> str | None:
    """The crawl's date of a web crawl's row (see the module), else None."""
    dump, path = row.get("dump"), row.get("file_path")
    if dump is None and path is None:  # most rows: no crawl's (asked of every row read)
        return None
    date = row.get(CRAWL_DATE)
    if not isinstance(date, str) or not date.strip():
        return None
    crawled = isinstance(dump, str) and SNAPSHOT.match(dump.strip()) is not None
    if not crawled and isinstance(path, str):
        crawled = CRAWL_FILE.search(path.strip()) is not None
    return date.strip() if crawled else None
