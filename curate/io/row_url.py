"""A row's page address where tools keep it other than a top-level `url`.

datatrove's writers put `{"text", "id", "media", "metadata": {"url": ..., "dump": ...}}` and
Dolma's `{"id", "text", "source": "common-crawl", "metadata": {"url": ...}}`. The reader looked
for `url` (or `source`) at the top only, so such a document's `source` was its file (or
Dolma's collection name): the published `source` column named no page, and the corpus stage
that finds lines repeated across one site's pages (`repeated_lines`, by `site_of(source)`)
took a whole file, of many sites, for one site.

The same held for an address under another name a scraper or an API gives it (`link` as RSS
and Google News name it, the Guardian's `webUrl`, `URL`, `source_url`, `article_url`,
`canonical_url`: `url_names` in `curate/data/columns.yaml`), under a `meta` object as under
`metadata` (`{"meta": {"url": ...}}`, a Parquet struct column as a JSON object), or beside
the text one object down (`{"doc": {"content": ..., "link": ...}}`): each such document's
source was its file (session 41's newcomer round). So did the web corpora's own forms: OSCAR
22/23 keeps the address in `warc_headers["warc-target-uri"]`, HPLT v2 under `u`. Only a web
address counts under those names; `source: "Reuters"` stays the fallback it was.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# as `title_holders` (io.text_siblings), and OSCAR 22/23's WARC headers of each document
HOLDERS = ("metadata", "meta", "warc_headers")
WEB = ("http://", "https://")


def page_url(row: dict[str, Any], text_field: str) -> str | None:
    """The first web address under a name of `url_names` (in their order) at the top of
    `row`, else in the object that holds its text, else in its `metadata` or `meta`; None
    when none holds one."""
    holders: list[Any] = [row]
    if "." in text_field:  # `doc.content` beside `doc.link`
        from curate.io.fields import field_value

        holders.append(field_value(row, text_field.rsplit(".", 1)[0]))
    holders += [row.get(name) for name in HOLDERS]
    for holder in holders:
        url = _named_url(holder) if isinstance(holder, dict) and holder else None
        if url is not None:
            return url
    return None


def url_columns(names: list[str]) -> list[str]:
    """The columns of a columnar file that `page_url` may read an address from."""
    return [name for name in names if isinstance(name, str) and _key(name) in _rank()]


def _named_url(fields: dict[str, Any]) -> str | None:
    found = [
        (_rank()[_key(key)], value)
        for key, value in fields.items()
        if isinstance(key, str)
        and isinstance(value, str)
        and value.startswith(WEB)
        and _key(key) in _rank()
    ]
    return min(found)[1] if found else None


@cache
def _key(name: str) -> str:
    """`webUrl`, `web_url`, `Web URL` -> `weburl`."""
    return "".join(name.split()).casefold().replace("_", "").replace("-", "")


@cache
def _rank() -> dict[str, int]:
    from curate.resources import data_file

    names = data_file("columns.yaml")["url_names"]
    return {_key(name): rank for rank, name in reversed(list(enumerate(names)))}
