"""JSON files as people have them, beyond JSON Lines and one array of records.

- Records wrapped in an object: an API's response saved as it came, `{"status": "ok",
  "totalResults": 2, "articles": [{...}, {...}]}` (NewsAPI), `{"data": [{...}]}` (the layout
  `datasets.load_dataset("json", field="data")` reads). The file was passed over as one
  object with no text field, without a word.
- Objects written one after another, each over many lines: `jq '.[]' dump.json`, or
  `json.dump(record, f, indent=2)` in a loop. A `.json` file of them was quarantined whole
  ("Extra data"), a `.jsonl` file line by line (four quarantine records a record).

- A pandas DataFrame saved with `df.to_json("articles.json")`: by default a column each,
  `{"id": {"0": "a", "1": "b"}, "text": {"0": "...", "1": "..."}}`, which was one row whose
  text is no string (one quarantine record for the whole table); `orient="index"` (a record
  under each row label) was passed over; `orient="split"` (`columns` and `data`) too.

The wrapped list is the one key of the object whose value is a list of objects; an object with
two such lists is not guessed at. A table of columns is told from one of rows by where the text
field is: a column's name, or a key of each row.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SPACE = re.compile(r"\s*")


def json_values(data: bytes | str) -> list[Any]:
    """Every JSON value of a text, one after another (one for a plain JSON file). Bytes are
    decoded as `json.loads` decodes them (UTF-8, or UTF-16/32 by their first bytes); raises
    `UnicodeDecodeError` or `json.JSONDecodeError` as `json.loads` does."""
    if isinstance(data, bytes):
        data = data.decode(json.detect_encoding(data), "surrogatepass")
    text = data.lstrip("\ufeff")
    decoder = json.JSONDecoder()
    values = []
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    while at < len(text):
        value, at = decoder.raw_decode(text, at)
        values.append(value)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    if not values:
        raise json.JSONDecodeError("Expecting value", text, 0)
    return values


def wrapped_key(value: Any) -> str | None:
    """The key of an object's one list of objects (`articles`, `data`), or None. An article's
    body of typed blocks beside its title (`[{"type": "p", "text": ...}]`) is no list of
    records (io.paragraph_objects)."""
    from curate.io.paragraph_objects import body_blocks

    if not isinstance(value, dict):
        return None
    keys = [
        key
        for key, item in value.items()
        if isinstance(item, list)
        and item
        and isinstance(item[0], dict)
        and not body_blocks(value, item)
    ]
    return keys[0] if len(keys) == 1 else None


def frame_records(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """The rows of a DataFrame written by pandas' `to_json` (orient columns, index or split)
    when `value` is one and holds the text field (or `html`), else None."""
    from curate.io.fields import has_field

    names = (*fields, "html")
    if not isinstance(value, dict) or not value:
        return None
    columns, data = value.get("columns"), value.get("data")
    if isinstance(columns, list) and isinstance(data, list) and set(value) <= SPLIT_KEYS:
        if all(isinstance(row, list) and len(row) == len(columns) for row in data):
            rows = [dict(zip(columns, row, strict=True)) for row in data]
            return rows if rows and any(name in columns for name in names) else None
        return None
    inner = list(value.values())
    if not all(isinstance(item, dict) for item in inner):
        return None
    labels = list(inner[0])
    if any(list(item) != labels for item in inner):
        return None
    if any(name in value for name in names):  # orient="columns": a column each
        if any(isinstance(cell, (dict, list)) for item in inner for cell in item.values()):
            return None  # nested records, not a column of scalars
        return [{name: value[name][label] for name in value} for label in labels]
    if any(has_field(inner[0], name) for name in names):  # orient="index": a row each
        return labelled_rows(value)
    return None


def labelled_rows(value: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of an object of rows under their labels, each row of no `id` given its label
    as its id (`{"art-17": {"title": ..., "text": ...}}`: the ids were the file's `<name>-1`,
    `-2`, while the same rows with one key more or less kept theirs: io.keyed_records). A
    DataFrame's default index (`"0"`, `"1"`, ...) names no document and stays unread."""
    from curate.io.text_aliases import id_field_in

    if list(value) == [str(i) for i in range(len(value))]:
        return list(value.values())
    return [
        row
        if row.get("id") not in (None, "") or id_field_in(row) is not None  # `ID`, `_id`
        else {"id": str(label), **row}
        for label, row in value.items()
    ]


