"""Content the line model takes for noise, kept by its place (`keep_blocks`,
`headline_labels`, `keep_subheads`).

On the line blind batches nearly every content line the stage loses goes to the line model
(half 1 of batches 1-15: 69 of 70; subheads 31, list items 19, headlines 12). Three kinds:

- a table under its heading inside the story: "Scores", "Teams", "Helplines", "Welche Straßen
  gesperrt sind" over score lines, line-ups, phone numbers. Alone, the heading has the shape
  of a "Most read" or "More sport" label and its items that of the other stories' headlines
  under one, so the model removes both. The block tells them apart: every item is a label and
  its value ("Fire service: 101", "Brentford: Kessler; Ayling, Coyle") or holds figures
  ("Athletic Marist 31, Kurow 17"), where another story's headline is prose with a figure at
  most; the heading's words are not furniture's (the word model, `line_words`, learned across
  many sites: no "more", "most read", "share"); and two paragraphs or sentences of the story
  stand above it (right under the first, short lines are a byline and a date);
- the headline under the labels a page prints above it (`headline_under_labels`): under a
  breadcrumb and a section label, a two-word label of mixed case or a wire slug, the label
  became the title and the model removed the headline;
- a subheading between two paragraphs of the story (`subheads_kept`, measured and off).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Scored = list[tuple[int, Any, float]]  # (index in the lines left, row, noise score)

HEADING_WORDS = 8  # the longest heading of a table ("Price per kilo (raw nut, farm gate)")
HEADING_ENDS = ".!?;,"  # a heading ends with none of these (a colon introduces its block)
BODY_ABOVE = 2  # body paragraphs and sentences above the heading (under the first: a byline)
ITEM_WORDS = 40  # the longest item (a line-up is a long list of names)
FIGURE_ITEM = 3  # an item with one figure and more words than this reads as a headline
VALUE_WORDS = 4  # the longest value after a label that holds no figure and no list
MIN_ITEMS = 2
# a line's word log-odds of noise (`WordModel.margin`) under this: its words are no furniture's
# (`More Sport news` 3.9, `Most Popular` 1.6, `Trending` 0.95; `Helplines` 0.0, `Teams` 0.5)
HEADING_MARGIN = 0.9
ITEM_MARGIN = 1.0
# a value after a label ("Chip: Orbis N4"), or a dash or semicolon between two parts
SEPARATOR = re.compile(r"\w[)\]]?:\s+\S|\S\s[\u2013\u2014-]\s\S|;")
# a figure that is no year alone ("6%", "7.30am", "R1.37", "1-0" two; not "2027")
FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*")
YEAR = re.compile(r"(?:19|20)\d\d")
# items split by these are tags, a menu or a breadcrumb ("Goa Monsoon | IMD | Panaji")
LISTED = re.compile(r"\s[|/\u00b7\u2022>\u203a\u00bb]\s")
LETTER = re.compile(r"[^\W\d_]")


def _is_heading(text: str) -> bool:
    """A short line with a letter that ends with no mark of a sentence and holds no `label:
    value` itself."""
    text = text.rstrip()
    words = len(text.split())
    return (
        0 < words <= HEADING_WORDS
        and text[-1:] not in HEADING_ENDS
        and LETTER.search(text) is not None
        and SEPARATOR.search(text.rstrip(":")) is None
        and LISTED.search(text) is None
    )


def _figures(text: str) -> int:
    """How many figures the line holds that are not a year alone."""
    return sum(not YEAR.fullmatch(figure) for figure in FIGURE.findall(text))


def _separated(text: str) -> bool:
    """A label and its value: the value a few words, a figure or a list ("Chip: Orbis N4",
    "Brentford: Kessler; Ayling, Coyle"), not a headline's second half ("Transfer latest:
    Holt eyes loan move for winger")."""
    found = SEPARATOR.search(text)
    if found is None:
        return False
    value = text[found.end() - 1 :]
    return (
        len(value.split()) <= VALUE_WORDS
        or _figures(value) > 0
        or value.count(",") + value.count(";") >= 2
    )


def _figured(text: str) -> bool:
    """Two figures or more ("Athletic Marist 31, Kurow 17", "Remo Stars 1-0 Shooting
    Stars"), or one in a line of a few words; another story's headline has one at most
    ("Brookdale police add 12 officers")."""
    figures = _figures(text)
    return figures >= 2 or figures == 1 and len(text.split()) <= FIGURE_ITEM


def _table_run(texts: list[str]) -> int:
    """How many of `texts` from the first make a table: the longest run sharing a shape (all a
    label and its value, or all figures), 0 under `MIN_ITEMS`. A run of short phrases is not
    one: on half 1 of the blind batches it kept as many noise lines (a press release's
    `SOURCE ...` and `Related Links`, `###`, `Trending`) as content lines (streets, "Form")."""
    best = 0
    for shaped in (_separated, _figured):
        run = 0
        for text in texts:
            if LISTED.search(text) is not None or not shaped(text):
                break
            run += 1
        best = max(best, run)
    return best if best >= MIN_ITEMS else 0


