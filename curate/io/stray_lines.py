"""Lines of a JSON Lines file that are no record and say what they are.

A comment written by an exporter or by hand (`# exported 2024-05-01`, `// source: cms`) and
the run of NUL bytes a file ends in when the program writing it crashed (or the disk filled:
the space was allocated, the text never written) were each a `malformed_json` record "not valid
JSON: Expecting value: line 1 column 1 (char 0)", which says nothing of why. They are still
quarantined, with their file and line, saying what they are.
"""

from __future__ import annotations

COMMENT_MARKS = (b"#", b"//")
SHOWN = 60  # characters of a comment shown in its record


def stray_line(raw: bytes) -> tuple[str, str] | None:
    """(kind, why) for a line that is a comment or NUL bytes, else None."""
    line = raw.strip(b" \t\r\n")
    if not line or line[:1] not in (b"#", b"/", b"\x00"):
        return None
    if not line.strip(b"\x00"):
        return (
            "truncated",
            f"{len(line):,} NUL bytes in place of text: the file's end was never written "
            "(the program writing it stopped, or the disk was full)",
        )
    if line.startswith(COMMENT_MARKS):
        shown = line.decode("utf-8", "replace")
        shown = shown if len(shown) <= SHOWN else shown[:SHOWN] + "..."
        return "malformed_json", f"a comment line ({shown!r}), not a record: JSON Lines has none"
    return None
