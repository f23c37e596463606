"""A YAML front matter that YAML refuses, read a top-level key a line.

Jekyll writes a warning and builds the page when its front matter is no valid YAML, so sites
keep pages whose title holds an unquoted colon (`title: Budget: what changes in April`), a
stray quote (`title: "Harbour" reopens`) or a tab. The Markdown reader took such a front
matter for no front matter: its lines stayed at the top of the text and the page had no title
(session 41's newcomer round). Read here as Jekyll's readers see it: each unindented
`key: value` line a key and its string (quotes around it off); indented lines (a list's items,
a nested map) are left. None when no line is such a pair, or when a line is none of those (a
paragraph between two rules is no front matter).
"""

from __future__ import annotations

import re

NESTED = re.compile(r"[ \t]|-[ \t]|#|[A-Za-z_][\w-]{0,100}:[ \t]*$")  # an item, a comment, `tags:`
KEY_VALUE = re.compile(r"(?P<key>[A-Za-z_][\w-]{0,100}):[ \t]+(?P<value>\S[^\n]{0,4000})")


def yaml_lines(body: str) -> dict[str, str] | None:
    """The top-level `key: value` lines of `body` (see the module), or None."""
    found: dict[str, str] = {}
    for line in body.splitlines():
        match = KEY_VALUE.fullmatch(line.rstrip())
        if match is None:
            if line.strip() and not NESTED.match(line):
                return None  # a line of prose: no front matter, a text between rules
            continue
        value = match.group("value").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        found.setdefault(match.group("key"), value)
    return found or None
