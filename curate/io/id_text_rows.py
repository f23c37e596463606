"""A `.tsv` / `.csv` of `id<TAB>text` rows and no header: MS MARCO's `collection.tsv`, a
BEIR-like `corpus.tsv`, `cut -f1,2` of a bigger table.

Such a file was passed over with the advice to write it with a header ("its first row (line 1)
is data, not a header", io.headerless): the whole corpus left out of a first run, for want of
a line that names two columns everyone knows. It is read when its shape leaves no doubt, over
the first `SAMPLE_ROWS` rows: each has exactly two fields, the first an id (a token without
spaces, at most `MAX_ID_CHARS`; distinct, so no label column of `0`/`1`) and the second a text
longer than its id, the first row's text longer than any header (io.headerless). The id is the
document's id (`settings.id_field`), the text its text. A later row of another shape is
quarantined naming its line; any other headerless table keeps the advice.

The text may come first (session 25): `text<TAB>label` (SST-2-like sentiment files, `cut -f`
of a labelled set) or `text,id` without a header was passed over with the same advice. Such a
table is read a row a document when each of its first rows holds two fields, the first a text
(words) longer than the second, the second a token without spaces (as an id is); its first row
is data, not a header, when its text is longer than any header's or its second cell is a number
or a value later rows repeat (a label: a header's `label` is not among the rows' `0` and `1`).
Distinct second cells are the ids; repeated ones a label, not read (the documents' ids are the
file's and line's, as for a row without an id).

The short cell may be a web address of any length (session 25, round 15): a headerless
`title,url` or `url,text` export (a link list, a scraper's `writerow([title, url])`) whose
addresses were longer than `MAX_ID_CHARS` got the advice to write a header. A cell that is one
`http(s)://` address without spaces stands where an id does; it is also the document's `url`.

Three columns or more, or a label first, or one column (session 26, round 16):
`id<TAB>text<TAB>label` (a labelled corpus cut with `cut -f1-3`), AG News'
`class,title,description`, Yelp's `"label","text"`, MS MARCO's `docid<TAB>url<TAB>title<TAB>body`
and a text a row (`df.text.to_csv(header=False)`) were passed over with the advice to write a
header. Such a table (`Columns`) is read a row a document when each of its first rows has the
same 1 to `MAX_COLUMNS` fields, one column of prose in every row (the longest such: the text),
and, beside it, another of tokens (an id, a label, an address); its first row is data when
its text has more words than a header's cell or a token of it is a number, an address or a
value later rows repeat (a single column: when its first cell has more words than a header's).
Of the other columns, the first of distinct tokens is the id, an address column the `url`, a
column of repeated tokens the `label`, a prose column before the text its `title`; any other is
`column_<n>`. A row's fields go with its document as a JSON
Lines row's do (the id, title and url are read; a label is not published, as a JSONL row's
`label` is not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, NamedTuple

SAMPLE_ROWS = 100  # rows looked at before the file is taken for id and text
MAX_ID_CHARS = 64  # a passage id, a UUID, `doc-00012`; a longer cell is no id
ID = re.compile(rf"\S{{1,{MAX_ID_CHARS}}}|https?://\S+")  # an id, or a web address of any length
URL = re.compile(r"https?://\S+")
CODE = re.compile(r"[a-z][a-z_-]{0,31}")  # `newsletter`, `only_paid`: a value of a set of codes
MAX_CODE_WORDS = (
    2  # of a script written without spaces in a code: `文章123`, `第2章` (io.text_words)
)


ID_TEXT, TEXT_ID, TEXT_LABEL = "id, text", "text, id", "text, label"  # a table's shapes
MAX_COLUMNS = 8  # a wider headerless table keeps its advice
ID_COLUMN = "id"  # `Columns.fields`: the column read as the id (the recipe's `id_field`)


class Columns(NamedTuple):
    """A headerless table of 2 to `MAX_COLUMNS` columns (see the module): each column's field,
    None for the text's."""

    fields: tuple[str | None, ...]
    null: str | None = None  # a cell that is no value (trafilatura's `null`: io.trafilatura_csv)

    def __str__(self) -> str:
        return ", ".join(name or "text" for name in self.fields)


