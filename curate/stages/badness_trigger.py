"""The characters without which ftfy's mojibake test cannot match: one scan for them first.

`ftfy.badness.is_bad(line)` is one search of a long alternation (`BADNESS_RE`), slow per
character (0.07 of the unicode stage's 0.14 CPU s on the bench's 500 web pages, where 7 of
1,615 lines were bad). Every branch of that pattern has a position that must match one of a
fixed set of characters (a literal, or a class of literals and ranges): "вЂ" needs "Ђ",
`[ВГРС][{c1}{bad}...][ВГРС]` needs a character of its middle class. The union of one such set
a branch is the trigger: a line holding none of its characters cannot match any branch, so
`is_bad` is False without the search. The set of a branch is chosen to be rare in clean text
(symbols and Latin-1 controls before the letters of an alphabet, the quotes and accented
letters of European text, and ASCII); any choice is exact, the choice only sets how many lines
still get the full search.

The trigger is read from the installed ftfy's own pattern, so it follows ftfy's version; a
pattern it cannot read (case-insensitive, a branch with no such position, a parser that
changed) gives None, and the gate asks `is_bad` of every line as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

# how common a character is in clean text, roughly: ASCII in every line, the letters of the
# Greek and Cyrillic alphabets in every line of their texts, quotes and accented Latin letters
# in many; the rest (Latin-1 symbols, C1 controls, rarer letters) seldom
ASCII_WEIGHT = 10_000
ALPHABET_WEIGHT = 1_000  # Α-ω, А-я
COMMON_WEIGHT = 100  # quotes, accented Latin letters
LETTER_WEIGHT = 10
RARE_WEIGHT = 1
ALPHABETS = (range(0x391, 0x3CA), range(0x410, 0x450))
LOW_QUOTES = frozenset("„‚")  # opening quotes Unicode files as Ps, not Pi


def trigger(pattern: re.Pattern[str]) -> set[int] | None:
    """Code points of which every match of `pattern` holds one; None when that is not known."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as sre
        from re import _parser

        tree = list(_parser.parse(pattern.pattern, pattern.flags))
        if len(tree) == 1 and tree[0][0] is sre.BRANCH:
            branches = [list(branch) for branch in tree[0][1][1]]
        else:
            branches = [tree]
        found: set[int] = set()
        for branch in branches:
            options = list(_required(branch, sre))
            if not options:
                return None  # a branch that may match without any fixed character
            found |= min(options, key=lambda codes: (sum(map(_weight, codes)), len(codes)))
    except Exception:  # a `re` whose parser changed: no trigger, the full test as before
        return None
    return found


def _required(items: Iterable[tuple], sre) -> Iterator[set[int]]:
    """For each position of a branch that must match (once or more), its fixed characters."""
    for op, value in items:
        if op is sre.LITERAL:
            yield {value}
        elif op is sre.IN:
            codes = _codes(value, sre)
            if codes is not None:
                yield codes
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1 and len(value[2]) == 1:
            yield from _required(list(value[2]), sre)


def _codes(items: Iterable[tuple], sre) -> set[int] | None:
    """The characters of a class made only of literals and ranges (else None: `\\w`, `[^x]`)."""
    codes: set[int] = set()
    for op, value in items:
        if op is sre.LITERAL:
            codes.add(value)
        elif op is sre.RANGE:
            codes.update(range(value[0], value[1] + 1))
        else:
            return None
    return codes


def _weight(code: int) -> int:
    if code < 0x80:
        return ASCII_WEIGHT
    char = chr(code)
    category = unicodedata.category(char)
    if category[0] == "L":
        if any(code in alphabet for alphabet in ALPHABETS):
            return ALPHABET_WEIGHT
        return COMMON_WEIGHT if code < 0x250 else LETTER_WEIGHT
    if category in ("Pi", "Pf") or char in LOW_QUOTES:
        return COMMON_WEIGHT
    return RARE_WEIGHT
