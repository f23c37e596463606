"""Pullquotes: a line that repeats, word for word, part of one of the story's body paragraphs
(issue 13).

A pullquote is a sentence or a quotation lifted out of the story and set large between its
paragraphs ("The tide brings back what the drains carried down."): in plain text it reads as
a short paragraph or a quote, with a story's words and no notice's, so neither the line model
nor `site_voice` tells it. What does is the repeat: its words stand again inside a body
paragraph of the same text. A line of `MIN_WORDS` to `MAX_WORDS` words whose key
(`line_key`: case-folded words) stands inside the key of a body paragraph (`BODY_WORDS`+ words
closed like a sentence) goes; the paragraph it repeats stays, so a second run finds nothing
(idempotent). Line blind half 1 (batches 1-16): 8 of its 16 pullquotes, no content line (a
headline, a score line and a correction note repeat shorter or inside no body paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence

from curate.stages.boilerplate.features import BODY_WORDS, facts_of

MIN_WORDS = 7  # shorter repeats are names, scores, labels
MAX_WORDS = BODY_WORDS - 1  # a body paragraph standing twice is the `page_repeat` rule's
MAX_LINES = 400  # longer texts are not searched (each candidate against each paragraph)


def repeats(lines: Sequence[str], keep: int = -1) -> list[int]:
    """The indexes of the lines of `lines` that repeat part of a body paragraph (`keep`: an
    index never judged, the headline)."""
    if len(lines) > MAX_LINES:
        return []
    facts = facts_of(list(lines))
    bodies = [known.key for known in facts if known.words >= BODY_WORDS and known.ends]
    if not bodies:
        return []
    # whole words only: each key between spaces, the paragraphs apart
    text = " " + " \n ".join(bodies) + " "
    return [
        i
        for i, known in enumerate(facts)
        if i != keep
        and MIN_WORDS <= known.words <= MAX_WORDS
        and known.key.count(" ") + 1 >= MIN_WORDS
        and f" {known.key} " in text
    ]
