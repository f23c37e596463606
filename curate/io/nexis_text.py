"""A LexisNexis text export (`Nexis_Export.txt`, "Download as Text"): an article a document.

Such a file holds many articles, each opened by a centred `1 of 25 DOCUMENTS` line, then the
paper, the date and edition, the headline, header lines (`BYLINE:`, `SECTION:`, `LENGTH: 412
words`), the body, and trailer lines (`LOAD-DATE:`, `LANGUAGE:`, `PUBLICATION-TYPE:`) with the
paper's copyright. It was read as ONE document of every article with their header and trailer
lines. Each article's body is a document, its headline the title; the header and trailer stay
out. A text whose first lines hold no such counter line is read whole, as before.
"""

from __future__ import annotations

import re

# `                               1 of 25 DOCUMENTS` (centred; CRLF)
COUNTER = re.compile(r"^[ \t]*(\d{1,6}) of (\d{1,6}) DOCUMENTS?[ \t\r]*$", re.MULTILINE)
HEAD_CHARS = 2000  # the first counter stands in the file's first lines
HEADER_LINES = 80  # the paper, date, headline and header keys stand in a block's first lines
KEY_GAP = 4  # lines from one header key to the next (a blank line between; a wrapped value)
HEADER_KEY = re.compile(r"^(BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|BODY|SOURCE):")
TRAILER_KEY = re.compile(
    r"^(LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|GRAPHIC|NOTES|URL|DOCUMENT-TYPE|JOURNAL-CODE"
    r"|CORRECTION-DATE|SUBJECT|ORGANIZATION|GEOGRAPHIC|PERSON|COMPANY|TICKER|INDUSTRY):"
)


def is_nexis_export(text: str) -> bool:
    """A text that opens with Nexis's `1 of N DOCUMENTS` line."""
    head = text[:HEAD_CHARS]
    if "DOCUMENT" not in head:  # every .txt read asks: the regex costs 8x the substring test
        return False
    found = COUNTER.search(head)
    return found is not None and found.group(1) == "1"


def nexis_articles(text: str) -> list[tuple[str | None, str]]:
    """[(headline, body)] of each article of a Nexis text export, in the file's order."""
    text = text.replace("\r\n", "\n")
    counters = list(COUNTER.finditer(text))
    starts = [m.end() for m in counters]
    ends = [m.start() for m in counters][1:] + [len(text)]
    return [_article(text[start:end]) for start, end in zip(starts, ends, strict=True)]


def _article(block: str) -> tuple[str | None, str]:
    lines = block.split("\n")
    keys = [i for i, line in enumerate(lines[:HEADER_LINES]) if HEADER_KEY.match(line)]
    # the header's keys run together (blank lines between): a `SOURCE:` line in the body is
    # the story's own
    keys = keys[: next((n for n in range(1, len(keys)) if keys[n] - keys[n - 1] > KEY_GAP), None)]
    if not keys:
        return None, block.strip()
    header, rest = lines[: keys[0]], lines[keys[-1] + 1 :]
    paragraphs = _paragraphs(header)
    title = paragraphs[-1] if len(paragraphs) >= 3 else None  # after the paper and the date
    end = next((i for i, line in enumerate(rest) if TRAILER_KEY.match(line)), len(rest))
    return title, "\n".join(line.strip() for line in rest[:end]).strip()


def _paragraphs(lines: list[str]) -> list[str]:
    found, current = [], []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            found.append(" ".join(current))
            current = []
    return found