def tables(
    texts: list[str],
    judged: set[int],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
) -> frozenset[int]:
    """The lines of each table (its heading and items) among the lines left, `texts`.

    `judged`: the lines the model scores (the others are body paragraphs); `margin`: a line's
    word log-odds of noise (`WordModel.margin`); `is_prose`: whether a line is a sentence."""
    found: set[int] = set()
    body = 0  # body paragraphs and sentences above: the story has begun
    for head, text in enumerate(texts):
        if head not in judged or is_prose(text):
            body += 1
            continue
        if body < BODY_ABOVE or head in found or not _is_heading(text):
            continue
        end = head + 1  # the items: judged lines or paragraphs ("Scorers: ..., (2).")
        while end < len(texts) and len(texts[end].split()) <= ITEM_WORDS:
            end += 1
        run = _table_run(texts[head + 1 : end])
        if not run or margin(text) >= HEADING_MARGIN:
            continue
        block = range(head, head + 1 + run)
        if all(margin(texts[i]) < ITEM_MARGIN for i in block[1:]):
            found.update(block)
    return frozenset(found)


def blocks_kept(noise: Scored, table: frozenset[int]) -> Scored:
    """`noise` without the lines of the tables (`tables`)."""
    return [item for item in noise if item[0] not in table] if table else noise


# `headline_labels`: the headline under the labels a page prints above it. The stage takes a
# page's first line for its headline (the title), or the second under one section label;
# under two labels ("Home / Opinion / Columnists" then "OPINION"), a two-word label of mixed
# case ("Player ratings", "Local News", "What's On") or a wire slug
# ("ECON--Central-Bank-Rates,Fact Box"), the label became the title and the model removed
# the headline under it (line blind half 1, batches 1-15: 9 of 12 headlines lost).
LABEL_WORDS = 3  # a label of mixed case has at most this many words
HEADLINE_WORDS = 4  # the headline under labels has at least this many words, and more than each
SLUG = re.compile(r"\S--\S")  # a wire slug's double hyphen
CLOSED = re.compile(r"[.!?:;,\"”»]\s*$")


def is_label(text: str, label_shaped: Callable[[str], bool]) -> bool:
    """A line that can stand over the headline: the stage's section label or breadcrumb
    (`label_shaped`), a wire slug, or a short unfinished line of words with no figure."""
    words = text.split()
    return (
        label_shaped(text)
        or SLUG.search(text) is not None
        or 0 < len(words) <= LABEL_WORDS
        and CLOSED.search(text) is None
        and not any(character.isdigit() for character in text)
    )


def headline_under_labels(
    texts: list[str],
    most: int,
    label_shaped: Callable[[str], bool],
    headline_shaped: Callable[[str], bool],
    count: Callable[[str], int],
) -> int:
    """Where the headline stands among the first lines `texts`: the first line under up to
    `most` labels (`is_label`) that reads as a headline (`headline_shaped`) of
    `HEADLINE_WORDS`+ words (`count`) and longer than each label above it, with a line
    below it; 0 when there is none (the first line is the headline)."""
    longest = 0
    for at, text in enumerate(texts[: most + 1]):
        words = count(text)
        if (
            at
            and at + 1 < len(texts)
            and words >= max(HEADLINE_WORDS, longest + 1)
            and headline_shaped(text)
        ):
            return at
        if not is_label(text, label_shaped):
            break
        longest = max(longest, words)
    return 0


# `keep_subheads`: a subheading between the paragraphs of the story. Inside the story a short
# unfinished line with a paragraph or a sentence that stays right above it and right below it
# is the story's heading ("Form", "How it compares", "Prediction"), unless its words are
# furniture's ("Advertisement", "More from ...": the word model's margin). The line above
# must stand right above it in the text as it came: a photo credit ("(Tribune photo)",
# "KPA Photo/Devraj Toolsee") stands between two paragraphs once the caption over it is gone.
SUBHEAD_WORDS = 6
# a credit's shapes: the whole line in brackets, two names joined by a slash, an abbreviation
CREDIT_SHAPED = re.compile(r"^\(.*\)$|\w/\w|^\w{1,4}\.\s")


def subheads_kept(
    noise: Scored,
    scored: Scored,
    texts: list[str],
    margin: Callable[[str], float],
    is_prose: Callable[[str], bool],
    adjacent: list[bool],
) -> Scored:
    """`noise` without the subheadings of the story (above) among the lines left, `texts`;
    `adjacent[i]`: the line left before line `i` stood right before it in the document."""
    if not noise:
        return noise
    judged = {i for i, _, _ in scored}
    going = {i for i, _, _ in noise}
    kept: set[int] = set()
    story = 0  # body paragraphs and sentences above
    for at, text in enumerate(texts):
        if at not in judged or is_prose(text):
            story += 1
            continue
        below, above = at + 1, at - 1
        if (
            at in going
            and story >= BODY_ABOVE
            and adjacent[at]
            and above not in going
            and (above not in judged or is_prose(texts[above]))
            and below < len(texts)
            and below not in going
            and (below not in judged or is_prose(texts[below]))
            and len(text.split()) <= SUBHEAD_WORDS
            and CREDIT_SHAPED.search(text) is None
            and _is_heading(text)
            and margin(text) < HEADING_MARGIN
        ):
            kept.add(at)
    return [item for item in noise if item[0] not in kept] if kept else noise
