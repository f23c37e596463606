"""A row's URL where datatrove and Dolma keep it: under `metadata`.

datatrove's writers put `{"text", "id", "media", "metadata": {"url": ..., "dump": ...}}` and
Dolma's `{"id", "text", "source": "common-crawl", "metadata": {"url": ...}}`. The reader looked
for `url` (or `source`) at the top only, so such a document's `source` was its file (or
Dolma's collection name): the published `source` column named no page, and the corpus stage
that finds lines repeated across one site's pages (`repeated_lines`, by `site_of(source)`)
took a whole file, of many sites, for one site.
"""

from __future__ import annotations

from typing import Any

METADATA = "metadata"


def metadata_url(row: dict[str, Any]) -> str | None:
    """`row["metadata"]["url"]` when it is a web address, else None."""
    metadata = row.get(METADATA)
    url = metadata.get("url") if isinstance(metadata, dict) else None
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
