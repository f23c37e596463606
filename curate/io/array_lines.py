"""JSON Lines of `[id, text]` arrays: a row a line, written as a list, not an object.

`f.write(json.dumps([doc_id, text]) + "\\n")`, `jsonlines.Writer.write(row_tuple)` or a
`cursor.fetchall()` dumped a row a line give `["doc-1", "The council ..."]` lines. The file was
ONE `unsupported` record, "no JSON records with a 'text' or 'html' field to read": read 1 for
every row; with the text first (`[text, label]`), each string a document, its labels and ids
among them. When the first lines are each an array of two strings of a shape a headerless table
would be read by (`id, text`; `text, id`; `text, label`: io.id_text_rows), each line is read
as that table's row; a later line of another shape is quarantined by its line.

Arrays among objects (session 26, round 16): a `.jsonl` whose lines are JSON objects, string
arrays and bare strings, mixed (files concatenated, a script that changed how it wrote): each
array line was quarantined ("a line must be a JSON object"), and a file whose first line was
an array was ONE `unsupported` record. Such a line is read by its own shape (`row_shape`: a
token and a text are an id and a text, wider rows as a headerless table's); one whose text
cannot be told (`["a list"]`) is quarantined by its line, saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from curate.io.id_text_rows import SAMPLE_ROWS, id_text_rows, row_shape, table_shape


def _value(line: str) -> Any:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return None


def _row(line: str) -> list[str] | None:
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if isinstance(value, list) and all(isinstance(cell, str) for cell in value):
        return value
    return None


def array_lines_shape(lines: Iterator[str]) -> str | None:
    """The table shape of JSON Lines of string arrays (see the module), else None."""
    rows = []
    for line in islice((line for line in lines if line.strip()), SAMPLE_ROWS):
        if not line.lstrip().startswith("["):
            return None  # an object a line, as almost every file: not parsed twice
        row = _row(line)
        if row is None or len(row) != 2:
            return None
        rows.append(row)
    return table_shape(rows) if rows else None


def opens_lines(first: bytes, rest: Any) -> bool:
    """A first line that is a whole array of strings, and a line after it (`rest`, a binary
    handle): JSON Lines of mixed shapes, not one array over many lines."""
    row = _row(first.decode("utf-8", "replace"))
    if row is None:
        return False
    while (line := rest.readline(1 << 16)) and not line.strip():
        pass
    return bool(line.strip())


def read_array_lines(
    lines: Iterator[str], path: Path, base_id: str, settings: Any, shape: str
) -> Iterator[Any]:
    """A document a line (see the module); a JSON object or string among them read as a
    record (a `.jsonl` of arrays, then objects); a line of another shape quarantined by it."""
    from curate.io.bare_strings import text_row
    from curate.io.readers import Quarantined, from_row

    where = str(path)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = _row(line)
        record = text_row(_value(line), settings.text_fields) if row is None else None
        if isinstance(record, dict):
            yield from_row(record, where, number, f"{base_id}-{number}", settings)
            continue
        if row is None:
            why = f"not a JSON array of strings where this file's lines are ({shape})"
            yield Quarantined(where, number, "malformed_json", why, id=f"{base_id}-{number}")
            continue
        yield from id_text_rows([row], where, base_id, settings, shape, start=number)


def array_row(row: list[str], where: str, number: int, base_id: str, settings: Any) -> list[Any]:
    """The document of one line holding an array of strings among records (see the module),
    or its quarantine record."""
    from curate.io.readers import Quarantined

    shape = row_shape(row)
    if shape is None:  # `["a list"]`, `["one", "two"]`: no id and text told apart
        why = f"a JSON array of {len(row)} string(s) among records, no id and text told apart"
        return [Quarantined(where, number, "malformed_json", why, id=f"{base_id}-{number}")]
    return list(id_text_rows([row], where, base_id, settings, shape, start=number))
