"""`features._measure` of a batch's new ASCII lines at once: the same columns, the same floats.

A judged line's shape took ~145k instructions a line measured alone (its words found, a Python
step a word for the case counts, a frozenset of its case-folded words, its character classes,
a dozen gated searches, each column a Python expression). Here the lines are joined by line
breaks (no line holds one) and:

- the words are one `findall` of the joined text by `ASCII_WORD` or a line break: no word holds
  a line break, so each line's words are the ones its own `findall` gives, and the line breaks
  among them tell the lines apart; the words, joined by spaces, are one byte array, and a
  word's length, its first letter's case and its upper- and lower-case letters are read from
  it by `cumsum`s (`str.isupper` of an ASCII word: a capital and no small letter; `islower`
  the other way round); the run of capitalised words is counted per line by run ids;
- the case-folded words are the same words lowered (`casefold` is `lower` in ASCII), one
  `frozenset` a line of its slice;
- the character classes (`isdigit`, `isalnum`, `isspace` of ASCII bytes) are summed per line by
  `cumsum`s over the joined bytes;
- each search runs only on the lines where the characters it needs stand (the gates of
  `_measure`, each tested by a C `map` over the lines), and a line's first decimal and first
  letter are found by `searchsorted` of their places.

The integer counts are those `_measure` counts, divided as there (one IEEE division each; numpy
divides two int64 arrays as doubles, as Python divides two ints below 2**53); `log1p` is
`math.log1p`, mapped. `tests/test_speed_boilerplate_s56.py` holds every column to `_measure`'s.
"""

from __future__ import annotations

import math
import operator
import re
from itertools import repeat
from operator import contains, itemgetter, not_

import numpy as np

from curate.stages.boilerplate import features
from curate.stages.boilerplate.features import (
    ADDRESS,
    CLOSING,
    CREDIT,
    DATE,
    DATE_REACH,
    ENDS,
    LINE,
    SENTENCE_BREAK,
    SEPARATORS,
    TIME,
    YEAR,
    ZONE,
)

# a byte's classes, one bit each (`str.isdigit`, `isalnum`, `isspace`, `isalpha`, `isupper`,
# `islower` of the ASCII character; none for a byte past ASCII), and whether `ASCII_WORD` goes
# on through it (a letter, a digit, "_", "'" or "-")
DIGIT, ALNUM, SPACE, ALPHA, UPPER, LOWER, GOES_ON = 1, 2, 4, 8, 16, 32, 64
_TESTS = (
    (DIGIT, str.isdigit),
    (ALNUM, str.isalnum),
    (SPACE, str.isspace),
    (ALPHA, str.isalpha),
    (UPPER, str.isupper),
    (LOWER, str.islower),
    (GOES_ON, re.compile(r"[A-Za-z0-9_'-]").fullmatch),
)
_CLASSES = bytes(
    sum(bit for bit, test in _TESTS if test(chr(code))) if code < 128 else 0 for code in range(256)
)
# `ASCII_WORD`: a letter, then at most this many characters it goes on through
WORD_REST = 40


def _running(codes: np.ndarray, bit: int) -> np.ndarray:
    """`bit` times how many codes before each place hold `bit` (one more place than codes)."""
    kind = np.int32 if len(codes) * bit < 2**31 - 1 else np.int64
    running = np.empty(len(codes) + 1, dtype=kind)
    running[0] = 0
    np.cumsum(codes & bit, dtype=kind, out=running[1:])
    return running


