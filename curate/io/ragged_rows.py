"""A headerless table with a few rows of another width: read, the odd rows mended or quarantined.

A headerless `.csv` / `.tsv` (or a `.txt` of rows, io.text_tables) whose first 100 rows held one
row of another width was passed over with the advice to write a header: a text's unquoted comma
(`9,Prices rose, the mayor said,world`), a tab inside a text, a trailing separator
(`d3<TAB>world<TAB>...<TAB>`), a row cut short. One row out of shape hid the shape of all the
others (io.id_text_rows reads a table only when every sampled row has the same width).

The shape is now taken from the rows of the usual width when they are nearly all of them (at
least `MIN_REGULAR`, and no more than one in `ODD_SHARE` of another width, or one), with the
same tests of prose and tokens as before. Each odd row is then mended when its shape leaves no
doubt: empty cells past the table's width are a trailing separator, dropped; more cells than
the width, when every column but the text holds tokens (an id, a label, an address) and each
piece of the text has words or a space beside its separator, are the text's own separators, the
cells before and after the text its other columns. Any other odd row (too short, or one that
cannot be mended so) is quarantined with its file and line. A table with more odd rows than
that is not read, and its advice names them (`ragged_reason`): it said only that its first row
was no header.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import islice
from typing import Any

MIN_REGULAR = 4  # rows of the usual width needed before a few others are tolerated
ODD_SHARE = 10  # at most one row in 10 of another width (and always one)


def regular_rows(sample: list[list[str]]) -> list[list[str]] | None:
    """The rows of the usual width (a trailing separator's empty cells dropped) when a few
    others stand among them (see the module), else None (every row the same width, or too
    many of others)."""
    rows = [row for row in sample if row]
    if not rows:
        return None
    width = Counter(len(_trimmed(row)) for row in rows).most_common(1)[0][0]
    regular = [row[:width] for row in rows if len(_trimmed(row)) == width]
    odd = len(rows) - len(regular)
    if odd == 0 and all(len(row) == width for row in rows):
        return None  # no odd row: the strict reading already decided
    if len(regular) < MIN_REGULAR or odd > max(1, len(rows) // ODD_SHARE):
        return None
    return regular


def _trimmed(row: list[str]) -> list[str]:
    """The row without the empty cells a trailing separator leaves."""
    end = len(row)
    while end > 1 and not row[end - 1].strip():
        end -= 1
    return row[:end]


def mended(row: list[str], width: int, text: int, tokens: bool, joiner: str) -> list[str] | None:
    """`row` made `width` cells wide when its shape leaves no doubt (see the module), else None.
    `text`: the text column's index; `tokens`: whether every other column holds tokens;
    `joiner`: the separator the text's extra cells are joined with."""
    from curate.io.id_text_rows import ID

    if len(row) > width and not any(cell.strip() for cell in row[width:]):
        return row[:width]  # a trailing separator
    if len(row) <= width or not tokens:
        return None
    after = width - text - 1
    left, right = row[:text], row[len(row) - after :] if after else []
    if not all(ID.fullmatch(cell.strip()) for cell in left + right):
        return None
    middle = row[text : len(row) - after]
    if not prose_pieces(middle, joiner.endswith(" ")):
        return None
    return [*left, joiner.join(middle), *right]


def prose_pieces(pieces: list[str], spaced: bool) -> bool:
    """Whether the cells of an over-wide row's text are pieces of prose: each has words, or
    a space stands beside the separator that cut it (`Prices rose`, ` the mayor said`); a
    `cut<TAB>short row` or a text and a stray `1` are no such pieces."""
    for i, piece in enumerate(pieces):
        after = i + 1 < len(pieces) and (spaced or pieces[i + 1][:1].isspace())
        before = i > 0 and (spaced or piece[:1].isspace())
        if " " not in piece.strip() and not (before or after):
            return False
    return True


def text_index(shape: Any) -> tuple[int, bool]:
    """The text column's index in a table's shape, and whether every other column is tokens."""
    from curate.io.id_text_rows import ID_COLUMN, ID_TEXT, Columns

    if isinstance(shape, Columns):
        text = shape.fields.index(None)
        others = [name for name in shape.fields if name is not None]
        return text, all(name in (ID_COLUMN, "url", "label") for name in others)
    return (1 if shape == ID_TEXT else 0), True


SHOWN_LINES = 5  # odd rows' lines named in the advice


def ragged_reason(rows: Iterable[list[str]]) -> str | None:
    """Why a headerless table whose usual rows have a shape is not read: too many rows of
    another width, named by their lines (csv's rows, a blank line `[]`); else None."""
    from curate.io.id_text_rows import SAMPLE_ROWS, table_shape

    numbered = [(n, row) for n, row in enumerate(islice(rows, SAMPLE_ROWS * 2), 1) if row]
    sample = [row for _, row in numbered[:SAMPLE_ROWS]]
    if not sample:
        return None
    width = Counter(len(_trimmed(row)) for row in sample).most_common(1)[0][0]
    regular = [row[:width] for row in sample if len(_trimmed(row)) == width]
    odd = [n for n, row in numbered[:SAMPLE_ROWS] if len(_trimmed(row)) != width]
    if not odd or len(regular) < MIN_REGULAR or table_shape(regular) is None:
        return None
    shown = ", ".join(str(n) for n in odd[:SHOWN_LINES]) + (
        ", ..." if len(odd) > SHOWN_LINES else ""
    )
    return (
        f"a table without a header whose rows have {width} fields, but {len(odd)} of its first "
        f"{len(sample)} rows have another number (line {shown}): too many to read it by its "
        "shape. Quote the fields that hold the separator (pandas and Spark do when asked), "
        "remove the stray rows, or write the table with a header naming a 'text' column"
    )
