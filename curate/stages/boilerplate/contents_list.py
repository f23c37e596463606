"""A table of contents: short lines that stand again, in the same order, as the headings of
the sections below.

A guide or a long article lists its sections under its headline ("Was gut gelaufen ist:",
"Meine Pläne für 2020", ...) and then heads each section with the same words. Read as plain
text, the list is navigation (the read pages label it so) and the headings are content. Each
copy is a short line standing twice, which neither the rules' wording nor the line model tells
apart: both copies stayed (on the read pages, 38 of 42 such list lines; their headings are all
content). The shape is the evidence, in any language: three or more consecutive short
lines, each standing exactly once more further down, in the same order, with a section's text
(20 words or more) between each heading and the next. A page header printed twice (headline,
section, date) has no text between its second copies; a chorus repeats as a block. The first
copies go; the headings, then standing once, stay.
"""

from __future__ import annotations

from bisect import bisect_right


def contents_lines(
    keys: list[str], words: list[int], min_lines: int, max_words: int, section_words: int
) -> list[int]:
    """The indices of the lines that make a table of contents (the first copies).

    `keys`: each line's `line_key` ("" for a line of no words); `words`: its word count;
    `section_words`: the words a section holds at least, between one heading and the next.
    Linear in the lines (each line starts at most one run that grows past it, each later copy
    found by bisection)."""
    places: dict[str, list[int]] = {}
    for at, (key, count) in enumerate(zip(keys, words, strict=True)):
        if key and count <= max_words:
            places.setdefault(key, []).append(at)
    if all(len(found) < 2 for found in places.values()):
        return []  # no short line stands twice: most documents
    above = [0]  # above[i]: the words of the first i lines
    for count in words:
        above.append(above[-1] + count)
    found: list[int] = []
    size = len(keys)
    start = 0
    while start < size:
        end, copies = start, []
        # a heading stands twice: in the list and over its section (a line standing a third
        # time is a menu's, and its first copy gone, the other two would read as a list)
        while end < size and len(places.get(keys[end], ())) == 2:
            after = max(end, copies[-1] if copies else end)
            copy = _next(places[keys[end]], after)
            # a section's text between each heading and the one before it
            if copy is None or copies and above[copy] - above[copies[-1] + 1] < section_words:
                break
            copies.append(copy)
            end += 1
        if end - start >= min_lines and copies[0] >= end:
            found.extend(range(start, end))
        start = max(end, start + 1)
    return found


def _next(places: list[int], after: int) -> int | None:
    """The first of `places` (sorted) past `after`."""
    at = bisect_right(places, after)
    return places[at] if at < len(places) else None
