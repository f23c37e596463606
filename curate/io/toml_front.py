"""A TOML front matter's top-level strings, as Hugo writes them between `+++` lines.

Hugo's `hugo new` writes `+++ / title = 'Harbour reopens' / date = 2024-03-01T10:00:00Z /
draft = false / +++`, and a theme or a converter writes `headline = "..."`, keys indented or
aligned (`title   =  "..."`), or a comment after the value (`title = "..."  # the page`). The
reader matched `title = "..."` alone at a line's start with nothing after its quote, so each
of those pages had no title (session 41's newcomer round). Here every top-level key holding a
string is read, as a YAML front matter's keys are, so `named_title` picks `title`, else its
one other name (`headline`); keys under a `[params]` table are that table's, not the page's.
A date (`date = 2024-03-01T10:00:00Z`, TOML's own type) is kept as written, for the page's
date (io.front_matter_fields).

An array of strings (`title = ["Harbour reopens", "What the storm left"]`, Hugo's `authors =
["Jane Roe", "John Doe"]`, on one line or a line an item) is read as a list, as YAML's list is:
such a page had no title and no writers (session 43's newcomer round), while the same page
with a YAML front matter had both (io.title_lists). An array holding anything but strings
(numbers, tables) is left.

A line reader, not `tomllib` (Python 3.11+, and this package supports 3.10): the front matter
is keys and values, and only strings on one line are needed. Each pattern is linear on any line.
"""

from __future__ import annotations

import re

# `title = "..."`, `'headline' = '...'`, `"title"="..."`: a bare or quoted key, then a basic or
# a literal string (a triple-quoted one on its one line too), then spaces or a comment alone
KEY_STRING = re.compile(
    r"[ \t]*(?:(?P<bare>[A-Za-z0-9_-]{1,100})|\"(?P<dq>[^\"\n]{1,100})\"|'(?P<sq>[^'\n]{1,100})')"
    r"[ \t]*=[ \t]*"
    r"(?:\"\"\"(?P<tb>[^\n]{0,4000}?)\"\"\"|'''(?P<tl>[^\n]{0,4000}?)'''"
    r"|\"(?P<basic>(?:[^\"\\\n]|\\.){0,4000})\"|'(?P<literal>[^'\n]{0,4000})'"
    r"|(?P<date>\d{4}-\d{2}-\d{2}"  # `2024-03-01`, `2024-03-01T10:00:00Z`, `...+01:00`
    r"(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?))"
    r"[ \t]*(?:#[^\n]{0,4000})?"
)
# `authors = [`: an array opening, its items on this line or the next ones up to its `]`
KEY_ARRAY = re.compile(
    r"[ \t]*(?:(?P<bare>[A-Za-z0-9_-]{1,100})|\"(?P<dq>[^\"\n]{1,100})\"|'(?P<sq>[^'\n]{1,100})')"
    r"[ \t]*=[ \t]*\["
)
# one item of an array of strings, its comma, spaces and a comment after it
ITEM = re.compile(
    r"\s*(?:\"(?P<basic>(?:[^\"\\\n]|\\.){0,4000})\"|'(?P<literal>[^'\n]{0,4000})')"
    r"\s*,?[ \t]*(?:#[^\n]{0,4000})?"
)
ARRAY_LINES = 50  # an array of a front matter's strings spans no more lines than this
TABLE = re.compile(r"[ \t]*\[")  # `[params]`, `[[menu.main]]`: the keys after are a table's
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}
ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")


def toml_strings(body: str) -> dict[str, str | list[str]]:
    """The top-level keys of a TOML front matter's `body` that hold a string on their line,
    each to its value (escapes of a basic string read), and those that hold a date or a time
    stamp (`date = 2024-03-01T10:00:00Z`) as written; keys after the first table are left."""
    found: dict[str, str | list[str]] = {}
    lines = body.splitlines()
    for at, line in enumerate(lines):
        if TABLE.match(line):
            break
        match = KEY_STRING.fullmatch(line)
        if match is None:
            array = KEY_ARRAY.match(line)
            if array is not None:
                items = _strings(line[array.end() :], lines[at + 1 : at + ARRAY_LINES])
                key = array.group("bare") or array.group("dq") or array.group("sq")
                if items is not None:
                    found.setdefault(key, items)
            continue
        key = match.group("bare") or match.group("dq") or match.group("sq")
        basic = match.group("basic")
        if basic is not None:
            value = ESCAPE.sub(_escaped, basic)
        else:
            value = next(v for v in match.group("tb", "tl", "literal", "date") if v is not None)
        found.setdefault(key, value)
    return found


def _strings(rest: str, after: list[str]) -> list[str] | None:
    """The strings of an array opened before `rest` and closed by a `]` on its line or on one
    of the lines `after`; None when it holds anything else or never closes."""
    items: list[str] = []
    for part in (rest, *after):
        at = 0
        while True:
            tail = part[at:].lstrip()
            if not tail or tail.startswith("#"):  # the line's end, or a comment
                break
            if tail.startswith("]"):
                after_array = tail[1:].strip()
                return items if not after_array or after_array.startswith("#") else None
            match = ITEM.match(part, len(part) - len(tail))
            if match is None:
                return None
            basic = match.group("basic")
            items.append(ESCAPE.sub(_escaped, basic) if basic is not None else match["literal"])
            at = match.end()
    return None


def _escaped(match: re.Match[str]) -> str:
    code = match.group(1)
    if code[0] in "uU" and len(code) > 1:
        point = int(code[1:], 16)
        return chr(point) if point <= 0x10FFFF else match.group(0)
    return ESCAPES.get(code, match.group(0))
