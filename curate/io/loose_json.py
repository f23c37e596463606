"""JSON Lines written by hand: raw control characters, line breaks, commas, Python dicts.

A scraper that builds its lines with string formatting, or a tool that does not escape what
JSON wants escaped, writes a raw tab (or a form feed from a word processor) inside a string,
and a raw line break cuts one record over two lines. Python's `json` refuses both: the row
was quarantined "Invalid control character", and a cut record twice (both halves). Read with
`strict=False` a raw control character is itself (the `unicode` stage handles it on the
ledger), and a line that ends inside a string is joined with the lines after it until the
object is whole (at most `MAX_JOINED` lines, never across a line that opens an object).

One that writes `json.dumps(row) + ","` (an array's items without its brackets) or `str(row)`
(a Python dict, in single quotes) had every line quarantined, "Extra data" or "Expecting
property name enclosed in double quotes": the object before the comma, and the dict's literal
(`ast.literal_eval`, which evaluates nothing), are read.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

CONTROL = "Invalid control character"
CUT = "Unterminated string"
EXTRA = "Extra data"
SINGLE_QUOTES = "Expecting property name enclosed in double quotes"
MAX_JOINED = 200


def loads(raw: bytes | str) -> Any:
    """`json.loads`, a raw control character inside a string read as itself; an object
    followed by a comma (an array's items with its brackets taken off: `{...},`) read as the
    object; a Python dict written with `str(row)` (`{'id': 1, 'text': '...'}`) read as the
    literal it is (`ast.literal_eval`, which evaluates nothing)."""
    try:
        return json.loads(raw)
    except json.JSONDecodeError as err:
        if err.msg.startswith(CONTROL):
            return loads_loose(raw)
        if err.msg.startswith((EXTRA, SINGLE_QUOTES)):
            found = _object_and_comma(raw) if err.msg.startswith(EXTRA) else _literal(raw)
            if found is not None:
                return found
        found = _without_trailing_commas(raw, err)
        if found is not None:
            return found
        raise


def _without_trailing_commas(raw: bytes | str, err: json.JSONDecodeError) -> Any:
    """The object of `{"id": "a", "text": "...",}` (io.trailing_commas), else None."""
    from curate.io.trailing_commas import may_be_trailing_comma, without_trailing_commas

    fixed = without_trailing_commas(raw) if may_be_trailing_comma(err.msg) else None
    if fixed is None or without_trailing_commas(fixed) is not None:
        return None  # none, or `,, }`: two commas are no trailing comma
    try:
        value = loads_loose(fixed)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict | list) else None


def loads_loose(raw: bytes | str) -> Any:
    """`json.loads` with raw control characters inside strings, and a comma after the object."""
    try:
        return json.loads(raw, strict=False)
    except json.JSONDecodeError as err:
        found = _object_and_comma(raw) if err.msg.startswith(EXTRA) else None
        if found is None:
            found = _without_trailing_commas(raw, err)
        if found is None:
            raise
        return found


def _text(raw: bytes | str) -> str:
    return raw if isinstance(raw, str) else raw.decode("utf-8-sig")


def _object_and_comma(raw: bytes | str) -> dict | list | None:
    """The object of `{...},` (a comma and spaces after it); the objects of `{...}{...}`
    (io.glued_objects); else None."""
    from curate.io.glued_objects import glued_objects

    text = _text(raw).strip()
    try:
        value, end = json.JSONDecoder(strict=False).raw_decode(text)
    except json.JSONDecodeError:
        return None
    if isinstance(value, dict) and text[end:].strip() == ",":
        return value
    return glued_objects(text) if isinstance(value, dict) else None


def _literal(raw: bytes | str) -> dict | None:
    """A line that is a Python dict's repr, as that dict; else None."""
    import ast

    text = _text(raw).strip().rstrip(",")
    if not text.startswith("{'"):
        return None
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, RecursionError, MemoryError, TypeError):
        return None
    return value if isinstance(value, dict) else None


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
        except (ValueError, RecursionError):  # undecodable, a 5,000-digit number, too deep
            break
        return whole, len(taken)
    pushed.extendleft(reversed(taken))
    return None


MAX_LITERAL_BYTES = 1 << 25  # a Python literal is parsed whole; `ast` holds many times that


def python_values(source: bytes | str) -> list[Any] | None:
    """A `.json` file that is a Python list or dict's repr (`f.write(str(rows))`:
    `[{'id': 1, 'text': '...', 'ok': True}]`), as its one value; else None. It was one
    `malformed_json` record, "Expecting property name enclosed in double quotes", every record
    in it lost; read by `ast.literal_eval`, which evaluates nothing."""
    import ast

    if len(source) > MAX_LITERAL_BYTES:
        return None
    try:
        text = _text(source).strip()
    except UnicodeDecodeError:
        return None
    if not text.startswith(("[{'", "{'", "['")):
        return None
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, RecursionError, MemoryError, TypeError):
        return None
    return [value] if isinstance(value, (dict, list)) else None
