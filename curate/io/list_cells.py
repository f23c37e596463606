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
    """`row` with each cell that prints a list of strings read as that list."""
    changed = {key: found for key, value in row.items() if (found := listed(value)) is not None}
    return {**row, **changed} if changed else row
