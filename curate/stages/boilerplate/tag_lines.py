"""A story's tags under its last sentence, by their shape (issue 13).

Under the story a page lists its tags or keywords: "Keywords: Athletics, Marathon, Spain",
"Celtic, Rangers, Scottish Premiership, Transfers", "Festival · Musique · Crozon · Sorties",
"#Lagos #LASEMA #TankerExplosion". The line model kept them as a list's item or a short line
(line blind half 1: 16 of 83 kept). They stand below the story's last body paragraph, with no
sentence after them, and are short items between separators: commas, middle dots, bullets or
bars, or hashtags alone; with a label, one of `data/boilerplate.yaml`'s `tag_lines` labels
("Tags", "Keywords", "Topics", "Filed under"). The story's own lines there are not so: a
line-up is led by a team's name and a colon ("Hawthorn: Kellerman-Oates, Dribble"), a score's
items hold figures ("Athletic Marist 31, Kurow 17"), a closing remark ends like a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from curate.stages.boilerplate.other_stories import _is_body

RULE = "tag_line"
MAX_ITEM_WORDS = 4  # an item's words at most: a tag is a name or a topic
MAX_ITEMS = 20
SEPARATORS = re.compile(r"\s*[,·•|]\s*")
HASHTAG = re.compile(r"#[^\W_][\w-]{0,40}")
LABEL = re.compile(r"^(?P<label>[^\W\d_][\w'’-]{0,20}(?: [\w'’-]{1,20}){0,2}) ?: ?(?P<rest>\S.*)$")
DIGIT = re.compile(r"\d")
# a clause's or a sentence's end, or what a tag never holds
CLOSED = re.compile(r"[.!?;:…][\"'”’»)]*$")
NO_TAG = re.compile(r"[;()\"“”«»]| [-–—] ")


def labels(table: dict[str, Any]) -> frozenset[str]:
    """The labels of `tag_lines` in `data/boilerplate.yaml`, casefolded."""
    return frozenset(label.casefold() for label in table["labels"])


def is_tags(line: str, known: frozenset[str]) -> bool:
    """Whether `line` is a list of tags: hashtags alone, items under a tag label, or 2+ short
    items between separators, most without figures."""
    text = line.strip()
    if not text or CLOSED.search(text[-4:]) or len(text) > 300:
        return False
    words = text.split()
    if len(words) >= 2 and all(HASHTAG.fullmatch(word) for word in words):
        return True
    label = LABEL.match(text)
    if label is not None:
        if label.group("label").casefold() not in known:
            return False  # "Hawthorn: Kellerman-Oates, Dribble": a line-up's row
        return _items(label.group("rest"), least=1)
    return _items(text, least=2)


def _items(text: str, least: int) -> bool:
    if NO_TAG.search(text):
        return False
    items = [item for item in SEPARATORS.split(text) if item]
    if not least <= len(items) <= MAX_ITEMS:
        return False
    if any(len(item.split()) > MAX_ITEM_WORDS for item in items):
        return False
    figures = sum(1 for item in items if DIGIT.search(item))
    return figures * 2 < len(items)


def removals(
    lines: list[tuple[int, int, str]], gone: dict[int, object] | set[int], known: frozenset[str]
) -> list[tuple[str, int, int]]:
    """(rule, start, end) of each tag line left below the story's last body paragraph."""
    left = [line for line in lines if line[0] not in gone]
    last = next((at for at in range(len(left) - 1, -1, -1) if _is_body(left[at][2])), None)
    if last is None:
        return []
    return [(RULE, start, end) for start, end, text in left[last + 1 :] if is_tags(text, known)]
