"""What the line model sees of a line: its shape, its place in the document, its neighbours.

No word lists: a byline, a dateline, a time stamp, a credit, a section label or the headline of
another story gives itself away by its shape (short, capitalised, no closing stop, digits in
date and time shapes, separators) and by its place (above the first or below the last body
paragraph, in a run of short lines, far from any paragraph). The few patterns here are shapes,
not wordings, and hold in any language that writes with capitals and stops.

Place is relative (above, between or below the body paragraphs, distances to them, the share
of the document's words above the line), never absolute: line counts and positions fitted the
training sites' page sizes (held-out AUC 0.915 with them, 0.953 without).

`matrix(lines, title, linked)` gives one row per line, the columns named by `names(html)`; the
same code builds the training rows (`train.py`) and the rows the stage scores, so the model
sees at run time exactly what it learned from.
"""

from __future__ import annotations

import math
import re

from curate.document import line_key

# shapes -----------------------------------------------------------------------------------------
WORD = re.compile(r"[^\W\d_][\w'’-]{0,40}")
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
)
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
    "previous_capitalised_share",
    "next_capitalised_share",
    "words_above_share",
    "length_to_median",
    "nearby_words",
    "nearby_body",
)
LINKS = ("linked", "previous_linked", "next_linked", "linked_share")


def names(html: bool) -> tuple[str, ...]:
    return LINE + PLACE + (LINKS if html else ())


def line_shape(line: str, title_words: frozenset[str]) -> list[float]:
    """The `LINE` columns of one line (`repeats_in_document` left 0: the document sets it)."""
    stripped = line.rstrip(CLOSING).rstrip()
    last = stripped[-1:] if stripped else ""
    words = WORD.findall(line)
    tokens = line.split()
    count = len(tokens)
    alpha = len(words) or 1
    chars = len(line) or 1
    capitalised = sum(1 for w in words if w[0].isupper())
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    short_lower = sum(1 for w in words if len(w) <= 3 and w.islower())
    # counted by C loops (`map`): a character is never both alphanumeric and a space
    digits = sum(map(str.isdigit, line))
    marks = len(line) - sum(map(str.isalnum, line)) - sum(map(str.isspace, line))
    folded = {w.casefold() for w in words}
    overlap = len(folded & title_words) / len(folded | title_words) if title_words else 0.0
    in_title = len(folded & title_words) / len(folded) if title_words and folded else 0.0
    first = line.lstrip()[:1]
    first_letter = next((c for c in line if c.isalpha()), "")
    return [
        math.log1p(count),
        math.log1p(len(line)),
        float(bool(last) and last in ENDS),
        float(last == ":"),
        float(bool(last) and not last.isalnum() and last not in ENDS and last != ":"),
        capitalised / alpha,
        upper / alpha,
        short_lower / alpha,
        digits / chars,
        marks / chars,
        sum(len(w) for w in words) / alpha,
        # each pattern is searched only where the characters it needs occur (same values)
        float(digits > 0 and DATE.search(line) is not None),
        float(digits > 0 and TIME.search(line) is not None or ZONE.search(line) is not None),
        float(digits > 0 and YEAR.search(line) is not None),
        min(len(SEPARATORS.findall(line)), 5.0) if _has(line, "|•·/–—»>") else 0.0,
        float(_has(line, "/©(v") and CREDIT.search(line) is not None),
        float(_has(line, "@:w") and ADDRESS.search(line) is not None),
        _name_run(words, count),
        min(len(SENTENCE_BREAK.findall(line)), 10.0) if _has(line, ".!?…") else 0.0,
        float(bool(first) and not first.isalnum() and first not in "\"'“‘(«"),
        float(first_letter.islower()),
        float(any(q in line for q in '"“”«»„')),
        0.0,
        overlap,
        in_title,
    ]


def _has(line: str, characters: str) -> bool:
    return any(character in line for character in characters)


def _name_run(words: list[str], count: int) -> float:
    """Share of the line's tokens in its longest run of capitalised words ("By JOHN SMITH")."""
    if not count:
        return 0.0
    best = run = 0
    for word in words:
        run = run + 1 if word[0].isupper() else 0
        best = max(best, run)
    return best / count


def matrix(
    lines: list[str],
    title: str | None,
    linked: set[str] | frozenset[str] | None = None,
    html: bool = False,
    cache: dict[str, list[float]] | None = None,
) -> list[list[float]]:
    """One row of `names(html)` per line of a document (the lines left, in order)."""
    title_words = frozenset(w.casefold() for w in WORD.findall(title)) if title else frozenset()
    cache = {} if cache is None else cache
    shapes = []
    for line in lines:
        shape = cache.get(line)
        if shape is None:
            shape = cache[line] = line_shape(line, title_words)
        shapes.append(shape)
    keys = [line_key(line) for line in lines]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    total = len(lines)
    words = [len(line.split()) for line in lines]
    ends = [shape[2] for shape in shapes]
    body = [i for i in range(total) if words[i] >= BODY_WORDS and ends[i]]
    first_body, last_body = (body[0], body[-1]) if body else (total, -1)
    above = _distances(body, total, forward=True)
    below = _distances(body, total, forward=False)
    short = [words[i] <= SHORT_WORDS and not ends[i] for i in range(total)]
    runs = _run_lengths(short)
    flags = [key in linked for key in keys] if html and linked else [False] * total
    linked_share = sum(flags) / total if total else 0.0
    all_words = sum(words) or 1
    median = sorted(words)[total // 2] if total else 1
    above_words = 0
    body_set = set(body)
    rows = []
    for i in range(total):
        shape = shapes[i]
        row = shape.copy()
        row[22] = float(counts[keys[i]] > 1)
        previous, following = i - 1, i + 1
        row += [
            float(i < first_body),
            float(i > last_body),
            float(first_body < i < last_body),
            math.log1p(above[i]),
            math.log1p(below[i]),
            math.log1p(runs[i]),
            math.log1p(words[previous]) if previous >= 0 else -1.0,
            math.log1p(words[following]) if following < total else -1.0,
            ends[previous] if previous >= 0 else -1.0,
            ends[following] if following < total else -1.0,
            shapes[previous][5] if previous >= 0 else -1.0,
            shapes[following][5] if following < total else -1.0,
            above_words / all_words,
            math.log1p(words[i]) - math.log1p(median),
            math.log1p(sum(words[max(0, i - 3) : i + 4]) - words[i]),
            float(
                sum(1 for j in range(max(0, i - 3), min(total, i + 4)) if j in body_set and j != i)
            ),
        ]
        above_words += words[i]
        if html:
            row += [
                float(flags[i]),
                float(flags[previous]) if previous >= 0 else 0.0,
                float(flags[following]) if following < total else 0.0,
                linked_share,
            ]
        rows.append(row)
    return rows


def _distances(marks: list[int], total: int, forward: bool) -> list[int]:
    """For each line, the distance to the nearest marked line above (`forward`) or below."""
    result = [FAR] * total
    marked = set(marks)
    order = range(total) if forward else range(total - 1, -1, -1)
    last = None
    for i in order:
        if last is not None:
            result[i] = min(abs(i - last), FAR)
        if i in marked:
            last = i
    return result


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
