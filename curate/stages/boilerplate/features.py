"""What the line model sees of a line: its shape, its place in the document, its neighbours.

No word lists: a byline, a dateline, a time stamp, a credit, a section label or the headline of
another story gives itself away by its shape (short, capitalised, no closing stop, digits in
date and time shapes, separators) and by its place (above the first or below the last body
paragraph, in a run of short lines, far from any paragraph). The few patterns here are shapes,
not wordings, and hold in any language that writes with capitals and stops.

Place is relative (above, between or below the body paragraphs, distances to them, the share
of the document's words above the line), never absolute: line counts and positions fitted the
training sites' page sizes (held-out AUC 0.915 with them, 0.953 without).

The model judges every line but the body paragraphs (20+ words, closed like a sentence): they
are the frame the other lines are placed in, and on both site halves the model removed none of
them at the shipped threshold. `matrix(lines, title, linked)` gives the judged lines' indexes
and one row each, the columns named by `names(html)`; the same code builds the training rows
(`train.py`) and the rows the stage scores, so the model sees at run time exactly what it
learned from.
"""

from __future__ import annotations

import math
import operator
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from itertools import accumulate, chain, compress, islice, repeat
from typing import NamedTuple

from curate.document import line_key
from curate.stages.boilerplate import batch_facts, continuity, credit_below

# shapes -----------------------------------------------------------------------------------------
WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")
# `WORD` on an ASCII text: the same classes there (a letter; a letter, digit, "_", "'" or "-"),
# as byte ranges `re` tests by one table look-up a character; `WORD`'s class of Unicode
# categories and "’" was tested by calls a character (32k instructions a judged line of 87
# characters, a fifth of `_measure`)
ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'-]{0,40}")
# "14 Jan 2008", "Jan. 14, 2008", "2008-01-14", "14.01.2008", "3 janvier 2008", "März 3": a
# number next to a capitalised word of 3-10 letters, or a numeric date
DATE = re.compile(
    r"\b\d{1,2}\.?\s{1,2}[^\W\d_]{3,10}\.?,?\s{1,2}\d{2,4}\b"
    r"|\b[^\W\d_]{3,10}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
)
TIME = re.compile(r"\b\d{1,2}[:h.]\d{2}(?::\d{2})?\s{0,2}(?:[aApP]\.?[mM]\.?)?(?![\d.,])")
ZONE = re.compile(r"\b(?:[A-Z]{1,2}[SD]?T|GMT|UTC|CES?T)\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
SEPARATORS = re.compile(r"\s[|•·/–—»>]\s|\s[|•·»]|[|•·»]\s")
CREDIT = re.compile(r"[A-Z]{2,}\s{0,2}/\s{0,2}[A-Z]|©|\(c\)|\bvia\s[A-Z]")
ADDRESS = re.compile(r"https?://|www\.|@\w|\w@\w")
SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]{0,2}\s{1,3}[\"'“‘(]{0,2}[A-Z]")
ENDS = ".!?…。！？"
CLOSING = "\"'”’»)]"
BODY_WORDS = 20  # a body paragraph: this many words and a closing stop
SHORT_WORDS = 8
FAR = 30  # distance cap, in lines

LINE = (
    "words",
    "chars",
    "ends_sentence",
    "ends_colon",
    "ends_other_mark",
    "capitalised_share",
    "upper_share",
    "short_lower_share",
    "digit_share",
    "mark_share",
    "mean_word_length",
    "date_shape",
    "time_shape",
    "year",
    "separators",
    "credit_shape",
    "address",
    "name_run",
    "sentences",
    "starts_with_mark",
    "starts_lower",
    "quoted",
    "repeats_in_document",
    "title_overlap",
    "in_title",
    "body_words_share",
    "common_words_share",
    "first_line_overlap",
)
REPEATS = LINE.index("repeats_in_document")
TITLE_OVERLAP, IN_TITLE = LINE.index("title_overlap"), LINE.index("in_title")
VOCABULARY = LINE.index("body_words_share")
PLACE = (
    "above_body",
    "below_body",
    "between_body",
    "body_above_distance",
    "body_below_distance",
    "short_run",
    "previous_words",
    "next_words",
    "previous_ends_sentence",
    "next_ends_sentence",
    "previous_is_body",
    "next_is_body",
    "words_above_share",
    "length_to_median",
    "nearby_words",
    "nearby_body",
)
LINKS = ("linked", "previous_linked", "next_linked", "linked_share")
# the lines the HTML reader found the page gives to an image (`io.captions`): a caption reads
# like the story, its markup does not
CAPTIONS = ("captioned", "near_captioned")


