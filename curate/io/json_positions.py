"""Where a JSON Lines record breaks, in the file's own lines; and a last record the file cut.

`json.loads` reads each line as a document of its own, so its error placed every break at
"line 1 column 22 (char 21)": the quarantine said `a.jsonl line 7: ... line 1 column 22`, two
line numbers for one break, the second wrong for the file. The break is now the column of the
file's line: "Expecting ',' delimiter: column 13" (a record is one line: one joined over raw
line breaks is read only when it is whole, io.loose_json).

A last line the decoder ran out of before its JSON closed, with no line break after it, is a
file cut while it was written (a scraper killed, a copy or download stopped): it was
`malformed_json` "Unterminated string", as if the writer had erred; it is `truncated`, and
says so. A broken line with its line break, or one that breaks before its end, is still
`malformed_json`.
"""

from __future__ import annotations

import json

CUT_RECORD = "the file ends inside this record, before its JSON closes: cut short"


def record_break(err: json.JSONDecodeError, raw: bytes | str) -> tuple[str, str]:
    """(kind, why) of the JSON Lines record `raw`, one line of its file."""
    said = err.msg.removesuffix(" starting at")  # "Unterminated string starting at"
    if _at_file_end(raw) and _ran_out(err):
        return "truncated", f"{CUT_RECORD} ({said}: column {err.colno})"
    return "malformed_json", f"not valid JSON: {said}: column {err.colno}"


def _at_file_end(raw: bytes | str) -> bool:
    """No line break after the record: the file's last line, which a cut file ends on."""
    return not raw.endswith(b"\n" if isinstance(raw, bytes) else "\n")


def _ran_out(err: json.JSONDecodeError) -> bool:
    """The decoder reached the end of the record with a string or the object still open."""
    return err.msg.startswith("Unterminated string") or err.pos >= len(err.doc.rstrip())
