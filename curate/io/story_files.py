"""CNN / Daily Mail `.story` files: an article, then its highlights after `@highlight` lines.

The CNN and Daily Mail news corpus (`cnn_stories.tgz`, `dailymail_stories.tgz`: a folder of
`<sha1>.story` files, the source of the `cnn_dailymail` dataset) was passed over whole: ".story"
is no kind curate knew ("no readable input files ... (.story 92579)"). A `.story` is plain
text: the article's paragraphs between blank lines, then each highlight (the summary's
sentences) after a line `@highlight`. It is read as a `.txt` article is, the article alone:
the highlights are a summary written apart from it, no part of its text. A file with no
`@highlight` is read whole.
"""

from __future__ import annotations

import re

STORY_SUFFIXES = (".story",)
HIGHLIGHT = re.compile(r"^@highlight[ \t\r]*$", re.MULTILINE)  # `@highlight` on a line alone


def article_of(text: str) -> str:
    """The article of a `.story`'s text: what stands before its first `@highlight` line."""
    found = HIGHLIGHT.search(text)
    return text[: found.start()].rstrip() if found else text
