"""Whether the rules removed a photo credit or caption right beside a line: what tells the line
model that the sentence it judges sat under a picture.

A caption written as a sentence ("Volunteers stack sandbags outside the library on Tuesday.")
has a short paragraph's shape (`island.py`), and the strongest evidence that it is one, the
credit line under or over it ("Photo: J. Smith / AFP", "KCNA via REUTERS ATTENTION EDITORS
..."), is gone before the model sees the lines: the `caption` and `caption_credit` rules
removed it. `beside(rules)` gives, for each line of a document, whether the line directly
above or below it went by one of those rules (`CREDIT_RULES`); the stage passes it from its
rules' removals (`_Page.credited`), the trainer reads it from the ledger the rules left
(`from_ledger`), the same lines in the same order.

`names()` is the model's column (`features.names`), both kinds, none while `ON` is off.
"""

from __future__ import annotations

from collections.abc import Sequence

from curate.document import TEXT, Edit

# whether the model's rows carry the `beside_credit` column (`features.names`). To try: True,
# then `make train`; off, the rows and the model files are byte-identical to before
ON = False
NAMES = ("beside_credit",)
# which neighbour counts: the credit "above" and/or "below" the judged line. ("below",) is a
# caption's own credit, which stands under it; the line under a credit is as often a subhead, a
# quote or the next paragraph (line blind batches 1-13, lines the model kept with a credit or
# caption the rules removed beside them, half 1: captions 39 over one, 0 under; content lines
# that are no body paragraph 11 over one, 19 under). Measured in session 52 with the caption
# labels at 2 (README), both sides -> below: blind captions 48 -> 51 of 154 and 47 -> 47 of
# 139, content kept .9728 -> .9732 and .9662 -> .9683 (the stage), half B's pages as before
SIDES: tuple[str, ...] = ("above", "below")
# the rules whose removals are a picture's credit or caption (`RULES` of the stage)
CREDIT_RULES = frozenset({"caption", "caption_credit"})


def names() -> tuple[str, ...]:
    return NAMES if ON else ()


def beside(rules: Sequence[str | None]) -> list[bool]:
    """For each line of a document (`rules`: the rule that removed it, None where it stayed),
    whether the line directly above or below it (`SIDES`) went by a credit or caption rule."""
    credit = [rule in CREDIT_RULES for rule in rules]
    last = len(credit) - 1
    above, below = "above" in SIDES, "below" in SIDES
    return [
        (above and i > 0 and credit[i - 1]) or (below and i < last and credit[i + 1])
        for i in range(len(credit))
    ]


def from_ledger(text: str, edits: Sequence[Edit], stage: str) -> list[bool]:
    """`beside` of each paragraph left in `text` (split at blank lines, the empty ones left
    out, as the trainer reads the rules' output), from the removals `stage` recorded.

    The stage removes all its lines by one call, in the order they stood: an edit's offset is
    where its line stood in the text left (the removals after it stand further on). A removal
    goes between the paragraph starting before its offset and the one starting at or after
    it; removals at one place stand in the order they were recorded."""
    starts = []
    at = 0
    for piece in text.split("\n\n"):
        if piece.strip():
            starts.append(at)
        at += len(piece) + 2
    # (place, removal before a paragraph at the same place, order, rule)
    items: list[tuple[int, int, int, str | None]] = [
        (start, 1, order, None) for order, start in enumerate(starts)
    ]
    for order, edit in enumerate(edits):
        removed = edit.stage == stage and edit.field == TEXT and not edit.after
        if removed and edit.before.strip():  # a dangling break trimmed is no line
            items.append((edit.start, 0, order, edit.rule))
    items.sort()
    flags = beside([rule for _, _, _, rule in items])
    return [flag for item, flag in zip(items, flags, strict=True) if item[1]]
