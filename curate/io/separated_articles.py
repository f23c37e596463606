"""A `.txt` of several articles parted by a line of dashes or stars: an article a document.

A scraper's simplest output is one file of every article, each written with a rule after it
(`f.write(title + "\\n\\n" + text + "\\n---\\n")`), and copies of "all the stories" pasted into
one text are parted so too (`* * *`, `=====`). Such a file was read as ONE document of every
article: the others lost as documents (dedup, the title and the labels saw one text).

The file is read an article a document when its rules say so: two or more lines of one form
(3+ of one of `-` `=` `*` `_` `~` `#`, or `* * *`) part it into three or more pieces, each of
`MIN_WORDS` words or more opening with a line that can be a headline (short, no full stop);
under a rule a program drew (`"=" * 40`, 10+ marks not stars) the pieces need no headline.
A rule right under a short line is a heading's underline (`Title` over `=====`), and a piece
too short or opening with prose (a feature's sections between `* * *`) leaves the file whole,
as before. Form feeds are not rules: `pdftotext` writes one after each page of one text.
"""

from __future__ import annotations

import re

RULE = re.compile(r"^[ \t]*(?:([-=*_~#])\1{2,}|\*(?:[ \t]+\*){2,})[ \t]*\r?$", re.MULTILINE)
MIN_PIECES = 3  # two rules: one rule may part an article from its note or its second half
MIN_WORDS = 50  # an article's length (the quality stage's own minimum)
DRAWN_MARKS = 10  # `"=" * 40`: a rule a program drew, not a section break typed (`---`, `***`)
HEADLINE_WORDS = 20
HEADLINE_END = (".", ",", ";", ":")  # a sentence's end: a piece opening with prose
UNDERLINE_SLACK = 3  # characters an underline is longer or shorter than its heading
SNIFF_CHARS = 200_000  # a rule must stand among the first characters (a glance, not a scan)


def separated_articles(text: str) -> list[str] | None:
    """The articles of `text` in order, or None when its rules do not part articles."""
    head = text[:SNIFF_CHARS]
    if not any(mark * 3 in head for mark in "-=*_~#") and "* * *" not in head:
        return None  # every .txt read asks: the substring tests cost a fraction of the regex
    rules = list(RULE.finditer(text))
    if len(rules) < MIN_PIECES - 1 or len({_form(rule.group(0)) for rule in rules}) != 1:
        return None
    pieces, start = [], 0
    for rule in rules:
        if _underlines(text, rule):
            return None
        pieces.append(text[start : rule.start()])
        start = rule.end()
    pieces.append(text[start:])
    pieces = [piece.strip("\r\n") for piece in pieces]
    while pieces and not pieces[-1].strip():  # a rule after the last article too
        pieces.pop()
    while pieces and not pieces[0].strip():  # a rule before the first
        pieces.pop(0)
    drawn = len(rules[0].group(0).strip()) >= DRAWN_MARKS and _form(rules[0].group(0)) != "*"
    if len(pieces) < MIN_PIECES or not all(_article(piece, drawn) for piece in pieces):
        return None
    return pieces


def _form(rule: str) -> str:
    """A rule's form: its mark (`---` and `-----` are one form), `* * *` its own."""
    mark = rule.strip()
    return "* * *" if " " in mark or "\t" in mark else mark[0]


def _underlines(text: str, rule: re.Match) -> bool:
    """The rule stands right under a short line as long as itself: a heading's underline
    (`Budget talks stall` over `==================`), not an article's end (its credit line
    `(Reporting by ...)` over a scraper's `---`)."""
    before = text[: rule.start()]
    above = before.rstrip("\r\n").rsplit("\n", 1)[-1].strip()
    if not above or before.endswith(("\n\n", "\n\r\n")):
        return False  # a blank line between
    return _headline(above) and abs(len(rule.group(0).strip()) - len(above)) <= UNDERLINE_SLACK


def _article(piece: str, drawn: bool) -> bool:
    """A piece of an article's length under a headline; under a drawn rule any such piece."""
    first = piece.strip().split("\n", 1)[0].strip()
    return len(piece.split()) >= MIN_WORDS and (drawn or _headline(first))


def _headline(line: str) -> bool:
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.endswith(HEADLINE_END)
