"""A JSX tag or comment of an `.mdx` file that spans several lines, told whole.

Docusaurus and Nextra pages write a component's props a line each:

    <Chart
      data={[1, 2, 3]}
      title="Rain"
    />

The MDX reader dropped lines of one whole tag (`<Note type="info">`), and such a tag's lines
leaked into the text (`data={[1, 2, 3]}`, `/>`), as did a `{/* comment */}` over several lines.
A line opening a tag (`<Name` first) that does not close on it is followed, with its braces and
quotes, to the `>` that closes it; a comment opening `{/*` to its `*/}`. Looked at for at most
`MAX_LINES` lines: a line of prose opening with `<Word` and no `>` stays text.
"""

from __future__ import annotations

import re

MAX_LINES = 50  # the longest tag of props looked for; a run-away opening stays text
OPENING = re.compile(r"^[ \t]*<[A-Za-z][\w.:-]{0,100}(?=[ \t]|$)")
COMMENT_OPENING = re.compile(r"^[ \t]*\{/\*")
QUOTES = "\"'`"


def jsx_end(lines: list[str], start: int) -> int | None:
    """The index past the last line of a JSX tag or comment opening at `lines[start]` and
    closing on a later line with nothing after it, else None (one line's are MDX_TAG's)."""
    last = min(len(lines), start + MAX_LINES)
    if COMMENT_OPENING.match(lines[start]):
        for index in range(start, last):
            if "*/}" in lines[index]:
                after = lines[index].split("*/}", 1)[1]
                return index + 1 if index > start and not after.strip() else None
        return None
    opening = OPENING.match(lines[start])
    if opening is None:
        return None
    depth, quote = 0, ""
    for index in range(start, last):
        line = lines[index]
        for column in range(opening.end() if index == start else 0, len(line)):
            char = line[column]
            if quote:
                quote = "" if char == quote else quote
            elif char in QUOTES:
                quote = char
            elif char == "{":
                depth += 1
            elif char == "}":
                depth = max(depth - 1, 0)
            elif char == ">" and depth == 0:
                closed = index > start and not line[column + 1 :].strip()
                return index + 1 if closed else None
        if quote in "\"'":  # a prop's string ends on its line; a template literal may not
            quote = ""
    return None
