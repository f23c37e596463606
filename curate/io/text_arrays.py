"""A `.json` array of arrays that are no table: `[[], ["...", "..."]]`, `[["s1", "s2"], ["s3"]]`.

A list of lists comes from `json.dump([doc.sentences for doc in docs])`, a batched loader's
`[batch for batch in loader]` whose first batch came empty, or paragraphs kept per document.
Such a file was taken for pandas' `orient="values"` and told to write a first row of column
names, or, when its first list held one string, each later list was quarantined "an item must
be a JSON object": advice about columns it never had. Two shapes are now told apart:

- batches of records whose first batches are empty (`[[], [{"text": ...}]]`): the empty ones
  are passed over and the records read one level down, as any batches are (io.batched_records);
- lists of strings: a list may be one document's sentences or paragraphs, or a batch of
  documents, and nothing in the file tells which, so none is guessed; the file (or, when it
  opened as rows of one string, each other list, by its place) gets advice naming both ways
  to write it as records with `jq`, and the table way when the lists are a table's rows.
"""

from __future__ import annotations

import json
from typing import Any

STRINGS_ADVICE = (
    "an array of arrays of strings, which curate does not guess at: if each inner array is "
    "one document's sentences or paragraphs, write a record a document with "
    "`jq -c '.[] | select(length > 0) | {text: join(\"\\n\")}' FILE > docs.jsonl`; if each "
    "string is a document, `jq -c '.[][] | {text: .}' FILE > docs.jsonl`; if the arrays are "
    "a table's rows (pandas' orient=\"values\"), write it with df.to_json(path, "
    'orient="records", lines=True)'
)
EMPTY_ADVICE = "an array of empty arrays: no records to read"


def first_filled(text: str) -> Any:
    """The first item of the JSON array opened by `text` (after its `[`) that is not an empty
    array; `[]` when every item is one; None when the text is cut before one is whole."""
    decoder = json.JSONDecoder()
    at = 0
    while True:
        try:
            item, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        if item != []:
            return item
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text):
            return None
        if text[at] == "]":
            return []


def of_strings(item: Any) -> bool:
    """A list of strings, one of them a text of a few words (`["id", "title"]` is a header
    row of orient="values", whose advice stands)."""
    from curate.io.bare_strings import opens_texts

    if not isinstance(item, list) or not item or not all(isinstance(s, str) for s in item):
        return False
    return any(opens_texts(s) for s in item)


def arrays_reason(first: Any) -> str | None:
    """The advice for an array whose first filled item is `first` (see the module), or None
    for another shape."""
    if first == []:
        return EMPTY_ADVICE
    return STRINGS_ADVICE if of_strings(first) else None
