"""A web crawl's row dates its capture, not its page: the fetch time goes to `crawled_at`.

FineWeb and FineWeb-2 rows (`{"text", "id", "dump": "CC-MAIN-2024-10", "url", "date",
"file_path": "s3://commoncrawl/crawl-data/...warc.gz", "language", ...}`) name by `date` the
moment Common Crawl fetched the page (the WARC record's `WARC-Date`). Read as a news row's
`date` is, it became every document's `published` (session 42's newcomer round): a corpus of
pages written over twenty years all "published" in the week of one crawl. A row is a crawl's
when its `dump` names a Common Crawl snapshot or its `file_path` a crawl's WARC file; its
`date` is then the document's `crawled_at` (the field a WARC record's date fills, io.warc) and
never its `published`. A news row's `date` (no `dump`, no crawl's file) is still published.

The other corpora and crawlers date their fetch under names of their own, and each was
dropped (session 43's newcomer round): datatrove's writers put FineWeb's fields under
`metadata`; C4 and mC4 rows are `{"text", "timestamp", "url"}` (RedPajama's C4 keeps them in
`meta` beside `source: "c4"`); HPLT v2 has `ts` beside its address `u`; Dolma's web
collections (`source: "c4"`, `"common-crawl"`) date the crawl by `created` (`added` is Dolma's
own processing day); news-please and RedPajama-V2 write `date_download`; OSCAR's
`warc_headers` keep `warc-date`; scrapers write `crawled_at`, `fetched_at`, `scraped_at`.
Each is looked for at the row's top, then in its `metadata`, `meta` or `warc_headers`. A
`timestamp` of another shape (a tweet's, a log's) and a Dolma row of a collection not crawled
from the web (`wiki`, `pes2o`: `created` is its own kind of day) give none.
"""

from __future__ import annotations

import re
from typing import Any

from curate.io.date_values import iso_time
from curate.io.warc_rows import warc_record_row

# `CC-MAIN-2024-10` (FineWeb's `dump`); `s3://commoncrawl/crawl-data/CC-MAIN-.../x.warc.gz`
SNAPSHOT = re.compile(r"CC-MAIN-\d{4}-\d{2}")
CRAWL_FILE = re.compile(r"crawl-data/|\.warc(?:\.gz)?$")
CRAWLED_AT = "crawled_at"  # label: a WARC record's WARC-Date, a crawl row's date, as written
CRAWL_DATE = "date"  # the field FineWeb dates its capture by
# a fetch's own names (news-please, RedPajama-V2, OSCAR's WARC headers, scrapers'), in order
FETCH_NAMES = (
    "date_download",
    "warc-date",
    "WARC-Date",
    "warc_date",
    "crawled_at",
    "crawl_date",
    "crawl_time",
    "crawl_timestamp",
    "fetched_at",
    "fetch_time",
    "fetch_date",
    "downloaded_at",
    "download_date",
    "scraped_at",
)
C4_KEYS = frozenset({"text", "timestamp", "url", "language", "source"})  # C4's, RedPajama's meta
# Dolma's collections crawled from the web (`created` is the crawl's day)
WEB_COLLECTION = re.compile(
    r"(?:c4|mc4|common[-_ ]?crawl|cc|cc[-_][\w-]{1,40}|[\w-]{0,40}(?:refinedweb|fineweb|dclm|oscar"
    r"|hplt|falcon|web)[\w-]{0,40})",
    re.IGNORECASE,
)
# what a holder is asked for first: none of these, no crawl's date (most rows)
_HINTS = frozenset({"dump", "file_path", "timestamp", "ts", "created", *FETCH_NAMES})
HOLDERS = ("metadata", "meta", "warc_headers")  # as io.row_url's
_ASKED = _HINTS | frozenset(HOLDERS)
# what a columnar file reads to tell one
CRAWL_COLUMNS = (CRAWL_DATE, *sorted(_HINTS), "u", "added", "source", *HOLDERS)


def crawl_date(row: dict[str, Any]) -> str | None:
    """The crawl's date of a web crawl's row, at its top or one object down (see the module),
    else None."""
    if warc_record_row(row):  # datatrove's WarcReader's rows (io.warc_rows)
        for fields in (row, *(row.get(name) for name in HOLDERS)):
            if isinstance(fields, dict) and fields.get(CRAWL_DATE) is not None:
                return _text(fields[CRAWL_DATE])
    if _ASKED.isdisjoint(row):  # most rows: nothing of a crawl's (asked of every row read)
        return None
    found = _crawled(row, True)
    if found is not None:
        return found
    for name in HOLDERS:
        holder = row.get(name)
        if isinstance(holder, dict) and holder:
            found = _crawled(holder, False)
            if found is not None:
                return found
    return None


def fineweb_date(fields: dict[str, Any]) -> str | None:
    """FineWeb's `date` when `fields` are a FineWeb row's (or datatrove's `metadata` of one)."""
    dump, path = fields.get("dump"), fields.get("file_path")
    if dump is None and path is None:
        return None
    crawled = isinstance(dump, str) and SNAPSHOT.match(dump.strip()) is not None
    if not crawled and isinstance(path, str):
        crawled = CRAWL_FILE.search(path.strip()) is not None
    return _text(fields.get(CRAWL_DATE)) if crawled else None


def _crawled(fields: dict[str, Any], top: bool) -> str | None:
    if _HINTS.isdisjoint(fields):  # most rows: no crawl's (asked of every row read)
        return None
    found = fineweb_date(fields)
    for name in FETCH_NAMES:
        if found is None and name in fields:
            found = _text(fields[name])
    if found is None and "timestamp" in fields and C4_KEYS.issuperset(fields):
        found = _text(fields["timestamp"])  # C4's, mC4's, RedPajama's C4 `meta`
    if found is None and "ts" in fields and "u" in fields:
        found = _text(fields["ts"])  # HPLT v2's
    if found is None and top and "created" in fields and "added" in fields:
        source = fields.get("source")
        if isinstance(source, str) and WEB_COLLECTION.fullmatch(source.strip()):
            found = _text(fields["created"])  # Dolma's web collections
    return found


def _text(value: Any) -> str | None:
    """A crawl's time in ISO 8601 as a WARC-Date is (io.date_values.iso_time): news-please's
    `date_download` ("2024-05-06 10:11:12") reached `crawled_at` as written (session 44);
    a string of another shape as written; None for anything else."""
    return iso_time(value)
