"""A row's `meta` or `metadata` stored as a string of the object (RedPajama, The Pile's copies).

RedPajama-Data-1T on the Hub (and many datasets made from it or converted by hand) keeps each
row's metadata as one string column: `"meta": "{'url': 'https://...', 'timestamp': ...,
'source': 'c4'}"` (a Python dict's `str()`), or `"{\"url\": ...}"` (`json.dumps`) where a
writer wanted one schema for all rows. The reader looks in `meta` / `metadata` for a page's
address (io.row_url) and title (io.text_siblings) only when it is an object, so each such
document's source was its file and it had no title (session 41's newcomer round).

A `meta` or `metadata` string that opens with `{` and closes with `}` is read as JSON, else
as a Python literal (`ast.literal_eval`: literals only, no code runs); an object read so
stands in its place for the row's reading. Anything else, or a string of no object, stays.
"""

from __future__ import annotations

import ast
import json
from typing import Any

HOLDERS = ("metadata", "meta")
MAX_META_CHARS = 1 << 16  # a page's metadata is a few hundred characters


def with_meta_objects(row: dict[str, Any]) -> dict[str, Any]:
    """`row`, or a copy of it whose `meta` / `metadata` string is the object it spells."""
    found = {}
    for name in HOLDERS:
        value = row.get(name)
        if isinstance(value, str):
            parsed = _object(value)
            if parsed is not None:
                found[name] = parsed
    return {**row, **found} if found else row


def _object(value: str) -> dict[str, Any] | None:
    text = value.strip()
    if len(text) > MAX_META_CHARS or not (text.startswith("{") and text.endswith("}")):
        return None
    parsed = literal_value(text)
    return parsed if isinstance(parsed, dict) else None


def literal_value(text: str) -> Any:
    """The value `text` spells as JSON, else as a Python literal (`str(dict)`, `repr(str)`:
    literals only, no code runs); None when it spells none."""
    try:
        return json.loads(text)
    except ValueError:
        try:
            return ast.literal_eval(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            return None
