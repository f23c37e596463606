"""Two more shapes of a `.json` file of many texts, each one object.

- Columns as lists: `json.dump(dataset.to_dict(), f)` (Hugging Face `datasets`) or
  `df.to_dict("list")` give `{"id": ["a", "b"], "text": ["...", "..."]}`. It was read as ONE
  document, id `"['a', 'b']"`, its texts joined as paragraphs: every document but one lost.
  An object whose text field and its `id` (or `title`, `url`, or a column of numbers such as
  a `label`) are lists of one length, every value a list of that length, is a row per
  position.
- Texts under their ids: `json.dump({url: text for ...}, f)` gives `{"https://...": "The
  council ...", ...}`. It was passed over with advice to read the field named by one URL as
  the text. An object of two or more strings of at least three words each (`MIN_WORDS`) is a
  document per key, the key its id; a config file's short values stay unread.
"""

from __future__ import annotations

from typing import Any

from curate.io.bare_strings import MIN_WORDS

ROW_KEYS = ("id", "title", "url")  # a list beside the texts that makes them columns


def column_rows(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """The rows of an object of equal-length column lists (see the module), or None."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    if not all(isinstance(column, list) for column in value.values()):
        return None
    lengths = {len(column) for column in value.values()}
    text = next((name for name in (*fields, "html") if name in value), None)
    if text is None or len(lengths) != 1:
        return None
    if not any(key in value for key in ROW_KEYS) and not _labelled(value, text):
        return None
    if not all(isinstance(cell, str) or cell is None for cell in value[text]):
        return None  # a record whose text is paragraphs beside lists of other things
    names = list(value)
    return [dict(zip(names, cells, strict=True)) for cells in zip(*value.values(), strict=True)]


def _labelled(value: dict[str, Any], text: str) -> bool:
    """Another column of numbers or booleans (`label`, `score`) beside the texts, two rows or
    more: `Dataset.to_dict()` of a classification set has no `id`, and was read as ONE
    document joining every text; a record of paragraphs has no column of numbers a paragraph."""
    return len(value[text]) >= 2 and any(
        all(isinstance(cell, (int, float)) for cell in column)  # bool is an int
        for name, column in value.items()
        if name != text
    )


def keyed_rows(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """`{id: text}` as rows `{"id": id, <text field>: text}` (see the module), or None."""
    if not isinstance(value, dict) or len(value) < 2:
        return None
    if any(name in value for name in (*fields, "html")):
        return None  # one record, its text under its field
    texts = list(value.values())
    if not all(isinstance(t, str) and len(t.split(None, MIN_WORDS)) >= MIN_WORDS for t in texts):
        return None
    return [{"id": key, fields[0]: text} for key, text in value.items()]


def json_rows(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """Rows of either shape (or strings under one key: io.wrapped_texts), or None."""
    rows = column_rows(value, fields)
    rows = rows if rows is not None else keyed_rows(value, fields)
    if rows is None:
        from curate.io.wrapped_texts import wrapped_texts

        rows = wrapped_texts(value, fields)  # {"articles": ["...", "..."]}
    if rows is None:
        from curate.io.keyed_records import keyed_records

        rows = keyed_records(value, fields)  # {url: {"title": ..., "text": ...}}
    return rows
