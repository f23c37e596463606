"""A Facebook export's posts and comments ("Download your information", as JSON).

Facebook gives a user's posts as `your_posts_1.json` (`posts_1.json`,
`your_posts__check_ins__photos_and_videos_1.json`, ...): a JSON array of entries, each
`{"timestamp": 1600000000, "data": [{"post": "..."}, {"update_timestamp": ...}],
"attachments": [...], "title": "Jane Doe updated her status."}`; comments, group posts and the
like come as one key holding such entries (`{"comments_v2": [{"timestamp": ..., "data":
[{"comment": {"comment": "...", "author": ...}}]}]}`). Such a file was passed over: its entries
hold no field of a text's name at their top. A file is told by its entries (objects with a
`timestamp`, their text under `data[].post` or `data[].comment.comment`), not by its name.

An entry is a document, its text its posts (or comments) in order; an entry without one (a
photo or a check-in alone) is counted, skipped by kind. Facebook writes each UTF-8 byte of a
text as its own escape (`"Caf\\u00c3\\u00a9"` for `Café`); a string whose characters are all
below U+0100 and that decodes as UTF-8 from them is read decoded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# the file's opening: an array of entries, or one key (`comments_v2`) holding them
OPENS = re.compile(rb'\A\s*(?:\[\s*\{|\{\s*"[a-z_]{1,60}(?:_v\d)?"\s*:\s*\[\s*\{)')
STAMP = re.compile(rb'"timestamp"\s*:\s*\d')
# an entry's text part: `"data": [{"post": ...`, `"data": [{"comment": {...`
DATA = re.compile(rb'"data"\s*:\s*\[\s*\{\s*"(?:post|comment)"\s*:')
NO_TEXT = "facebook entry without text (a photo, a check-in)"


def is_facebook_export(path: Path) -> bool:
    """A `.json` whose entries are a Facebook export's (see the module)."""
    return meta_export(path, (OPENS, STAMP, DATA), _entries)


def meta_export(path: Path, patterns: tuple[re.Pattern[bytes], ...], entries: Any) -> bool:
    """A `.json` of Meta's export (Facebook's, Instagram's): its first bytes match each of
    `patterns` (the first at the start), and `entries` finds entries in it parsed whole."""
    from curate.io.json_exports import sniffed

    return sniffed(path, patterns, entries)


def _entries(value: Any) -> list[Any] | None:
    """The entries of an export's file, when at least one holds a post or a comment."""
    if isinstance(value, dict) and len(value) == 1:
        (value,) = value.values()
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(entry, dict) and "timestamp" in entry for entry in value):
        return None
    return value if any(_texts(entry) for entry in value) else None


def _texts(entry: dict[str, Any]) -> list[str]:
    found = []
    data = entry.get("data")
    for part in data if isinstance(data, list) else []:
        if not isinstance(part, dict):
            continue
        text = part.get("post")
        comment = part.get("comment")
        if text is None and isinstance(comment, dict):
            text = comment.get("comment")
        if isinstance(text, str) and text.strip():
            found.append(_unescaped(text))
    return found


def _unescaped(text: str) -> str:
    """`Caf\\u00c3\\u00a9` -> `Café` (see the module); any other string as it is."""
    if max(text) < "\u0080" or max(text) > "\u00ff":
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return text  # Latin-1 text written as it is


def read_facebook_export(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document an entry with text, in the file's order; the others skipped by kind."""
    yield from read_meta_entries(path, base_id, reader, _entries, _text, NO_TEXT)


def _text(entry: dict[str, Any]) -> str | None:
    return "\n\n".join(_texts(entry)) or None


def read_meta_entries(
    path: Path, base_id: str, reader: Any, entries: Any, text: Any, no_text: str
) -> Iterator[Any]:
    """One document an entry whose `text(entry)` is some, in the file's order; the others
    skipped as `no_text` (Meta's exports: Facebook's, Instagram's)."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    try:
        found = entries(json.loads(path.read_bytes())) or []
    except (OSError, ValueError) as err:
        yield Quarantined(where, None, "malformed_json", f"{type(err).__name__}: {err}")
        return
    settings = reader_settings(reader)
    for number, entry in enumerate(found, 1):
        body = text(entry)
        if body is None:
            yield Skipped(no_text)
            continue
        yield from_row({"text": body}, where, number, f"{base_id}-{number}", settings)
