"""A row's title and URL beside its text, when the text is one object down.

A row whose text is found under a wrapper (`{"_id": 7, "_source": {"title": ..., "url": ...,
"text": ...}}`: Elasticsearch's hits and `elasticdump`; `{"document": {"title": ..., "text":
...}}`: io.nested_text) had its text read and its title and URL dropped: the reader looked
for them at the top only, so every document came out with no title and its file as `source`.
The top level still comes first; then the text's own object. A title Solr stores as a
multi-valued field (`"title": ["Budget talks"]`) is its one string.
"""

from __future__ import annotations

from typing import Any


def beside_text(row: dict[str, Any], text_field: str, name: str) -> Any:
    """`row[name]`, else `name` in the object that holds the text (`_source.title` for
    `_source.text`), else None."""
    value = row.get(name)
    if value is None and "." in text_field:  # the import only then: a row of the hot path
        from curate.io.fields import field_value

        value = field_value(row, f"{text_field.rsplit('.', 1)[0]}.{name}")
    return value


def one_string(value: Any) -> Any:
    """`["Budget talks"]` (one string in a list) -> `"Budget talks"`; anything else as it is."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return value[0]
    return value
