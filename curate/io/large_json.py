"""The first value of a `.json` file that is one object larger than the sniff reads.

SQuAD's `train-v2.0.json` (42 MB), a dataset's splits in one object, or `{"data": [...]}` of
many records is ONE JSON value: the sniff that tells whether a `.json` holds records read 16 MiB
(`readers.SNIFF_MAX_BYTES`) and, the object not closed there, found no value at all, so the
file was passed over in a folder without a word (every record lost) and, named alone, was
"no JSON records with a 'text' field". Such a file, up to `WHOLE_MAX_BYTES`, is parsed whole
for the sniff, as its reading parses it anyway; what the sniff keeps is a skeleton (each list
cut to its first `KEEP_ITEMS`), once for the walk and the reading alike.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

WHOLE_MAX_BYTES = 1 << 28  # 256 MiB: larger single objects stay unsniffed (and unread)
KEEP_ITEMS = 100  # items of each list the skeleton keeps: what a sniff looks at
MAX_DEPTH = 8  # levels of the skeleton; deeper values are kept as they are


def large_first(path: Path) -> tuple[Any, str] | None:
    """(skeleton of the first value, "object" or "lines") of a large `.json`, or None when it
    is larger than `WHOLE_MAX_BYTES`, or is no JSON (read to its break: io.broken_json)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return _sniffed(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=4)
def _sniffed(name: str, size: int, mtime: int) -> tuple[Any, str] | None:
    from curate.io.compressed import open_binary
    from curate.io.json_values import json_values

    del size, mtime  # the cache's key: a file changed since is parsed again
    try:
        with open_binary(Path(name)) as handle:
            data = handle.read(WHOLE_MAX_BYTES + 1)
        if len(data) > WHOLE_MAX_BYTES:
            return None
        values = json_values(data)
    except (OSError, EOFError, zlib.error, ValueError, RecursionError):
        return None  # ValueError: JSONDecodeError, UnicodeDecodeError
    return skeleton(values[0]), "object" if len(values) == 1 else "lines"


def too_large_reason(path: Path) -> str | None:
    """Why a `.json` of one object past `WHOLE_MAX_BYTES` is not read, with what reads it;
    None for a file within it (its sniff said what it holds)."""
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if size <= WHOLE_MAX_BYTES and large_first(path) is not None:
        return None
    return (
        f"one JSON value of {size:,} bytes, more than curate parses to look into "
        f"({WHOLE_MAX_BYTES:,}): write its records as JSON Lines, one a line (for records "
        "under a key: jq -c '.KEY[]' FILE > records.jsonl)"
    )


def skeleton(value: Any, depth: int = 0) -> Any:
    """`value` with every list cut to its first `KEEP_ITEMS` items, `MAX_DEPTH` levels down."""
    if depth >= MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [skeleton(item, depth + 1) for item in value[:KEEP_ITEMS]]
    if isinstance(value, dict):
        return {key: skeleton(item, depth + 1) for key, item in value.items()}
    return value
