"""A Kindle's `My Clippings.txt` read a clipping a document.

A Kindle appends every highlight and note its reader makes to `documents/My Clippings.txt`:
a block a clipping, each the book's title and author, a line of what and where (`- Your
Highlight on page 12 | Location 100-101 | Added on Monday, ...`), a blank line, the words
highlighted, and a line of ten `=`. The file was read as ONE document of every book's
highlights, their title and location lines among them. It is told by its name (`clippings`
in it, copies such as `My Clippings (2).txt` too) and its blocks (every block
before a `==========` has a second line of `- ... | ...`); each clipping
with words is a document, the book's line its title; a bookmark, of no words, is skipped.
"""

from __future__ import annotations

NAME = "clippings"  # a Kindle names it `My Clippings.txt` in every language
SEPARATOR = "=========="
CLIPPINGS_KIND = "kindle bookmark"
HEAD = 65536


def clippings(text: str) -> list[tuple[str, str]] | None:
    """[(book, words)] of a Kindle's clippings file's text (a bookmark's words are ''), or
    None when the text is no such file."""
    from curate.io.line_ends import lone_cr_as_lf

    text = lone_cr_as_lf(text.replace("\r\n", "\n")).lstrip("\ufeff")  # a Kindle writes CRLF
    if SEPARATOR not in text:
        return None
    blocks = [block.strip("\n") for block in text.split(SEPARATOR)]
    blocks = [block for block in blocks if block.strip()]
    found = []
    for block in blocks:
        lines = block.split("\n")
        if len(lines) < 2 or not lines[1].startswith("- ") or " | " not in lines[1]:
            return None  # a block of no clipping: a text's own rules of `=`
        found.append((lines[0].strip().lstrip("\ufeff"), "\n".join(lines[2:]).strip()))
    return found or None


def is_clippings(head: str) -> bool:
    """Whether a text file's opening is a Kindle's clippings (see the module)."""
    cut = head.rfind(SEPARATOR)
    return cut > 0 and clippings(head[:cut]) is not None
