"""`features.facts` of a batch's lines at once: one buffer, a few C passes, no Python step a line.

Every new line of a batch is split (its word count), keyed (`line_key`) and checked for a
closing stop before the rules judge it; a line at a time that was 4.5 us a line, 100 ms of the
bench's 700 (20,000 new lines, one in six with a character past ASCII, which took the slow
path). Here the lines are joined by line breaks (no line holds one) and:

- the word count is read from one array of the joined text: a word starts at a character that
  is no space (`str.isspace`, as `str.split` splits) after one that is, or at a line's start
  (the line break before it is a space); the starts are summed per line by one `cumsum`;
- the key of every line comes from the joined text with each character past ASCII written
  `?` (`encode("ascii", "replace")`, one byte a character): one `translate` lowers the ASCII
  word characters and makes every other character a space (the line breaks stay), one `sub`
  makes each run of spaces one, and the pieces between the line breaks, stripped, are the
  keys. That is `line_key` of a line unless a character past ASCII in it case-folds to a word
  character ("é", "ß", "ж"): those lines (their characters found by one look-up of the
  batch's distinct characters) are keyed by `line_key` itself, as `features._key` does;
- whether a line ends like a sentence, by `rstrip` and a set look-up mapped over the lines.

The facts are those `features._measured` gives each line alone (`tests/test_boilerplate_speed
_s51.py` checks them on hostile and random lines).
"""

from __future__ import annotations

import encodings.utf_32_le  # noqa: F401  (the codec `measured` reads lines past ASCII by)
import re
from functools import cache
from itertools import repeat
from operator import itemgetter

import numpy as np

from curate.document import line_key

_LAST = itemgetter(slice(-1, None))  # a string's last character, "" for ""
# ASCII bytes as `str.isspace` sees them: b" " for a space (the line breaks too), b"x" else
_MARKS = bytes(ord(" ") if chr(code).isspace() else ord("x") for code in range(256))


def measured(
    lines: list[str], closing: str, ends: str, key_table: bytes, word_character: re.Pattern
) -> tuple[list[int], list[bool], list[str]] | None:
    """The word count, the closing stop and the key of each of `lines`; None when a line
    holds a line break (the lines could not be told apart in the joined text).

    `closing`, `ends`: `features.CLOSING` and `ENDS`; `key_table`: `features._KEY_TABLE`;
    `word_character`: a regex of `\\w`."""
    joined = "\n".join(lines)
    if joined.count("\n") != len(lines) - 1:
        return None
    marks = frozenset(ends)
    stripped = map(str.rstrip, map(str.rstrip, lines, repeat(closing)))
    closed = list(map(marks.__contains__, map(_LAST, stripped)))
    sizes = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines))
    starts = np.zeros(len(lines) + 1, dtype=np.int64)  # each line's first place in `joined`
    np.cumsum(sizes + 1, out=starts[1:])
    plain = joined.isascii()
    data = joined.encode("ascii") if plain else joined.encode("ascii", "replace")
    shape = np.frombuffer(data.translate(_MARKS), dtype=np.uint8)
    keys = _keys(data, key_table)
    if not plain:  # the characters past ASCII, one `?` each in `data`: found by code point
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), "<u4")
        past = np.flatnonzero(codes > 127)
        distinct, which = np.unique(codes[past], return_inverse=True)
        characters = list(map(chr, distinct.tolist()))
        spaces = np.fromiter(map(str.isspace, characters), dtype=bool, count=len(characters))
        if spaces.any():  # a space past ASCII ("\xa0", "\u2009") parts words as one does
            shape = shape.copy()
            shape[past[spaces[which]]] = ord(" ")
        worded = np.fromiter(
            (_folds_to_word(c, word_character) for c in characters),
            dtype=bool,
            count=len(characters),
        )
        # a line holding a character that folds to a word character: keyed by `line_key`
        lines_at = np.searchsorted(starts, past[worded[which]], side="right") - 1
        # each line once, by a set (`np.unique` of an array alone imports `numpy.ma` to ask
        # whether it is masked: 14 ms of a process's first batch)
        for at in set(lines_at.tolist()):
            keys[at] = line_key(lines[at])
    return _word_counts(shape, starts), closed, keys


def _word_counts(shape: np.ndarray, starts: np.ndarray) -> list[int]:
    """`len(line.split())` of each line of the joined text, from its characters' shape
    (`_MARKS`: b" " a space, b"x" else): a word opens at an b"x" after a b" " (a line's
    break is one) or at the text's start, and each line counts the openings in it."""
    opens = (shape[1:] == ord("x")) & (shape[:-1] == ord(" "))
    at = np.flatnonzero(opens) + 1
    if len(shape) and shape[0] == ord("x"):
        at = np.concatenate(([0], at))
    return np.diff(np.searchsorted(at, starts)).tolist()


def _keys(data: bytes, key_table: bytes) -> list[str]:
    """`features._ascii_key` of each line of the joined bytes: the ASCII word characters
    lowered, every other byte a space but the line breaks, each run of spaces one (every
    space after a space dropped by one numpy mask: a regex `sub` over a batch took 12 ms),
    each line stripped."""
    table = key_table[: ord("\n")] + b"\n" + key_table[ord("\n") + 1 :]
    spaced = np.frombuffer(data.translate(table), dtype=np.uint8)
    space = spaced == ord(" ")
    space[1:] &= space[:-1]  # a space after a space: dropped
    return list(map(str.strip, spaced[~space].tobytes().decode("ascii").split("\n")))


@cache
def _folds_to_word(character: str, word_character: re.Pattern) -> bool:
    """Whether `character`, case-folded, holds a word character (`features._key`'s test, a
    character at a time: case folding maps each character on its own)."""
    return word_character.search(character.casefold()) is not None
