"""Google Keep's notes from Google Takeout (`Takeout/Keep/<title>.json`, an `.html` twin
beside each): a note a document.

A note is `{"title": ..., "textContent": ..., "isTrashed": false, "isArchived": false,
"userEditedTimestampUsec": ...}`, a checklist `{"listContent": [{"text": "milk",
"isChecked": false}, ...]}`. A checklist was read as a document an item ("milk", "bread"), a
text note's `.json` passed over and its `.html` twin read with Keep's date line in the text.
A note is read from its `.json`: its text (a checklist an item a line), its title; a note in
the trash or of no text is skipped by kind, and so is the `.html` twin of a note read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAX_BYTES = 64 * 1024 * 1024
HEAD = 4096  # a note's fields stand in its first bytes
KEEP_KEYS = ("textContent", "listContent")
STAMP = "userEditedTimestampUsec"
IN_TRASH = "google keep note in the trash"
NO_TEXT = "google keep note without text (a picture, a drawing)"
TWIN = "google keep note's html (its .json is read)"


def _note(path: Path) -> dict[str, Any] | None:
    if not path.name.lower().endswith(".json") or not path.is_file():
        return None
    from curate.io.json_exports import file_head

    try:
        head = file_head(path)[:HEAD]  # read once for every kind asked (io.json_exports)
        if STAMP.encode() not in head or path.stat().st_size > MAX_BYTES:
            return None  # no note's: never parsed
        note = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(note, dict) or STAMP not in note or "isTrashed" not in note:
        return None
    return note if any(key in note for key in KEEP_KEYS) or "title" in note else None


def is_keep_note(path: Path) -> bool:
    """A `.json` of a Google Keep note (see the module), by its content."""
    return _note(path) is not None


def is_keep_twin(path: Path) -> bool:
    """An `.html` of Keep's beside the `.json` of the same note."""
    if path.suffix.lower() != ".html":
        return False
    return _note(path.with_suffix(".json")) is not None


def _text(note: dict[str, Any]) -> str:
    text = note.get("textContent")
    if isinstance(text, str) and text.strip():
        return text
    items = note.get("listContent")
    lines = [i.get("text") for i in items if isinstance(i, dict)] if isinstance(items, list) else []
    return "\n".join(line for line in lines if isinstance(line, str) and line.strip())


def read_keep_note(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The note a document, or skipped by kind (see the module)."""
    from curate.io.readers import Skipped, from_row
    from curate.io.settings import reader_settings

    note = _note(path) or {}
    if note.get("isTrashed") is True:
        yield Skipped(IN_TRASH)
        return
    text = _text(note)
    if not text.strip():
        yield Skipped(NO_TEXT)
        return
    row = {"id": base_id, "text": text, "title": note.get("title")}
    yield from_row(row, str(path), None, base_id, reader_settings(reader))
