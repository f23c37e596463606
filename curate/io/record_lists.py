"""A list of records under a name a text goes by: a wrapper, not one document's body.

A scraper names its list of items after what they are: ParseHub's selection renamed `article`
or `story`, an API's `{"content": [{"title": ..., "text": ..., "url": ...}, ...]}`. Those names
are text fields' (io.text_aliases), so the wrapper object was read as one record whose text is
a list of paragraph objects: three articles came out as one document of their texts joined, the
titles and addresses lost, or the items were read from their headlines (session 51's newcomer
round). A list is records when each of its objects holds a title or a web address of its own
(`title`, `headline`, `url`, `link`) or a `name` beside other fields: an article's blocks hold
a paragraph each (`{"type": "text", "content": ...}`; an image block's `url` beside text blocks
that have none), ParseHub's paragraphs a `name` alone.
"""

from __future__ import annotations

from typing import Any

RECORD_KEYS = frozenset({"title", "headline", "url", "link"})
NAME = "name"


def records_list(value: Any) -> bool:
    """`value` is a list of records (see the module), not the blocks of one text."""
    if not isinstance(value, list) or not value:
        return False
    return all(isinstance(item, dict) and _record(item) for item in value)


def _record(item: dict[Any, Any]) -> bool:
    keys = {str(key).casefold() for key in item}
    return bool(keys & RECORD_KEYS) or (NAME in keys and len(keys) > 1)


def holds_records(value: Any, fields: tuple[str, ...]) -> bool:
    """`value`, an object, holds records under one of the text `fields`' names."""
    return isinstance(value, dict) and any(records_list(value.get(name)) for name in fields)
