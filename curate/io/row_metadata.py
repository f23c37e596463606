"""A row's date and writers: the record's `published` and `authors`, read as a page's are.

A JSON Lines, CSV or Parquet export of news carries each article's date and writer beside its
text (`{"title", "url", "date", "author", "text"}`; news-please's `date_publish` and
`authors`; NewsAPI's `publishedAt` and `author`; a scraper's sidecar JSON beside a `.txt`).
The readers kept the title and the address and dropped the rest: every record's `published`
and `authors` were empty unless the text itself opened with a byline or a time stamp
(newcomer round, session 39). They now go into the `page_metadata` label the `bylines` stage
reads for HTML pages, so they pass the same cleaning (a site's or a publisher's name is no
writer, a list of names is split, a date is parsed to ISO 8601 and a year alone is none), and
what the text states still comes first. The names a field goes by are `date_names` and
`author_names` in `curate/data/columns.yaml`.

Session 44: a name is matched without case, `_`, `-`, `:` or spaces (Hugo's `publishDate`,
`published-date`, a CSV's `Published Date` were `publish_date`'s and `published`'s cousins
left unread), and a key that names a publication's day or time by its shape is a date too
(`_PUBLISHED`: the Guardian's `webPublicationDate`, `published_date`, OpenGraph's
`article:published_time`, `first_published_at`): such rows' and pages' `published` was empty.
A `publisher` or a bare `publication` names no time and is no date.
"""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache
from typing import Any

from curate.io.crawl_rows import CRAWL_DATE, fineweb_date
from curate.io.date_values import iso_date
from curate.io.fields import field_value
from curate.io.page_metadata import STRUCTURED_AUTHORS
from curate.io.text_siblings import _title_key
from curate.io.warc_rows import warc_record_row

HOLDERS = ("metadata", "meta")  # datatrove's, RedPajama's object of a row's other fields
MONGO_DATE, MONGO_LONG = "$date", "$numberLong"  # mongoexport's extended JSON


def row_metadata(row: dict[str, Any], text_field: str = "") -> dict[str, Any] | None:
    """`{"date": ..., STRUCTURED_AUTHORS: [...]}` of a row, what it has of them; None when it
    names neither (most rows of a plain text export). What the row's top lacks is read from
    the object that holds its text (`text_field` `_source.body`: an Elasticsearch dump's
    `_source.published_at`, session 50), then its `metadata` or `meta` object: datatrove's
    writers keep every field but the text and id there, RedPajama its `meta` (session 43's
    newcomer round: their dates and writers were dropped)."""
    crawled = warc_record_row(row)  # datatrove's `date` is its WARC record's (io.warc_rows)
    found = _fields(row, crawled)
    for holder in _holders(row, text_field):
        if len(found) < 2:
            found = {**_fields(holder, crawled), **found}
    return found or None


def _holders(row: dict[str, Any], text_field: str) -> list[dict[str, Any]]:
    """The objects of a row beside its top that may hold its date and writers, nearest first."""
    names = (text_field.rsplit(".", 1)[0], *HOLDERS) if "." in text_field else HOLDERS
    found = []
    for name in names:
        holder = field_value(row, name) if "." in name else row.get(name)
        if isinstance(holder, dict) and holder and holder is not row:
            found.append(holder)
    return found


def _fields(row: dict[str, Any], crawled: bool = False) -> dict[str, Any]:
    dates, writers = _named(tuple(row))
    if not dates and not writers:  # most rows of a plain text export
        return {}
    if dates and (crawled or fineweb_date(row) is not None):  # its crawl's (io.crawl_rows)
        dates = tuple(key for key in dates if _title_key(key) != _title_key(CRAWL_DATE))
    found: dict[str, Any] = {}
    date = iso_date(_one_date(_first(row, dates)))  # `2024/03/05`, Unix time (io.date_values)
    if isinstance(date, datetime.date):  # a Parquet timestamp or date column, in ISO 8601
        date = date.isoformat()
    if isinstance(date, str) and date.strip():
        found["date"] = date.strip()
    authors = _authors(_first(row, writers))
    if authors:
        found[STRUCTURED_AUTHORS] = authors
    return found


# a key naming when a piece was published by its shape (see the module), matched on `_key`
_PUBLISHED = re.compile(r"[a-z]*(?:publish(?:ed)?|publication)(?:date|time|datetime|at|on)")


def _key(name: str) -> str:
    """A field's name without case, `_`, `-`, `:` or spaces: `publishDate`, `publish_date`."""
    return "".join(character for character in name.casefold() if character.isalnum())


@lru_cache(maxsize=1024)
def _named(names: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of a row whose keys are `names` that may hold its date, then its writers,
    each in the order of `date_names` / `author_names`, a date by its shape after them (kept
    per key set: a file's rows share theirs, and matching every key of every row against the
    names cost a tenth of reading)."""
    keys = {_key(key): key for key in names if isinstance(key, str)}
    dates = tuple(keys[name] for name in _names("date_names") if name in keys)
    shaped = (key for name, key in keys.items() if key not in dates and _PUBLISHED.fullmatch(name))
    return (
        (*dates, *shaped),
        tuple(keys[name] for name in _names("author_names") if name in keys),
    )


def metadata_columns(names: list[str]) -> list[str]:
    """The columns of `names` a row's date and writers are read from (a columnar file reads
    the columns it needs only: a Parquet export's `date` and `author` were never read)."""
    wanted = {*_names("date_names"), *_names("author_names")}
    return [
        name
        for name in names
        if isinstance(name, str) and (_key(name) in wanted or _PUBLISHED.fullmatch(_key(name)))
    ]


def _first(row: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first of `keys` the row holds a value under, else None. A yes or no
    is no value: Jekyll's `published: true` hid the post's `date` (session 44)."""
    for key in keys:
        if row[key] not in (None, "", []) and not isinstance(row[key], bool):
            return row[key]
    return None


def _one_date(value: Any) -> Any:
    """A date as a scraper gives it: a string stripped, and from a list its first string
    (scrapy's `.getall()`, an ItemLoader with no `TakeFirst`: `["\\n 2024-03-05 \\n"]`; such
    a row's `published` was empty, session 46), mongoexport's `{"$date": ...}` its value (such
    rows' `published` was empty, session 50); anything else as it is."""
    if isinstance(value, list):
        value = next((item for item in value if isinstance(item, str) and item.strip()), None)
    if isinstance(value, dict):  # MongoDB's extended JSON (mongoexport): {"$date": ...}
        value = value.get(MONGO_DATE)
        if isinstance(value, dict):  # {"$date": {"$numberLong": "1709632800000"}}
            value = value.get(MONGO_LONG)
            value = int(value) if isinstance(value, str) and value.isdigit() else value
    return value.strip() if isinstance(value, str) else value


def _authors(value: Any) -> list[str]:
    """A writer's name, a list of names, or a list of objects with a `name` (schema.org)."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []
    names = []
    for item in value:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


@cache
def _names(table: str) -> tuple[str, ...]:
    from curate.resources import data_file

    return tuple(_key(name) for name in data_file("columns.yaml")[table])
