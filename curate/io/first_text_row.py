"""The row a file's text field is guessed from: the first that holds a text, not the first row.

A scraper's JSON Lines or CSV whose first page failed (`{"url": ..., "content": null, "error":
"timeout"}`, an empty `content`, or one word: "Forbidden") had every row quarantined as
`missing_field`, and a `.csv` of them was passed over, with the advice to read the text from
`id` or `url`: the field was guessed from the first row alone (io.text_aliases), and it held
no text. Rows are now read until one holds a text, up to `MAX_ROWS` rows or `MAX_BYTES` bytes;
when none does, the first row decides as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

MAX_ROWS = 100  # rows looked at for one that holds a text
MAX_BYTES = 1 << 22  # what the look reads at most, a long line included


def first_deciding(rows: Iterable[Any], decides: Callable[[Any], bool]) -> Any:
    """The first of `rows` (up to `MAX_ROWS`) that `decides`, else the first row (or None)."""
    first = None
    for number, row in enumerate(islice(rows, MAX_ROWS)):
        if number == 0:
            first = row
        if decides(row):
            return row
    return first


def later_json_lines(path: Path) -> Iterator[Any]:
    """The values of a JSON Lines file's lines after its first (a line that is no JSON, or
    longer than what is left of `MAX_BYTES`, is passed over)."""
    from curate.io.compressed import READ_ERRORS, open_binary

    left = MAX_BYTES
    try:
        with open_binary(path) as handle:
            handle.readline(left)
            while left > 0:
                raw = handle.readline(left)
                if not raw:
                    return
                left -= len(raw)
                try:
                    value = json.loads(raw)
                except (ValueError, RecursionError):  # no JSON, or nested past Python's stack
                    continue
                yield value
    except READ_ERRORS:
        return


def later_array_items(path: Path) -> Iterator[Any]:
    """The items of a `.json` array after its first, as far as `MAX_BYTES` of it reach (an
    item cut there, or one that is no JSON, ends them)."""
    from curate.io.compressed import READ_ERRORS, open_binary

    try:
        with open_binary(path) as handle:
            text = handle.read(MAX_BYTES).decode("utf-8-sig", errors="replace")
    except READ_ERRORS:
        return
    decoder = json.JSONDecoder()
    at = text.find("[") + 1
    for number in range(MAX_ROWS):
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        try:
            item, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return
        if number:  # the first is the caller's already
            yield item