def table_shape(rows: Iterable[list[str]]) -> str | Columns | None:
    """`ID_TEXT`, `TEXT_ID`, `TEXT_LABEL` or `Columns` when the first rows of a headerless
    table leave no doubt (see the module), else None."""
    sample = list(islice((r for r in rows if r), SAMPLE_ROWS))
    shape = _strict_shape(sample)
    if shape is not None:
        return shape
    from curate.io.ragged_rows import regular_rows

    regular = regular_rows(sample)  # a row or a few of another width (io.ragged_rows)
    return _strict_shape(regular) if regular is not None else None


def _strict_shape(sample: list[list[str]]) -> str | Columns | None:
    from curate.io.trafilatura_csv import trafilatura_shape

    known = trafilatura_shape(sample)  # `trafilatura --csv`: its columns (io.trafilatura_csv)
    if known is not None:
        return known
    if is_id_text(sample):
        return ID_TEXT
    return _text_first(sample) or _columns(sample)


def row_shape(row: list[str]) -> str | Columns | None:
    """The shape of one row alone (a line of strings among JSON records: no header to tell it
    from): a token and a prose cell are `ID_TEXT` or `TEXT_ID`, wider rows `Columns`."""
    cells = [cell.strip() for cell in row]
    if len(cells) == 2 and ID.fullmatch(cells[0]) and " " in cells[1]:
        return ID_TEXT
    if len(cells) == 2 and ID.fullmatch(cells[1]) and " " in cells[0]:
        return TEXT_ID
    return _columns([row], headed=False) if len(cells) > 2 else None


def _columns(rows: list[list[str]], headed: bool = True) -> Columns | None:
    """The `Columns` of a headerless table of one prose column among token columns, or None;
    `headed`: its first row may be a header."""
    from curate.io.headerless import MAX_HEADER_WORDS

    width = len(rows[0]) if rows else 0
    if not 1 <= width <= MAX_COLUMNS or any(len(row) != width for row in rows):
        return None
    cells = [[row[i].strip() for row in rows] for i in range(width)]
    prose = [i for i, column in enumerate(cells) if all(" " in cell for cell in column)]
    tokens = [i for i, column in enumerate(cells) if all(ID.fullmatch(c) for c in column)]
    if width == 1:  # a text a row: `df.text.to_csv(header=False)`, its first no column name
        data = bool(prose) and len(cells[0][0].split()) > MAX_HEADER_WORDS
        return Columns((None,)) if data else None
    if not prose or not tokens:
        return None
    text = max(prose, key=lambda i: (sum(len(cell) for cell in cells[i]), -i))
    if width == 2 and (tokens != [0] or len(set(cells[0])) == len(rows)):
        return None  # two columns: only `label, text` (the others are read above)
    firsts = [cells[i][0] for i in tokens]
    repeated = [cells[i][0] in cells[i][1:] for i in tokens]
    data = len(cells[text][0].split()) > MAX_HEADER_WORDS or any(repeated)
    data = data or any(cell.isdigit() or URL.fullmatch(cell) for cell in firsts)
    if headed and not data:
        return None  # `id,text,label`: maybe a header; the advice says so
    fields: list[str | None] = []
    for i, column in enumerate(cells):
        name = f"column_{i + 1}"
        if i == text:
            name = None
        elif i in tokens and all(URL.fullmatch(cell) for cell in column):
            name = "url"
        elif i in tokens and len(set(column)) == len(column):
            name = ID_COLUMN
        elif i in tokens:
            name = "label"
        elif i in prose and i < text:
            name = "title"
        fields.append(name if name not in fields else f"column_{i + 1}")
    return Columns(tuple(fields))


def _text_first(rows: list[list[str]]) -> str | None:
    from curate.io.headerless import MAX_HEADER_WORDS

    if not rows:
        return None
    for row in rows:
        if len(row) != 2 or not ID.fullmatch(row[1].strip()):
            return None
        text = row[0].strip()
        if " " not in text or len(text) <= _id_length(row[1]):
            return None
    seconds = [row[1].strip() for row in rows]
    first, second = rows[0][0].strip(), seconds[0]
    data = len(first.split()) > MAX_HEADER_WORDS or second.isdigit() or second in seconds[1:]
    data = data or bool(URL.fullmatch(second))  # no header names a column `https://...`
    if not data:
        return None  # `sentence<TAB>label`: maybe a header; the advice says so
    return TEXT_ID if len(set(seconds)) == len(seconds) else TEXT_LABEL


