"""A record encoded twice: a JSON string whose text is a JSON object.

`f.write(json.dumps(json.dumps(row)))`, a DataFrame column of JSON strings saved with
`to_json`, or Spark's `df.toJSON()` written again as JSON give lines such as
`"{\\"id\\": \\"d0\\", \\"text\\": \\"...\\"}"`. Read as a bare string (`io.bare_strings`), each
became a document whose text was the record's JSON source, `{"id": "d0", "text": ...`, its id
lost. A string that is a whole JSON object holding the text field (or `html`) is that record.
"""

from __future__ import annotations

import json
from typing import Any


def record_in_string(value: str, fields: tuple[str, ...]) -> dict[str, Any] | None:
    """The object a string encodes, when it is one holding a text field or `html`; else None."""
    text = value.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return None
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or not ({*fields, "html"} & record.keys()):
        return None
    return record
