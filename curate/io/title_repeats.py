"""A page's title given again as the first line(s) of its text: Medium's export sets the
`<title>` and repeats it as the `<h1>` and as the body's first `<h3>`; Google Docs' HTML
export gives no `<title>` and opens with its "Title" paragraph (`<p class="title">`). The
title field keeps it, so the text dropped it: the repeat counted twice in dedup and in the
published text (session 33, newcomer round 23)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_SPACES = re.compile(r"\s+")
# Google Docs' "Title" paragraph style: the first `<p>` of class `title`
_EXPORT_TITLE = "(//body//p[contains(concat(' ', normalize-space(@class), ' '), ' title ')])[1]"
_MAX_TITLE_CHARS = 300  # a paragraph longer than this is no title


def _key(line: str) -> str:
    return _SPACES.sub(" ", line).strip().casefold()


@cache
def _export_title_path() -> Any:
    from lxml import etree

    return etree.XPath(_EXPORT_TITLE)


def export_title(tree: Any) -> str | None:
    """The title an editor's export marks in its body (Google Docs' `<p class="title">`),
    for a page of no `<title>`."""
    from lxml import etree  # here: the fast reader's runs never import lxml (0.02 CPU s)

    try:
        found = _export_title_path()(tree)
    except etree.Error:
        return None
    if not found:
        return None
    title = _SPACES.sub(" ", found[0].xpath("string()")).strip()
    return title if title and len(title) <= _MAX_TITLE_CHARS else None


def without_title_repeats(text: str, title: str | None) -> str:
    """`text` without its first lines (and the blank lines between them) that are `title`
    again, compared in any case and spacing; `text` itself when no line is, or when the
    title is all it holds."""
    if not title or not title.strip():
        return text
    wanted = _key(title)
    lines = text.split("\n")
    start = 0
    while start < len(lines) and (not lines[start].strip() or _key(lines[start]) == wanted):
        start += 1
    if start == 0 or start == len(lines) or not any(_key(x) == wanted for x in lines[:start]):
        return text
    return "\n".join(lines[start:])
