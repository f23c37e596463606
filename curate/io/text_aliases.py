"""The text of records that have no `text` field, read from the well-known field that holds it.

A newcomer's first run over a public corpus or a scraper's output lost every document: rows
under `content` (many Hub datasets, OSCAR-like dumps), `raw_content` (RedPajama v2), `maintext`
(news-please), `body`, `article` or `articleBody` (schema.org exports), or `Text`, were each
quarantined as `missing_field`, and a `.json` file of them was passed over, until the run was
started again with `--text-field`.

When no text field is named (the default, `text`), a file whose first record has no `text` (nor
`html`) is read from the one field that is `text` in another case (`Text`, `TEXT`), else from
the one field of `KNOWN_TEXT_FIELDS` it holds (names matched in any case), its first value a
text of more than one word. Two such fields (`content` and `body`) are not guessed between: the
rows are quarantined as before, and the hint names both. Rows of such a file that do have
`text` are read from it. A named field (`--text-field`, `reader.text_field`) is read as named,
never aliased. A `text` of numbers alone (an id or a count: `1042`, a Parquet
integer column) in every first row, beside one known text field or one column of prose
(`body`), is no text: the file is read from that field (session 40's second newcomer round;
every row was quarantined, "must be a string, got int", and a CSV's `0`, `1` were read as the
texts). Documents read from an alias carry the `text_field` label, so `report.json`
counts them (`text_fields`) and the run says which field it read. Likewise `ID` or `Id` is the
id when a record has no `id` and no id field is named (a table's header matches it already).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import chain, islice
from pathlib import Path
from typing import Any

from curate.io.list_cells import with_lists
from curate.io.settings import ReaderSettings
from curate.io.text_words import text_words

# in order of preference for the documentation; a record holding two of them is not guessed at
KNOWN_TEXT_FIELDS = (
    "content",  # many Hub datasets, OSCAR-like dumps, scrapers
    "raw_content",  # RedPajama v2, CCNet
    "maintext",  # news-please
    "body",
    "article",  # CNN / Daily Mail
    "articleBody",  # schema.org NewsArticle exports
    "article_body",
    "story",
    "contents",  # Pyserini's and Anserini's JsonCollection (`{"id": ..., "contents": ...}`)
    "document",  # XSum, Multi-News, Gigaword: the article beside its `summary`
    "full_text",  # Twitter's API v1.1 (`tweet_mode=extended`) and its archives' tweets
    "selftext",  # Reddit's submissions (Pushshift's `RS_` dumps, the API's `data.children`)
    "story_text",  # Hacker News's Algolia search: an Ask HN's text
    "comment_text",  # ... and a comment's, in the same `hits`
    "bodyText",  # the Guardian's Content API (`show-fields=bodyText`: `fields.bodyText`)
    "lead_paragraph",  # the New York Times' Article Search API (`response.docs`)
)
DEFAULT_TEXT, DEFAULT_ID = "text", "id"
MONGO_ID = "_id"
# the ids other tools write, in order of preference, read when a record has no `id`: NeMo
# Curator's `AddId` (`adlr_id`, "news-0000000001"), RedPajama v2's `doc_id`; they were
# replaced by `<file>-<line>`, so the output no longer matched the tool's own dedup lists
OTHER_IDS = (MONGO_ID, "adlr_id", "doc_id")
_KNOWN = {name.casefold() for name in KNOWN_TEXT_FIELDS}
_SEARCH_DEPTH = 4  # objects looked into for the first record (`{"data": {"articles": [...]}}`)
_UNSET = object()  # a column's value is not known before it is read (Parquet, Arrow)
_NOT_TEXT = object()  # a column of another type (a number, a struct): not a null text
_BLOCKS = object()  # a column of paragraph objects (`list<struct<type, text>>`), not yet read
_NUMBERS = object()  # a column of numbers (an integer or a float type): no text, an id or count
NUMBER = re.compile(r"[+-]?\d[\d.,]{0,40}")  # `1042`, `-3.5`, `1,200` (a CSV's cell)


def text_field_in(record: Mapping[str, Any]) -> str | tuple[str, ...] | None:
    """The field a record without `text` is read from; a tuple of two or more when they are
    ambiguous; None when it holds none. `record` maps names to a first value (`_UNSET` when
    only the name is known, as a column's)."""
    held = [name for name, value in record.items() if isinstance(name, str) and _texty(value)]
    # Web Scraper's link selector `article` beside `article-href`: the link's words, a headline
    held = [name for name in held if f"{name}-href" not in record]  # (io.selection_rows)
    # `{"body": [{"type": "p", "text": ...}]}`: a known field of paragraph blocks, when no
    # known field holds a string (io.paragraph_objects); it was read from its `title`
    blocks = [name for name, value in record.items() if isinstance(name, str) and _blocks(value)]
    for names in (held, blocks):
        # `"Text "`: a key a spreadsheet's column name left spaces around (session 26)
        for wanted in (lambda n: _key(n) == DEFAULT_TEXT, lambda n: _key(n) in _KNOWN):
            found = [name for name in names if wanted(name)]
            if found:
                return found[0] if len(found) == 1 else tuple(found)
    # `{"title": ..., "paragraphs": [{"text": ...}]}`: untyped blocks under a paragraphs' name
    from curate.io.paragraph_objects import named_paragraphs, titled

    found = [name for name in blocks if named_paragraphs(name, record[name], _BLOCKS)]
    if len(found) == 1 and titled(record, _UNSET):
        return found[0]
    from curate.io.selection_items import selection_field  # ParseHub's `[{"name": ...}]`

    return selection_field(record)


def _blocks(value: Any) -> bool:
    """A first value of paragraph objects holding a text of more than one word, or a column
    of them (`list<struct<text: string>>`)."""
    from curate.io.paragraph_objects import paragraph_blocks

    if value is _BLOCKS:
        return True
    return _texty(paragraph_blocks(value))


def _key(name: str) -> str:
    """A field's name as aliases are matched: in any case, spaces around it aside."""
    return name.strip().casefold()


def row_alias(row: Mapping[str, Any], fields: tuple[str, ...]) -> str | None:
    """The one known field a row's text is under when its `text` is null, blank or missing
    and the file was read by `text` (none named): `pd.concat` of a frame with `text` and one
    with `content` gives rows of each with the other null (a `.csv` writes it blank), and the
    `content` rows were quarantined, "'text' is null", or removed as empty, with no word of
    the field beside it (session 25); so was a scraper's `{"text": "", "content": ...}`.
    A file read by an alias its first row held (`text`, then `story_text`) reads the same
    way a row whose text is in another known field: Hacker News's search mixes stories
    (`story_text`) and comments (`comment_text`) in one `hits`, and the comments were
    quarantined (session 33). None for a field named otherwise, or when no such field, or
    two, hold a text."""
    if not _aliases_only(fields):
        return None
    found = text_field_in({k: v for k, v in row.items() if k not in fields})
    return found if isinstance(found, str) else None


def _aliases_only(fields: tuple[str, ...]) -> bool:
    """`text` alone, or `text` then known text fields: the fields curate chose, not a
    field of another name the recipe asked for."""
    return (
        bool(fields)
        and fields[0] == DEFAULT_TEXT
        and all(_key(name) in _KNOWN for name in fields[1:])
    )


def alias_columns(names: Iterable[str], fields: tuple[str, ...]) -> list[str]:
    """The columns a columnar file's rows need for `row_alias`: its known text fields, when
    it is read by `text` or by aliases curate chose (none named)."""
    if not _aliases_only(fields):
        return []
    return [n for n in names if n not in fields and (_key(n) in _KNOWN or _key(n) == DEFAULT_TEXT)]


def id_field_in(names: Iterable[Any]) -> str | None:
    """`ID` or `Id` when a record has no `id` and exactly one such name; else `_id` (BEIR's
    `corpus.jsonl`, a MongoDB export), whose ids were replaced by `<file>-<line>` and so no
    longer matched the queries' and qrels' ids; else another tool's (`OTHER_IDS`)."""
    names = [name for name in names if isinstance(name, str)]
    if DEFAULT_ID in names:
        return None
    found = [name for name in names if _key(name) == DEFAULT_ID]
    if len(found) == 1:
        return found[0]
    if found:
        return None
    return next((name for name in OTHER_IDS if name in names), None)


def aliased(
    settings: ReaderSettings,
    record: Mapping[str, Any] | None,
    sample: list[Any] | None = None,
    rows: Callable[[list[str]], Iterable[Any]] | None = None,
) -> ReaderSettings:
    """`settings` for a file whose first record is `record`: its text read from an alias
    (after `text`, for the rows that have it), its id from `ID`, where neither is named.
    `sample`: the file's first records, whose one column of prose is its text when no name
    tells it (io.prose_columns). `rows(columns)`: its first records, whose values tell an id under a
    name of its own (`tweet_id`, `guid`: io.id_columns)."""
    if not record and sample:
        record = next((row for row in sample if isinstance(row, Mapping) and row), None)
    if not record:
        return settings
    changes: dict[str, Any] = {}
    if settings.text_field == DEFAULT_TEXT and not {DEFAULT_TEXT, "html"} & set(record):
        found = text_field_in(record)
        if found is None:  # `{"content": {"text": ...}}` (io.nested_text)
            from curate.io.nested_text import nested_text_field

            found = nested_text_field(record)
        if found is None:
            found = _empty_text_field(record)
        if found is None and sample is not None:  # `Article Text`, `full_text`
            from curate.io.prose_columns import prose_field

            found = prose_field(sample)
        if isinstance(found, str):
            changes["text_field"] = (DEFAULT_TEXT, found)
    elif settings.text_field == DEFAULT_TEXT and isinstance(record.get(DEFAULT_TEXT), dict):
        from curate.io.nested_text import nested_text_field  # `{"text": {"value": ...}}`

        inner = nested_text_field({DEFAULT_TEXT: record[DEFAULT_TEXT]})
        if inner is not None:  # the rows of a string `text` read from it still
            changes["text_field"] = (inner, DEFAULT_TEXT)
    elif settings.text_field == DEFAULT_TEXT and _empty_beside(record) is not None:
        changes["text_field"] = (_empty_beside(record), DEFAULT_TEXT)  # news-please's `maintext`
    elif settings.text_field == DEFAULT_TEXT and "html" not in record:
        found = _prose_beside_numbers(record, rows)  # `text` an id, `body` the prose
        if found is not None:
            changes["text_field"] = found
    if settings.id_field == DEFAULT_ID:
        found_id = id_field_in(record)
        if found_id is None and rows is not None:  # `tweet_id`, `guid` (io.id_columns)
            from curate.io.id_columns import document_id_field

            found_id = document_id_field(record, rows)
        if found_id is not None:
            changes["id_field"] = found_id
    return dataclasses.replace(settings, **changes) if changes else settings


def _prose_beside_numbers(
    record: Mapping[str, Any], rows: Callable[[list[str]], Iterable[Any]] | None
) -> str | None:
    """The one known text field, or else the one column of prose, of a file whose `text` is
    a number in every first row (see the module); None when `text` holds any text or no
    field beside it tells the prose."""
    if not _numbers(record.get(DEFAULT_TEXT)):
        return None
    sample = [row for row in (rows([DEFAULT_TEXT]) if rows is not None else []) if row]
    if record.get(DEFAULT_TEXT) is not _NUMBERS and not all(  # a column's type tells it
        isinstance(row, Mapping)
        and row.get(DEFAULT_TEXT) in (None, "")
        or _numbers(row.get(DEFAULT_TEXT))
        for row in sample
    ):
        return None  # `"42"` first, prose under it: a text column of short answers
    found = text_field_in({k: v for k, v in record.items() if k != DEFAULT_TEXT})
    if found is None and sample and record.get(DEFAULT_TEXT) is not _NUMBERS:
        from curate.io.prose_columns import prose_field

        found = prose_field([{k: v for k, v in r.items() if k != DEFAULT_TEXT} for r in sample])
        found = found if isinstance(found, str) and _prose(sample, found) else None
    return found if isinstance(found, str) else None


def _prose(rows: list[Any], name: str) -> bool:
    """`rows[...][name]` of prose: `MIN_WORDS` words a row on average, no title's few."""
    from curate.io.prose_columns import MIN_WORDS

    values = [row.get(name) if isinstance(row, Mapping) else None for row in rows]
    words = sum(text_words(value) for value in values if isinstance(value, str))
    return bool(values) and words >= MIN_WORDS * len(values)


def _numbers(value: Any) -> bool:
    """A number, a column of numbers, or a string of one (a CSV's `1042`); a bool is none."""
    if value is _NUMBERS or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return True
    return isinstance(value, str) and NUMBER.fullmatch(value.strip()) is not None


def _empty_text_field(record: Mapping[str, Any]) -> str | None:
    """The one known text field a record holds empty (`"maintext": null`, `""`), when no row
    looked at holds a text: a news-please article whose extraction failed, saved as its own
    `.json`, was passed over among the skipped files; read from that field, it is quarantined
    ("'maintext' is null") and counted. A one-word value or an object stays no text."""
    found = [
        name
        for name, value in record.items()
        if isinstance(name, str) and _key(name) in _KNOWN and value in (None, "")
    ]
    return found[0] if len(found) == 1 else None


def _empty_beside(record: Mapping[str, Any]) -> str | None:
    """The one known text field a record holds empty beside an empty `text`: news-please
    writes its deprecated `text` null beside `maintext`, and an article it could not extract
    was quarantined as "'text' is null", naming the field no one filled (session 43)."""
    if record.get(DEFAULT_TEXT) not in (None, ""):
        return None
    return _empty_text_field({k: v for k, v in record.items() if k != DEFAULT_TEXT})


def file_reader(path: Path, reader: Any, kind: str | None = None) -> Any:
    """The reader settings for one JSON Lines, JSON or table file (see the module); `reader`
    itself when nothing is aliased, or when fields are named. `kind` ("json", "table"): what
    the file holds when its name says another (io.other_kinds)."""
    from curate.io.readers import JSON_SUFFIXES, JSONL_SUFFIXES, TABLE_SUFFIXES, suffix_of
    from curate.io.settings import reader_settings

    settings = reader_settings(reader)
    if settings.text_field != DEFAULT_TEXT and settings.id_field != DEFAULT_ID:
        return reader
    suffix = suffix_of(path)
    if kind == "json" or (kind is None and suffix in (*JSONL_SUFFIXES, *JSON_SUFFIXES)):
        record = _json_record(path)
        sample = None if _decides(record) else _json_sample(path)
        found = aliased(settings, record, sample, lambda _: sample or _json_sample(path))
        reads = _json_reads
    elif kind == "table" or suffix in TABLE_SUFFIXES:
        record, rows = _table_record(path)
        found = aliased(settings, record, None if _decides(record) else rows, lambda _: rows)
        reads = _table_reads
    else:
        return reader
    if found.text_field != settings.text_field and not reads(path, found.text_fields):
        found = dataclasses.replace(found, text_field=settings.text_field)  # not its records'
    return reader if found == settings else found


def columnar_settings(
    settings: ReaderSettings, schema: Any, batches: Callable[[list[str]], Any] | None = None
) -> ReaderSettings:
    """The settings for a Parquet or Arrow file of this schema: a column of text (a string,
    binary or list type) under a known name, `ID` for the id (see the module); else, given
    `batches` (the file's record batches of some columns), its one column of prose
    (io.prose_columns)."""
    record = {field.name: _UNSET for field in schema if _text_type(field.type)}
    record.update({field.name: _BLOCKS for field in schema if _block_type(field.type)})
    record.update({field.name: _NUMBERS for field in schema if _number_type(field.type)})
    record.update({name: _NOT_TEXT for name in schema.names if name not in record})
    if batches is not None:  # `text` of digit strings ("1042"): an id, as an integer column is
        record.update(_digit_columns(record, _first_rows(batches)))
    found = aliased(settings, record, rows=None if batches is None else _first_rows(batches))
    if found.text_field == DEFAULT_TEXT and text_field_in(record) is None and "html" not in record:
        from curate.io.nested_text import nested_column

        path = nested_column(schema)  # `content: struct<text: string>` (io.nested_text)
        if path is not None:  # `text: struct<value: string>`: its inner text first
            inside = path.startswith(f"{DEFAULT_TEXT}.")
            fields = (path, DEFAULT_TEXT) if inside else (DEFAULT_TEXT, path)
            found = dataclasses.replace(found, text_field=fields)
        elif batches is not None:  # `Article Text`, `full_text` (io.prose_columns)
            prose = _prose_column(schema, batches)
            if prose is not None:  # beside a `text` of ids, the prose alone (see the module)
                ids = record.get(DEFAULT_TEXT) is _NUMBERS
                ids = ids and _prose(_first_rows(batches)([prose]), prose)
                found = dataclasses.replace(
                    found, text_field=prose if ids else (DEFAULT_TEXT, prose)
                )
    return found


def _digit_columns(
    record: Mapping[str, Any], rows: Callable[[list[str]], list[Any]]
) -> dict[str, Any]:
    """The string columns named as a text is (`text`, a known alias) whose every first value
    is a number written out (`"1042"`, `"00017"`), each as a column of numbers: a Parquet
    `text` of ids beside `article` was read as the texts (`1042`), and so was a `content` of
    counts beside a column of prose (session 41's newcomer round; a JSON or CSV row's
    strings were told already, `_numbers`). A column of any other value, or of none, stays."""
    names = [
        name
        for name, value in record.items()
        if value is _UNSET and (_key(name) == DEFAULT_TEXT or _key(name) in _KNOWN)
    ]
    if not names:
        return {}
    first = rows(names)
    found = {}
    for name in names:
        values = [row.get(name) for row in first if isinstance(row, Mapping)]
        filled = [value for value in values if value not in (None, "")]
        if filled and all(isinstance(v, str) and _numbers(v) for v in filled):
            found[name] = _NUMBERS
    return found


def _first_rows(batches: Callable[[list[str]], Any]) -> Callable[[list[str]], list[Any]]:
    """A columnar file's first rows of some columns (for io.id_columns), none when unreadable."""
    import pyarrow as pa

    from curate.io.prose_columns import MAX_ROWS

    def rows(columns: list[str]) -> list[Any]:
        try:
            first = next(iter(batches(list(columns))), None)
        except (pa.ArrowException, OSError):
            return []
        return [] if first is None else first.slice(0, MAX_ROWS).to_pylist()

    return rows


def _prose_column(schema: Any, batches: Callable[[list[str]], Any]) -> str | None:
    """The one string column of prose (or of short texts, or of lists of paragraphs) in a
    columnar file's first rows, or None."""
    import pyarrow as pa

    from curate.io.prose_columns import MAX_ROWS, prose_field

    def texty(kind: Any) -> bool:
        return pa.types.is_string(kind) or pa.types.is_large_string(kind)

    # a list of paragraphs (`list<string>`) is told by its text joined (io.prose_columns)
    names = [
        field.name
        for field in schema
        if texty(field.type)
        or (pa.types.is_list(field.type) or pa.types.is_large_list(field.type))
        and texty(field.type.value_type)
        or _block_type(field.type)  # `list<struct<type, text>>` (io.paragraph_objects)
    ]
    if not names:
        return None
    try:
        first = next(iter(batches(names)), None)
    except (pa.ArrowException, OSError):
        return None
    if first is None:
        return None
    found = prose_field(first.slice(0, MAX_ROWS).to_pylist())
    return found if isinstance(found, str) else None


def alias_reads(path: Path, fields: tuple[str, ...]) -> bool:
    """A `.json`, `.csv` or `.tsv` file whose records are read from an alias: read, not passed
    over as holding no text field."""
    if fields != (DEFAULT_TEXT,):
        return False
    settings = file_reader(path, ReaderSettings())
    return isinstance(settings, ReaderSettings) and settings.text_fields != fields


def ambiguous_hint(row: Mapping[str, Any]) -> str | None:
    """The hint of a row quarantined for holding two known text fields and no `text`."""
    found = text_field_in(row)
    if found is None and DEFAULT_TEXT not in row:  # two columns of prose (io.prose_columns)
        from curate.io.prose_columns import prose_field

        found = prose_field([row], hint=True)
    if not isinstance(found, tuple):
        return None
    from curate.io.shell_words import shell_word

    names = " and ".join(map(repr, found))
    options = " or ".join(f"--text-field {shell_word(name)}" for name in found)
    return f"; {names} may each hold the text, so neither is read: name it, {options}"


def _json_reads(path: Path, fields: tuple[str, ...]) -> bool:
    from curate.io.readers import json_records

    return json_records(path, fields) is not None


def _table_reads(path: Path, fields: tuple[str, ...]) -> bool:
    from curate.io.readers import table_columns

    return table_columns(path, fields) is not None


def _json_record(path: Path) -> dict[str, Any] | None:
    """The first record of a JSON Lines or JSON file: the first object, looked for under
    wrappers and in lists, that holds `text` (in any case), `html` or a known text field."""
    from curate.io.readers import _first_record

    first, kind = _first_record(path)
    record = _record_in(first)
    if kind in ("lines", "array") and not _decides(record):  # io.first_text_row
        from curate.io.first_text_row import first_deciding, later_array_items, later_json_lines

        values = later_json_lines(path) if kind == "lines" else later_array_items(path)
        later = (_record_in(value) for value in values)
        record = first_deciding(chain([record], later), _decides)
    return record


def _decides(record: Any) -> bool:
    """A record the text field can be guessed from: it has `text` or `html`, or a field of
    more than one word under a known name (at the top, or one or two objects down)."""
    if not isinstance(record, dict) or not record:
        return False
    if DEFAULT_TEXT in record or "html" in record or text_field_in(record) is not None:
        return True
    from curate.io.nested_text import nested_text_field

    return nested_text_field(record) is not None


def _record_in(first: Any) -> dict[str, Any] | None:
    """The first object, looked for under wrappers and in lists, that holds `text` (in any
    case), `html` or a known text field (see `_json_record`)."""
    from curate.io.paragraph_objects import body_blocks
    from curate.io.record_lists import records_list

    wanted = {DEFAULT_TEXT, "html", *_KNOWN}
    # (value, reached from `first` through objects alone): then the text is a field of `first`
    # (`{"id": 7, "document": {"text": ...}}`, io.nested_text), not a record under a wrapper
    level = [(first, True)]
    for _ in range(_SEARCH_DEPTH):
        below: list[tuple[Any, bool]] = []
        for value, in_first in level:
            if isinstance(value, dict):
                # `{"article": [{"title": ..., "url": ...}]}`: records, no text (io.record_lists)
                if any(
                    isinstance(k, str) and _key(k) in wanted and not records_list(v)
                    for k, v in value.items()
                ):
                    return first if in_first else value
                # an article's typed blocks are its body, no records (io.paragraph_objects)
                below.extend(
                    (item, in_first) for item in value.values() if not body_blocks(value, item)
                )
            elif isinstance(value, list) and value:  # its first item with a text, else its first
                from curate.io.first_text_row import first_deciding

                item = first_deciding(value, _decides)
                if _text_below(item, wanted):  # `{"_id": 1, "_source": {"text": ...}}`: the item
                    return item  # is the record (Elasticsearch's hits: io.nested_records)
                below.append((item, False))
        level = below
    return None


def _text_below(item: Any, wanted: set[str]) -> bool:
    """A list's item whose text is one or two objects down, none of its own keys a text's."""
    if not isinstance(item, dict) or any(isinstance(k, str) and _key(k) in wanted for k in item):
        return False
    from curate.io.nested_records import ROW_KEY
    from curate.io.nested_text import nested_text_field

    if isinstance(item.get(ROW_KEY), dict):
        return False  # the dataset viewer's `{"row_idx": 0, "row": {...}}`: the row is the record
    return nested_text_field(item) is not None


def _json_sample(path: Path) -> list[Any]:
    """A `.json` / `.jsonl` file's first records, flat objects, for io.prose_columns."""
    from curate.io.first_text_row import later_array_items, later_json_lines
    from curate.io.prose_columns import MAX_ROWS
    from curate.io.readers import _first_record

    first, kind = _first_record(path)
    later: Iterable[Any] = ()
    if kind == "lines":
        later = later_json_lines(path)
    elif kind == "array":
        later = later_array_items(path)
    elif kind != "object":
        return []
    rows = [row for row in islice(chain([first], later), MAX_ROWS) if isinstance(row, dict)]
    if len(rows) == 1 and not _holds_prose(rows[0], alone=True):  # `{"items": [...]}`
        wrapped = [row for row in _wrapped_records(rows[0])[:MAX_ROWS] if isinstance(row, dict)]
        rows = wrapped or rows  # else one article, its body in typed blocks (io.prose_columns)
    return rows


def _holds_prose(record: Any, alone: bool = False) -> bool:
    """An object with a value of short text or prose of its own; `alone`: of prose (a feed's
    one-line `description` beside its `items` is no text of a record of its own)."""
    from curate.io.prose_columns import MIN_WORDS, prose_field

    if not isinstance(record, dict):
        return False
    if alone:
        return any(isinstance(v, str) and text_words(v) >= MIN_WORDS for v in record.values())
    return prose_field([record], hint=True) is not None


def _wrapped_records(wrapper: dict[str, Any]) -> list[Any]:
    """The records an object wraps under a name no list knows (JSON Feed's `items`, a CMS
    export's `posts`, `{"db": [{"data": {"posts": [...]}}]}`): the first list of objects met,
    level by level, whose first objects hold prose, looked for `_SEARCH_DEPTH` levels down (a
    list's first item alone); none when it holds no such list.
    Their text column is then told by what they hold (io.prose_columns); they were passed
    over, "holds no records"."""
    from curate.io.paragraph_objects import body_blocks

    level: list[Any] = [wrapper]
    for _ in range(_SEARCH_DEPTH):
        below: list[Any] = []
        for value in level:
            items = value.values() if isinstance(value, dict) else value[:1]
            for item in items:
                records = isinstance(item, list) and item and all(isinstance(x, dict) for x in item)
                records = records and not body_blocks(value, item)  # io.paragraph_objects
                if records and any(map(_holds_prose, item[:3])):
                    return item
                if isinstance(item, (dict, list)):  # Ghost's `{"db": [{"data": {"posts"...`
                    below.append(item)
        level = below
    return []


def _table_record(path: Path) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """A `.csv` / `.tsv` file's header with its first row's values (matched in any case), and
    its first rows (for io.prose_columns)."""
    import csv
    import zlib

    from curate.io.readers import _dialect, _preamble, _text_lines, table_columns

    fields = (DEFAULT_TEXT, *KNOWN_TEXT_FIELDS)
    if table_columns(path, fields) is None:
        return _prose_table(path)
    skip = _preamble(path, fields)
    from curate.io.first_text_row import MAX_ROWS, first_deciding
    from curate.io.table_header import table_header

    try:
        rows = csv.reader(_text_lines(path, skip=skip), **_dialect(path, skip))
        header = table_header(next(rows, None) or [], fields)
        found = [  # `['p1', 'p2']`: a list column as pandas writes it (io.list_cells)
            with_lists(dict(zip(header, row + [None] * len(header), strict=False)))
            for row in islice(rows, MAX_ROWS)
        ]
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
        return None, []
    # the first row that holds a text decides, not a first page that failed (io.first_text_row)
    return first_deciding(found, _decides) or dict.fromkeys(header), found


def _prose_table(path: Path) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """A table whose header names no known text column: (None, its first rows), for
    io.prose_columns to tell its text by what the rows hold."""
    import csv
    import zlib

    from curate.io.headerless import headerless_reason
    from curate.io.prose_columns import MAX_ROWS
    from curate.io.readers import _dialect, _text_lines, id_text_table

    if id_text_table(path) is not None:  # rows without a header (io.id_text_rows)
        return None, []
    try:
        rows = csv.DictReader(_text_lines(path), **_dialect(path))
        if headerless_reason(rows.fieldnames or []) is not None:  # a first row of data
            return None, []
        read = list(islice(rows, MAX_ROWS))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
        return None, []
    # a header's rows are of its width, most of them: a first row of data narrower than the
    # rows under it (`d1<TAB>short` over `id<TAB>text<TAB>label`) names no columns (io.ragged_rows)
    fitting = [row for row in read if None not in row and None not in row.values()]
    if 2 * len(fitting) <= len(read):
        return None, []
    return None, [with_lists({k: v for k, v in row.items() if k is not None}) for row in read]


def _texty(value: Any) -> bool:
    """A first value that looks like a document's text: more than one word, or a list of
    texts (paragraphs, a column); a column's unknown value counts."""
    if value is _UNSET:
        return True
    if isinstance(value, list):  # its first item, after blank ones (io.text_nodes' `"\n  "`)
        filled = [part for part in value if not (isinstance(part, str) and not part.strip())]
        return bool(filled) and _texty(filled[0])
    return isinstance(value, str) and text_words(value) > 1  # `新闻 ...` too (io.text_words)


def _block_type(kind: Any) -> bool:
    """A column of paragraph objects: a list of structs with a string under a block's key
    (`list<struct<type: string, text: string>>`, io.paragraph_objects)."""
    import pyarrow as pa

    from curate.io.paragraph_objects import BLOCK_KEYS

    if not (pa.types.is_list(kind) or pa.types.is_large_list(kind)):
        return False
    inner = kind.value_type
    if not pa.types.is_struct(inner):
        return False
    return any(
        inner.field(i).name in BLOCK_KEYS
        and (
            pa.types.is_string(inner.field(i).type) or pa.types.is_large_string(inner.field(i).type)
        )
        for i in range(inner.num_fields)
    )


def _number_type(kind: Any) -> bool:
    """An integer, a float or a decimal column: an id or a count, never a text."""
    import pyarrow as pa

    return pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_decimal(kind)


def _text_type(kind: Any) -> bool:
    """A column type a text can be stored in: a string, binary (Spark), or a list of them."""
    import pyarrow as pa

    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return _text_type(kind.value_type)
    # pandas' `category` dtype (`df["content"].astype("category")`), Polars' `Categorical`:
    # stored dictionary-encoded, the column's type is `dictionary<values=string, ...>`; such a
    # `content` was no text column and every row was quarantined (session 25)
    if pa.types.is_dictionary(kind):
        return _text_type(kind.value_type)
    return (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_binary(kind)
        or pa.types.is_large_binary(kind)
        or str(kind) == "string_view"
    )
