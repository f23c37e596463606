"""A `.txt` of several articles parted by a line of dashes or stars: an article a document.

A scraper's simplest output is one file of every article, each written with a rule after it
(`f.write(title + "\\n\\n" + text + "\\n---\\n")`), and copies of "all the stories" pasted into
one text are parted so too (`* * *`, `=====`). Such a file was read as ONE document of every
article: the others lost as documents (dedup, the title and the labels saw one text).

The file is read an article a document when its rules say so: the lines of its commonest form
of rule (3+ of one of `-` `=` `*` `_` `~` `#`, or `* * *`) part it into pieces of which three or
more, and `MIN_SHARE` of all, are articles: `MIN_WORDS` words or more opening with a line that
can be a headline (short, no full stop); under a rule a program drew (`"=" * 40`, 10+ marks
not stars) they need no headline. A brief or a failed page among them is a piece of its own.
A rule right under a short line is a heading's underline (`Title` over `=====`; under half
or more of the rules, a line that can be a heading over prose, whatever the rule's length:
one text's sections, but a credit in brackets over a rule ends an article), and pieces
too short or opening with prose (a feature's sections between `* * *`) leave the file whole,
as before. Form feeds are not rules: `pdftotext` writes one after each page of one text.
"""

from __future__ import annotations

import re
from collections import Counter

RULE = re.compile(r"^[ \t]*(?:([-=*_~#])\1{2,}|\*(?:[ \t]+\*){2,})[ \t]*\r?$", re.MULTILINE)
_LETTERS = re.compile(r"[^\W\d_]{2}")  # a word in capitals, not a number alone
MIN_PIECES = 3  # two rules: one rule may part an article from its note or its second half
MIN_WORDS = 50  # an article's length (the quality stage's own minimum)
MIN_SHARE = 0.75  # of the pieces that are articles (a dump holds a brief, a failed page)
DRAWN_MARKS = 10  # `"=" * 40`: a rule a program drew, not a section break typed (`---`, `***`)
HEADLINE_WORDS = 20
HEADLINE_END = (".", ",", ";", ":")  # a sentence's end: a piece opening with prose
UNDERLINE_SLACK = 3  # characters an underline is longer or shorter than its heading
SNIFF_CHARS = 200_000  # a rule must stand among the first characters (a glance, not a scan)


def separated_articles(text: str) -> list[str] | None:
    """The articles of `text` in order, or None when its rules do not part articles."""
    found = _parted(text)
    return found[1] if found is not None else None


def _parted(text: str) -> tuple[str, list[str]] | None:
    """(the form of the rules, the pieces they part) when they part articles."""
    head = text[:SNIFF_CHARS]
    if not any(mark * 3 in head for mark in "-=*_~#") and "* * *" not in head:
        return None  # every .txt read asks: the substring tests cost a fraction of the regex
    rules = list(RULE.finditer(text))
    if len(rules) < MIN_PIECES - 1:
        return None
    forms = Counter(_form(rule.group(0)) for rule in rules)
    form = max(forms, key=forms.__getitem__)  # the commonest (`***` inside an article stays)
    rules = [rule for rule in rules if _form(rule.group(0)) == form]
    if sum(_heads_a_section(text, rule) for rule in rules) * 2 >= len(rules):
        return None  # headings drawn under (`Background` over `=` * 40): one text's sections
    pieces, start = [], 0
    for rule in rules:
        if _underlines(text, rule):
            return None
        pieces.append(text[start : rule.start()])
        start = rule.end()
    pieces.append(text[start:])
    pieces = [piece.strip("\r\n") for piece in pieces if piece.strip()]  # `---` twice: none
    drawn = len(rules[0].group(0).strip()) >= DRAWN_MARKS and form != "*"
    articles = sum(_article(piece, drawn) for piece in pieces)
    if articles < MIN_PIECES or articles < len(pieces) * MIN_SHARE:
        return None
    return form, pieces


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


def _heads_a_section(text: str, rule: re.Match) -> bool:
    """The rule stands right under a line that can be a heading (not a credit in brackets,
    `(Reporting by ...)`) and over prose: a section's heading underlined, whatever its
    length, not an article's end over the next one's headline."""
    before = text[: rule.start()]
    above = before.rstrip("\r\n").rsplit("\n", 1)[-1].strip()
    if not above or before.endswith(("\n\n", "\n\r\n")) or above.startswith(("(", "[")):
        return False
    below = text[rule.end() :].strip().split("\n", 1)[0].strip()
    return _headline(above) and not _headline(below)


def _article(piece: str, drawn: bool) -> bool:
    """A piece of an article's length under a headline; under a drawn rule any such piece. A
    heading in capitals opens a section of one article, not another article: AP parts its
    stories' sections by `___` under such headings (`HOW WILL OBAMA PLAY?`); read as a dump,
    an article-extraction-benchmark page became 8 documents."""
    first = piece.strip().split("\n", 1)[0].strip()
    heading = _headline(first) and not (first.isupper() and _LETTERS.search(first))
    return len(piece.split()) >= MIN_WORDS and (drawn or heading)


def _headline(line: str) -> bool:
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.endswith(HEADLINE_END)


def head_rule(head: str, goes_on: bool) -> str | None:
    """The form of the rules that part the articles of a file too large to read whole, told
    from its first characters (`head`; `goes_on`: the file is longer): the pieces before its
    last rule there must part as `separated_articles` parts a whole text. None otherwise."""
    rules = list(RULE.finditer(head))
    if not rules:
        return None
    whole = head[: rules[-1].start()] if goes_on else head  # its last piece read whole
    found = _parted(whole)
    return found[0] if found is not None else None


def is_rule(line: str, form: str) -> bool:
    """`line` is a rule of the form `form` (`head_rule`'s)."""
    found = RULE.match(line.rstrip("\n"))
    return found is not None and _form(found.group(0)) == form
