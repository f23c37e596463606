"""A table's cell holding a list as Python prints it: a DataFrame's list column saved as CSV.

`df.to_csv()` writes a column of lists (an article's paragraphs, its writers, its tags) as
Python's `repr` of each list, `['First paragraph.', 'Second one.']`, and `Dataset.to_csv()` as
a NumPy array's, `['First paragraph.'\n 'Second one.']` (no commas). The CSV reader read that
cell as it stands: the text kept its brackets and quotes (`['Report 0: ...', 'Report 5:
...']`), a line break inside a paragraph, written `\\n`, stayed two characters, and a column of
paragraphs under a name of its own was no text at all (its cells open with `[`, serialised
data to io.prose_columns): the file was passed over (session 40). Such a cell (or
a JSON array of strings, as Spark and Polars write one) is read as the list it prints, so the
text is its paragraphs, one `authors` cell its writers.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from typing import Any

# `['...', ...]`, `["...", ...]`: a list of strings as printed, nothing before or after it
# `paragraphs/0`: an element of a list Apify's CSV export wrote a column each
INDEXED = re.compile(r"(.+)/(0|[1-9][0-9]{0,3})")
LISTED = re.compile(r"\[\s*(['\"]).*(['\"])\s*,?\s*\]", re.DOTALL)
# between the strings: line breaks and spaces (a NumPy array's `['a'\n 'b']`, as
# `Dataset.to_csv` writes a list column, has no commas)
SPACING = frozenset(
    {tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
)


def listed(value: Any) -> list[str] | None:
    """The strings of a cell that prints a list of strings (see the module), else None."""
    if not isinstance(value, str) or value[:1] != "[" or not LISTED.fullmatch(value.strip()):
        return None
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(value.strip()).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    found: list[str] = []
    shape = []  # the tokens between the strings: `[`, `,`, line breaks, `]`
    for token in tokens:
        if token.type == tokenize.STRING:
            try:
                item = ast.literal_eval(token.string)
            except (ValueError, SyntaxError):
                return None
            if not isinstance(item, str):
                return None  # b'...': bytes, no text
            found.append(item)
        elif token.type == tokenize.OP:
            shape.append(token.string)
        elif token.type not in SPACING:
            return None
    if not found or shape[:1] != ["["] or shape[-1:] != ["]"] or set(shape[1:-1]) - {","}:
        return None
    return found


def with_lists(row: dict[Any, Any]) -> dict[Any, Any]:
    """`row` with each cell that prints a list of strings read as that list, and the columns
    of a list flattened a column an element (`paragraphs/0`, `paragraphs/1`) as that list."""
    changed = {key: found for key, value in row.items() if (found := listed(value)) is not None}
    row = {**row, **changed} if changed else row
    return indexed_lists(row) if any(_indexed(key) for key in row) else row


def _indexed(key: Any) -> re.Match[str] | None:
    return INDEXED.fullmatch(key) if isinstance(key, str) and key[-1:].isdigit() else None


def listed_columns(header: list[Any]) -> list[str]:
    """The lists a header's columns `<name>/0` to `<name>/<n>` make (see `indexed_lists`)."""
    if not any(_indexed(key) for key in header):
        return []
    return [name for name in indexed_lists(dict.fromkeys(header, "")) if name not in header]


def indexed_lists(row: dict[Any, Any]) -> dict[Any, Any]:
    """Apify's CSV export writes a list a column an element, `paragraphs/0`, `paragraphs/1`,
    ... (an object's fields as `metadata/title`): the text column, a paragraph each, was passed
    over for the one column of prose left, the title (session 52's newcomer round). Columns
    `<name>/0` to `<name>/<n>` of strings (a row's unused ones blank) are read as the list
    `<name>` of the row's filled ones, when no column is `<name>` itself."""
    lists: dict[str, dict[int, Any]] = {}
    for key in row:
        found = _indexed(key)
        if found is not None:
            lists.setdefault(found.group(1), {})[int(found.group(2))] = key
    for name, keys in lists.items():
        if name in row or sorted(keys) != list(range(len(keys))):
            continue  # `<name>` itself beside them, or no list's numbering: columns as they are
        values = [row[keys[index]] for index in range(len(keys))]
        if not all(value is None or isinstance(value, str) for value in values):
            continue
        row = {key: value for key, value in row.items() if key not in keys.values()}
        row[name] = [value for value in values if value is not None and value.strip()]
    return row