def _between(codes: np.ndarray, bit: int, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """How many codes from each `low` up to its `high` hold `bit`."""
    running = _running(codes, bit)
    return (running[high] - running[low]).astype(np.int64) // bit


_LAST = itemgetter(slice(-1, None))  # a string's last character, "" for ""
_FIRST = itemgetter(slice(0, 1))
_ENDS = frozenset(ENDS)
_OPENING = "\"'“‘(«"  # what a line may start with and not be `starts_with_mark`


def measured(lines: list[str]) -> list[features._Shape] | None:
    """`features._measure(line)` of each of `lines`, all ASCII; None when a line holds a line
    break (the lines could not be told apart in the joined text) or no line a character."""
    count = len(lines)
    joined = "\n".join(lines)
    if joined.count("\n") != count - 1 or not joined.isascii() or not joined:
        return None
    raw = joined.encode("ascii")
    codes = np.frombuffer(raw.translate(_CLASSES), dtype=np.uint8)
    sizes = np.fromiter(map(len, lines), dtype=np.int64, count=count)
    starts = np.empty(count + 1, dtype=np.int64)  # each line's first place in `joined`
    starts[0] = 0
    np.cumsum(sizes + 1, out=starts[1:])
    first, past = starts[:-1], starts[:-1] + sizes
    digits = _between(codes, DIGIT, first, past)
    alnum = _between(codes, ALNUM, first, past)
    spaces = _between(codes, SPACE, first, past)
    word_counts = [known.words for known in features.facts_of(lines)]
    words = np.array(word_counts, dtype=np.int64)
    found, capitalised, upper, short_lower, letters, best, folded = _word_columns(
        joined, codes, first
    )
    alpha = np.maximum(found, 1)  # the line's words found, or 1
    chars = np.maximum(sizes, 1)
    columns = np.zeros((count, len(LINE)))
    columns[:, 0] = list(map(math.log1p, word_counts))
    columns[:, 1] = list(map(math.log1p, sizes.tolist()))
    last = list(map(_LAST, map(str.rstrip, map(str.rstrip, lines, repeat(CLOSING)))))
    ends = np.fromiter(map(_ENDS.__contains__, last), dtype=bool, count=count)
    stated = np.fromiter(map(bool, last), dtype=bool, count=count)
    colon = np.fromiter(map(":".__eq__, last), dtype=bool, count=count)
    mark = np.fromiter(map(not_, map(str.isalnum, last)), dtype=bool, count=count)
    ends &= stated  # "" is in every string: an empty last character ends nothing
    columns[:, 2] = ends
    columns[:, 3] = colon
    columns[:, 4] = stated & ~ends & ~colon & mark
    columns[:, 5] = capitalised / alpha
    columns[:, 6] = upper / alpha
    columns[:, 7] = short_lower / alpha
    columns[:, 8] = digits / chars
    columns[:, 9] = (sizes - alnum - spaces) / chars
    columns[:, 10] = letters / alpha
    marks = _searched(lines, columns, _first_of(codes, DIGIT, first, past), raw, first)
    columns[:, 17] = np.where(words > 0, best / np.maximum(words, 1), 0.0)
    opening = list(map(_FIRST, map(str.lstrip, lines)))
    columns[:, 19] = [bool(c) and not c.isalnum() and c not in _OPENING for c in opening]
    letter = _first_of(codes, ALPHA, first, past)
    at = np.minimum(np.maximum(letter, 0) + first, len(codes) - 1)  # read only where found
    columns[:, 20] = (letter >= 0) & (codes[at] & LOWER > 0)
    columns[:, 21] = np.fromiter(map(contains, lines, repeat('"')), dtype=bool, count=count)
    rows = _rows(columns, marks)
    new = tuple.__new__
    return [new(features._Shape, pair) for pair in zip(rows, folded, strict=True)]


def _first_of(codes: np.ndarray, bit: int, first: np.ndarray, past: np.ndarray) -> np.ndarray:
    """Where each line's first code holding `bit` stands in the line (-1: none)."""
    places = np.flatnonzero(codes & bit)
    at = np.searchsorted(places, first)
    found = np.append(places, len(codes))[at]  # past the text: no such byte after the start
    return np.where(found < past, found - first, -1)


def _spans(joined: str, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each word `ASCII_WORD.findall` finds in `joined` starts and ends.

    A word starts at the first letter of a run of characters the pattern goes on through and
    takes the rest of the run; a run longer than the pattern takes (a letter and `WORD_REST`)
    is cut where `findall` cuts it: those texts are read by `finditer` itself."""
    goes_on = np.empty(len(codes) + 2, dtype=bool)
    goes_on[0] = goes_on[-1] = False
    np.not_equal(codes & GOES_ON, 0, out=goes_on[1:-1])
    edges = np.flatnonzero(goes_on[1:] != goes_on[:-1])  # each run's start, then its end
    run_start, run_end = edges[0::2], edges[1::2]
    letters = np.flatnonzero(codes & ALPHA)
    start = np.append(letters, len(codes))[np.searchsorted(letters, run_start)]
    worded = start < run_end
    start, end = start[worded], run_end[worded]
    if len(start) and int((end - start).max()) > WORD_REST + 1:
        spans = [match.span() for match in features.ASCII_WORD.finditer(joined)]
        start = np.array([low for low, _ in spans], dtype=np.int64)
        end = np.array([high for _, high in spans], dtype=np.int64)
    return start, end


def _word_columns(joined: str, codes: np.ndarray, first: np.ndarray):
    """Per line: its words found, capitalised words, upper-case words, short lower-case words,
    the words' letters, the longest run of capitalised words, and the set of its case-folded
    words, as `_measure`'s loop over its words counts them."""
    count = len(first)
    start, end = _spans(joined, codes)
    line = np.searchsorted(first, start, side="right") - 1
    sizes = end - start
    uppers = _between(codes, UPPER, start, end)
    lowers = _between(codes, LOWER, start, end)
    capital = codes[start] & UPPER > 0

    def by_line(flags: np.ndarray) -> np.ndarray:
        return np.bincount(line[flags], minlength=count)

    found = np.bincount(line, minlength=count)
    capitalised = by_line(capital)
    upper = by_line(capital & (sizes > 1) & (lowers == 0))
    short_lower = by_line(~capital & (sizes <= 3) & (uppers == 0))
    letters = np.bincount(line, weights=sizes, minlength=count).astype(np.int64)
    # runs of capitalised words: a run opens at a capitalised word that does not follow one
    # on its line
    opens = capital.copy()
    opens[1:] &= ~(capital[:-1] & (line[1:] == line[:-1]))
    run = np.cumsum(opens)[capital] - 1
    lengths = np.bincount(run) if len(run) else np.zeros(0, dtype=np.int64)
    best = np.zeros(count, dtype=np.int64)
    np.maximum.at(best, line[opens], lengths)
    pieces = _lowered_words(joined, start, end)
    bounds = np.searchsorted(line, np.arange(count + 1)).tolist()
    folded = list(map(frozenset, map(pieces.__getitem__, map(slice, bounds[:-1], bounds[1:]))))
    return found, capitalised, upper, short_lower, letters, best, folded


def _lowered_words(joined: str, start: np.ndarray, end: np.ndarray) -> list[str]:
    """The words at `start`:`end` of `joined`, lowered (`casefold` of an ASCII word): every
    character outside them made a space, one `split` (no slice object a word); words that
    touch (a run cut by the pattern's length) sliced one by one."""
    if len(start) > 1 and bool((start[1:] == end[:-1]).any()):
        lowered = joined.lower()
        return list(map(lowered.__getitem__, map(slice, start.tolist(), end.tolist())))
    inside = np.zeros(len(joined) + 1, dtype=np.int8)
    inside[start] += 1  # no two words start (or end) at one place
    inside[end] -= 1
    text = np.frombuffer(joined.lower().encode("ascii"), dtype=np.uint8).copy()
    text[np.cumsum(inside[:-1]) == 0] = ord(" ")
    return text.tobytes().decode("ascii").split()


def _ascii(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` for ASCII text, its Unicode classes written as the ASCII bytes they hold there
    (`re` tests a Unicode class by a call a character, a byte range by one look-up): a letter
    `[^\\W\\d_]`, a decimal `\\d`, a space `\\s` (`str.isspace`: "\\x1c" to "\\x1f" too)."""
    source = pattern.pattern.replace(r"[^\W\d_]", "[A-Za-z]").replace(r"[\d.,]", "[0-9.,]")
    source = source.replace(r"\d", "[0-9]").replace(r"\s", r"[\t-\r\x1c-\x1f ]")
    assert "[[" not in source and "\\d" not in source, source  # no class left inside a class
    return re.compile(source)


_ASCII_DATE, _ASCII_TIME, _ASCII_YEAR = _ascii(DATE), _ascii(TIME), _ascii(YEAR)
# a byte's marks: what a line must hold for a search to be worth making (each search's
# matches hold one of them, so a line without is no match)
_SEPARATOR, _CREDIT, _ZONE, _ADDRESS, _STOP = 1, 2, 4, 8, 16
_MARKED = (("|/>", _SEPARATOR), ("/(", _CREDIT), ("T", _ZONE), ("@", _ADDRESS), (".!?", _STOP))
# the counted columns (`separators`, `sentences`), their caps, and the mark `_measure` asks
# before counting: a count under the cap is an int there (`min(count, 5.0)`), 0.0 unmarked
COUNTED = ((14, 5, _SEPARATOR), (18, 10, _STOP))
_MARKS = bytes(
    sum(bit for characters, bit in _MARKED if chr(code) in characters) for code in range(256)
)


def _searched(
    lines: list[str], columns: np.ndarray, digit: np.ndarray, data: bytes, first: np.ndarray
) -> np.ndarray:
    """The searched columns (date, time, year, separators, credit, address, sentences), each
    search made only on the lines holding what its matches hold (`_measure`'s gates, or
    wider ones, read from one pass over the joined bytes); the counted ones by one `finditer`
    of the lines joined by NUL (no pattern matches one: each line's matches are its own).
    Gives each line's marks (`_MARKED`)."""
    count = len(lines)
    at = digit.tolist()
    for i in np.flatnonzero(digit >= 0).tolist():
        line, place = lines[i], at[i]
        if _ASCII_DATE.search(line, max(0, place - DATE_REACH)) is not None:
            columns[i, 11] = 1.0
        if _ASCII_TIME.search(line, place) is not None:
            columns[i, 12] = 1.0
        if _ASCII_YEAR.search(line, place) is not None:
            columns[i, 13] = 1.0
    marked = np.frombuffer((data + b"\0").translate(_MARKS), dtype=np.uint8)
    marks = np.bitwise_or.reduceat(marked, first)
    # a zone where no time was found: a capital before a "T", then `ZONE`
    for i in np.flatnonzero(marks & _ZONE).tolist():
        line = lines[i]
        if (
            columns[i, 12] == 0.0
            and features._ZONE_MARK.search(line) is not None
            and ZONE.search(line) is not None
        ):
            columns[i, 12] = 1.0
    # every `CREDIT` match holds "/", "(c)" or "via" (the "©" of one: past ASCII); every
    # `ADDRESS` match "@" or "://" or "www."
    credited = _any(lines, marks & _CREDIT, "via")
    for i in np.flatnonzero(credited).tolist():
        if CREDIT.search(lines[i]) is not None:
            columns[i, 15] = 1.0
    for i in np.flatnonzero(_any(lines, marks & _ADDRESS, "://", "www.")).tolist():
        if ADDRESS.search(lines[i]) is not None:
            columns[i, 16] = 1.0
    joined = "\0".join(lines)
    if joined.count("\0") != count - 1:  # a NUL in a line: each line searched alone
        for i in np.flatnonzero(marks & _SEPARATOR).tolist():
            columns[i, 14] = min(len(SEPARATORS.findall(lines[i])), 5)
        for i in np.flatnonzero(marks & _STOP).tolist():
            columns[i, 18] = min(len(SENTENCE_BREAK.findall(lines[i])), 10)
        return marks
    starts = first.copy()  # NUL-joined: each line's start is the same as line-break-joined
    if (marks & _SEPARATOR).any():
        columns[:, 14] = np.minimum(_found(SEPARATORS, joined, starts, count), 5)
    if (marks & _STOP).any():
        columns[:, 18] = np.minimum(_found(SENTENCE_BREAK, joined, starts, count), 10)
    return marks


# the columns `_measure` writes `1.0 if ... else 0.0` (its constants: one float object each
# for every line, a kept shape's row holds no float of its own there) and those it leaves 0.0
FLAGS = (2, 3, 4, 11, 12, 13, 15, 16, 19, 20, 21)
ZEROS = range(22, len(LINE))
_FLAG = (0.0, 1.0)


def _rows(columns: np.ndarray, marks: np.ndarray) -> list[list[float]]:
    """Each line's columns as `_measure` makes them: the flags and zeros shared constants (one
    float a column a line from `tolist` took 2 MB more at a run's peak), the counted columns an
    int under the cap where the line holds the mark (`min(2, 5.0)` is 2), else the cap or 0.0."""
    count = len(columns)
    made: list[list] = [columns[:, k].tolist() for k in range(len(LINE))]
    for k in FLAGS:
        made[k] = list(map(_FLAG.__getitem__, (columns[:, k] > 0).tolist()))
    for k in ZEROS:
        made[k] = [0.0] * count
    for k, cap, mark in COUNTED:
        capped = float(cap)
        made[k] = [
            (found if found < cap else capped) if marked else 0.0
            for found, marked in zip(
                columns[:, k].astype(np.int64).tolist(), (marks & mark > 0).tolist(), strict=True
            )
        ]
    return list(map(list, zip(*made, strict=True)))


def _found(pattern: re.Pattern[str], joined: str, starts: np.ndarray, count: int) -> np.ndarray:
    """How many matches of `pattern` `findall` finds in each line of `joined`."""
    places = np.fromiter(map(_START, pattern.finditer(joined)), dtype=np.int64)
    return np.bincount(np.searchsorted(starts, places, side="right") - 1, minlength=count)


_START = operator.methodcaller("start")


def _any(lines: list[str], marked: np.ndarray, *parts: str) -> np.ndarray:
    """Whether each line is `marked` or holds any of `parts` (each by a C `map`)."""
    flags = marked.astype(bool)
    for part in parts:
        flags |= np.fromiter(map(contains, lines, repeat(part)), dtype=bool, count=len(lines))
    return flags
