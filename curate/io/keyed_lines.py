"""JSON Lines with a key before each object: `key<TAB>{"text": ...}`.

Hadoop's `TextOutputFormat` (a MapReduce or Hadoop Streaming job's `part-00000`) writes each
pair as its key, a tab and its value, so a job that emits `(doc_id, json.dumps(row))` leaves
`doc-17<TAB>{"id": ..., "text": ...}` lines; `cat -n` numbers lines the same way
(`     3<TAB>{...}`). Each such line of a `.jsonl` was one `malformed_json` record ("Extra data:
line 1 column 3"), a `.txt` of them was ONE document of JSON source, and a headerless `.tsv` of
them was read as `id<TAB>text` with the JSON source as each text. The object after the key is
now the record, the key its id when the object has none of its own. Only a key of one token
(no spaces, at most `MAX_KEY_CHARS`) followed by a tab and a whole JSON object counts.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_KEY_CHARS = 64
# a key that is no JSON value's start (`{`, `[`, `"`), one token, then a tab and an object
_KEYED = re.compile(rb'^[ ]*([^\s{\["][^\s]{0,%d})\t(?=\s*\{)' % (MAX_KEY_CHARS - 1))


def keyed_object(raw: bytes) -> tuple[str, dict[str, Any]] | None:
    """(key, object) of a `key<TAB>{...}` line, or None for any other line."""
    match = _KEYED.match(raw)
    if match is None:
        return None
    try:
        value = json.loads(raw[match.end() :].decode("utf-8"))
        key = match.group(1).decode("utf-8")
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        return None
    return (key, value) if isinstance(value, dict) else None


def keyed_text(key: str, text: str) -> dict[str, Any] | None:
    """The object a headerless `id<TAB>text` row's text is, when it is one (`{...}`)."""
    if not text.lstrip().startswith("{"):
        return None
    found = keyed_object(f"{key}\t{text}".encode())
    return found[1] if found is not None else None
