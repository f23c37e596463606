"""A `.txt` file that is a table: Excel's "Unicode Text" (and "Text (Tab delimited)").

Saving a spreadsheet of articles from Excel as "Unicode Text (*.txt)" gives a UTF-16 file of
tab-separated rows under a header (`id<TAB>title<TAB>text`); it was read as one document, every
article and the header in it, joined by tabs. A `.txt` whose first line is such a header (two
or more short names, one of them the text field) is read as a `.tsv` is: a row a document.

Session 28: a `.txt` whose header is separated by `|`, `;` or `,` (`id|text|lang` from Hive or
`psql -A`, `id;text;label` from Excel in a European locale, `id,text,lang` from a script's
`f.write`) was read as ONE document, its header and rows glued; the headerless rows of such a
file were read (io.text_tables), the headed ones not. Such a header is read as a table's when
its names are single words (`published_at`, `Text`), one of them the text field: a line of
prose (`Text, photos and video`) is no such header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

NAME = re.compile(r"^[\w .()-]{1,40}$")  # a column's name, not a sentence
WORD_NAME = re.compile(r"^[\w.()-]{1,40}$")  # a column's name without a space: `published_at`
OTHER_DELIMITERS = ("|", ";", ",")  # in this order: a pipe is rarest in a title, a comma most


def txt_delimiter(header: str) -> str | None:
    """The delimiter of a `.txt` file's header: a tab, or the first of `OTHER_DELIMITERS` that
    splits it into two or more single-word names (see the module); else None."""
    header = header.rstrip("\r\n").lstrip("\ufeff")
    if "\t" in header:
        return "\t"
    for delimiter in OTHER_DELIMITERS:
        cells = [cell.strip() for cell in header.split(delimiter)]
        if len(cells) >= 2 and all(WORD_NAME.match(cell) for cell in cells):
            return delimiter
    return None


def is_tab_table(
    path: Path, text_fields: tuple[str, ...], header_of: Callable[[Path], str], columns: Callable
) -> bool:
    """Whether `path`'s first line is a tab-separated header naming the text field (or html);
    `header_of` gives the first line, `columns` is `readers.table_columns`."""
    try:
        header = header_of(path).rstrip("\r\n").lstrip("\ufeff")
    except Exception:  # a sniff: the reader proper says what is wrong with the file
        return False
    delimiter = txt_delimiter(header)
    if delimiter is None:
        return False
    cells = header.split(delimiter)
    if len(cells) < 2 or not all(NAME.match(cell.strip() or "-") for cell in cells):
        return False
    return columns(path, text_fields) is not None
