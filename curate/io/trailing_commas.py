"""JSON with a comma before its closing brace or bracket, as JavaScript, JSON5 and hand
editing leave it: `{"id": "a", "text": "...",}`, `[{...}, {...},]`.

Python's `json` refuses it ("Expecting property name enclosed in double quotes", "Expecting
value"): a JSON Lines row so written was quarantined, and a `.json` array whose objects end so
lost every record. The commas are taken out outside strings (a comma inside a string, `"a,}"`,
is text) and the result parsed again; the input file is never written.
"""

from __future__ import annotations

import re

# a string (kept as it is), or a comma with only spaces before a closing } or ]
_STR_PATTERN = re.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[}\]])', re.S)
_BYTES_PATTERN = re.compile(rb'("(?:[^"\\]|\\.)*")|,(\s*[}\]])', re.S)
ERRORS = ("Expecting property name enclosed in double quotes", "Expecting value")


def _keep(match: re.Match) -> str | bytes:
    return match.group(1) if match.group(1) is not None else match.group(2)


def without_trailing_commas(raw: str | bytes) -> str | bytes | None:
    """`raw` without its trailing commas, or None when it has none (nothing to retry)."""
    pattern = _BYTES_PATTERN if isinstance(raw, bytes) else _STR_PATTERN
    fixed = pattern.sub(_keep, raw)  # type: ignore[arg-type]
    return None if fixed == raw else fixed


def may_be_trailing_comma(message: str) -> bool:
    """A `json` error a trailing comma gives."""
    return message.startswith(ERRORS)


def json_values_without_trailing_commas(source: str | bytes, err: Exception) -> list | None:
    """A `.json` file's values (`curate.io.json_values`) read again without its trailing
    commas, or None when that does not parse either (it is then read to its break)."""
    import json

    from curate.io.json_values import json_values

    message = getattr(err, "msg", "")
    fixed = without_trailing_commas(source) if may_be_trailing_comma(message) else None
    if fixed is None:
        return None
    try:
        return json_values(fixed)
    except (ValueError, RecursionError, json.JSONDecodeError):
        return None
