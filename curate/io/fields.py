"""A row's field named by a dotted path: `--text-field article.text` for nested records.

Exports of document stores and news APIs nest the article: `{"id": 7, "article": {"title":
..., "text": ...}}`. Such a row was quarantined with the advice to read the longest string at
its top level as the text ("if 'id' holds the text: --text-field id"), and no name could
reach the text. A name is first looked up as it is (a field may have a dot in its name), then
as a path through nested objects; the hint names the path of the longest string in the row.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 4  # nested objects looked into for the hint's longest string


def field_value(row: dict[str, Any], name: str) -> Any:
    """`row[name]`, or the value at the dotted path `name` (None when there is none)."""
    if name in row or "." not in name:
        return row.get(name)
    value: Any = row
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def has_field(row: dict[str, Any], name: str) -> bool:
    """The row holds `name`, as a key or a dotted path (a null value counts as held)."""
    if name in row or "." not in name:
        return name in row
    *parents, last = name.split(".")
    value: Any = row
    for part in parents:
        value = value.get(part) if isinstance(value, dict) else None
    return isinstance(value, dict) and last in value


def string_paths(
    row: dict[str, Any], prefix: str = "", depth: int = 0
) -> Iterator[tuple[str, str]]:
    """(dotted path, value) of every string in the row and the objects nested in it, and of
    every list a text is read from (paragraphs, or paragraph objects: io.paragraph_objects),
    joined: `{"id": "r0", "paragraphs": [{"text": ...}]}` was advised `--text-field id`."""
    for key, value in row.items():
        path = f"{prefix}{key}"
        if isinstance(value, str):
            yield path, value
        elif isinstance(value, list) and value:
            joined = _list_text(value)
            if joined is not None:
                yield path, joined
        elif isinstance(value, dict) and depth < MAX_DEPTH:
            yield from string_paths(value, f"{path}.", depth + 1)


def _list_text(value: list[Any]) -> str | None:
    """A list's text as a reader joins it, or None when it holds none."""
    from curate.io.paragraph_objects import joined_paragraphs

    if all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    return joined_paragraphs(value)