def is_token(value: str) -> bool:
    """A cell no one's text is: a web address, one word holding a digit (an id, a hash, a
    UUID, a number), or one lower-case word of a set of codes (a type, an audience, a flag:
    `newsletter`, `only_paid`, `true`); `--text-field` advice never names its field (`title,url`
    was advised `--text-field url`, a dedup output of `nemo_id` and `_hashes` `--text-field
    _hashes`, Substack's `posts.csv` `--text-field type`)."""
    value = value.strip()
    if URL.fullmatch(value) or CODE.fullmatch(value):
        return True
    if not value or any(c.isspace() for c in value) or not any(c.isdigit() for c in value):
        return False
    from curate.io.text_words import unspaced_words

    # a Chinese sentence with a number has no space either (io.text_words); `文章123` is a code
    return unspaced_words(value) <= MAX_CODE_WORDS


def _id_length(cell: str) -> int:
    """How long a text must be to be longer than its id: an address (a title beside its long
    URL is shorter) only bounds it by its words' test (a text has spaces, a URL none)."""
    cell = cell.strip()
    return 0 if URL.fullmatch(cell) else len(cell)


def is_id_text(rows: Iterable[list[str]]) -> bool:
    """Whether the first rows of a headerless table are `id`, `text` (see the module)."""
    from curate.io.headerless import MAX_HEADER_WORDS

    seen: set[str] = set()
    for number, row in enumerate(islice((r for r in rows if r), SAMPLE_ROWS), start=1):
        if len(row) != 2 or not ID.fullmatch(row[0].strip()) or row[0] in seen:
            return False
        text = row[1].strip()
        if len(text) <= _id_length(row[0]) or " " not in text:
            return False
        if number == 1 and len(text.split()) <= MAX_HEADER_WORDS and not URL.fullmatch(row[0]):
            return False  # `pid<TAB>passage text`: maybe a header; the advice says so
        seen.add(row[0])
    return bool(seen)


def id_text_rows(
    rows: Iterable[list[str]],
    where: str,
    base_id: str,
    settings: Any,
    shape: str | Columns = ID_TEXT,
    start: int = 1,
    joiner: str | None = None,
) -> Iterator[Any]:
    """A document a row (see the module); a row of another shape mended when `joiner` (the
    separator) is given and its shape leaves no doubt (io.ragged_rows), else quarantined, by its
    line (the first row's is `start`)."""
    from curate.io.ragged_rows import mended, text_index
    from curate.io.readers import Quarantined, from_row

    text_field = settings.text_fields[0]
    width = len(shape.fields) if isinstance(shape, Columns) else 2
    text_at, tokens = text_index(shape)
    for number, row in enumerate(rows, start=start):
        if not row:
            continue  # a blank line
        if len(row) != width and joiner is not None:
            row = mended(row, width, text_at, tokens, joiner) or row
        if len(row) != width:
            yield Quarantined(
                where,
                number,
                "malformed_row",
                f"{len(row)} fields where this table without a header has {width} ({shape})",
                id=f"{base_id}-{number}",
            )
            continue
        if isinstance(shape, Columns):
            yield _columns_row(row, shape, where, number, base_id, settings)
            continue
        if shape == ID_TEXT:
            row_id, text = row
            from curate.io.keyed_lines import keyed_text

            record = keyed_text(row_id, text)  # `doc-17<TAB>{...}`: Hadoop's pairs
            if record is not None:
                yield from_row(record, where, number, row_id, settings)
                continue
        else:  # the text first; its id, or a label not read (the file's and line's id)
            text, row_id = row[0], row[1].strip() if shape == TEXT_ID else f"{base_id}-{number}"
        record = {settings.id_field: row_id, text_field: text}
        short = row[1] if shape != ID_TEXT else row[0]
        if URL.fullmatch(short.strip()):  # `title,https://...`: the page's address too
            record["url"] = short.strip()
        yield from_row(record, where, number, row_id, settings)


def _columns_row(
    row: list[str], shape: Columns, where: str, number: int, base_id: str, settings: Any
) -> Any:
    """The document of a row of a `Columns` table, its fields named by the shape."""
    from curate.io.readers import from_row

    record: dict[str, Any] = {}
    for name, cell in zip(shape.fields, row, strict=True):
        if cell == shape.null:
            continue
        if name is None:
            record[settings.text_fields[0]] = cell
        else:
            record[settings.id_field if name == ID_COLUMN else name] = cell.strip()
    return from_row(record, where, number, f"{base_id}-{number}", settings)  # no id column
