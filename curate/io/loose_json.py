"""JSON Lines written by hand: raw control characters and line breaks inside a string.

A scraper that builds its lines with string formatting, or a tool that does not escape what
JSON wants escaped, writes a raw tab (or a form feed from a word processor) inside a string,
and a raw line break cuts one record over two lines. Python's `json` refuses both: the row
was quarantined "Invalid control character", and a cut record twice (both halves). Read with
`strict=False` a raw control character is itself (the `unicode` stage handles it on the
ledger), and a line that ends inside a string is joined with the lines after it until the
object is whole (at most `MAX_JOINED` lines, never across a line that opens an object).
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

CONTROL = "Invalid control character"
CUT = "Unterminated string"
MAX_JOINED = 200


def loads(raw: bytes | str) -> Any:
    """`json.loads`, a raw control character inside a string read as itself."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        if not err.msg.startswith(CONTROL):
            raise
    return json.loads(raw, strict=False)


def is_cut(error: str) -> bool:
    """A quarantine error that says the line ended inside a string."""
    return CUT in error


def join_cut(
    raw: bytes, read_line: Callable[[], bytes], most: int, pushed: deque[bytes]
) -> tuple[bytes, int] | None:
    """(the record whole, lines joined after `raw`) when the lines after a cut line complete
    it; else None, the lines read put back in `pushed` to be read as lines of their own."""
    taken: list[bytes] = []
    whole = raw
    while len(taken) < MAX_JOINED:
        line = pushed.popleft() if pushed else read_line()
        if not line:
            break
        taken.append(line)
        if line.lstrip().startswith(b"{") or len(whole) + len(line) > most:
            break
        whole += line
        try:
            json.loads(whole, strict=False)
        except json.JSONDecodeError as err:
            if err.msg.startswith(CUT):
                continue
            break
        except UnicodeDecodeError:
            break
        return whole, len(taken)
    pushed.extendleft(reversed(taken))
    return None
