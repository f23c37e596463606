"""JSON Lines saved under a `.txt` name: a row a document, not the file one document of JSON.

`df.to_json("news.txt", orient="records", lines=True)`, a scraper's `out.txt` of `json.dumps`
lines, or a download renamed by a browser: each such file was read as ONE document holding
the JSON source (`{"id": "a0", "text": "The council..."}` on every line), its records and ids
lost. A `.txt` whose first non-blank lines (up to `SNIFF_LINES`, at least two) are each a JSON
object, the first holding the text field (or `html`), is read as JSON Lines; one object alone,
or prose with a brace, stays a text.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

SNIFF_LINES = 5
SNIFF_BYTES = 1 << 20  # a line longer than this is no sniff's business: left as text


def holds_json_lines(path: Path, fields: tuple[str, ...]) -> bool:
    """True when `path` (a `.txt`, maybe compressed) reads as JSON Lines of records."""
    from curate.io.compressed import open_binary
    from curate.io.json_values import holds_text

    objects: list[Any] = []
    try:
        with open_binary(path) as handle:
            while len(objects) < SNIFF_LINES:
                line = handle.readline(SNIFF_BYTES)
                if not line:
                    break
                if not line.strip():
                    continue
                value = json.loads(line.decode("utf-8-sig"))
                if not isinstance(value, dict):
                    return False
                objects.append(value)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return len(objects) >= 2 and holds_text(objects[0], fields)
