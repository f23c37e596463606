"""A table of contents: the section headings listed above the text, each standing again below.

A guide or a long article opens with the list of its sections ("Was ist Tubeless?", "Was bringt
Tubeless?", ...), each a link to its heading further down. The list is navigation; the headings
are the article's. Told by structure alone, in any language: a run of short lines, each
standing again after the run, in the same order, and apart (each copy opens a section, so lines
of its own stand between it and the next). A menu printed twice (header and footer) or a
recipe's ingredients printed again for a print view repeat as a run: no table of contents.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence


def contents_lines(
    keys: Sequence[str], words: Sequence[int], min_lines: int, max_words: int
) -> list[int]:
    """The indexes of the lines that form a table of contents.

    `keys`: each line's key (its casefolded words; "" for a line of none), `words`: its number
    of words. A run is `min_lines` or more neighbouring lines of at most `max_words` words that
    each stand again after the run; their first copies there must come in the run's order,
    with at least one other line between two of them."""
    where: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key:
            where[key].append(index)

    def again_after(index: int, end: int) -> int | None:
        places = where[keys[index]]
        at = bisect_right(places, end - 1)
        return places[at] if at < len(places) else None

    listed = [
        bool(key) and words[index] <= max_words and where[key][-1] > index
        for index, key in enumerate(keys)
    ]
    found: list[int] = []
    start = 0
    while start < len(keys):
        if not listed[start]:
            start += 1
            continue
        end = start
        while end < len(keys) and listed[end]:
            end += 1
        found += _tables(
            keys, [again_after(index, end) for index in range(start, end)], start, min_lines
        )
        start = end
    return found


def _tables(keys: Sequence[str], copies: list[int | None], start: int, min_lines: int) -> list[int]:
    """The tables in one run of listed lines (`copies`: where each stands again after the run).

    A copy must open a section (the line after it is no copy of a line of the run) and come
    after the last one with a line between: the lines that do, next to each other, are a table
    when there are `min_lines` of them. A headline above the table that the page repeats, or a
    second printing of the table below it, breaks the order and is left out."""
    run = {keys[start + offset] for offset in range(len(copies))}
    found: list[int] = []
    segment: list[int] = []
    last = -2
    for offset, copy in enumerate(copies):
        opens = copy is not None and (copy + 1 >= len(keys) or keys[copy + 1] not in run)
        if not opens or copy - last < 2:  # type: ignore[operator]
            if len(segment) >= min_lines:
                found += segment
            segment = []
        if opens:
            segment.append(start + offset)
            last = copy  # type: ignore[assignment]
        else:
            last = -2
    if len(segment) >= min_lines:
        found += segment
    return found
