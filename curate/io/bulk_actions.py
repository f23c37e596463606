"""Elasticsearch's and OpenSearch's bulk files: an action line before each document's line.

An index is exported for reindexing, and scripts prepare documents for it, in the `_bulk`
API's NDJSON: `{"index": {"_index": "news", "_id": "n1"}}`, then the document's own line
(`{"title": ..., "text": ...}`), and so on. Every action line was a `missing_field` quarantine
row ("no 'text' field (the row has 'index'); its fields hold ids ...": half the file's lines
quarantined, with advice that reads nothing), and each document lost its `_id` to
`<file>-<line>` (session 50). An action line (`index`, `create`, `update` or `delete`, its
one key, holding an object of scalars) is now counted as a skipped `bulk action` record, and
the `_id` of an `index`, `create` or `update` is the id of the document on the next line (an
update's `{"doc": {...}}`, read one object down) when that line names none of its own.
"""

from __future__ import annotations

import json
from typing import Any

ACTIONS = frozenset({"index", "create", "update", "delete"})
NAMING = frozenset({"index", "create", "update"})  # whose next line is the document (`doc`)
BULK_ACTION = "bulk action"  # the Skipped kind of an action line
ID_KEY = "_id"


def bulk_action(raw: bytes) -> tuple[str, dict[str, Any]] | None:
    """(action, its metadata) of a bulk file's action line, else None."""
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    return action_of(value)


def action_of(value: Any) -> tuple[str, dict[str, Any]] | None:
    """(action, its metadata) when a parsed line is a bulk action, else None."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    [(action, meta)] = value.items()
    if action not in ACTIONS or not isinstance(meta, dict):
        return None
    if any(isinstance(item, (dict, list)) for item in meta.values()):
        return None  # a record of one object field named `index`, no action
    return action, meta


def next_id(action: str, meta: dict[str, Any]) -> str | None:
    """The id an action gives the document on the next line, if any."""
    given = meta.get(ID_KEY)
    if action not in NAMING or given is None or isinstance(given, bool):
        return None
    return str(given)
