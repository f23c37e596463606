"""A record's id under a name of its own (`tweet_id`, `article_id`, `post_id`, `guid`, `uuid`),
read when it has no `id`.

A Twitter dump's `{"tweet_id": 1234567890, "user_id": 42, "text": ...}`, a scraper's
`article_id,title,text`, a feed's `guid` column: every document was named `<file>-<line>`, so the
output matched none of the tool's own lists (labels, qrels, duplicates) written against those
ids (newcomer round 19). With no `id` (nor `ID`, `_id`, `adlr_id`, `doc_id`: io.text_aliases),
a column whose name ends in `id` (`<thing>_id`, `<thing>Id`, `<Thing> ID`, `docid`) or is
`guid` / `uuid` is the id when its values over the first rows are its own (a string or an
integer in each row that holds it, no two alike, in half the rows at least): a column of
what a document belongs to (`user_id`, `author_id`, `product_id`: `owner_ids` in
`curate/data/columns.yaml`) is never taken, and repeats anyway. Names a document's id is
known by (`document_ids`) win over others, in their order; two others are not guessed between.

A field named `uri` alone is one such name: Event Registry's articles (`"uri": "8012345678"`)
and IPTC's ninjs items of news agencies (`"uri": "urn:newsml:..."`) name themselves by it, and
were named `<file>-<n>` (newcomer round 25); `image_uri` and the like stay no id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

# the words of a column's name: `tweetId` and `Tweet ID` are `tweet` `id`, `ArticleID` is
# `article` `id`, `doc-no` is `doc` `no` (no backtracking: each alternative is a plain run)
_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_ID_WORDS = ("id", "guid", "uuid", "docid", "docno")
_READ_ELSEWHERE = ("id", "_id", "adlr_id", "doc_id")  # io.text_aliases' own


@cache
def _lists() -> tuple[tuple[str, ...], frozenset[str]]:
    from curate.resources import data_file

    table = data_file("columns.yaml")
    return tuple(table["document_ids"]), frozenset(table["owner_ids"])


def name_words(name: str) -> list[str]:
    """A column name's words, in small letters (`Tweet ID` -> ["tweet", "id"])."""
    return [word.casefold() for word in _WORD.findall(name)]


def document_id_field(
    names: Iterable[Any], rows: Callable[[list[str]], Iterable[Any]]
) -> str | None:
    """The column of `names` that holds a document's own id (see the module), told by its
    name and by its values in `rows(columns)` (the file's first records, of those columns at
    least), or None. `rows` is asked only when a name could be one."""
    names = [name for name in names if isinstance(name, str)]
    if any(name.strip().casefold() in _READ_ELSEWHERE for name in names):
        return None
    known, owners = _lists()
    candidates = []
    for name in names:
        words = name_words(name)
        if words and words[-1] in _ID_WORDS and not owners.intersection(words[:-1]):
            candidates.append(name)
        elif words == ["uri"]:  # Event Registry's, ninjs' own id (see the module)
            candidates.append(name)
    if not candidates:
        return None
    sample = [row for row in rows(candidates) if isinstance(row, Mapping)]
    rank = {key: place for place, key in enumerate(known)}
    kept = []
    for name in candidates:
        key = "_".join(name_words(name))
        held = [row[name] for row in sample if name in row and row[name] is not None]
        if not held:  # a column's values not read: its name alone, when a document's id's
            if key in rank:
                kept.append(name)
            continue
        if 2 * len(held) < len(sample) or not all(map(_id_value, held)):
            continue
        if len({str(value).strip() for value in held}) == len(held):
            kept.append(name)
    named = sorted(
        (name for name in kept if "_".join(name_words(name)) in rank),
        key=lambda name: rank["_".join(name_words(name))],
    )
    if named:
        return named[0]
    return kept[0] if len(kept) == 1 else None


def _id_value(value: Any) -> bool:
    """A value an id can be: a string that is not blank, or an integer (not a flag)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, str) and bool(value.strip()) and len(value) <= 256
