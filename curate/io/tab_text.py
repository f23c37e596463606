"""A `.txt` file that is a table: Excel's "Unicode Text" (and "Text (Tab delimited)").

Saving a spreadsheet of articles from Excel as "Unicode Text (*.txt)" gives a UTF-16 file of
tab-separated rows under a header (`id<TAB>title<TAB>text`); it was read as one document, every
article and the header in it, joined by tabs. A `.txt` whose first line is such a header (two
or more short names, one of them the text field) is read as a `.tsv` is: a row a document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

NAME = re.compile(r"^[\w .()-]{1,40}$")  # a column's name, not a sentence


def is_tab_table(
    path: Path, text_fields: tuple[str, ...], header_of: Callable[[Path], str], columns: Callable
) -> bool:
    """Whether `path`'s first line is a tab-separated header naming the text field (or html);
    `header_of` gives the first line, `columns` is `readers.table_columns`."""
    try:
        header = header_of(path).rstrip("\r\n").lstrip("\ufeff")
    except Exception:  # a sniff: the reader proper says what is wrong with the file
        return False
    cells = header.split("\t")
    if len(cells) < 2 or not all(NAME.match(cell.strip() or "-") for cell in cells):
        return False
    return columns(path, text_fields) is not None
