"""A `.json` array of arrays: pandas' `df.to_json(orient="values")`, a sheet's cell values.

Its rows name no fields, so no text field can be found in them. The file was passed over with
"name the field that holds the text with --text-field NAME", advice no name can follow. Two
shapes are read, as nothing is guessed in them:

- a first row of column names that holds the text field (`[["id", "text"], [1, "..."]]`, as
  a spreadsheet's values come): the rows under it are records;
- rows of one string each (`df[["text"]].to_json(orient="values")`): a string a document.

Any other array of arrays is not read, and the advice says how to write it with its names.
"""

from __future__ import annotations

from typing import Any

ADVICE = (
    'an array of arrays (pandas\' to_json(orient="values")) names no fields, so no text '
    'field can be found: write it with df.to_json(path, orient="records", lines=True) (or '
    'orient="split", which keeps the column names), or put a first row of column names '
    "that holds the text field"
)


def value_rows(items: list[Any], fields: tuple[str, ...]) -> list[Any] | None:
    """Records of an array of arrays (see the module), or None when it is not one of the two
    shapes read. A row of another length than the header's is kept as it is (quarantined as
    no object, by its place in the array)."""
    if not items or not all(isinstance(row, list) for row in items[:1]):
        return None
    header = items[0]
    if _is_header(header, fields):
        width = len(header)
        return [
            dict(zip(header, row, strict=True))
            if isinstance(row, list) and len(row) == width
            else row
            for row in items[1:]
        ]
    if all(isinstance(row, list) and len(row) == 1 and isinstance(row[0], str) for row in items):
        return [{fields[0]: row[0]} for row in items]
    return None


def opens_values(first: Any, fields: tuple[str, ...]) -> bool:
    """The first item of an array opens one of the shapes read (for a file's sniff)."""
    from curate.io.bare_strings import opens_texts

    if not isinstance(first, list):
        return False
    return _is_header(first, fields) or (len(first) == 1 and opens_texts(first[0]))


def _is_header(row: Any, fields: tuple[str, ...]) -> bool:
    if not isinstance(row, list) or not row or not all(isinstance(name, str) for name in row):
        return False
    return len(set(row)) == len(row) and any(name in row for name in (*fields, "html"))


def of_arrays(path: Any) -> bool:
    """A `.json` file of an array whose first item is an array (and so no field names)."""
    from curate.io.readers import JSON_SUFFIXES, _first_record, suffix_of

    if suffix_of(path) not in JSON_SUFFIXES:
        return False
    first, kind = _first_record(path)
    return kind == "array" and isinstance(first, list)


def values_reason(first: Any) -> str | None:
    """Why an array whose first item is an array is not read, or None when it is no such;
    arrays of texts and empty arrays have their own advice (io.text_arrays)."""
    from curate.io.text_arrays import arrays_reason

    if not isinstance(first, list):
        return None
    return arrays_reason(first) or ADVICE
