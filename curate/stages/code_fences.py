"""Markdown code fences: the lines between "```" (or "~~~") lines, whose spaces are the code's.

A Python snippet in a tech story keeps its indentation only if whitespace rules leave these
lines alone; a fence is Markdown's own marker, so no guess about what looks like code.
"""

from __future__ import annotations

import bisect
import re

# a fence line: up to 3 spaces, then 3+ backticks or tildes, then an info string ("```python")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(?![`~])[^\n]*$", re.MULTILINE)


def fenced_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inside of each closed fence: from after the opening line's break to
    the closing line's start. A fence that never closes protects nothing."""
    if "```" not in text and "~~~" not in text:
        return []
    blocks = []
    opening: re.Match[str] | None = None
    for match in FENCE.finditer(text):
        marker = match.group(1)
        if opening is None:
            opening = match
        elif marker[0] == opening.group(1)[0] and len(marker) >= len(opening.group(1)):
            if match.group(0).strip() == marker:  # a closing fence has no info string
                blocks.append((opening.end() + 1, match.start()))
                opening = None
    return blocks


def inside(blocks: list[tuple[int, int]], pos: int) -> bool:
    """`pos` in one of `blocks` (in order, not overlapping): a binary search, not a scan."""
    at = bisect.bisect_right(blocks, (pos, float("inf"))) - 1
    return at >= 0 and blocks[at][0] <= pos < blocks[at][1]
