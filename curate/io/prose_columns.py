"""The text column of records that name it in no known way, told by what the columns hold.

A scraper's or a spreadsheet's table names its text as it likes: `Article Text`, `full_text`,
`Body Text`, `news_text`, `FullText`, `Story Text`. With no `text` and no known name
(io.text_aliases), a `.csv` of them was passed over and a `.jsonl` had every row quarantined as
`missing_field`, the advice naming `--text-field` for a second run. The records' values tell
which column is the text: one string column holds prose of many words (`MIN_WORDS` a row, on
average over the first rows), the others hold a headline, a date, an address, an id. That
column is read, and its name is on each document (`text_field`, counted in `report.json` and
said by the run). Two columns of prose, neither `DOMINATES` times the other's words (an
`Article Text` beside a `Full Story`), are not guessed between: the rows keep their quarantine
and the hint names both, with the flag for each. A news-please lead (`description`, one or two
sentences) beside its `maintext` is no second text: the article's words are many times its.

A table of short texts (tweets, headlines, reviews: 5 to 19 words a row) under a name of its
own (`Tweet`, `review_body`, `Headline Text`, `message`) holds no column of prose: its one
column of short text is read when the rows tell it so (`SHORT_WORDS` words of letters a row,
on average, most of its words words of letters, not a date's `Mon Apr 06 22:19:45 PDT 2009`
nor an address's digits; near every value its own, not a label's few; `MIN_ROWS` rows). Two
such columns (a `title` beside a `review_body`) are not guessed between, as two of prose.
A column of paragraphs (a list of strings, in `MIN_ROWS` rows or more: one object's list is
its records) is told by its text as the reader joins it (io.fields). A column of HTML (a CMS's
`post_content`, `body_html`, JSON Feed's `content_html`: `<p>...</p>`) is told by its words
between the tags (the `markup` stage takes the tags off, a whole page is extracted); such a
column was no text, and its records passed over. Beside the same text without its markup
(`content_text`), the plain one is the text.

Under `MIN_ROWS` rows (a scrape of three tweets), the values cannot tell a label's few: a
column of short texts in `FEW_ROWS` rows or more (one row's value could be a header's or an
instruction's answer) is read when its values are all distinct and written as sentences
(`LOWER` of its words of letters in small letters: `Just got my first coffee of the day`, not
a category's `Arts Culture and Entertainment`); it kept the advice to name it (round 19). A
shop's table is no table of texts: a column of title-cased names (`Stainless Steel Water
Bottle with Bamboo Lid`, fewer than `LOWER` of its words in small letters) beside a price, a
`sku` or a `brand` (`listing_words` in `curate/data/columns.yaml`, in any column's name, or
values of money, `$19.99`, `€12,50`) is a product's name: such a table was read a product a
document. A headlines table in title case (`Council Approves New Budget`, beside a date and
a link) is read, and so are reviews beside a price (their words mostly in small letters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import islice
from typing import Any

from curate.io.text_words import text_words, unspaced_words

MIN_WORDS = 20  # a row's text, on average: a headline holds 5 to 15 words, a lead 20 to 50
DOMINATES = 3  # the text's words over the next column's: an article over its lead
MAX_ROWS = 50  # rows looked at
SHORT_WORDS = 5  # a short text's words of letters, on average: a tweet's, a review's, a headline's
LETTERS = 0.75  # of its words, at least: `Mon Apr 06 22:19:45 PDT 2009` has 3 of 6
DISTINCT = 0.9  # of its values, at least, its own: a label's or category's repeat
MIN_ROWS = 4  # rows needed to tell a column of short texts from a label (by its values)
FEW_ROWS = 2  # rows, at least, whose sentences tell short texts under `MIN_ROWS` (one cannot)
LOWER = 0.5  # of a short text's words of letters, at least, in small letters: a sentence's


def prose_field(records: Iterable[Any], hint: bool = False) -> str | tuple[str, str] | None:
    """The one string field of `records` that holds prose (see the module); the two leading
    ones as a tuple when neither dominates; None when none holds prose. `hint`: `records` is
    one quarantined row, for the hint alone (whose values cannot tell a label)."""
    from curate.io.paragraph_objects import body_blocks

    values: list[tuple[str, str, bool]] = []  # (column, text, read from a list)
    markup: set[str] = set()  # columns of HTML (`content_html`, `post_content`: `<p>...`)
    rows = 0
    sample = [record for record in islice(records, MAX_ROWS) if isinstance(record, Mapping)]
    for record in sample:
        rows += 1
        for name, value in record.items():
            text = _text(value) if _name_like(name) else None
            words_of = _words_of(text) if text is not None else None
            if words_of is not None:  # an article's typed blocks are its body, not records
                listed = not isinstance(value, str) and not body_blocks(record, value)
                values.append((name, words_of, listed))
                if words_of is not text:
                    markup.add(name)
    words: dict[str, int] = {}
    short: dict[str, _Short] = {}
    for name, text, listed in values:
        # a list of strings is a column of paragraphs in a table's rows; one object's list
        # (`{"status": "ok", "results": [...]}`) is its records (io.bare_strings)
        if not listed or rows >= MIN_ROWS:
            words[name] = words.get(name, 0) + text_words(text)  # Chinese too (io.text_words)
            short.setdefault(name, _Short()).add(text)
    ranked = sorted(
        (name for name, total in words.items() if total >= MIN_WORDS * rows),
        key=lambda name: (-words[name], name),
    )
    if not ranked:  # a table of short texts: tweets, reviews, headlines
        ranked = sorted(
            (
                name
                for name, seen in short.items()
                if seen.texts(rows, distinct=not hint)
                and (seen.sentences() or not _listing(sample, name))
            ),
            key=lambda name: (-words[name], name),
        )
        if len(ranked) == 1:
            return ranked[0]
        return _pair(ranked, markup) if ranked else None
    if len(ranked) == 1 or words[ranked[0]] >= DOMINATES * words[ranked[1]]:
        return ranked[0]
    return _pair(ranked, markup)


def _pair(ranked: list[str], markup: set[str]) -> str | tuple[str, str]:
    """The two leading columns, by name: each row's hint names them in one order. A text
    beside its own HTML (JSON Feed's `content_text` and `content_html`) is the text."""
    plain = [name for name in ranked[:2] if name not in markup]
    if len(plain) == 1:
        return plain[0]
    first, second = sorted(ranked[:2])
    return first, second


class _Short:
    """What a column's values tell of short texts: words of letters, other words, values."""

    def __init__(self) -> None:
        self.lettered = self.other = self.lower = 0
        self.values: set[str] = set()
        self.count = 0

    def add(self, text: str) -> None:
        self.count += 1
        self.values.add(text.strip())
        for word in text.split():
            unspaced = unspaced_words(word)  # `辯論0。`: words of letters, no case (io.text_words)
            if unspaced:
                self.lettered += unspaced
                self.lower += unspaced
                continue
            if _LETTERED.fullmatch(word):
                self.lettered += 1
                self.lower += word.lstrip(_MARKS)[:1].islower()
            else:
                self.other += 1

    def texts(self, rows: int, distinct: bool) -> bool:
        """Short texts, over `rows` rows: `distinct` asks near every value its own (over
        `MIN_ROWS` rows at least); one row alone (a quarantined row's hint) cannot tell."""
        if self.lettered < SHORT_WORDS * rows:
            return False
        if self.lettered < LETTERS * (self.lettered + self.other):
            return False
        if not distinct:
            return True
        if rows < MIN_ROWS:  # a few rows: all their own, and sentences (see the module)
            return rows >= FEW_ROWS and len(self.values) == rows and self.sentences()
        return len(self.values) >= DISTINCT * rows

    def sentences(self) -> bool:
        """Words mostly in small letters, as a sentence's; not a name's or a category's."""
        return self.lower >= LOWER * self.lettered


def _listing(sample: list[Mapping[Any, Any]], name: str) -> bool:
    """A shop's or a listing's table: a column named for it (`price`, `sku`, `Product Title`),
    or another column of money (`$19.99`) in most rows (see the module)."""
    from curate.io.id_columns import name_words
    from curate.resources import data_file

    listing = set(data_file("columns.yaml")["listing_words"])
    columns = {key for record in sample for key in record if isinstance(key, str)}
    if any(listing.intersection(name_words(column)) for column in columns):
        return True
    for column in columns - {name}:
        money = sum(
            isinstance(value, str) and _MONEY.fullmatch(value.strip()) is not None
            for value in (record.get(column) for record in sample)
        )
        if 2 * money > len(sample):
            return True
    return False


_MARKS = "\"'“‘(#@¿¡*_-"  # before a word's first letter: `"great`, `@user`, `#happy`
# an amount of money: `$19.99`, `€12,50`, `£5`, `19.99 USD`, `12,50 €` (no nested repeats)
_MONEY = re.compile(r"(?:[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:[$€£¥₹]|USD|EUR|GBP))")
# a word of letters, punctuation about it: `loved`, `"Great!`, `@user`, `#happy`, `don't`; not
# `22:19:45`, `B00X`, `https://t.co/x` (a `/`), `2015-08-01`
_LETTERED = re.compile(r"[^\w/]*[^\W\d_]+(?:['’-][^\W\d_]+)*[^\w/]*")


def _text(value: Any) -> str | None:
    """A value's text: a string, or a list of strings (paragraphs) or of paragraph objects
    (`[{"type": "p", "text": ...}]`) as the reader joins it (io.fields); not a chat's turns
    (io.paragraph_objects)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        from curate.io.fields import _list_text

        return _list_text(value)
    from curate.io.paragraph_objects import paragraph_blocks

    return paragraph_blocks(value)


def _name_like(name: Any) -> bool:
    """A column's name, not a headerless table's first cell or a `{url: text}` key."""
    from curate.io.index_columns import is_index_column
    from curate.io.tab_text import NAME

    # a pandas index saved as a column (`__index_level_0__`) is no text (io.index_columns)
    return isinstance(name, str) and bool(NAME.match(name.strip())) and not is_index_column(name)


def _words_of(value: str) -> str | None:
    """A value's words: itself, or for HTML (a CMS's body, `<p>...</p>`) its text between the
    tags (a new string); None for serialised data (`{"a": ...}`, `[...]`)."""
    start = value.lstrip()[:1]
    if start in ("{", "["):
        return None
    if start != "<":
        return value
    words = _TAG.sub(" ", value)
    return words if words.strip() else None


# an HTML tag or comment's piece: `<p>`, `</div>`, `<a href="...">` (no nesting, no backtracking)
_TAG = re.compile(r"<[^<>]*>")
