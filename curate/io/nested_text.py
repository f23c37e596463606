"""A row's text one object down, found without `--text-field`: `{"content": {"text": ...}}`.

Exports that wrap the article in an object (`{"id": 7, "content": {"text": ..., "lang":
"en"}}`, `{"id": 7, "document": {"title": ..., "text": ...}}`, a news API's
`{"article": {"body": ...}}`) had every row quarantined as `missing_field` with the advice
`--text-field content.text`, until the run was started again. When a row holds no text field
at its top level, the one path through nested objects (up to `MAX_DEPTH` deep) that ends in
`text` (in any case) is read, else the one that ends in a known text field (`content`, `body`,
...); two such paths are not guessed between, and the rows keep their advice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_DEPTH = 2  # `content.text`, `data.article.body`; deeper is a payload, not a wrapper


def nested_text_field(row: Mapping[str, Any]) -> str | None:
    """The dotted path of the row's text one or two objects down (see the module), or None."""
    from curate.io.fields import string_paths
    from curate.io.text_aliases import _KNOWN, DEFAULT_TEXT, _texty

    paths = [
        path
        for path, value in string_paths(dict(row))
        if 0 < path.count(".") <= MAX_DEPTH and _texty(value)
    ]
    for wanted in ({DEFAULT_TEXT}, _KNOWN):
        found = [path for path in paths if path.rsplit(".", 1)[1].casefold() in wanted]
        if found:
            return found[0] if len(found) == 1 else None
    return None
