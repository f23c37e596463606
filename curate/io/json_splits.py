"""A dataset's splits in one `.json` file: `{"train": [...], "test": [...]}`, each read whole.

`json.dump({name: split.to_list() for ...}, f)`, or the same under `data`, is common. Lists of
records whose FIRST record held the text were read (io.nested_records), but a split lost all
its records when its first had no text (a null, a header row), when it held bare strings, or
when it was a table rather than a list: columns (`split.to_dict()`: `{"text": [...], "label":
[...]}`), pandas' orients (`to_json()` per split), or records under their ids. The columns of
each split were read as ONE document whose text joined the split's texts.

A key named as a split (`train`, `validation`, `test`, `dev`, `test_matched`, ...) whose value
holds texts is read as such, up to `MAX_DEPTH` objects deep; every document says which split
it came from (label `input_split`, counted in `report.json`'s `input_splits`). Other keys of
the same object are read as before (io.nested_records), so no record is left behind.
"""

from __future__ import annotations

import re
from typing import Any

MAX_DEPTH = 4  # {"dataset": {"data": {"splits": {"train": [...]}}}}
_SPLIT_KEY = re.compile(
    r"(?:train|training|valid|validation|val|dev|test|testing|eval|evaluation)(?:[_-]\w+)?",
    re.IGNORECASE,
)

Split = tuple[str | None, Any]  # (split name or None, record)
# `--split test` of a file of train and test: train's records are read and counted as skipped,
# by split (`report.json`'s `skipped_records`: `split/train`), so read = kept + removed +
# quarantined + skipped still holds and no record leaves without a word (they were dropped)
SKIPPED_SPLIT = "split/"


def skipped_split(name: str | None) -> str:
    """The `Skipped` kind of a record of a split not asked for."""
    return f"{SKIPPED_SPLIT}{name or '(none)'}"


def skipped_splits(records: dict[str, int]) -> dict[str, int]:
    """Of a report's `skipped_records`, those of splits not asked for, by split name."""
    return {
        kind[len(SKIPPED_SPLIT) :]: n
        for kind, n in records.items()
        if kind.startswith(SKIPPED_SPLIT)
    }


def is_split_key(key: Any) -> bool:
    return isinstance(key, str) and _SPLIT_KEY.fullmatch(key) is not None


def split_records(value: Any, fields: tuple[str, ...], depth: int = 1) -> list[Split] | None:
    """(split, record) for every record of an object of splits (see the module), in the
    file's key order; None when `value` holds no split of texts."""
    from curate.io.json_values import holds_text

    if not isinstance(value, dict) or depth > MAX_DEPTH or holds_text(value, fields):
        return None
    parts: list[tuple[str | None, Any]] = []  # (split, its rows) or (None, another key's value)
    found = False
    for key, item in value.items():
        rows = split_rows(item, fields) if is_split_key(key) else None
        inner = split_records(item, fields, depth + 1) if rows is None else None
        if rows is not None:
            parts.append((key, rows))
        elif inner is not None:
            parts.append(("", inner))
        else:
            parts.append((None, {key: item}))
        found = found or rows is not None or inner is not None
    if not found:
        return None
    return [pair for split, part in parts for pair in _pairs(split, part, fields, depth)]


def _pairs(split: str | None, part: Any, fields: tuple[str, ...], depth: int) -> list[Split]:
    from curate.io.nested_records import nested_records

    if split == "":  # a deeper object of splits, already paired
        return part
    if split is not None:
        return [(split, row) for row in part]
    return [(None, row) for row in nested_records(part, fields, depth) or []]


def split_rows(item: Any, fields: tuple[str, ...]) -> list[Any] | None:
    """The rows of one split's value when it holds texts, else None."""
    from curate.io.json_values import frame_records, holds_text

    if isinstance(item, list):
        if item and all(isinstance(text, str) for text in item):
            return [{fields[0]: text} for text in item]  # `{"train": ["...", "..."]}`
        from curate.io.nested_records import unwrapped

        return unwrapped(item, fields)  # rows without the text are quarantined, saying why
    if not isinstance(item, dict):
        return None
    rows = _columns(item, fields)  # `split.to_dict()`
    if rows is not None or holds_text(item, fields):
        return rows  # one record is no split
    rows = frame_records(item, fields)  # pandas' `to_json()` of the split (io.json_values)
    if rows is None:
        from curate.io.json_columns import json_rows

        rows = json_rows(item, fields)  # `{id: text}`, `{id: record}` (io.json_columns)
    if rows is None:
        from curate.io.nested_records import nested_records

        rows = nested_records(item, fields)  # `{"train": {"data": [...]}}`
    return rows


def _columns(item: dict[str, Any], fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """`split.to_dict()`: lists of one length, the text field's of strings. Beside a split's
    name no `id` column is needed to tell it from one record's paragraphs."""
    text = next((name for name in (*fields, "html") if name in item), None)
    columns = list(item.values())
    if text is None or not all(isinstance(column, list) for column in columns):
        return None
    if len({len(column) for column in columns}) != 1:
        return None
    if not all(isinstance(cell, str) or cell is None for cell in item[text]):
        return None
    names = list(item)
    return [dict(zip(names, cells, strict=True)) for cells in zip(*columns, strict=True)]


def first_split_row(value: Any, depth: int = 1) -> dict[str, Any] | None:
    """The first object in a split of `value` whatever its fields, for the hint of a file
    whose splits hold no text field (`{"train": [{"sentence": ...}]}`: --text-field sentence)."""
    if not isinstance(value, dict) or depth > MAX_DEPTH:
        return None
    for key, item in value.items():
        if is_split_key(key) and isinstance(item, list) and item and isinstance(item[0], dict):
            return item[0]
        if isinstance(item, dict):
            found = first_split_row(item, depth + 1)
            if found is not None:
                return found
    return None


def file_splits_inside(path: Any, fields: tuple[str, ...]) -> list[str]:
    """The splits a `.json` file holds inside it, in order (for `--split`), or []."""
    from curate.io.readers import JSON_SUFFIXES, _first_record, suffix_of

    if suffix_of(path) not in JSON_SUFFIXES:
        return []
    first, _ = _first_record(path)
    paired = split_records(first, fields) or []
    return list(dict.fromkeys(split for split, _ in paired if split))
