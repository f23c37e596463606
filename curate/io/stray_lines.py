"""Lines of a JSON Lines file that are no record and say what they are.

A comment written by an exporter or by hand (`# exported 2024-05-01`, `// source: cms`) and
the run of NUL bytes a file ends in when the program writing it crashed (or the disk filled:
the space was allocated, the text never written) were each a `malformed_json` record "not valid
JSON: Expecting value: line 1 column 1 (char 0)", which says nothing of why. They are still
quarantined, with their file and line, saying what they are.

Session 28: NUL bytes beside a record on its line. A crash's NULs followed by the record the
program wrote when it ran again (`\x00\x00...{"id": 7, ...}`: ext4's and NTFS's zero-filled
blocks after a power cut), a C string's terminator after each record (`{...}\x00\n`:
`fwrite(s, 1, strlen(s) + 1, f)`), records separated by NULs alone: each line was one
`malformed_json` record ("Expecting value", "Extra data"), its records lost. The records are
read (`nul_pieces`); a run of NULs longer than a terminator is still quarantined, saying what
it is.
"""

from __future__ import annotations

import re

COMMENT_MARKS = (b"#", b"//")
NUL_RUN = re.compile(rb"\x00+")
TERMINATOR = 1  # NUL bytes a C string ends in: no part of the file left unwritten
SHOWN = 60  # characters of a comment shown in its record


def stray_line(raw: bytes) -> tuple[str, str] | None:
    """(kind, why) for a line that is a comment or NUL bytes, else None."""
    line = raw.strip(b" \t\r\n")
    if not line or line[:1] not in (b"#", b"/", b"\x00"):
        return None
    if not line.strip(b"\x00"):
        return "truncated", unwritten_reason(len(line))
    if line.startswith(COMMENT_MARKS):
        shown = line.decode("utf-8", "replace")
        shown = shown if len(shown) <= SHOWN else shown[:SHOWN] + "..."
        return "malformed_json", f"a comment line ({shown!r}), not a record: JSON Lines has none"
    return None


def nul_pieces(raw: bytes) -> tuple[int, list[bytes]] | None:
    """(NUL bytes past terminators, the records) of a JSON line whose NUL bytes stand beside
    or between whole objects (see the module); None when a NUL stands inside one (a string's
    `"coun\x00cil"` is read as it is) or the line holds no NUL."""
    if b"\x00" not in raw:
        return None
    pieces = [piece.strip() for piece in NUL_RUN.split(raw)]
    records = [piece for piece in pieces if piece]
    if not records or not all(piece[:1] == b"{" and piece[-1:] == b"}" for piece in records):
        return None
    unwritten = sum(len(run) for run in NUL_RUN.findall(raw) if len(run) > TERMINATOR)
    return unwritten, records


def unwritten_reason(count: int) -> str:
    """The quarantine's words for a run of NULs in place of a line's text (a JSON line, a
    table's row): a file's end, or a part of it, never written. It said "the file's end"
    where the run stood between records (session 28)."""
    return (
        f"{count:,} NUL bytes in place of text: a part of the file never written (the program "
        "writing it stopped, or the disk was full); any records it held are lost, the others read"
    )
