"""An article's subheadings, kept: a line the page's markup gives as a heading, over a body
paragraph.

In a document of sentences the line model removes a short unfinished line at the lower bar
(`prose_threshold`): a byline, a label, another story's headline. An article's subheading has
that shape, and where a table of contents links to it (an in-page anchor) the reader's link
label makes it link text too. On the pages cleaning made worse the line model's removals were
the largest kind of loss, and on the pages read line by line subheadings were the largest kind
of content it removed (44 lines, body lines 30, list items 24; `python -m curate.evaluate
cleaning_moves`: "Tankstellen: Wo kann man Adblue kaufen?", "The bottom line"). On HTML input
the reader says which lines are a heading's text (`headed_lines`, `io.page_headings`); a
heading is the article's when the line under it is a body paragraph that stays (a paragraph
the model does not judge, or a sentence it keeps): the heading of a list of other stories
stands over their headlines, of a newsletter box over its prompt, and both go. Plain text has
no such label: nothing changes there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from curate.document import line_key

Scored = list[tuple[int, Any, float]]  # (index in the lines left, row, noise score)


def headings_kept(
    noise: Scored,
    scored: Scored,
    texts: list[str],
    headed: frozenset[str],
    is_prose: Callable[[str], bool],
) -> Scored:
    """`noise` without the headed lines right above a body paragraph that stays this round."""
    if not headed or not noise:
        return noise
    going = {i for i, _, _ in noise}
    judged = {i for i, _, _ in scored}
    kept = set()
    for i, _, _ in noise:
        below = i + 1
        key = line_key(texts[i])
        if (
            below < len(texts)
            and below not in going
            and (below not in judged or is_prose(texts[below]))
            and key in headed
        ):
            kept.add(i)
    return [item for item in noise if item[0] not in kept]
