"""A story's own blocks, kept: a heading and the items under it that the line model removed.

On line blind half 1 (batches 1-16) the line model removed 80 content lines: 29 subheads, 23
list items, 17 headlines. Most of the subheads head a block of the story ("How it compares"
over a paragraph, "Helplines" over "Fire service: 101", "Teams" over the line-ups), and most
lost items stand in such a block ("Shuttle to Arches ..." between two items that stay; three
symptoms under "Symptoms to watch"). Alone, a heading has the shape of a "Most read" label and
an item that of another story's headline; what tells them apart is the block they stand in:

- a gap between two lines of the story: lines that are no sentence, each right below the other
  in the text as it came, with a body paragraph or a sentence that stays right above and right
  below, opened by a heading (or under a line ending with a colon), two lines of the story or
  more above it (right under the first, a byline and a date stand between the standfirst and
  the first paragraph; a line ending with a colon introduces what follows: one will do); the
  story going on below is the evidence a label over other stories, a byline or a prompt lacks;
- a block the story does not close: a heading right under a line of the story, over lines
  that are no sentence of which two or more stay: the heading and the lines down to the last
  that stays (a "Most read" label heads other stories' headlines the model removes); or the
  items right under a sentence of the story ending with a colon ("The new aircraft will go
  first to these routes:"), alike in length (a promo's pitch under three routes is no fourth).

Each line of a block is short and no sentence, with no furniture's words by the word model
(`WordModel.margin`), no credit's shape (`(Tribune photo)`, `KPA Photo/Devraj`), no menu's
steps; a heading has no figure (a time stamp, a date) and no `label: value` (`Coral Coast Radio:
Hamish Ng`). Only the lines left and this round's verdicts decide, so the round that removes
nothing is a fixed point and a second run finds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

# a letter; steps of a breadcrumb, a menu or tags ("Goa Monsoon | IMD | Panaji")
from curate.stages.boilerplate.keep_content import LETTER, LISTED

Scored = list[tuple[int, Any, float]]  # (index in the lines left, row, noise score)

HEADING_WORDS = 8  # the longest heading ("OUTPUT BY PROVINCE (tonnes, Jan-May)")
ITEM_WORDS = 30  # the longest line of a block
SENTENCE_ENDS = ".!?;,\"”’'"  # a heading ends with none of these (a colon introduces its block)
GAP_LINES = 12  # the most lines of a block
# lines of the story above a block: right under the first, a byline and a date stand between
# the standfirst and the first paragraph ("Grace Te Huia", "5:00am, Thursday 11 March 2027")
STORY_ABOVE = 2
END_ITEMS = 2  # lines that stay under the heading of a block the story does not close
# items under a sentence ending with a colon, the story not going on below them: each of at
# most this many times the first item's words, plus `ITEM_SLACK`
ITEM_SCALE = 2
ITEM_SLACK = 2
# a line's word log-odds of noise (`WordModel.margin`) under this: no furniture's words
# ("Latest Sport" 1.5, "Trending" 0.95, "More from KPA Asia:" 1.1; "Helplines" 0.0)
HEADING_MARGIN = 0.9
ITEM_MARGIN = 1.0
ALNUM = re.compile(r"[^\W_]")  # a letter or a figure: "2025: ₹126", not "___"
LABEL_VALUE = re.compile(r":\s+\S")  # a label and its value: "Coral Coast Radio: Hamish Ng"
# a credit's shapes: the line in brackets, two names joined by a slash, a leading abbreviation
CREDIT = re.compile(r"^\(.*\)$|[^\W\d_]/[^\W\d_]|^\w{1,4}\.\s")


def is_heading(text: str) -> bool:
    """A short line of words (no figure: a date, a time stamp) ending with no mark of a
    sentence, no `label: value` of its own."""
    text = text.strip()
    return (
        0 < len(text.split()) <= HEADING_WORDS
        and text[-1:] not in SENTENCE_ENDS
        and LETTER.search(text) is not None
        and not any(character.isdigit() for character in text)
        and LABEL_VALUE.search(text) is None
    )


def kept(
    noise: Scored,
    scored: Scored,
    texts: list[str],
    adjacent: list[bool],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
) -> Scored:
    """`noise` without the lines of the story's blocks (above) among the lines left, `texts`.

    `scored`: the lines the model judged this round (the others are body paragraphs);
    `adjacent[i]`: line `i` stood right below line `i - 1` in the text as it came; `margin`: a
    line's word log-odds of noise; `is_prose`: whether a line is a sentence."""
    if not noise:
        return noise
    judged = {i for i, _, _ in scored}
    going = {i for i, _, _ in noise}
    count = len(texts)
    story = [i not in going and (i not in judged or is_prose(texts[i])) for i in range(count)]
    spared: set[int] = set()
    above = 0  # lines of the story above
    at = 0
    while at < count:
        if story[at]:
            above += 1
            at += 1
            continue
        end = at  # the gap: lines of no story's, `at` to `end - 1`
        while end < count and not story[end]:
            end += 1
        # a line ending with a colon introduces what follows: one line of the story will do
        introduced = at > 0 and (
            texts[at - 1].rstrip()[-1:] == ":" or texts[at].rstrip()[-1:] == ":"
        )
        if (
            above >= (1 if introduced else STORY_ABOVE)
            and adjacent[at]
            and any(i in going for i in range(at, end))
        ):
            spared.update(_block(texts, at, end, going, adjacent, margin, is_prose))
        at = end
    return [item for item in noise if item[0] not in spared] if spared else noise


def _block(
    texts: list[str],
    at: int,
    end: int,
    going: set[int],
    adjacent: list[bool],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
) -> range:
    """The lines of the block opening the gap `at`..`end - 1` right under a line of the story
    (an empty range: none)."""

    def shaped(i: int) -> bool:
        return _block_line(texts[i], margin, is_prose)

    if end < len(texts):  # the story goes on below: the whole gap, or nothing
        closed = (
            end - at <= GAP_LINES
            and all(adjacent[i] for i in range(at, end + 1))
            and (is_heading(texts[at]) or texts[at - 1].rstrip().endswith(":"))
            and all(map(shaped, range(at, end)))
        )
        return range(at, end) if closed else range(0)
    if texts[at - 1].rstrip().endswith(":"):  # the items a sentence of the story introduces
        # alike in length: a promo's pitch under three routes is no fourth route
        longest = ITEM_SCALE * len(texts[at].split()) + ITEM_SLACK
        last = at
        while (
            last < min(end, at + GAP_LINES)
            and adjacent[last]
            and shaped(last)
            and len(texts[last].split()) <= longest
        ):
            last += 1
        return range(at, last)
    if not (is_heading(texts[at]) and shaped(at)):
        return range(0)
    last, stay = at, 0
    for i in range(at + 1, min(end, at + 1 + GAP_LINES)):
        if not adjacent[i] or not shaped(i):
            break
        if i not in going:
            last, stay = i, stay + 1
    return range(at, last + 1) if stay >= END_ITEMS else range(0)


def _block_line(text: str, margin: Callable[[str], float], is_prose: Callable[[str], bool]) -> bool:
    """A heading or an item of a block: short, no sentence, no furniture's words, no credit's
    shape, no menu's steps."""
    words = len(text.split())
    return (
        0 < words <= ITEM_WORDS
        and ALNUM.search(text) is not None
        and not is_prose(text)
        and LISTED.search(text) is None
        and CREDIT.search(text.strip()) is None
        and margin(text) < (HEADING_MARGIN if words <= HEADING_WORDS else ITEM_MARGIN)
    )
