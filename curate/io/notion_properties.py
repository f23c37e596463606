"""A Notion page's properties under its title: `Created: March 5, 2024 3:12 PM`, `Tags: a, b`.

Notion's Markdown export of a database's page writes the page's title as `# Title`, then its
properties a line each (`Created: March 5, 2024 3:12 PM`, `Tags: port, storm`, `Status: Done`,
`Author: Jane Roe`), then the page. The Markdown reader took the heading for the title and kept
the property lines as the text's first paragraph: every page of a Notion workspace opened with
its database's columns (session 42's newcomer round). The paragraph right under the title is
the page's properties when each of its lines is `Name: value` (a name of one to four words
opening with a capital) and no value reads as a sentence (three words or more ending in `.`,
`?` or `!`: an interview's `JOHN: We were ready.`), with two lines at least, or one whose value
is a date. Its date (`Created`, `Date`, `Published`) and writers (`Author`, `Created by`) go to
the page's metadata as a front matter's do (io.front_matter_fields); every property is kept in
the `properties` label. A paragraph that opens with `Note: the ferry leaves at nine` stays.

A page whose own text opens with two such lines (`Update: the council met again on Monday` /
`Note: the ferry leaves at nine from the north pier`, an interview's `Harbour master: we saw
the water rise` / `Reporter: and what did you do then`) lost them to the properties (session
43's newcomer round). A property's value is a date, a name, a status, a few tags, an address:
short parts. A value that reads as a clause (six words or more in one comma-free part, or four
or more opening with a small letter) is the text's, and so is its paragraph.
"""

from __future__ import annotations

import re
from typing import Any

# `Created: March 5, 2024 3:12 PM`, `Last edited time: ...`, `Tags: port, storm`
PROPERTY = re.compile(r"([A-Z][\w'&/()-]{0,30}(?: [\w'&/()-]{1,30}){0,3}): (\S[^\n]{0,500})")
# Notion's dates: `March 5, 2024`, `March 5, 2024 3:12 PM`, `2024/03/05`, `2024-03-05`
DATE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, \d{4}"
    r"(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?(?: \([^)\n]{1,40}\))?|\d{4}[-/]\d{2}[-/]\d{2}"
)
SENTENCE_WORDS = 3  # a value of this many words ending in `.`, `?`, `!` is a sentence
CLAUSE_WORDS = 6  # a value's comma-free part of this many words is a clause
SMALL_CLAUSE_WORDS = 4  # ... or of this many opening with a small letter
# Notion's own names for a page's date and writer, beside the names a row's go by
NOTION_NAMES = {"created": "date", "created time": "date", "created by": "author"}
PROPERTIES = "properties"  # label: every property, name -> value


def property_lines(lines: list[str], start: int) -> tuple[dict[str, str], int] | None:
    """The properties of the paragraph of `lines` opening at `start` or after blank lines
    (see the module) and the index past it; None when it is no page's properties."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    found: dict[str, str] = {}
    end = start
    while end < len(lines) and lines[end].strip():
        match = PROPERTY.fullmatch(lines[end].strip())
        if match is None or match.group(1) in found or _prose(match.group(2)):
            return None
        found[match.group(1)] = match.group(2).strip()
        end += 1
    if len(found) >= 2 or (found and DATE.fullmatch(next(iter(found.values()))) is not None):
        return found, end
    return None


def _prose(value: str) -> bool:
    """A sentence or a clause, no property's value (see the module)."""
    words = len(value.split())
    if value.rstrip()[-1:] in ".?!" and words >= SENTENCE_WORDS:
        return True
    if words < SMALL_CLAUSE_WORDS or DATE.fullmatch(value.strip()) or "://" in value:
        return False
    longest = max(len(part.split()) for part in value.split(","))
    return longest >= CLAUSE_WORDS or (value[:1].islower() and longest >= SMALL_CLAUSE_WORDS)


def property_fields(found: dict[str, str]) -> dict[str, Any]:
    """The properties named as a front matter's fields are (`Created` -> `date`), the others
    as they are, for io.front_matter_fields."""
    fields: dict[str, Any] = {}
    for name, value in found.items():
        fields.setdefault(NOTION_NAMES.get(name.casefold(), name), value)
    return fields
