"""A table's header as the reader matches it against the field names it looks for.

Headers typed by hand or saved from a spreadsheet spell the fields the reader looks for in
other ways, and the whole file was passed over as holding no text column:

- `id, title, text` (a space after each comma): the column was " text";
- `Title,Text` or `ID,Headline,Text,URL` (Excel, Kaggle): the column was "Text", not "text".

Names are stripped of surrounding spaces; a name the reader looks for (the text fields, the id
field, `title`, `url`, `source`, `html`) spelled in another case is read under the reader's
spelling, unless the header holds that exact name too or two columns differ only in case
(then nothing is guessed, and the hint names the column to pass with `--text-field`).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

ROW_FIELDS = ("title", "url", "source", "html")  # what `from_row` reads besides text and id


def table_header(
    names: Sequence[str | None], text_fields: Iterable[str], id_field: str = "id"
) -> list[str | None]:
    """`names` as the reader matches them (same length, same order)."""
    stripped = [name.strip() if isinstance(name, str) else name for name in names]
    present = set(stripped)
    wanted = {name.casefold(): name for name in (*text_fields, id_field, *ROW_FIELDS)}
    folded = Counter(name.casefold() for name in stripped if isinstance(name, str))
    header: list[str | None] = []
    for name in stripped:
        target = wanted.get(name.casefold()) if isinstance(name, str) else None
        if target is not None and target not in present and folded[name.casefold()] == 1:
            header.append(target)
        else:
            header.append(name)
    return header


SNIFF_LINES = 200  # lines of a .tsv looked at for quotes that are text, not quoting


def quotes_are_text(lines: Iterator[str]) -> bool:
    """A tab-separated file whose quotes are text, not CSV quoting: a cell opens with a quote
    that closes inside it (`"Our streets are safe," Lopez said.`), which no quoting writes
    (it doubles a quote inside a cell). Databases' and many corpora's TSVs never quote; read
    with quoting, that cell lost its quote marks, and a quote that closes rows later merged
    those rows into one cell. A quoted cell goes on over line breaks as `csv` reads it (a
    pandas or `csv.writer` TSV of articles): a paragraph of it opening with a doubled quote
    (`""We will," she said.`) was taken for a cell of text quotes, the file read unquoted and
    each article's paragraphs quarantined as rows."""
    quoted = False  # inside a quoted cell that a line break has not ended
    for line in itertools.islice(lines, SNIFF_LINES):
        closes = _closes_inside(line.rstrip("\r\n"), quoted)
        if closes:
            return True
        quoted = closes is None
    return False


def _closes_inside(line: str, quoted: bool) -> bool | None:
    """True when a quoted cell of `line` closes before its cell ends; None when the line ends
    inside a quoted cell; else False. `quoted`: the line starts inside a quoted cell."""
    at, end = 0, len(line)
    while at <= end:
        if not quoted:
            if not line.startswith('"', at):  # an unquoted cell: to the next tab
                tab = line.find("\t", at)
                if tab < 0:
                    return False
                at = tab + 1
                continue
            at += 1
        close = line.find('"', at)
        while close >= 0 and line.startswith('"', close + 1):  # `""`: a quote inside the cell
            close = line.find('"', close + 2)
        if close < 0:
            return None
        if close + 1 < end and line[close + 1] != "\t":
            return True
        quoted, at = False, close + 2
    return False
