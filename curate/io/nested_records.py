"""Records a `.json` file holds deeper than one wrapper, or under more than one key.

- The Hub's dataset viewer API (`datasets-server.huggingface.co/rows?...` saved with `curl`):
  `{"features": [...], "rows": [{"row_idx": 0, "row": {"text": ...}, "truncated_cells": []}]}`;
  two lists of objects, and each record under `row`.
- Splits in one file: `{"train": [{...}], "test": [{...}]}`.
- An API's response two levels deep: `{"status": "ok", "data": {"articles": [{...}]}}`.
- A backup's envelope, a list of one wrapper: Ghost's export `{"db": [{"meta": {...}, "data":
  {"posts": [{"title": ..., "html": ..., "plaintext": ...}], "tags": [...]}}]}`.

- Records under their ids one key down, as Firebase's Realtime Database exports a path
  (`{"articles": {"-Nq1x": {"title": ..., "text": ...}, ...}}`) and a scraper keeps its results
  by URL beside its run's fields (`{"source": "x", "articles": {url: {...}}}`): every record
  was lost, "no JSON records with a 'text' or 'html' field to read" (session 50). They are
  read as the same object at the top is (io.keyed_records, io.json_values' `frame_records`),
  each key the id of a record with none.

- schema.org's JSON-LD (`article.jsonld`): `{"@context": ..., "@graph": [{"@type": "WebSite"},
  {"@type": "NewsArticle", "articleBody": ...}]}`; the graph's nodes of no text (the site, the
  publisher, a breadcrumb list) are no records and stay out (each was quarantined as a row).

Each was passed over with "no 'text' field ... --text-field NAME", advice that reads nothing.
Every list of objects whose first item holds the text field (itself, or under `row`) is read,
in the file's key order, up to `MAX_DEPTH` objects deep; the lists that hold no text (the
viewer's `features`) are left alone.
"""

from __future__ import annotations

from typing import Any

MAX_DEPTH = 3  # {"data": {"articles": [...]}} is two; deeper is a document, not a wrapper
ROW_KEY = "row"  # the dataset viewer's record inside {"row_idx": 0, "row": {...}}
GRAPH_KEY = "@graph"  # JSON-LD's nodes: an article among the site's and publisher's


def _holds_text(value: Any, fields: tuple[str, ...]) -> bool:
    from curate.io.json_values import holds_text

    return holds_text(value, fields)


def unwrapped(items: list[Any], fields: tuple[str, ...]) -> list[Any] | None:
    """The records of a list: its items, or each item's `row`; None when they hold no text.
    Told by the first item that holds the text, not by the first item: a list whose first
    record had a null `text` or none (a header row) was passed over whole."""
    for item in items:
        if _holds_text(item, fields):
            return items
        if isinstance(item, dict) and _holds_text(item.get(ROW_KEY), fields):
            return [row.get(ROW_KEY, row) if isinstance(row, dict) else row for row in items]
        if isinstance(item, dict) and _text_one_object_down(item):
            return items  # `{"_id": ..., "_source": {"text": ...}}` (io.nested_text)
    return None


def _text_one_object_down(item: dict[str, Any]) -> bool:
    from curate.io.nested_text import nested_text_field

    return nested_text_field(item) is not None


def _keyed(value: dict[str, Any], fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """Records under their keys, of one shape or of several (pandas' `orient="index"`), most
    of them holding a text of a few words under the text field: `dataset_infos.json`'s
    `{"default": {"features": {"text": {"dtype": "string"}}}}` names a field, no text."""
    from curate.io.bare_strings import opens_texts
    from curate.io.fields import field_value
    from curate.io.json_values import frame_records
    from curate.io.keyed_records import keyed_records

    rows = keyed_records(value, fields) or frame_records(value, fields)
    if not rows:
        return None
    names = (*fields, "html")
    texts = sum(any(opens_texts(field_value(row, n)) for n in names) for row in rows)
    return rows if 2 * texts > len(rows) else None


def nested_records(value: Any, fields: tuple[str, ...], depth: int = 1) -> list[Any] | None:
    """Every record under `value`'s keys (see the module), or None when it holds none."""
    if not isinstance(value, dict) or depth > MAX_DEPTH or _holds_text(value, fields):
        return None
    found: list[Any] = []
    for key, item in value.items():
        if isinstance(item, list) and item and isinstance(item[0], dict):
            rows = unwrapped(item, fields)
            if rows is not None and key == GRAPH_KEY:
                rows = [row for row in rows if _holds_text(row, fields)]
            if rows is None and len(item) == 1:  # {"db": [{"meta": ..., "data": {...}}]}
                rows = nested_records(item[0], fields, depth + 1)
            found.extend(rows or [])
        elif isinstance(item, dict):
            keyed = _keyed(item, fields)  # {"articles": {"-Nq1": {...}}} (the module's doc)
            found.extend(keyed or nested_records(item, fields, depth + 1) or [])
    return found or None


def first_nested(value: Any, fields: tuple[str, ...]) -> dict[str, Any] | None:
    """The first such record, for a file's sniff: the file is read when there is one."""
    found = nested_records(value, fields)
    return found[0] if found else None


def first_deep_record(value: Any, depth: int = MAX_DEPTH) -> dict[str, Any] | None:
    """The first item of the first list of objects in `value`, up to `MAX_DEPTH` objects deep
    (in key order), for the advice of a file whose records hold no text field: the Guardian's
    `{"response": {"results": [{"fields": {"bodyText": ...}}]}}` got "name the field that holds
    the text with --text-field NAME", no field named (session 28)."""
    if not isinstance(value, dict) or depth <= 0:
        return None
    for item in value.values():
        if isinstance(item, list) and item and isinstance(item[0], dict):
            return item[0]
    for item in value.values():
        found = first_deep_record(item, depth - 1)
        if found is not None:
            return found
    return None
