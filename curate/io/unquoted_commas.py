"""A table row whose last column, the text, holds the delimiter unquoted.

`f.write(f"{id},{title},{text}\\n")` is how many scrapers write CSV: an article's commas are
then field breaks, and every such row was quarantined as "N fields past the header", which for
news text is nearly every row. When the text column is the header's last, the fields past it
can only be the rest of the text: they are joined back with the delimiter, giving the text as
it was written. With the text in another column, or spaces after the delimiter skipped (which
a join could not put back), the row stays quarantined.

Session 27 (`mended`): a trailing separator (`5,"text",world,`: an empty field past the header)
quarantined a whole row for a field that holds nothing; its empty fields are dropped. A text
in another column than the last keeps its quarantine: a header's `title` may hold one word.

Session 28 (`spread`): the text first or in the middle (`id,text,lang` with
`1,Hello, world. More text,en`; `text,label`; `id,text,url,date`) had every row with a comma in
its text quarantined as "N fields past the header". The cell counts place every other column:
those before the text take the row's first cells, those after it its last ones, the rest is the
text, joined back with the separator. That is done only when the evidence leaves no doubt: every
other column's cell is a value (an id, a label, a code, an address, a date or time, empty), the
pieces of the text are prose (io.ragged_rows), and no other column is named for free text
(`title`, `summary`, `author`, ...), which may hold commas of its own: then which fields are
the text's cannot be told, and the row is quarantined with a message that says so and what to
do (quote the fields, or write the text last).

Session 29 (`by_spaces`): `id,title,text` written with `f.write`, a title holding a comma
(`2,Storm hits, coast braces,Heavy rain fell`): the fields past the header were joined onto the
text, so ` coast braces,Heavy rain fell` was the text and the title lost its half; with the text
inside, the row was quarantined. The separators themselves tell which is which: a comma in
prose is followed by a space (`hits, coast`) or stands in a number (`1,500`), the one the
writer put between two fields is not (`braces,Heavy`). When the row's separators of that kind
are exactly one fewer than the header's columns, they place every column: a column between two
of them takes the cells, joined back with the separator. Done for `,` and `;` alone, and only
when the cells joined fall to the text or a column named for free text (`title`, `summary`),
never to the id. Otherwise, a row too wide beside another free-text column is quarantined by
its line, saying why (a join onto the last column could move a title's words into the text).
"""

from __future__ import annotations

import re
from typing import Any

# columns whose cells are free text, which may hold the separator as the text does: a row
# too wide for a header naming one beside the text cannot be split (`id,text,title`:
# `x1,The council met, then voted,Budget, vote` holds one comma too many for either)
FREE_TEXT_COLUMNS = frozenset(
    {
        "title",
        "headline",
        "subtitle",
        "subheadline",
        "summary",
        "description",
        "abstract",
        "lead",
        "teaser",
        "excerpt",
        "author",
        "authors",
        "byline",
        "caption",
        "comment",
        "comments",
        "keywords",  # `politics, economy`: a list in one cell
        "tags",
        "html",
        "question",
        "answer",
        "context",
        "name",
        "address",
    }
)
# a date or time a cell may hold with a space (`2024-03-05 14:30:00`, `2024-03-05T14:30Z`,
# `05/03/2024 14:30`): a value, not words; a date with a comma (`March 5, 2024`) is no such cell
DATE_TIME = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?"
    r"(?: ?(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?"
)


# a number's thousands, `1,500` or `12,000,000`: a comma inside a cell, not between two
THOUSANDS = re.compile(r"\d{3}(?!\d)")
PROSE_SEPARATORS = (",", ";")  # followed by a space in prose; a tab or a `|` is not


def by_spaces(
    row: dict[Any, Any],
    fieldnames: list[str],
    text_fields: tuple[str, ...],
    dialect: dict,
    id_field: str,
) -> dict[str, Any] | None:
    """`row`, too wide for its header, with its cells placed by its separators' evidence
    (see the module), or None when that evidence does not place them."""
    delimiter = dialect.get("delimiter", ",")
    extra = row.get(None)
    if not extra or delimiter not in PROSE_SEPARATORS or dialect.get("skipinitialspace"):
        return None
    cells = [row.get(name) for name in fieldnames] + list(extra)
    if not fieldnames or not all(isinstance(cell, str) for cell in cells):
        return None
    breaks = [at for at in range(1, len(cells)) if not _inside(cells[at - 1], cells[at])]
    if len(breaks) != len(fieldnames) - 1:
        return None
    placed: dict[str, Any] = {}
    for name, start, end in zip(fieldnames, [0, *breaks], [*breaks, len(cells)], strict=True):
        if end - start > 1 and (name == id_field or not (name in text_fields or _free(name))):
            return None  # an id, or a column of values, holds no separator of its own
        placed[name] = delimiter.join(cells[start:end])
    return placed


def _inside(before: str, cell: str) -> bool:
    """Whether the separator between `before` and `cell` stands inside one field: prose's,
    a space after it, or a number's thousands (`1,500`)."""
    return cell[:1].isspace() or (before[-1:].isdigit() and bool(THOUSANDS.match(cell)))


