"""A JSON Lines file with an array of records on a line: an API's pages saved one a line.

`f.write(json.dumps(page["results"]) + "\\n")` for each page of a news API gives a file whose
lines are `[{...}, {...}]`. A file that opens with such a line was read (as JSON values one
after another); one whose first line is an object (a single record written first, or files
concatenated) had each later array line quarantined whole ("a line must be a JSON object"),
its records with it. The items of such a line are read as records, each under the
line's number, named `<file id>-<line>-<n>` when they have no id.
"""

from __future__ import annotations

from typing import Any


def line_items(row: Any) -> list[Any] | None:
    """The records of a line holding a JSON array of objects, else None (`["a list"]` of
    strings, or of numbers, is still no record)."""
    if isinstance(row, list) and row and all(isinstance(item, dict) for item in row):
        return row
    return None
