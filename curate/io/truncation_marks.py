"""NewsAPI's and GNews's mark of a cut article taken off its text.

NewsAPI (`/v2/everything`, `/v2/top-headlines`) gives an article's `content` cut at 200
characters and ends it with `… [+2113 chars]`, the count of those it left out. The mark stood in
every document read from a saved response (`"Several hundred people attended the meeting,
which… [+1450 chars]"`), words of no article. It leaves the text, the ellipsis with it.
GNews (`/api/v4/search`, `/top-headlines`) cuts `content` the same way and ends it with
`... [2389 chars]` (three dots, no plus): it stood in every article (newcomer round 25).
"""

from __future__ import annotations

import re

TAIL = 64  # the mark is looked for in the text's last characters alone
# linear: one optional run, digits, end. NewsAPI's `… [+2113 chars]` (three dots before it
# stay: `after... [+12 chars]`), GNews's `... [2389 chars]` (no plus: its dots are the mark's)
MARK = re.compile(r"\s*(?:…?\s*\[\+\d{1,9}|(?:\.\.\.)?\s*\[\d{1,9}) chars\]\s*\Z")


def without_truncation_mark(text: str) -> str:
    """`text` without NewsAPI's closing `… [+N chars]` (GNews's `... [N chars]`); any other
    text as it is."""
    found = MARK.search(text, max(0, len(text) - TAIL))
    return text[: found.start()] if found and found.start() > 0 else text