def names(html: bool) -> tuple[str, ...]:
    islands = LINKS + CAPTIONS if html else _island() + _reader_address()
    return LINE + PLACE + continuity.names(html) + islands + credit_names()


def _island() -> tuple[str, ...]:
    """The `island` columns of a plain text's rows (none while `island.PLAIN` is off)."""
    return island.NAMES if island.PLAIN else ()


def _reader_address() -> tuple[str, ...]:
    """The `reader_address` columns of a plain text's rows (none while `reader_address.ON` is
    off)."""
    return reader_address.names()


def credit_names() -> tuple[str, ...]:
    """The `credit_below` column of both kinds' rows (none while `credit_below.ON` is off)."""
    return credit_below.names()


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSING).rstrip()
    return bool(stripped) and stripped[-1] in ENDS


class Facts(NamedTuple):
    """What the rules and the model both ask of every line of a document, body included."""

    words: int  # `len(line.split())`
    ends: bool  # `_ends_sentence(line)`
    key: str  # `line_key(line)`


# Every line of a document is split, keyed and checked for a closing stop by the rules (each
# round) and by `matrix` (each model round): measured once. Bounded: the older half dropped
# when full (the entries are whole lines, body paragraphs included: ~2 kB each at most). A
# batch's documents are all judged by the rules before their rows are made (`batch_matrix`):
# emptied whole, the dict lost the lines of the batch's first documents (3,000 of 2,000 bench
# documents' lines measured twice).
_FACTS: dict[str, Facts] = {}
_FACTS_MAX = 8192