def rejoined(
    row: dict[Any, Any], fieldnames: list[str], text_fields: tuple[str, ...], dialect: dict
) -> dict[str, Any] | None:
    """`row` with its fields past the header joined onto its last column when that is the
    text column, and no other column is named for free text (its words may be the ones past
    the header: `by_spaces`), else None."""
    extra = row.get(None)
    if not extra or not fieldnames or fieldnames[-1] not in text_fields:
        return None
    if any(_free(name) for name in fieldnames[:-1] if name not in text_fields):
        return None
    if dialect.get("skipinitialspace") or not isinstance(row.get(fieldnames[-1]), str):
        return None
    delimiter = dialect.get("delimiter", ",")
    joined = {key: value for key, value in row.items() if key is not None}
    joined[fieldnames[-1]] = delimiter.join([row[fieldnames[-1]], *extra])
    return joined


def mended(row: dict[Any, Any]) -> dict[str, Any] | None:
    """`row` without the empty fields a trailing separator leaves past the header, or None when
    a field past it holds something (see the module)."""
    extra = row.get(None)
    if not extra or any(isinstance(cell, str) and cell.strip() for cell in extra):
        return None
    return {key: value for key, value in row.items() if key is not None}


def spread(
    row: dict[Any, Any], fieldnames: list[str], text_fields: tuple[str, ...], dialect: dict
) -> dict[str, Any] | str:
    """`row`, too wide for its header, with its text column taking the fields the other
    columns leave (see the module), or why that cannot be told: the quarantine's message."""
    extra = [cell for cell in row.get(None) or [] if isinstance(cell, str)]
    cells = [row.get(name) for name in fieldnames] + extra
    width = len(fieldnames)
    past = len(cells) - width
    said = (
        f"{past} {'field' if past == 1 else 'fields'} past the header: the row has {len(cells)} "
        f"fields for the header's {width} ({', '.join(fieldnames)})"
    )
    fix = (
        "write the table with its fields quoted (csv.writer and df.to_csv quote them) or with "
        "the text as its last column"
    )
    names = [name for name in fieldnames if name in text_fields] or [
        name for name in fieldnames if name == "html"
    ]
    if not names or len(row.get(None) or []) != len(extra) or None in cells:
        return f"{said}; {fix}"
    at = fieldnames.index(names[0])
    delimiter = dialect.get("delimiter", ",")
    shown = "a tab" if delimiter == "\t" else repr(delimiter)
    if dialect.get("skipinitialspace"):
        return (
            f"{said}: the text's {shown} separators are unquoted, and the spaces after them were "
            f"read as the separator's, so the text cannot be put back; {fix}"
        )
    free = [name for name in fieldnames if name != names[0] and _free(name)]
    if free:
        return (
            f"{said}: the text's {shown} separators are unquoted, and {free[0]!r} may hold "
            f"some of its own, so which fields are the text's cannot be told; {fix}"
        )
    after = width - at - 1
    right = len(cells) - after  # the first cell past the text
    placed = dict(zip(fieldnames[:at], cells[:at], strict=True))
    placed |= dict(zip(fieldnames[at + 1 :], cells[right:], strict=True))
    for name, cell in placed.items():
        if not _value(cell):
            return (
                f"{said}: the text's {shown} separators are unquoted, but read so {name!r} would "
                f"be {cell.strip()[:40]!r}, no id, label, address or date; {fix}"
            )
    from curate.io.ragged_rows import prose_pieces

    middle = cells[at:right]
    if not prose_pieces(middle, False):
        return (
            f"{said}: read so, the text's fields are no pieces of one text (a word alone, no "
            f"space beside its {shown}), so which fields are the text's cannot be told; {fix}"
        )
    return {name: placed.get(name, delimiter.join(middle)) for name in fieldnames}


def _free(name: str) -> bool:
    """Whether a column is named for free text (`title`, `Summary`, `author_name`)."""
    from curate.io.text_aliases import KNOWN_TEXT_FIELDS

    key = name.strip().casefold()
    known = {field.casefold() for field in KNOWN_TEXT_FIELDS}
    return key in FREE_TEXT_COLUMNS or key in known or key.split("_")[0] in FREE_TEXT_COLUMNS


def _value(cell: str) -> bool:
    """Whether a cell is a value, not words: empty, a token (an id, a label, a code, an
    address) or a date and time, with no space around it (`March 5, 2024` read so would leave
    ` 2024`: the end of a cell cut at its own comma)."""
    from curate.io.id_text_rows import ID

    if not cell.strip():
        return True
    return cell == cell.strip() and bool(ID.fullmatch(cell) or DATE_TIME.fullmatch(cell))


def placed_id(fieldnames: list[str], text_fields: tuple[str, ...], id_field: str) -> bool:
    """Whether a too-wide row's id column comes before its text, so its cell is the id; after
    the text, it holds a piece of the text (`title,text,id`: the quarantine's id was
    `' world. The council met'`)."""
    if id_field not in fieldnames:
        return False
    texts = [at for at, name in enumerate(fieldnames) if name in text_fields or name == "html"]
    return not texts or fieldnames.index(id_field) < texts[0]
