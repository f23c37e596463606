"""Texts saved as bare JSON strings: `json.dump(texts, f)`, or `f.write(json.dumps(text))` a line.

A newcomer's list of articles is often just that, a list of strings. A `.json` array of them
was passed over as holding no records (listed as skipped, no reason given), and a `.jsonl` of
them was quarantined a line at a time ("a line must be a JSON object"). A string is now a
document whose text it is, under the first text field, its id `<file id>-<n>` as for a row
without an id (in an array, when its first item is a string: a stray string among records is
still quarantined). In a folder, a `.json` whose first string is not a few words (a stop-word
list, a list of URLs) is still no file of texts.
"""

from __future__ import annotations

from typing import Any

MIN_WORDS = 3  # "the", "https://x.org/a" are no text


def text_row(value: Any, fields: tuple[str, ...]) -> Any:
    """A string as the row `{<first text field>: string}` (or as the record it encodes,
    `io.double_json`); anything else as it is."""
    if not isinstance(value, str):
        return value
    from curate.io.double_json import record_in_string

    record = record_in_string(value, fields)
    return record if record is not None else {fields[0]: value}


def opens_texts(first: Any) -> bool:
    """The first value of a `.json` file is a string of a few words: a file of texts."""
    return isinstance(first, str) and len(first.split(None, MIN_WORDS)) >= MIN_WORDS
