"""A JSON Lines file with an array of records on a line: an API's pages saved one a line.

`f.write(json.dumps(page["results"]) + "\\n")` for each page of a news API gives a file whose
lines are `[{...}, {...}]`. A file that opens with such a line was read (as JSON values one
after another); one whose first line is an object (a single record written first, or files
concatenated) had each later array line quarantined whole ("a line must be a JSON object"),
its records with it. The items of such a line are read as records, each under the
line's number, named `<file id>-<line>-<n>` when they have no id.

The whole page saved a line (`f.write(json.dumps(response.json()) + "\\n")`: `{"page": 2,
"status": "ok", "articles": [...]}`), or a `.json` array of such pages (`json.dump(pages, f)`),
had each page quarantined as one row with no text field, every article in it lost (session
40); objects of pages one after another were read already (io.json_values). A page is an
object with no text field of its own whose one list of objects holds the records
(`page_records`); an API's last page, its list empty, holds none. A chat's row of turns
(`{"messages": [{"role": ..., "content": ...}]}`), a post titled beside its comments
(`{"title": ..., "comments": [{"text": ...}]}`) and one text's paragraphs (`{"id": 7,
"paragraphs": [{"text": ...}]}`, objects of a paragraph and its type alone) are no page.
"""

from __future__ import annotations

from typing import Any


def line_items(row: Any, fields: tuple[str, ...] = ("text",)) -> list[Any] | None:
    """The records of a line holding a JSON array of objects, or an API's page of records
    under `fields`, else None (`["a list"]` of strings, or of numbers, is still no record)."""
    if isinstance(row, list) and row and all(isinstance(item, dict) for item in row):
        return row
    if isinstance(row, dict):
        # a row holding a text field is a record, never a page of them (`page_records` says
        # None for it): most rows are answered here, without looking at each of their values
        if any(name in row for name in fields):
            return None
        return page_records([row], fields)
    return None


def page_records(items: list[Any], fields: tuple[str, ...]) -> list[Any] | None:
    """The records of a list of an API's pages, in order (see the module), or None when
    `items` are not all pages of one list key whose records hold the text field."""
    from curate.io.json_values import holds_text, wrapped_key
    from curate.io.paragraph_objects import BLOCK_ONLY, TITLE_KEYS, TURN_KEYS

    if not items or not all(isinstance(item, dict) for item in items):
        return None
    key = next((found for found in map(wrapped_key, items) if found is not None), None)
    if key is None:
        return None
    found: list[Any] = []
    for page in items:
        if holds_text(page, fields) or not isinstance(page.get(key), list):
            return None
        if any(isinstance(page.get(name), str) for name in TITLE_KEYS):
            return None  # a post with its comments, `{"title": ..., "comments": [...]}`: a row
        found.extend(page[key])
    if not any(holds_text(record, fields) for record in found[:1]):
        return None
    if any(isinstance(record, dict) and TURN_KEYS & record.keys() for record in found):
        return None  # a chat's turns, `{"messages": [{"role": ..., "content": ...}]}`: one row
    if all(isinstance(record, dict) and record.keys() <= BLOCK_ONLY for record in found):
        return None  # one text's paragraphs, `{"id": 7, "paragraphs": [{"text": ...}]}`
    return found
