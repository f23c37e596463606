"""A `.json` file with comment lines: `// first batch`, `# exported 2024-05-01` between records.

Hand-kept and JavaScript-made JSON (JSONC, as VS Code and many tools write it) comments a line
at a time (or in `/* ... */` opening a line). Python's `json` refuses the file ("Expecting
value: line 2 column 1"), and an array of records with a comment before its first record was
ONE `malformed_json` record, every record lost. A JSON string cannot hold a line break, so a
line whose first characters (after spaces) are `//` or `#` is outside every string: such lines
are taken out (trailing commas too, as io.trailing_commas takes them out) and the result
parsed again. The file is never written; a file that still does not parse is read to its
break, as before (io.broken_json).
"""

from __future__ import annotations

import re

_STR_LINE = re.compile(r"^[ \t]*(?://|#)[^\n]*$", re.M)
_BYTES_LINE = re.compile(rb"^[ \t]*(?://|#)[^\n]*$", re.M)
# `/* export of 2024-05-01 */` opening a line, over one line or more (to its first `*/`)
_STR_BLOCK = re.compile(r"^[ \t]*/\*.*?\*/", re.M | re.S)
_BYTES_BLOCK = re.compile(rb"^[ \t]*/\*.*?\*/", re.M | re.S)


def without_comment_lines(raw: str | bytes) -> str | bytes | None:
    """`raw` without its comment lines, or None when it has none (nothing to retry)."""
    text = isinstance(raw, str)
    empty = "" if text else b""
    bom = "\ufeff" if text else b"\xef\xbb\xbf"  # before a first comment, no line opens with it
    fixed = raw[len(bom) :] if raw.startswith(bom) else raw  # type: ignore[arg-type]
    fixed = (_STR_LINE if text else _BYTES_LINE).sub(empty, fixed)  # type: ignore[arg-type]
    fixed = (_STR_BLOCK if text else _BYTES_BLOCK).sub(empty, fixed)  # type: ignore[arg-type]
    return None if fixed == raw else fixed


def after_leading_comments(text: str) -> str:
    """`text` from its first character that opens no comment, for a file's sniff: a `.json`
    whose records follow `// exported 2024-05-01` or `/* ... */` was passed over as holding
    no records ("no JSON records with a 'text' or 'html' field"), every record lost (session
    50); the comments between records were read already."""
    while True:
        text = text.lstrip()
        if text.startswith(("//", "#")):
            text = text.partition("\n")[2]
        elif text.startswith("/*") and "*/" in text:
            text = text.split("*/", 1)[1]
        else:
            return text


def json_values_without_comments(source: str | bytes) -> list | None:
    """A `.json` file's values read again without its comment lines (and trailing commas), or
    None when there are none or that does not parse either."""
    import json

    from curate.io.json_values import json_values
    from curate.io.trailing_commas import without_trailing_commas

    fixed = without_comment_lines(source)
    if fixed is None:
        return None
    for attempt in (fixed, without_trailing_commas(fixed)):
        if attempt is None:
            continue
        try:
            return json_values(attempt)
        except (ValueError, RecursionError, json.JSONDecodeError):
            continue
    return None
