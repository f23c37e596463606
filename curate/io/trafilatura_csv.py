"""trafilatura's CSV output: a headerless row of its fixed columns, `null` for a missing value.

`trafilatura --csv` (and `extract(..., output_format="csv")`) writes each page as one
tab-separated row with no header: url, id, fingerprint, hostname, title, image, date, text,
comments, license, pagetype (versions before 1.8 stop at license), a missing value written
`null`. A folder of such files (`--output-dir`) was passed over with "its first row is data,
not a header": 11 columns are more than a headerless table is guessed at (io.id_text_rows),
and `null` would have been read as a title, an id and a date (session 46's newcomer round).
The layout is known, so it is read by its names when every sampled row has its width, a
fingerprint of 16 hex digits (or `null`) third, a date or `null` seventh and a web address or
`null` first; `null` cells are no values. Any other headerless table is as before.
"""

from __future__ import annotations

import re

from curate.io.id_text_rows import Columns

NULL = "null"  # trafilatura's missing value (`xmltocsv(..., null="null")`)
# its columns by name, the text's None; the `id` is `--id`'s (io.id_text_rows.ID_COLUMN)
COLUMNS = ("url", "id", "fingerprint", "hostname", "title", "image", "date", None, "comments")
LAYOUTS = (COLUMNS + ("license", "pagetype"), COLUMNS + ("license",))
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = re.compile(r"https?://\S+")


def trafilatura_shape(sample: list[list[str]]) -> Columns | None:
    """trafilatura's columns when every row of `sample` is laid out as its CSV rows are (see
    the module), else None."""
    if not sample:
        return None
    for fields in LAYOUTS:
        if all(len(row) == len(fields) and _laid_out(row) for row in sample):
            return Columns(fields, NULL)
    return None


def _laid_out(row: list[str]) -> bool:
    url, fingerprint, date = row[0], row[2], row[6]
    return (
        (url != NULL or fingerprint != NULL)  # a page's address or its text's fingerprint
        and (fingerprint == NULL or _FINGERPRINT.fullmatch(fingerprint) is not None)
        and (date == NULL or _DATE.fullmatch(date) is not None)
        and (url == NULL or _URL.fullmatch(url) is not None)
    )
