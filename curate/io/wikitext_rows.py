"""WikiText's rows are the lines of Wikipedia articles: joined, an article a document.

WikiText-2 and WikiText-103 on the Hub (`Salesforce/wikitext`, Parquet or `datasets`'
`to_json` / `save_to_disk`) hold each article as its lines, a row each: `""`, then
` = Valkyria Chronicles III = \\n`, `""`, ` Senjō no Valkyria 3 : ... \\n`, ` = = Gameplay = = \\n`
... Read a row a document, an article became a hundred documents, its title and each section's
heading documents of their own, and a third of the rows empty texts (session 42's newcomer
round). A file whose first rows hold a top-level heading (` = Title = `) and are, three in four
at least, lines as WikiText writes them (empty, or ending in ` \\n`) is read an article a
document: from one top-level heading to the next, the heading its title, a section's heading
(` = = Gameplay = = `) a line of its text, and WikiText's escapes of a number's marks
(`1 @,@ 000`, `well @-@ known`, `3 @.@ 5`) read back. Its empty rows are blank lines, no
documents; a row before the first heading opens an article of no title. Other files' rows are
read a row a document, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from curate.document import Document

PEEK = 64  # rows that tell a WikiText file
LINES = 0.75  # of those rows, at least, empty or ending in ` \n`
TOP = re.compile(r" = ([^=\n][^\n]{0,300}?) = ?\n?")  # ` = Valkyria Chronicles III = \n`
SECTION = re.compile(r" (?:= ){2,6}([^=\n][^\n]{0,300}?)(?: =){2,6} ?\n?")  # ` = = Gameplay = = `
MARK = re.compile(r" @([-,.])@ ")  # `1 @,@ 000` -> `1,000`, `well @-@ known` -> `well-known`
BLANKS = re.compile(r"\n{3,}")


def wikitext_articles(items: Iterator) -> Iterator:
    """The items of one file, its WikiText rows joined an article a document (see the
    module); any other file's as they are."""
    head = list(islice(items, PEEK))
    if not _wikitext(head):
        yield from head
        yield from items
        return
    article: Document | None = None
    lines: list[str] = []
    for item in _chain(head, items):
        if not isinstance(item, Document):
            yield item
            continue
        top = TOP.fullmatch(item.text)
        if top is not None or (article is None and item.text.strip()):
            if article is not None:
                yield _joined(article, lines)
            article, lines = item, []
            if top is not None:
                article.title = article.input_title = MARK.sub(r"\1", top.group(1).strip())
                continue
        if article is not None:
            lines.append(item.text)
    if article is not None:
        yield _joined(article, lines)


def _chain(head: list, items: Iterator) -> Iterator:
    yield from head
    yield from items


def _wikitext(head: list) -> bool:
    rows = [item for item in head if isinstance(item, Document)]
    if not rows or not all("input_line" in item.labels for item in rows):
        return False
    if not any(TOP.fullmatch(item.text) for item in rows):
        return False
    lines = sum(1 for item in rows if not item.text or item.text.endswith(" \n"))
    return lines >= LINES * len(rows)


def _joined(article: Document, lines: list[str]) -> Document:
    """`article` holding `lines` as its text: a section's heading its words, escapes read."""
    out = []
    for line in lines:
        section = SECTION.fullmatch(line)
        out.append(section.group(1).strip() if section else line.strip())
    article.text = MARK.sub(r"\1", BLANKS.sub("\n\n", "\n".join(out)).strip("\n"))
    return article