def facts(line: str) -> Facts:
    found = _FACTS.get(line)
    if found is None:
        if len(_FACTS) >= _FACTS_MAX:  # insertion order: the oldest first
            for old in list(islice(_FACTS, _FACTS_MAX // 2)):
                del _FACTS[old]
        found = _FACTS[line] = _measured([line])[0]
    return found


# `len(line.split())` of an ASCII line without making its words (a str object a word): each
# character `str.split` splits at (the separators "\x1c" to "\x1f" too, which `bytes.split`
# keeps) made b" ", every other one b"x"; a word starts at each b"x" after a b" ", and at the
# first character if that is b"x" (a bench document's count: 11 us by `split`, 6 this way)
_WORD_MARKS = bytes(ord(" ") if chr(c).isspace() else ord("x") for c in range(256))


# from this many lines on, `_measured` measures them together (`batch_facts`): a few lines
# (a title, a document's last new lines) cost less a line at a time than numpy's fixed cost
BATCH_FACTS = 32


def _measured(lines: list[str]) -> list[Facts]:
    """`facts` of each line, measured (not kept): a batch's new lines at once (`batch_facts`:
    2,300 lines of 200 bench documents, 7.1 -> 4.5 ms), a few a line at a time."""
    if len(lines) >= BATCH_FACTS:
        found = batch_facts.measured(lines, CLOSING, ENDS, _KEY_TABLE, _WORD_CHARACTER)
        if found is not None:
            return list(map(tuple.__new__, repeat(Facts), zip(*found, strict=True)))
    return _measured_each(lines)


def _measured_each(lines: list[str]) -> list[Facts]:
    """`facts` of each line, a line at a time: the word count by `_WORD_MARKS`,
    `_ends_sentence` and `_ascii_key` written out in one loop over the lines, each `Facts` made
    by `tuple.__new__` (the calls a line were 1 us of its 3 on the bench's 20,000 new lines)."""
    found: list[Facts] = []
    append, new = found.append, tuple.__new__
    marks_table, key_table, single = _WORD_MARKS, _KEY_TABLE, _SPACES.sub
    for line in lines:
        stripped = line.rstrip(CLOSING).rstrip()
        ends = bool(stripped) and stripped[-1] in ENDS
        if line.isascii():  # most lines: one encoding read for the count and the key
            plain = line.encode("ascii")
            marks = plain.translate(marks_table)
            words = marks.count(b" x") + marks.startswith(b"x")
            key = single(b" ", plain.translate(key_table)).strip().decode("ascii")
            append(new(Facts, (words, ends, key)))
        else:
            append(new(Facts, (len(line.split()), ends, _key(line))))
    return found


def facts_of(lines: list[str]) -> list[Facts]:
    """`facts` of each line: those measured already read by one C loop (a Python call a line
    read them, each model round and each `page_repeat` question: 60k calls on the bench), the
    others measured by one `_measured` and kept."""
    found = list(map(_FACTS.get, lines))
    if None in found:
        fresh = list(dict.fromkeys(compress(lines, map(operator.not_, found))))
        measured = dict(zip(fresh, _measured(fresh), strict=True))
        found = list(map(measured.get, lines, found))  # the kept ones where not measured
        _keep(measured)
    return found


def _keep(measured: dict[str, Facts]) -> None:
    """`measured` kept, the oldest lines dropped past `_FACTS_MAX` (down to half, or to the
    lines just measured: a batch's documents are judged before their rows are made)."""
    _FACTS.update(measured)
    if len(_FACTS) > _FACTS_MAX:  # insertion order: the oldest first
        left = max(_FACTS_MAX // 2, min(len(measured), _FACTS_MAX))
        for old in list(islice(_FACTS, len(_FACTS) - left)):
            del _FACTS[old]


# `line_key` of a line whose characters past ASCII are no word characters, even case-folded
# (quotes, dashes, "€": 97% of the bench's lines): one bytes.translate lowers the ASCII word
# characters and turns every other character into a space (those past ASCII come as "?"), and
# the words between the spaces are the `\w+` runs of the case-folded line
_KEY_TABLE = bytes(
    ord(chr(c).lower()) if c < 128 and re.match(r"\w", chr(c)) else ord(" ") for c in range(256)
)
_WORD_CHARACTER = re.compile(r"\w")


def _key(line: str) -> str:
    """`line_key(line)`, for most lines without a regex pass over the line."""
    if line.isascii():
        plain = line.encode("ascii")
    elif _WORD_CHARACTER.search(_ASCII_RUNS.sub("", line).casefold()) is None:
        plain = line.encode("ascii", "replace")
    else:  # letters past ASCII ("é", "ß"): the regex
        return line_key(line)
    return _ascii_key(plain)


# the translated line's runs of two spaces or more (", ", ". ", " - "): one space each
_SPACES = re.compile(rb"  +")


def _ascii_key(plain: bytes) -> str:
    """The words of ASCII bytes as `line_key` gives them: the word characters lowered, the
    others spaces, each run of spaces one space, none at the ends (by one `sub`, no bytes
    object a word as `b" ".join(....split())` made: 14 us a bench document, 11 this way)."""
    return _SPACES.sub(b" ", plain.translate(_KEY_TABLE)).strip().decode("ascii")


# The ASCII characters of each class, as the str methods class them: counted in a line by
# `bytes.translate` (one C pass each), the few other characters one by one
_ASCII_DIGITS = bytes(c for c in range(128) if chr(c).isdigit())
_ASCII_ALNUM = bytes(c for c in range(128) if chr(c).isalnum())
_ASCII_SPACES = bytes(c for c in range(128) if chr(c).isspace())
# a line less its ASCII runs: its characters past ASCII, in order (one `sub` took 0.9 us a line
# of the bench's, `"".join` of a `findall` of each character 3.1)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _classes(line: str) -> tuple[int, int, int]:
    """How many characters of `line` are `isdigit`, `isalnum` and `isspace`."""
    plain = line.encode("ascii", "ignore")
    size = len(plain)
    digits = size - len(plain.translate(None, _ASCII_DIGITS))
    alnum = size - len(plain.translate(None, _ASCII_ALNUM))
    spaces = size - len(plain.translate(None, _ASCII_SPACES))
    if size != len(line):
        others = _ASCII_RUNS.sub("", line)
        digits += sum(map(str.isdigit, others))
        alnum += sum(map(str.isalnum, others))
        spaces += sum(map(str.isspace, others))
    return digits, alnum, spaces


class _Shape(NamedTuple):
    columns: list[float]  # the `LINE` columns; those of the document left 0
    folded: frozenset[str]  # its words, case-folded, for the title columns


# A line's shape depends on the line alone: lines met again (a site's furniture, a wire story's
# paragraphs in its copies) are not measured twice. Bounded: cleared when full.
_SHAPES: dict[str, _Shape] = {}
_SHAPES_MAX = 20_000  # short lines mostly (body paragraphs are not judged): ~15 MB at most


def line_shape(line: str, title_words: frozenset[str]) -> list[float]:
    """The `LINE` columns of one line (`repeats_in_document` and the document's vocabulary
    columns left 0: the document sets them)."""
    shape = shape_of(line)
    columns = shape.columns.copy()
    folded = shape.folded
    if title_words:
        columns[TITLE_OVERLAP] = len(folded & title_words) / len(folded | title_words)
        columns[IN_TITLE] = len(folded & title_words) / len(folded) if folded else 0.0
    return columns


def shape_of(line: str) -> _Shape:
    """The line's shape, its title columns 0 (`line_shape` fills them), measured once."""
    shape = _SHAPES.get(line)
    if shape is None:
        if len(_SHAPES) >= _SHAPES_MAX:
            _SHAPES.clear()
        shape = _SHAPES[line] = _measure(line)
    return shape


# from this many new lines on, `shapes_of` measures the ASCII ones together (`batch_shapes`):
# a few lines cost less one at a time than numpy's fixed cost
BATCH_SHAPES = 16


def shapes_of(lines: list[str]) -> list[_Shape]:
    """`shape_of` of each line: those measured already read by one C loop, the new ones
    measured together (`batch_shapes`: a batch's judged lines, 3,943 on the bench, each
    measured alone took ~145k instructions) and kept."""
    found = list(map(_SHAPES.get, lines))
    if None in found:
        fresh = list(dict.fromkeys(compress(lines, map(operator.not_, found))))
        if len(_SHAPES) + len(fresh) > _SHAPES_MAX:
            _SHAPES.clear()
        measured = dict(zip(fresh, _measured_shapes(fresh), strict=True))
        _SHAPES.update(measured)
        found = list(map(measured.get, lines, found))  # the kept ones where not measured
    return found


def _measured_shapes(lines: list[str]) -> list[_Shape]:
    """`_measure` of each line: the ASCII lines together when there are enough of them."""
    plain = list(map(str.isascii, lines))
    if sum(plain) < BATCH_SHAPES:
        return list(map(_measure, lines))
    together = batch_shapes.measured(list(compress(lines, plain)))
    if together is None:
        return list(map(_measure, lines))
    shapes = iter(together)
    return [
        next(shapes) if ascii else _measure(line) for line, ascii in zip(lines, plain, strict=True)
    ]


def _measure(line: str) -> _Shape:
    """The `LINE` columns of a line and its case-folded words. Each flag is written `1.0 if
    ... else 0.0` (a `float` call a column was 1 us of a judged line's 17) and the zone search
    is gated by what every zone holds (below): the same floats."""
    stripped = line.rstrip(CLOSING).rstrip()
    last = stripped[-1:]
    words = words_of(line)
    known = _FACTS.get(line)  # measured by the rules already (most lines): no call
    count = (known if known is not None else facts(line)).words
    alpha = len(words) or 1
    size = len(line)
    chars = size or 1
    # one pass over the words for every count made of them
    capitalised = upper = short_lower = letters = best = run = 0
    for w in words:
        letters += len(w)
        if w[0].isupper():
            capitalised += 1
            run += 1
            if run > best:
                best = run
            if len(w) > 1 and w.isupper():
                upper += 1
        else:
            run = 0
            if len(w) <= 3 and w.islower():
                short_lower += 1
    # a character is never both alphanumeric and a space
    digits, alnum, spaces = _classes(line)
    digit = _first_decimal(line) if digits > 0 else -1  # `isdigit` counts every decimal
    first = line.lstrip()[:1]
    first_letter = line[0] if line[:1].isalpha() else next((c for c in line if c.isalpha()), "")
    ends = bool(last) and last in ENDS
    columns = [
        math.log1p(count),
        math.log1p(size),
        1.0 if ends else 0.0,
        1.0 if last == ":" else 0.0,
        1.0 if last and not ends and last != ":" and not last.isalnum() else 0.0,
        capitalised / alpha,
        upper / alpha,
        short_lower / alpha,
        digits / chars,
        (size - alnum - spaces) / chars,
        letters / alpha,
        # each pattern is searched only where the characters it needs occur (same values):
        # a time and a year start with a decimal digit, a date at most `DATE_REACH` before one
        1.0 if digit >= 0 and DATE.search(line, max(0, digit - DATE_REACH)) is not None else 0.0,
        # every zone `ZONE` matches holds a capital before a "T" ("EST", "GMT", "UTC", "CEST")
        1.0
        if digit >= 0
        and TIME.search(line, digit) is not None
        or "T" in line
        and _ZONE_MARK.search(line) is not None
        and ZONE.search(line) is not None
        else 0.0,
        1.0 if digit >= 0 and YEAR.search(line, digit) is not None else 0.0,
        min(len(SEPARATORS.findall(line)), 5.0) if _SEPARATOR_MARK.search(line) else 0.0,
        # what each alternative holds: "/", "©", "(c)", "via"; "://", "www.", "@"
        1.0
        if (_CREDIT_MARK.search(line) is not None or "via" in line)
        and CREDIT.search(line) is not None
        else 0.0,
        1.0
        if ("@" in line or "://" in line or "www." in line) and ADDRESS.search(line) is not None
        else 0.0,
        best / count if count else 0.0,
        min(len(SENTENCE_BREAK.findall(line)), 10.0) if _STOP.search(line) else 0.0,
        1.0 if first and not first.isalnum() and first not in "\"'“‘(«" else 0.0,
        1.0 if first_letter.islower() else 0.0,
        1.0 if _QUOTE.search(line) is not None else 0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
    ]
    return _Shape(columns, frozenset(map(str.casefold, words)))


# a capital right before a "T": in every `ZONE` match ("[A-Z]{1,2}[SD]?T" ends with one, as
# "GMT", "UTC", "CEST" hold one); most lines with a "T" ("The") hold none, and this search
# of two characters costs a third of `ZONE`'s (the bench's judged lines: 3.8 ms -> 1.3)
_ZONE_MARK = re.compile("[A-Z]T")


# every `DATE` match starts at most this many characters before its first digit ("Sept.  5":
# 10 letters, a stop, 2 spaces), and every alternative holds a decimal digit
DATE_REACH = 13
_DECIMAL = re.compile(r"\d")


def _first_decimal(line: str) -> int:
    """Where the first decimal digit of `line` stands (-1: none)."""
    found = _DECIMAL.search(line)
    return -1 if found is None else found.start()


def _has_date(line: str) -> bool:
    """`DATE.search(line) is not None`, searched from a little before the first digit (the
    letters before it were tried at every position: 10 us a line of 56 characters)."""
    digit = _first_decimal(line)
    return digit >= 0 and DATE.search(line, max(0, digit - DATE_REACH)) is not None


def _any_of(characters: str) -> re.Pattern[str]:
    """Whether a line holds any of `characters`, by one search (a Python step a character
    was 10% of measuring a line)."""
    return re.compile("[" + "".join(map(re.escape, characters)) + "]")


_SEPARATOR_MARK = _any_of("|•·/–—»>")  # what `SEPARATORS` needs
_CREDIT_MARK = _any_of("/©(")
_STOP = _any_of(".!?…")  # what `SENTENCE_BREAK` needs
_QUOTE = _any_of('"“”«»„')


def title_words_of(title: str | None) -> frozenset[str]:
    """The title's words, case-folded, for the title columns (`title_overlap`, `in_title`)."""
    return frozenset(map(str.casefold, words_of(title))) if title else frozenset()


def words_of(text: str) -> list[str]:
    """`WORD.findall(text)`, by `ASCII_WORD` where the text is ASCII (the same words)."""
    return ASCII_WORD.findall(text) if text.isascii() else WORD.findall(text)


class Judged(NamedTuple):
    """The lines of a document the model judges (all but the body paragraphs) and their rows."""

    index: list[int]
    rows: list[list[float]]


def matrix(
    lines: list[str],
    title: str | None,
    linked: set[str] | frozenset[str] | None = None,
    html: bool = False,
    captioned: set[str] | frozenset[str] | None = None,
    credited: Sequence[bool] | None = None,
) -> Judged:
    """One row of `names(html)` per line the model judges, of a document (the lines left);
    `credited`: each line's `credit_below.beside` (None: none is)."""
    title_words = title_words_of(title)
    total = len(lines)
    if not total:
        return Judged([], [])
    # the rules measured most lines already
    words, ends, keys = zip(*facts_of(lines), strict=True)
    body = [i for i in range(total) if words[i] >= BODY_WORDS and ends[i]]
    body_set = set(body)
    judged = [i for i in range(total) if i not in body_set]
    if not judged:  # all body paragraphs: nothing to judge, no row
        return Judged([], [])
    vocabulary = _Vocabulary(keys, body)
    first_body, last_body = (body[0], body[-1]) if body else (total, -1)
    short = [count <= SHORT_WORDS and not end for count, end in zip(words, ends, strict=True)]
    runs = _run_lengths(short)
    flags = [key in linked for key in keys] if html and linked else [False] * total
    caption = [key in captioned for key in keys] if html and captioned else [False] * total
    linked_share = sum(flags) / total
    all_words = sum(words) or 1
    median = sorted(words)[total // 2]
    log_median = math.log1p(median)
    # running sums: words above each line, body paragraphs above each line (exact integers)
    words_above = [0, *accumulate(words)]
    body_above = [0, *accumulate(i in body_set for i in range(total))]
    carries_on = (
        continuity.columns(
            continuity.words_of(keys),
            [i in body_set for i in range(total)],
            judged,
            list(map(continuity.start_of, lines)),
            list(map(len, lines)),
        )
        if continuity.names(html)
        else [[]] * len(judged)  # no column: read, never changed
    )
    rows = []
    islands = island_columns(lines, judged, html)
    addressed = reader_address_columns(lines, judged, html)
    credit = bool(credit_names())
    for i, continued in zip(judged, carries_on, strict=True):
        row = line_shape(lines[i], title_words)
        row[REPEATS] = float(keys.count(keys[i]) > 1)  # judged lines are few: no Counter
        row[VOCABULARY : VOCABULARY + 3] = vocabulary.columns(i)
        previous, following = i - 1, i + 1
        low, high = max(0, i - 3), min(total, i + 4)
        row += [
            float(i < first_body),
            float(i > last_body),
            float(first_body < i < last_body),
            math.log1p(_above(body, i)),
            math.log1p(_below(body, i)),
            math.log1p(runs[i]),
            math.log1p(words[previous]) if previous >= 0 else -1.0,
            math.log1p(words[following]) if following < total else -1.0,
            float(ends[previous]) if previous >= 0 else -1.0,
            float(ends[following]) if following < total else -1.0,
            float(previous in body_set) if previous >= 0 else -1.0,
            float(following in body_set) if following < total else -1.0,
            words_above[i] / all_words,
            math.log1p(words[i]) - log_median,
            math.log1p(words_above[high] - words_above[low] - words[i]),
            float(body_above[high] - body_above[low]),  # line i is no body paragraph
        ]
        row += continued
        if html:
            row += [
                float(flags[i]),
                float(flags[previous]) if previous >= 0 else 0.0,
                float(flags[following]) if following < total else 0.0,
                linked_share,
                float(caption[i]),
                float(
                    previous >= 0 and caption[previous] or following < total and caption[following]
                ),
            ]
        else:
            if islands:
                row += islands[len(rows)]
            if addressed:
                row += addressed[len(rows)]
        if credit:
            row.append(float(bool(credited and credited[i])))
        rows.append(row)
    return Judged(judged, rows)


def island_columns(lines: list[str], judged: list[int], html: bool) -> list[list[float]]:
    """`island.columns` of the judged lines of a plain text (none while `island.PLAIN` is off
    and for HTML)."""
    return island.columns(lines, judged) if island.PLAIN and not html else []


def reader_address_columns(lines: list[str], judged: list[int], html: bool) -> list[list[float]]:
    """`reader_address.columns` of the judged lines of a plain text (none while
    `reader_address.ON` is off and for HTML)."""
    return reader_address.columns(lines, judged) if reader_address.ON and not html else []


class _Vocabulary:
    """The document's own words, for the columns that ask whether a line speaks of the story.

    - `body_words_share`: share of the line's words of 4+ letters that stand in the body
      paragraphs: a subheading or a caption names what the story names, a
      menu, a byline or another story's headline does not;
    - `common_words_share`: share of the line's words among the document's 25 most frequent (its
      language's function words, learned from the document itself: no list of any language);
    - `first_line_overlap`: share of the line's words in the first line (the headline of plain
      text).
    """

    COMMON = 25

    def __init__(self, keys: tuple[str, ...], body: list[int]) -> None:
        self.keys = keys
        # each key split once: the counts, the body's words and the first line's read the
        # same pieces (a split of the whole text, then of the body's, was 30% of `matrix`)
        self.split = split = list(map(str.split, keys))
        self.body = body
        frequency = Counter(chain.from_iterable(split))
        # `most_common`, by one C sort of the words by their counts (ties in the order first
        # met, as there; no (word, count) pairs made)
        ranked = sorted(frequency, key=frequency.__getitem__, reverse=True)
        self.common = set(ranked[: self.COMMON])
        self.first = set(split[0]) if keys else set()

    @cached_property
    def body_words(self) -> set[str]:
        """The body's words (`key.split()` of each body paragraph); one set for a document's
        judged lines, made when first asked (an `in` search of the text for each word cost
        15% of `matrix`)."""
        split = self.split
        return set().union(*[split[i] for i in self.body])

    def columns(self, i: int) -> list[float]:
        words = self.split[i]
        if not words:
            return [-1.0, -1.0, -1.0]
        distinct = set(words)
        long = {w for w in distinct if len(w) >= 4 and not w.isdigit()}
        in_body = len(long & self.body_words) / len(long) if long else -1.0
        common = sum(map(self.common.__contains__, words)) / len(words)
        first = len(distinct & self.first) / len(distinct) if i > 0 else -1.0
        return [in_body, common, first]


def _above(body: list[int], i: int) -> int:
    """Distance from line `i` (no body paragraph) to the nearest body paragraph above it."""
    at = bisect_left(body, i)
    return min(i - body[at - 1], FAR) if at else FAR


def _below(body: list[int], i: int) -> int:
    """Distance from line `i` (no body paragraph) to the nearest body paragraph below it."""
    at = bisect_left(body, i)
    return min(body[at] - i, FAR) if at < len(body) else FAR


def _run_lengths(flags: list[bool]) -> list[int]:
    """For each line, the length of the run of flagged lines it stands in (0: not flagged)."""
    result = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            result[k] = j - i
        i = j
    return result


# They read this module's shapes and facts, so they are imported once it has them all (here, not
# inside the functions above: an import statement a call was 1.2% of the stage, a page's rows
# asking for both columns, and the first call's import fell inside a run's first batch)
from curate.stages.boilerplate import batch_shapes, island, reader_address  # noqa: E402
