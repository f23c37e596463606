"""A `.txt` of rows without a header: `label<TAB>text`, `text;label`, `id<TAB>text<TAB>label`.

Labelled text sets often ship as `train.txt`, a row a line: an emotion set's `i didnt feel
humiliated;sadness`, a sentiment set's `pos<TAB>...`, `cut -f1-3` of a corpus saved as `.txt`.
Such a file was read as ONE document, every row glued to the next with its id and label. When
its first lines (at least `MIN_ROWS`) split by a tab, or else by `;` or `|`, into rows of a
headerless table's shape (the same 2 to `MAX_COLUMNS` fields, a column of prose beside one of
tokens: io.id_text_rows), the file is read as that table, a line a document; a line of another
width is mended or quarantined by its line (io.ragged_rows). Any other `.txt` is one document.

Session 28: a table of one column is no `.txt` table. An article whose title line holds a `;`,
`|` or tab (`Budget vote: council split; mayor abstains`) above paragraphs of one cell each was
read, since headerless tables tolerate a few odd rows (io.ragged_rows), as a one-column table:
its title quarantined as `malformed_row`, each paragraph a document. It is one document again
(a document a line is `--sample-by line`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from curate.io.id_text_rows import SAMPLE_ROWS, Columns, id_text_rows, table_shape

DELIMITERS = ("\t", ";")  # a comma is left to prose: "In 2024, prices rose" is no row
# a pipe: `0|The council met ...|world` (Hive's and `psql -A`'s default separator); such a
# `.txt` was one document, its rows glued. A Markdown table's rows (`| a | b |`) open with an
# empty cell, no token, and stay text
DELIMITERS += ("|",)
MIN_ROWS = 3  # a `.txt` is a document unless its lines say otherwise, several of them


def text_table(lines: Iterable[str]) -> tuple[str, str | Columns] | None:
    """(delimiter, shape) when a `.txt` file's first lines are a headerless table's rows."""
    sample = [line.rstrip("\r\n") for line in islice((x for x in lines if x.strip()), SAMPLE_ROWS)]
    if len(sample) < MIN_ROWS:
        return None
    for delimiter in DELIMITERS:
        rows = [line.split(delimiter) for line in sample]
        if len(rows[0]) < 2:
            continue
        shape = table_shape(rows)
        if isinstance(shape, Columns) and len(shape.fields) < 2:
            continue  # a line a row: prose whose first line holds a `;` (see the module)
        if shape is not None:
            return delimiter, shape
    return None


def read_text_table(
    lines: Iterable[str],
    path: Path,
    base_id: str,
    settings: Any,
    table: tuple[str, str | Columns],
) -> Iterator[Any]:
    """A document a line of a `text_table` (see the module), numbered by its line."""
    delimiter, shape = table
    rows = (line.rstrip("\r\n").split(delimiter) if line.strip() else [] for line in lines)
    yield from id_text_rows(rows, str(path), base_id, settings, shape, joiner=delimiter)