SPLIT_KEYS = frozenset({"columns", "index", "data"})


def records(
    values: list[Any], fields: tuple[str, ...], splits: list[str | None] | None = None
) -> list[Any]:
    """The records of a file's values: an array's items, an object holding the text field
    (or `html`) itself, the list a wrapper object holds; anything else as it is (a record
    without the text field is then quarantined saying so). `splits`, when given, gets the
    split of each record (io.json_splits), None for a record of no split."""
    found: list[Any] = []
    for value in values:
        if isinstance(value, list):
            rows = _value_rows(value, fields)  # `to_json(orient="values")` (io.value_rows)
            if rows is None:  # `[{"page": 1, "articles": [...]}, ...]` (io.line_arrays)
                from curate.io.line_arrays import page_records

                rows = page_records(value, fields)
            found.extend(rows if rows is not None else value)
            continue
        shaped = splits_or_squad(value, fields) if len(values) == 1 else None
        if shaped is not None:  # {"train": [...], "test": [...]}; SQuAD's `paragraphs`
            if splits is not None:
                splits.extend([None] * (len(found) - len(splits)))
                splits.extend(split for split, _ in shaped)
            found.extend(record for _, record in shaped)
            continue
        from curate.io.selection_items import selection_page

        page = selection_page(value) if fields[0] == "text" else None  # none named
        if page is not None:  # ParseHub's run over one page (io.selection_items)
            found.append(page)
            continue
        from curate.io.json_columns import json_rows

        shaped = json_rows(value, fields)  # {"id": [...], "text": [...]} (io.json_columns)
        if shaped is not None:
            found.extend(shaped)
            continue
        frame = frame_records(value, fields)
        if frame is not None:
            found.extend(frame)
            continue
        if len(values) == 1 and not holds_text(first_wrapped(value), fields):
            from curate.io.nested_records import nested_records

            nested = nested_records(value, fields)  # {"rows": [{"row": ...}]} (io.nested_records)
            if nested is not None:
                found.extend(nested)
                continue
        from curate.io.record_lists import holds_records  # `{"article": [{"title": ...}]}`

        text = holds_text(value, fields) and not holds_records(value, fields)
        key = None if text else wrapped_key(value)
        found.extend(value[key] if key is not None else [value])
    if splits is not None:
        splits.extend([None] * (len(found) - len(splits)))
    return found


def _value_rows(items: list[Any], fields: tuple[str, ...]) -> list[Any] | None:
    if not items or not isinstance(items[0], list):
        return None
    from curate.io.batched_records import batched_records

    batched = batched_records(items)  # `[[{...}, {...}], [{...}]]` (io.batched_records)
    if batched is not None:
        return batched
    from curate.io.value_rows import value_rows

    return value_rows(items, fields)


def splits_or_squad(value: Any, fields: tuple[str, ...]) -> list[tuple[str | None, Any]] | None:
    """(split, record) pairs of an object of splits (io.json_splits) or of SQuAD's articles
    (io.squad, no split), or None."""
    from curate.io.json_splits import split_records
    from curate.io.squad import squad_records

    paired = split_records(value, fields)
    if paired is not None:
        return paired
    rows = squad_records(value, fields)
    return [(None, row) for row in rows] if rows is not None else None


def holds_text(value: Any, fields: tuple[str, ...]) -> bool:
    from curate.io.fields import has_field

    return isinstance(value, dict) and any(has_field(value, name) for name in (*fields, "html"))


def first_wrapped(value: Any) -> dict[str, Any] | None:
    """The first record of a wrapper object, or None when `value` is none."""
    key = wrapped_key(value)
    return value[key][0] if key is not None else None
