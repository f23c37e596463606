"""Markdown saved as `.txt`: a text file that opens with a `# heading` is read as Markdown.

A crawler's Markdown output (Firecrawl's and crawl4ai's `markdown`, an LLM's or a note app's
export) is often written to `page.txt`. Read as plain text, its heading was the title with
its mark (`# Ferry timetable changes`: the title stage takes the first line as it is) and
`## What changes`, `**new**` and `[a map](https://...)` stayed in the text (session 45's
newcomer round). A text whose first line is a level-one heading (`# ` and words, a blank line
under it) is Markdown: it is read as a `.md` file is (io.markdown), its heading the title.
Other texts, and a `#hashtag` or `#1` first line (no space after the mark, or no words),
are read as before: their `Title:` lines are a header (io.field_header).

A first line underlined (`Ferry timetable changes` over `=======`, or `-------` of its length
within `UNDERLINE_SLACK`), a blank line under it, is the title too (`underlined_title`): the
title stage took the line and left the underline the text's first line. Such a text is no
more Markdown than a plain text's title says, so the rest is read as it was. A line under
which another line of the text is underlined alike heads a section (`Part One`, `Part Two`),
no title: that text stays as it was.
"""

from __future__ import annotations

import re

from curate.document import Document
from curate.io.separated_articles import UNDERLINE_SLACK

MAX_TITLE = 300  # a heading's characters, at most: a longer first line is a paragraph
# an underline: `=` (3 or more, a program's `"=" * 40` too) or `-` of its heading's length
UNDERLINE = re.compile(r"(?:={3,}|-{3,})[ \t]*")


def opens_with_heading(text: str) -> bool:
    """`text`'s first line that holds anything is `# ` and words, a blank line under it."""
    from curate.io.markdown import HEADING

    head = text.lstrip("\ufeff\r\n \t")[: MAX_TITLE + 2].split("\n", 2)
    if len(head) < 3 or head[1].strip():
        return False
    found = HEADING.fullmatch(head[0].rstrip("\r"))
    return (
        found is not None
        and len(found.group(1)) == 1
        and any(ch.isalpha() for ch in found.group(2))
    )


def underlined_title(text: str) -> tuple[str, str] | None:
    """(the title, the text under it) when `text`'s first line is underlined over a blank
    line (see the module), else None."""
    text = text.lstrip("\ufeff\r\n")
    opening = text[: MAX_TITLE + 4]  # the first line and its underline's start, at most
    if "\n=" not in opening and "\n-" not in opening:
        return None  # no underline (most texts: no split of the whole text)
    head = text.split("\n", 3)
    if len(head) < 3 or head[2].strip() or not UNDERLINE.fullmatch(head[1].rstrip("\r")):
        return None
    title, underline = head[0].strip(), head[1].strip()
    if not title or len(title) > MAX_TITLE or not any(ch.isalpha() for ch in title):
        return None
    if underline[0] == "-" and abs(len(underline) - len(title)) > UNDERLINE_SLACK:
        return None  # a rule under a first line, not its underline
    rest = head[3].strip("\r\n") if len(head) > 3 else ""
    if not rest.strip() or _underlined_again(rest, underline[0]):
        return None
    return title, rest


def _underlined_again(rest: str, mark: str) -> bool:
    """Another line of `rest` underlined with `mark`: the first is a section's heading, as
    the others are (`Part One` over `====`, then `Part Two`), not the text's title."""
    for found in (_EQUALS if mark == "=" else _DASHES).finditer(rest):
        end = found.start() - 1  # the line break above it (none at the text's start)
        above = rest[rest.rfind("\n", 0, max(end, 0)) + 1 : max(end, 0)]
        if above.strip():  # a line right above it, not a blank one: an underline, no rule
            return True
    return False


_EQUALS = re.compile(r"^={3,}[ \t]*\r?$", re.MULTILINE)
_DASHES = re.compile(r"^-{3,}[ \t]*\r?$", re.MULTILINE)


def text_document(doc: Document) -> Document:
    """A `.txt` file's document: read as Markdown when it opens with a heading, titled by
    its underlined first line (see the module), else with its `Title:` / `URL:` header's
    fields (io.field_header)."""
    if doc.text.lstrip("\ufeff\r\n \t")[:1] == "#" and opens_with_heading(doc.text):
        from curate.io.markdown import markdown_document

        return markdown_document(doc)
    underlined = underlined_title(doc.text)
    if underlined is not None:
        doc.title = doc.input_title = underlined[0]
        doc.text = underlined[1]
        return doc
    from curate.io.field_header import label_title, with_field_header

    doc = with_field_header(doc)
    labelled = label_title(doc.text) if doc.title is None else None  # `Title: X` alone
    if labelled is not None:
        doc.title = doc.input_title = labelled
    return doc
