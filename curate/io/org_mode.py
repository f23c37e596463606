"""Org mode files (`.org`) read as text documents, their markup taken off.

Notes, a blog (ox-hugo, org-publish) or a reporter's outline kept in Emacs is a folder of
`.org` files; they were passed over as of no known kind. As for Markdown (io.markdown):
`#+TITLE:` is the title; other keyword lines (`#+DATE:`, `#+OPTIONS:`), comments (`# ...`),
property drawers (`:PROPERTIES:` to `:END:`), planning lines (`SCHEDULED: <...>`) and source,
example and comment blocks go; quote and verse blocks keep their text without their
`#+BEGIN_` / `#+END_` lines; a headline (`** TODO [#A] Reaction :politics:`) keeps its words
(no stars, keyword, priority or tags), a list item and a table's cells theirs; links become
the words they show (`[[https://...][the plan]]` -> `the plan`) and emphasis its text
(`*bold*`, `/italic/`, `=verbatim=`, `~code~`). A `README.org` is a repository's notes and
never an input, as a `README.md`.

Every pattern works on one line with bounded quantifiers: linear on any text.
"""

from __future__ import annotations

import re

ORG_SUFFIXES = (".org", ".org.gz")
TITLE = re.compile(r"^[ \t]*#\+title:[ \t]*(.{0,2000}?)[ \t]*$", re.IGNORECASE)
KEYWORD = re.compile(r"^[ \t]*#\+\w[\w-]{0,100}:")  # `#+DATE: 2024-05-01`, `#+NAME: x`
COMMENT = re.compile(r"^[ \t]*#(?:[ \t].{0,2000})?$")
BLOCK = re.compile(r"^[ \t]*#\+(begin|end)_(\w{1,30})", re.IGNORECASE)
DROPPED_BLOCKS = frozenset({"src", "example", "comment", "export", "html", "latex"})
DRAWER = re.compile(r"^[ \t]*:[\w-]{1,60}:[ \t]*$")  # `:PROPERTIES:`, `:LOGBOOK:`
DRAWER_END = re.compile(r"^[ \t]*:end:[ \t]*$", re.IGNORECASE)
PLANNING = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
HEADLINE = re.compile(
    r"^\*{1,20}[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|CANCELLED)[ \t]+)?(?:\[#[A-Z0-9]\][ \t]+)?"
    r"(.{0,2000}?)(?:[ \t]+:[\w@#%:]{1,500}:)?[ \t]*$"
)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-+]|\d{1,9}[.)])[ \t]+(?:\[[ X-]\][ \t]+)?")
RULE = re.compile(r"^[ \t]*(?:-{5,}|\|[-+]{1,2000}\|?)[ \t]*$")  # a rule, a table's line
LINK = re.compile(r"\[\[([^\[\]\n]{1,2000})\](?:\[([^\[\]\n]{1,2000})\])?\]")
EMPHASIS = re.compile(r"(?<![\w*/=~+])([*/=~+])(?=\S)([^\n]{1,2000}?)(?<=\S)\1(?![\w*/=~+])")


def org_text(text: str) -> tuple[str, str | None]:
    """(text, title) of an Org file's text (see the module)."""
    from curate.io.line_ends import lone_cr_as_lf

    out: list[str] = []
    title: str | None = None
    dropping: str | None = None  # the kind of block being dropped (`src`)
    in_drawer = False
    for raw in lone_cr_as_lf(text).lstrip("\ufeff").split("\n"):
        line = raw.rstrip()
        block = BLOCK.match(line)
        if dropping is not None:
            if block and block.group(1).lower() == "end" and block.group(2).lower() == dropping:
                dropping = None
            continue
        if in_drawer:
            in_drawer = not DRAWER_END.match(line)
            continue
        if block:
            kind = block.group(2).lower()
            if block.group(1).lower() == "begin" and kind in DROPPED_BLOCKS:
                dropping = kind
            continue
        found = TITLE.match(line)
        if found:
            title = title or _inline(found.group(1)) or None
            continue
        if DRAWER.match(line) and not DRAWER_END.match(line):
            in_drawer = True
            continue
        if KEYWORD.match(line) or COMMENT.match(line) or PLANNING.match(line) or RULE.match(line):
            continue
        headline = HEADLINE.match(line)
        if headline:  # a paragraph of its own, as a heading is
            out.extend(("", _inline(headline.group(1).strip()), ""))
            continue
        line = LIST_ITEM.sub("", line)
        if line.lstrip().startswith("|"):  # a table's row: its cells' words
            line = " ".join(cell.strip() for cell in line.split("|") if cell.strip())
        out.append(_inline(line.strip()))
    text = "\n".join(out).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", text), title


def _inline(line: str) -> str:
    line = LINK.sub(lambda m: m.group(2) or m.group(1), line)
    return EMPHASIS.sub(r"\2", line)
