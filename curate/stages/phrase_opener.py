"""A sentence opened by a fronted phrase: where its clause starts.

After a prefix that is no part of its sentence (a dateline, a line's head, an abbreviation that
closes the sentence before) a translation leaves a sentence in small letters that opens with a
preposition's or an adverb's phrase, not its subject: "LYON – in the spring the council will
open", "NANTES (AFP) – at the foot of the cathedral the crews set up", "BREST – by nightfall,
the crews had cleared", "METZ – before long the water reached". The stage's clause reader
(`TranslationRepair._clause_follows`) reads a subject then its verb; this module skips the
phrase first: its first word is one of `openers` (a preposition, an adverb of time), then up to
`REACH` words of a phrase (small words, names, figures: "at the far end of the Quai Branly",
"by Wednesday evening", "on 3 March"), then the clause, right after a comma or at the first
word where `clause_at` reads one. A mark that ends a sentence, a bracket or a quote ends the
phrase with no clause: "in the spring." is no sentence's start.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

REACH = 8  # the words of a fronted phrase at most before its clause
_EDGE = '.,;:!?“”"‘’()[]'


def clause_after_phrase(
    value: str,
    start: int,
    openers: Collection[str],
    clause_at: Callable[[int], bool],
    breakers: Collection[str] = (),
) -> bool:
    """Whether the words from `value[start]` are a fronted phrase then a clause (the module's
    docstring): the first word one of `openers`; a clause opens where `clause_at(offset)` says,
    after one word of the phrase at least; a word of `breakers` (a relative, a subordinator:
    "in the town that the") ends the phrase with no clause."""
    head = value[start : start + 300]
    tokens: list[tuple[int, str]] = []  # (offset in `value`, token)
    at = 0
    for token in head.split(None, REACH + 2)[: REACH + 2]:
        at = head.index(token, at)
        tokens.append((start + at, token))
        at += len(token)
    if len(tokens) < 3 or tokens[0][1] not in openers:
        return False  # (in small letters: "In the spring" is no slip)
    for i in range(1, len(tokens)):
        offset, token = tokens[i]
        before = tokens[i - 1][1]
        if before[-1:] in ".!?;:" or token[:1] in '([“"‘' or before[-1:] in ')]”"’':
            return False  # the phrase ended before a clause: "in the spring. the"
        core = token.strip(_EDGE)
        if not core or not (core.replace("-", "").replace("'", "").replace("’", "").isalnum()):
            return False
        if core.lower() in breakers:
            return False  # "in the town that the council": a relative's clause, no fronting
        if core[:1].islower() and clause_at(offset):
            return True  # "in the spring the council will open"
        if before.endswith(","):
            return False  # after the phrase's comma the clause must open: "by dusk, the"
    return False
