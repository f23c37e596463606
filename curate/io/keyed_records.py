"""Records under their ids or URLs: `json.dump({url: {"title": ..., "text": ...}}, f)`.

A scraper that keeps its results in a dict by URL saves one object whose values are the
records. When every record had the same keys it was read as pandas' `orient="index"`
(`io.json_values`), but a record with one field more or less (a `url` on some, an `author` on
others) made the file "no JSON records with a 'text' or 'html' field to read": in a folder it
was passed over without a word, every record lost. An object whose values are all objects,
most of them holding the text field (or `html`), is a record each; a record without an id
takes its key as its id. A DataFrame's `orient="index"` reads as before.
"""

from __future__ import annotations

from typing import Any


def keyed_records(
    value: Any, fields: tuple[str, ...], id_field: str = "id"
) -> list[dict[str, Any]] | None:
    """The records of an object of records under their keys (see the module), or None."""
    from curate.io.fields import has_field
    from curate.io.json_values import frame_records

    if not isinstance(value, dict) or not value:
        return None
    records = list(value.values())
    if not all(isinstance(record, dict) for record in records):
        return None
    names = (*fields, "html")
    holding = sum(any(has_field(record, name) for name in names) for record in records)
    if 2 * holding <= len(records) or frame_records(value, fields) is not None:
        return None
    return [
        record if record.get(id_field) not in (None, "") else {id_field: str(key), **record}
        for key, record in value.items()
    ]
