"""Sanity's dataset export (`sanity dataset export production` -> `data.ndjson`): a post a
document, its Portable Text read as paragraphs.

A Sanity studio's content leaves as `data.ndjson` (in `production.tar.gz`, beside
`assets.json` and the images): a document a line, every one with `_id` and `_type`, posts
beside authors, categories, settings and the assets' own records (`sanity.imageAsset`). A
post's body is Portable Text, `[{"_type": "block", "style": "normal", "children": [{"_type":
"span", "text": ...}]}, {"_type": "image", ...}]`. Each post was quarantined ("'body' must be
a string", or no text field) and so was each record of no text (5 quarantined for 2 posts).
A record's text is its first field of Portable Text (a block a paragraph, its spans joined;
images and other objects left out), else its text field; `title` its title, `_id` its id.
Records of no text (an author of a name alone, a category, an asset) are skipped by kind.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIXES = (".ndjson", ".jsonl")
NO_TEXT = "sanity record without text"
ASSET = "sanity asset"
HEAD_LINES = 20
TEXT_FIELDS = ("body", "text", "content")


def _record(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("_id"), str)
        and isinstance(value.get("_type"), str)
    )


def is_sanity_export(path: Path) -> bool:
    """`.ndjson` whose first lines are all Sanity documents, one of them Portable Text."""
    if not path.name.lower().endswith(SUFFIXES):
        return False
    from curate.io.json_exports import file_head

    try:
        head = file_head(path)
        if b'"_id"' not in head or b'"_type"' not in head:
            return False
        lines = [line for line in head.split(b"\n")[:HEAD_LINES] if line.strip()]
        if len(lines) > 1:
            lines = lines[:-1]  # the last may be cut by the head's end
        records = [json.loads(line) for line in lines]
    except (OSError, ValueError, RecursionError):
        return False
    if not records or not all(map(_record, records)):
        return False
    compact = b"".join(line.replace(b" ", b"") for line in lines)
    return b'"_type":"block"' in compact or path.name.lower() == "data.ndjson"


def portable_text(value: Any) -> str | None:
    """Portable Text's paragraphs (a `block` each, its spans' text joined), or None when
    `value` is no list of blocks."""
    if not isinstance(value, list) or not any(
        isinstance(b, dict) and b.get("_type") == "block" for b in value
    ):
        return None
    paragraphs = []
    for block in value:
        if isinstance(block, dict) and block.get("_type") == "block":
            spans = block.get("children") if isinstance(block.get("children"), list) else []
            words = "".join(
                s["text"] for s in spans if isinstance(s, dict) and isinstance(s.get("text"), str)
            )
            paragraphs += [words.strip()] if words.strip() else []
    return "\n\n".join(paragraphs)


def record_row(record: dict[str, Any]) -> dict[str, Any] | str:
    """A record's row, or the kind it is skipped as (see the module)."""
    if record["_type"].startswith(("sanity.", "system.")):
        return ASSET
    text = next(
        (t for t in map(portable_text, record.values()) if t is not None),
        next((record[f] for f in TEXT_FIELDS if isinstance(record.get(f), str)), None),
    )
    if not text or not text.strip():
        return NO_TEXT
    row: dict[str, Any] = {"id": record["_id"], "text": text}
    if isinstance(record.get("title"), str):
        row["title"] = record["title"]
    return row


def read_sanity_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """Its records, a document each or skipped by kind (see the module)."""
    from curate.io.compressed import open_binary
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    settings = reader_settings(reader)
    with open_binary(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as err:
                yield Quarantined(where, number, "malformed_json", f"{type(err).__name__}: {err}")
                continue
            if not _record(record):
                yield Quarantined(where, number, "missing_field", "a line of no Sanity document")
                continue
            row = record_row(record)
            if isinstance(row, str):
                yield Skipped(row)
                continue
            yield from_row(row, where, number, row["id"], settings)
