"""A `.json` array of arrays of records: `[[{...}, {...}], [{...}]]`, a dump written a batch
at a time (`json.dump([batch for batch in loader], f)`, an API paged into one list).

Its first item is an array, so it was taken for pandas' `orient="values"` (io.value_rows) and
passed over with advice about column names it has; named alone, every batch was one
quarantined "an item must be a JSON object". The records inside are read, one level down, in
order: a batch's items, then the next batch's. An item that is no object (a batch holding a
string) is quarantined by its place among the records, as an array's is.
"""

from __future__ import annotations

from typing import Any

SHAPE = "an array of arrays of records (batches)"


def opens_batches(first: Any) -> bool:
    """The first item of an array is a batch: an array whose first item is an object."""
    return isinstance(first, list) and bool(first) and isinstance(first[0], dict)


def batched_records(items: list[Any]) -> list[Any] | None:
    """The records of every batch, one level down; None when `items` opens no batch. Empty
    batches first (`[[], [{...}]]`: a loader's first page came empty) open none: the first
    filled one decides (io.text_arrays)."""
    first = next((item for item in items if item != []), None)
    if not items or not opens_batches(first):
        return None
    found: list[Any] = []
    for batch in items:
        found.extend(batch if isinstance(batch, list) else [batch])
    return found


def batches_reason(first: Any, missing: str) -> str:
    """Why a file of batches is not read: its records' own missing field (`missing`, the
    advice a JSON Lines row gets), said of the shape, so the advice is the records'."""
    return f"{SHAPE}, read one level down, but its first record has {missing}"
