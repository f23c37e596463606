"""Lines above a table's header: a title, a comment, blank lines.

Exports from CMSs, survey tools and hand-made spreadsheets open with a few lines before the
header row (`Articles export`, `# exported 2024-05-01 from the CMS`, a blank line, then
`id,title,text`). The first line was taken for the header: in a folder the file was passed
over as a table with no text column, and named on its own it was quarantined whole ("no 'text'
or 'html' column in the header"), every row lost. pandas needs `skiprows=` for such a file.

A later line (within the first `MAX_PREAMBLE`) is the header when it names the text field (or
`html`) and the first does not, and every line above it is blank, a comment (`#`, `//`), or
fills fewer fields than it: a title line (`Report,,` as Excel pads it to the table's width)
or a `Date:,2024-05-01,` line, not a row of the table. A table whose first line is
its header reads as before.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

MAX_PREAMBLE = 20  # lines looked at for the header
COMMENT_MARKS = ("#", "//")
DELIMITERS = (",", ";", "\t", "|")


def preamble_length(lines: Sequence[str], fields: Iterable[str], tsv: bool) -> int:
    """How many of `lines` (a table's first lines, decoded) stand above its header: 0 unless
    a later line names one of `fields` (or `html`) as a column and the lines above it are
    blank, comments, or narrower than it."""
    wanted = {name.casefold() for name in (*fields, "html")}
    head = list(lines[: MAX_PREAMBLE + 1])
    if not head or _width_naming(head[0], wanted, tsv):
        return 0
    for at, line in enumerate(head[1:], start=1):
        width = _width_naming(line, wanted, tsv)
        if width:
            above = head[:at]
            return at if all(_above_header(prev, width, tsv) for prev in above) else 0
    return 0


def _cells(line: str, tsv: bool) -> list[str]:
    """The cells of one line, split at the delimiter it holds most of (a tab first in a
    `.tsv`); a line of none is one cell."""
    text = line.rstrip("\r\n").lstrip("\ufeff")
    order = ("\t", *DELIMITERS) if tsv else DELIMITERS
    counts = {mark: text.count(mark) for mark in order}
    delimiter = max(order, key=lambda mark: counts[mark])  # ties: the first in `order`
    if not counts[delimiter]:
        return [text]
    try:
        return next(csv.reader([text], delimiter=delimiter), [text])
    except csv.Error:
        return text.split(delimiter)


def _width_naming(line: str, wanted: set[str], tsv: bool) -> int:
    """The number of columns of `line` when it is a header naming a wanted field, else 0."""
    if not line.strip() or line.lstrip().startswith(COMMENT_MARKS):
        return 0
    cells = _cells(line, tsv)
    named = any(cell.strip().casefold() in wanted for cell in cells)
    return len(cells) if named else 0


def _above_header(line: str, width: int, tsv: bool) -> bool:
    """A line that may stand above a header of `width` columns: blank, a comment, or fewer
    fields filled (a title such as `Articles export, May 2024`, or Excel's `Report,,`)."""
    if not line.strip() or line.lstrip().startswith(COMMENT_MARKS):
        return True
    return sum(1 for cell in _cells(line, tsv) if cell.strip()) < width
