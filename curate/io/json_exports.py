"""What the readers of tools' JSON exports share: telling a file by its first bytes before it
is parsed whole, and parsing it once, a file that fails a quarantine record naming why
(io.telegram_export, io.slack_export, io.discord_export, io.activitypub_outbox, io.json_feed).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD = 1 << 16  # bytes looked at before a file is parsed whole
MAX_BYTES = 512 * 1024 * 1024
OBJECT = re.compile(rb"\A\s*\{")
ARRAY = re.compile(rb"\A\s*\[\s*\{")
# `[[[[...` recurses past Python's limit: a RecursionError, no ValueError
UNPARSED = (OSError, ValueError, RecursionError)


def sniffed(path: Path, patterns: tuple[re.Pattern[bytes], ...], entries: Any) -> bool:
    """A `.json` whose first bytes match each of `patterns` (the first at the start, after a
    BOM) and in which `entries`, given the file parsed whole, finds its entries."""
    if not path.name.lower().endswith(".json"):
        return False
    try:
        head = file_head(path).removeprefix(b"\xef\xbb\xbf")
        opening, *inside = patterns
        if not opening.match(head) or not all(p.search(head) for p in inside):
            return False
        if path.stat().st_size > MAX_BYTES:
            return False
        return entries(json.loads(path.read_bytes())) is not None
    except UNPARSED:
        return False


def file_head(path: Path) -> bytes:
    """A file's first `HEAD` bytes, read once for every export kind that asks: each of
    io.message_exports' kinds opened every `.json` read (10 opens a file; 20,000 small `.json`
    files: 5.4 s of 37 s in `read_inputs`)."""
    stat = path.stat()
    return _head(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _head(path: str, mtime_ns: int, size: int) -> bytes:
    """Keyed by the file's time and size too: a file written anew is read anew."""
    with open(path, "rb") as handle:
        return handle.read(HEAD)


def loaded(path: Path, entries: Any) -> Any:
    """`entries` of the file parsed whole (an empty list when none), or a quarantine record
    of why it could not be parsed."""
    from curate.io.readers import Quarantined

    try:
        return entries(json.loads(path.read_bytes())) or []
    except UNPARSED as err:
        return Quarantined(str(path), None, "malformed_json", f"{type(err).__name__}: {err}")


def read_rows(path: Path, reader: Any, entries: Any, row_of: Any) -> Iterator[Any]:
    """A document for each entry `row_of(entry, number)` makes a row of (`{"id", "text",
    ...}`), in the file's order; an entry it names a kind for (a string) skipped as that."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    found = loaded(path, entries)
    if isinstance(found, Quarantined):
        yield found
        return
    settings = reader_settings(reader)
    for number, entry in enumerate(found, 1):
        row = row_of(entry, number)
        if isinstance(row, str):
            yield Skipped(row)
            continue
        yield from_row(row, str(path), number, row["id"], settings)
