"""A `.json` file with comment lines: `// first batch`, `# exported 2024-05-01` between records.

Hand-kept and JavaScript-made JSON (JSONC, as VS Code and many tools write it) comments a line
at a time. Python's `json` refuses the file ("Expecting value: line 2 column 1"), and an array
of records with a comment before its first record was ONE `malformed_json` record, every
record lost. A JSON string cannot hold a line break, so a line whose first characters (after
spaces) are `//` or `#` is outside every string: such lines are taken out (trailing commas
too, as io.trailing_commas takes them out) and the result parsed again. The file is never
written; a file that still does not parse is read to its break, as before (io.broken_json).
"""

from __future__ import annotations

import re

_STR_LINE = re.compile(r"^[ \t]*(?://|#)[^\n]*$", re.M)
_BYTES_LINE = re.compile(rb"^[ \t]*(?://|#)[^\n]*$", re.M)


def without_comment_lines(raw: str | bytes) -> str | bytes | None:
    """`raw` without its comment lines, or None when it has none (nothing to retry)."""
    pattern = _BYTES_LINE if isinstance(raw, bytes) else _STR_LINE
    fixed = pattern.sub("" if isinstance(raw, str) else b"", raw)  # type: ignore[arg-type]
    return None if fixed == raw else fixed


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
