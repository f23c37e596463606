"""A row's title and URL beside its text, when the text is one object down.

A row whose text is found under a wrapper (`{"_id": 7, "_source": {"title": ..., "url": ...,
"text": ...}}`: Elasticsearch's hits and `elasticdump`; `{"document": {"title": ..., "text":
...}}`: io.nested_text) had its text read and its title and URL dropped: the reader looked
for them at the top only, so every document came out with no title and its file as `source`.
The top level still comes first; then the text's own object. A title Solr stores as a
multi-valued field (`"title": ["Budget talks"]`) is its one string.

A title given in the forms the text is (`{"title": {"rendered": ...}, "content": {"rendered":
...}}`) is the form the text is read in.

A row with no `title` takes its title from another name a title goes by (`headline`,
`post_title`, `Title`: `title_names` in `curate/data/columns.yaml`); such documents had none
(a HuffPost or schema.org export's `headline`, a WordPress export's `post_title`). So does the
object that holds the text (`{"article": {"headline": ..., "body": ...}}`, session 41).

A row with none of those takes `metadata.title`, where crawl services keep a page's title
beside its text: Apify's Website Content Crawler (`{"url", "crawl", "metadata": {"title", ...},
"text", "markdown"}`; its CSV export flattens it to a `metadata/title` column) and Firecrawl
(`{"markdown", "metadata": {"title", "sourceURL", ...}}`). Every such page had no title
(newcomer round 25).

A title one object down (session 40's second newcomer round; `title_holders` and `title_parts`
in `curate/data/columns.yaml`): the title of a `meta` object as of a `metadata` one, under
`title` or a name of `title_names` (`{"metadata": {"headline": ...}}`), and a title that is an
object of parts (the NYT Article Search API's `"headline": {"main": ..., "print_headline":
...}`) its `main`. Each such document had none; a Markdown front matter's `headline:` is read
by `named_title` too (io.markdown).

Webflow's CMS export (`<Site> - Blog Posts - <id>.csv`) names an item's title `Name`, beside
`Slug`, `Collection ID` and `Item ID`: its posts had none. `Name` is the title only with those
three beside it (a table of tweets' `name` is its author's).
"""

from __future__ import annotations

from functools import cache
from typing import Any


def beside_text(row: dict[str, Any], text_field: str, name: str) -> Any:
    """`row[name]`, else `name` in the object that holds the text (`_source.title` for
    `_source.text`), else None."""
    value = row.get(name)
    if value is None and "." in text_field:  # the import only then: a row of the hot path
        from curate.io.fields import field_value

        value = field_value(row, f"{text_field.rsplit('.', 1)[0]}.{name}")
    return value


def other_title(row: dict[str, Any], text_field: str) -> Any:
    """The value of the one field of `row` named as a title is (see the module), not the
    text's own; None when none or two."""
    names = _title_names()
    found = [
        key
        for key in row
        if isinstance(key, str) and key != text_field and _title_key(key) in names
    ]
    return row[found[0]] if len(found) == 1 else None


def text_object_title(row: dict[str, Any], text_field: str) -> str | None:
    """The title the object holding the text gives under another name a title goes by
    (`{"article": {"headline": ..., "body": ...}}`: `named_title`), else None. Such rows had
    none: only `title` was looked for beside a text one object down (session 41's newcomer
    round)."""
    if "." not in text_field:
        return None
    from curate.io.fields import field_value

    holder = field_value(row, text_field.rsplit(".", 1)[0])
    if not isinstance(holder, dict):
        return None
    inner = text_field.rsplit(".", 1)[1]
    return named_title({key: value for key, value in holder.items() if key != inner})


def metadata_title(row: dict[str, Any]) -> str | None:
    """The title of `row["metadata"]` or `row["meta"]` (`named_title`; see the module), else
    None."""
    for holder in _title_objects("title_holders"):
        value = row.get(holder)
        title = named_title(value) if isinstance(value, dict) else None
        if title is not None:
            return title
    return None


def named_title(fields: dict[str, Any]) -> str | None:
    """`fields["title"]`, else the value of its one field named as a title is (`headline`),
    each read by `title_part`, when it is a string of words; else None."""
    title = title_part(fields.get("title"))
    if not isinstance(title, str) or not title.strip():  # `title = ''` beside a `headline`
        names = _title_names()
        found = [
            key
            for key in fields
            if isinstance(key, str) and key != "title" and _title_key(key) in names
        ]
        title = title_part(fields[found[0]]) if len(found) == 1 else None
    return title if isinstance(title, str) and title.strip() else None


def title_part(value: Any) -> Any:
    """`{"main": "Budget talks", "print_headline": ...}` -> `"Budget talks"`: the part of a
    title object that is the title (`title_parts`); anything else as it is."""
    if isinstance(value, dict):
        for part in _title_objects("title_parts"):
            if isinstance(value.get(part), str):
                return value[part]
    return value


WEBFLOW_COLUMNS = ("Slug", "Collection ID", "Item ID")


def webflow_title(row: dict[str, Any]) -> str | None:
    """`row["Name"]` of a Webflow CMS export's row (see the module), else None."""
    if not all(name in row for name in WEBFLOW_COLUMNS):
        return None
    name = row.get("Name")
    return name if isinstance(name, str) and name.strip() else None


def title_columns(names: list[str]) -> list[str]:
    """The columns of a columnar file that `other_title` may read a title from."""
    return [name for name in names if _title_key(name) in _title_names()]


def _title_key(name: str) -> str:
    return name.strip().casefold().replace(" ", "_")


@cache
def _title_names() -> frozenset[str]:
    from curate.resources import data_file

    names = data_file("columns.yaml")["title_names"]  # `webTitle` as the Guardian spells it
    return frozenset(_title_key(name) for name in names) | {"title"}


@cache
def _title_objects(key: str) -> tuple[str, ...]:
    from curate.resources import data_file

    return tuple(data_file("columns.yaml")[key])


def title_form(value: Any, text_field: str) -> Any:
    """A title given as an object of forms, as the text is (WordPress's REST API:
    `title.rendered` beside `content.rendered`): the form the text is read in, its HTML
    entities read (`&#8217;`); anything else as it is. Such titles were dropped (no string)."""
    if isinstance(value, dict) and "." in text_field:
        form = value.get(text_field.rsplit(".", 1)[1])
        if isinstance(form, str):
            import html

            return html.unescape(form) if "&" in form else form
    return value


def one_string(value: Any) -> Any:
    """`["Budget talks"]` (one string in a list) -> `"Budget talks"`; anything else as it is."""
    if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str):
        return value[0]
    return value
