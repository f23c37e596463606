"""Markdown saved as `.txt`: a text file that opens with a `# heading` is read as Markdown.

A crawler's Markdown output (Firecrawl's and crawl4ai's `markdown`, an LLM's or a note app's
export) is often written to `page.txt`. Read as plain text, its heading was the title with
its mark (`# Ferry timetable changes`: the title stage takes the first line as it is) and
`## What changes`, `**new**` and `[a map](https://...)` stayed in the text (session 45's
newcomer round). A text whose first line is a level-one heading (`# ` and words, a blank line
under it) is Markdown: it is read as a `.md` file is (io.markdown), its heading the title.
Other texts, and a `#hashtag` or `#1` first line (no space after the mark, or no words),
are read as before: their `Title:` lines are a header (io.field_header).
"""

from __future__ import annotations

from curate.document import Document

MAX_TITLE = 300  # a heading's characters, at most: a longer first line is a paragraph


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


def text_document(doc: Document) -> Document:
    """A `.txt` file's document: read as Markdown when it opens with a heading (see the
    module), else with its `Title:` / `URL:` header's fields (io.field_header)."""
    if doc.text.lstrip("\ufeff\r\n \t")[:1] == "#" and opens_with_heading(doc.text):
        from curate.io.markdown import markdown_document

        return markdown_document(doc)
    from curate.io.field_header import with_field_header

    return with_field_header(doc)
