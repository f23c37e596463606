"""JSON Lines written without their line breaks: `{...}{...}` (or `{...} {...}`) on one line.

`f.write(json.dumps(row))` in a loop, the `+ "\\n"` forgotten, writes every record on one
line; a writer that forgot it now and then glues two records together. Each such line was one
`malformed_json` record ("Extra data"), all its records lost. A line of whole objects one after
another is read as those objects, as a line holding an array of them is (`io.line_arrays`).
"""

from __future__ import annotations

import json
import re
from typing import Any

_SPACE = re.compile(r"\s*")


def glued_objects(raw: bytes | str) -> list[dict[str, Any]] | None:
    """The objects of a line that holds two or more of them one after another, else None."""
    text = raw if isinstance(raw, str) else raw.decode("utf-8-sig")
    decoder = json.JSONDecoder(strict=False)
    objects: list[dict[str, Any]] = []
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    while at < len(text):
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        if not isinstance(value, dict):
            return None
        objects.append(value)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    return objects if len(objects) >= 2 else None
