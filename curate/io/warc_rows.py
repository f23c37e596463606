"""A row whose `id` is a WARC record's dates its capture by `date`: datatrove's own crawls.

datatrove's `WarcReader` gives each page the record's `WARC-Record-ID` as its id
(`<urn:uuid:...>`) and its `WARC-Date` as `date`, and its writers keep that `date` under
`metadata` (`{"text", "id": "<urn:uuid:...>", "metadata": {"url", "date"}}`). FineWeb adds a
`dump` naming the snapshot, by which such a `date` is known for the crawl's (io.crawl_rows);
a user's own datatrove run over WARC files has none, and every page's `published` was the
week of the crawl. A WARC record's id is as plain a mark of a crawl's row as `dump` is: its
`date`, at the row's top or in `metadata` / `meta`, is the document's `crawled_at` and never
its `published`. A row of another id (a news row's `date`) is left as it was.
"""

from __future__ import annotations

import re
from typing import Any

# WARC/1.0's record id: a URN in angle brackets, a UUID in every crawler we know of
WARC_RECORD_ID = re.compile(
    r"<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}>", re.IGNORECASE
)


def warc_record_row(row: dict[str, Any]) -> bool:
    """The row's `id` is a WARC record's (`<urn:uuid:...>`): it came from a WARC's record."""
    found = row.get("id")  # asked of every row read: most ids are no string of 47 characters
    if not isinstance(found, str) or len(found) < 47:
        return False
    return WARC_RECORD_ID.fullmatch(found.strip()) is not None
