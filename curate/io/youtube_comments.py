"""YouTube's comments from Google Takeout (`YouTube and YouTube Music/comments/comments.csv`):
a comment a document.

Its header is `Comment ID, Channel ID, Comment create timestamp, Price, Parent comment ID,
Post ID, Video ID, Comment text`, and a comment's text is JSON segments, one a run of text or
a mention: `{"text":"Great report "},{"mention":{...},"text":"@Ann"}`. The file was passed
over ("no input curate reads": no column of a text's name). A comment is a document, its
segments' text joined as written, its `Comment ID` the id; a comment of no text is skipped by
kind.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

TEXT, ID = "Comment text", "Comment ID"
NO_TEXT = "youtube comment without text"
HEAD = 4096


def is_youtube_comments(path: Path) -> bool:
    """A `.csv` whose header is Takeout's YouTube comments' (see the module)."""
    if not path.name.lower().endswith(".csv"):
        return False
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            first = handle.read(HEAD).splitlines()[:1]
    except OSError:
        return False
    columns = {name.strip() for name in next(csv.reader(first), [])} if first else set()
    return {TEXT, ID} <= columns


def comment_text(value: str) -> str:
    """The segments' text joined (see the module); a value of no JSON segments as it is."""
    try:
        segments = json.loads(f"[{value}]")
    except ValueError:
        return value
    if not all(isinstance(s, dict) for s in segments):
        return value
    return "".join(s["text"] for s in segments if isinstance(s.get("text"), str))


def read_youtube_comments(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a comment with text, in the file's order; the others skipped by kind."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    settings = reader_settings(reader)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        yield Quarantined(str(path), None, "unreadable", f"{type(err).__name__}: {err}")
        return
    for number, row in enumerate(rows, 1):
        text = comment_text(row.get(TEXT) or "")
        if not text.strip():
            yield Skipped(NO_TEXT)
            continue
        row_id = row.get(ID) or f"{base_id}-{number}"
        yield from_row({"id": row_id, "text": text}, str(path), number, row_id, settings)
