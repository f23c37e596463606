"""A row's text one object down, found without `--text-field`: `{"content": {"text": ...}}`.

Exports that wrap the article in an object (`{"id": 7, "content": {"text": ..., "lang":
"en"}}`, `{"id": 7, "document": {"title": ..., "text": ...}}`, a news API's
`{"article": {"body": ...}}`) had every row quarantined as `missing_field` with the advice
`--text-field content.text`, until the run was started again. When a row holds no text field
at its top level, the one path through nested objects (up to `MAX_DEPTH` deep) that ends in
`text` (in any case) is read, else the one that ends in a known text field (`content`, `body`,
...), else the one where a known text field is an object of its text and forms (`WRAPPED_LEAVES`:
WordPress's REST API `content.rendered` beside `title.rendered`, Drupal's JSON:API
`attributes.body.value` beside `body.processed`, Feedly's `content.content` beside
`summary.content`: each was passed over advising `--text-field`); two such paths are not guessed
between, and the rows keep their advice. xmltodict's `#text` (an element's text beside its
`@attributes`) ends in `text` as such. A Parquet or Arrow file's struct columns are looked
into the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

MAX_DEPTH = 2  # `content.text`, `data.article.body`; deeper is a payload, not a wrapper
# the key of a text inside a known text field's object: `{"content": {"rendered": "<p>..."}}`
WRAPPED_LEAVES = frozenset({"rendered", "value", "content"})


def nested_text_field(row: Mapping[str, Any]) -> str | None:
    """The dotted path of the row's text one or two objects down (see the module), or None."""
    from curate.io.fields import string_paths
    from curate.io.text_aliases import _texty

    found = _chosen(path for path, value in string_paths(dict(row)) if _texty(value))
    return found if found is not None else _paragraph_list(row)


def _paragraph_list(row: Mapping[str, Any], prefix: str = "", depth: int = 0) -> str | None:
    """The one path, an object or two down, of a list of paragraphs under a name that says
    so beside a title (`{"url": ..., "article": {"title": ..., "paragraphs": ["...", ...]}}`,
    a Scrapy item's `getall()`: io.paragraph_objects), else None. Its file was passed over,
    "no 'text' field", though the advice named the path (session 51's newcomer round). With
    no title beside it, a list is a column's values (`{"test": {"text": [...], "label":
    [...]}}`), not an article's paragraphs."""
    from curate.io.paragraph_objects import named_paragraphs, named_strings, titled

    found = []
    article = depth > 0 and titled(row)
    for key, value in row.items():
        if not isinstance(key, str):
            continue
        if article and (named_strings(key, value) or named_paragraphs(key, value)):
            found.append(f"{prefix}{key}")
        elif isinstance(value, dict) and depth < MAX_DEPTH:
            inner = _paragraph_list(value, f"{prefix}{key}.", depth + 1)
            found.extend([inner] if inner is not None else [])
    return found[0] if len(found) == 1 else None


def nested_column(schema: Any) -> str | None:
    """The same path in a Parquet or Arrow schema: a text column inside a struct column
    (`content: struct<text: string>`, as `Dataset.to_parquet` writes nested rows)."""
    import pyarrow as pa

    from curate.io.text_aliases import _text_type

    def leaves(fields: Any, prefix: str, depth: int) -> Iterator[str]:
        for field in fields:
            if pa.types.is_struct(field.type) and depth < MAX_DEPTH:
                yield from leaves(field.type, f"{prefix}{field.name}.", depth + 1)
            elif prefix and _text_type(field.type):
                yield f"{prefix}{field.name}"

    return _chosen(leaves(schema, "", 0))


def _chosen(paths: Iterable[str]) -> str | None:
    """The one nested path ending in `text`, else the one ending in a known text field."""
    from curate.io.text_aliases import _KNOWN, DEFAULT_TEXT

    nested = [path for path in paths if 0 < path.count(".") <= MAX_DEPTH]
    for wanted in ({DEFAULT_TEXT}, _KNOWN):
        found = [path for path in nested if _leaf(path) in wanted]
        if len(found) == 1:
            return found[0]
        if found:  # Feedly's `content.content` and `summary.content`
            return _one_wrapped(found)
    return _one_wrapped(nested)


def _leaf(path: str) -> str:
    """A path's last key as matched: in any case; an XML element's text as xmltodict writes
    it (`{"description": {"#text": ..., "@lang": "en"}}`) is its `text`: such a feed turned
    to JSON was read from its `title`, the article lost (session 40)."""
    return path.rsplit(".", 1)[1].casefold().removeprefix("#")


def _one_wrapped(paths: list[str]) -> str | None:
    """The one path `<known text field or text>.<rendered|value|content>`, or None."""
    from curate.io.text_aliases import _KNOWN, DEFAULT_TEXT

    found = [
        path
        for path in paths
        if path.count(".") >= 1
        and path.rsplit(".", 1)[1].casefold() in WRAPPED_LEAVES
        and (
            path.rsplit(".", 2)[-2].casefold() in _KNOWN or path.rsplit(".", 2)[-2] == DEFAULT_TEXT
        )
    ]
    return found[0] if len(found) == 1 else None
