"""A page as Jina's Reader gives it (`curl https://r.jina.ai/<address> > page.md`).

The reader's text answer opens with the page's metadata, a line each between blank lines, then
the page as Markdown:

    Title: Ferry timetable approved

    URL Source: https://ex.com/2024/03/ferry

    Published Time: 2024-03-04T07:00:00+00:00

    Markdown Content:
    Ferry timetable approved
    ========================

Saved as `.md` (or `.txt`), the header's lines were read as the text's first paragraphs and
its `Title:` line taken for the title, or the article's own heading left in the text. The
header gives the title (`Title:`) and the source (`URL Source:`); the rest is read as Markdown.
"""

from __future__ import annotations

import re

HEADER = re.compile(
    r"\A\ufeff?Title:[ \t]*(?P<title>[^\n]{0,2000})\n\n"
    r"URL Source:[ \t]*(?P<url>[^\n]{0,4000})\n\n"
    r"(?:[A-Z][A-Za-z ]{1,40}:[^\n]{0,4000}\n\n){0,8}?"  # `Published Time:`, `Warning:`
    r"Markdown Content:[ \t]*\n"
)


def jina_header(text: str) -> tuple[str, str | None, str | None] | None:
    """(the Markdown after the header, the title, the page's address), or None without one."""
    found = HEADER.match(text.replace("\r\n", "\n")[:20000])
    if found is None:
        return None
    rest = text.replace("\r\n", "\n")[found.end() :]
    url = found.group("url").strip()
    url = url if url.startswith(("http://", "https://")) else None
    return rest, found.group("title").strip() or None, url
