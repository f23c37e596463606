"""IPTC's ninjs 2 (news in JSON: AP's, a newsroom system's agency feed): an item a document.

ninjs 1 writes an item's text and title under their own names (`body_text` or `body_html`,
`headline`), read as any row's are, its `uri` the id (io.id_columns). ninjs 2 keeps them as
lists of roles: `"headlines": [{"role": "main", "value": ...}]`, `"bodies": [{"role": "main",
"contenttype": "text/html", "value": "<p>...</p>"}]`. Such a file was passed over, "no input
curate reads". An item's text is its main body (else its first), HTML read as paragraphs; its
title its main headline (else its first); its id its `uri`. An item of no body (a picture's)
is skipped by kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

BODIES = re.compile(rb'"(?:bodies|headlines)"\s*:\s*\[')
NO_TEXT = "ninjs item without a body"


def _is_item(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("uri"), str)
        and (isinstance(value.get("bodies"), list) or isinstance(value.get("headlines"), list))
    )


def _items(value: Any) -> list[dict[str, Any]] | None:
    if _is_item(value):
        return [value]
    if isinstance(value, list) and value and all(map(_is_item, value)):
        return value
    return None


def is_ninjs(path: Path) -> bool:
    """A `.json` of ninjs 2 items (one, or an array of them), by content."""
    from curate.io.json_exports import ARRAY, OBJECT, sniffed

    return sniffed(path, (OBJECT, BODIES), _items) or sniffed(path, (ARRAY, BODIES), _items)


def _main(entries: Any) -> dict[str, Any] | None:
    """The entry of role `main`, else the first, of those holding a string `value`."""
    found = [e for e in entries or [] if isinstance(e, dict) and isinstance(e.get("value"), str)]
    return next((e for e in found if e.get("role") == "main"), found[0] if found else None)


def item_row(item: dict[str, Any], number: int) -> dict[str, Any] | str:
    from curate.io.block_text import plain

    body = _main(item.get("bodies"))
    if body is None or not body["value"].strip():
        return NO_TEXT
    value = body["value"]
    text = plain(value) if "html" in str(body.get("contenttype", "html")) else value
    row: dict[str, Any] = {"id": item["uri"], "text": text}
    headline = _main(item.get("headlines"))
    if headline is not None:
        row["title"] = plain(headline["value"]).strip()
    return row


def read_ninjs(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The file's items, a document each (see the module)."""
    from curate.io.json_exports import read_rows

    yield from read_rows(path, reader, _items, item_row)
