"""A text stored as a list of paragraph objects, not of strings: its paragraphs read in order.

CMS exports keep an article's body as blocks: Arc XP (the Washington Post's publishing
system) writes `"content_elements": [{"type": "text", "content": "..."}, {"type": "image",
...}]`, block editors `[{"type": "paragraph", "text": "..."}]`. Such a row was quarantined as
"'text' must be a string (or a list of strings), got list". Each block's string under `text`
or `content` is a paragraph; blocks with none (an image, an embed) are passed over, as a
page's images are.

A text of inline spans is one paragraph: Telegram's channel export (`result.json`) writes a
message with formatting as a list of plain strings and span objects, `["Breaking: ", {"type":
"bold", "text": "council"}, " votes today"]`; such a message was quarantined ("got list"). A
list holding both strings and objects, each object a `type` and a `text`, is its spans' text
joined with nothing between them (`joined_spans`).

Such blocks under a field of another name than the one asked for were not told as the text
(session 40): a scraper's `{"title": ..., "body": [{"type": "p", "text": ...}, ...]}` was read
from its `title`, the one column of short text beside the blocks, and the article was lost;
the same rows with no title were quarantined. `paragraph_blocks` is the blocks' text when a
field's value is such a list, a chat's turns aside (`role`, `from`: named, they are read as
the turns: tests/test_io_chat_turns.py; never guessed as an article). A list of typed blocks
(`typed_blocks`: each a `type` and a few keys, none a title) beside a title is one article's
body, not the records of a wrapper (`body_blocks`): a `.json` of one such article was read a
paragraph a document, its title lost and its image blocks quarantined. Without a title beside
them they may be records (`{"status": "ok", "data": [{"type": "comment", "text": ...}]}`).

Untyped blocks, objects of a paragraph alone (`"paragraphs": [{"text": ...}, ...]`), look as a
post's comments do (`"comments": [{"text": ...}]`), so their field's name tells them
(`named_paragraphs`: a name holding one of `paragraph_names` in `curate/data/columns.yaml`),
beside a title as typed blocks are (session 40's second newcomer round): such rows were
quarantined, advice `--text-field paragraphs`, and a `.json` of one article was read a
paragraph a document, its title lost. With no title beside them they stay as they were.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# where a block holds its paragraph; a chat's turns too, `{"role": ..., "content": ...}` and
# ShareGPT's `{"from": ..., "value": ...}` (a `conversations` row was "got list")
BLOCK_KEYS = ("text", "content", "value")
BLOCK_ONLY = frozenset({"type", *BLOCK_KEYS})  # a block's keys, when it holds nothing else
TURN_KEYS = frozenset({"role", "from"})  # a chat's turn: `{"role": "user", "content": ...}`
# a typed block's keys, at most: Arc XP's `{"_id", "type", "content", "additional_properties"}`
BLOCK_WIDTH = 4
TITLE_KEYS = frozenset({"title", "headline"})  # a record's, never a block's
MIN_WORDS = 20  # a body's, in all: a list of tags or names holds fewer (io.prose_columns')


def _paragraph(block: dict[str, Any]) -> str | None:
    for key in BLOCK_KEYS:
        if isinstance(block.get(key), str):
            return block[key]
    return None


def joined_paragraphs(value: Any) -> str | None:
    """The blocks' paragraphs joined by blank lines, or None when `value` is no such list
    (not all objects, or not one paragraph among them)."""
    if not isinstance(value, list) or not value:
        return None
    if not all(isinstance(block, dict) for block in value):
        return None
    parts = [_paragraph(block) for block in value]
    if all(part is None for part in parts):
        return None
    return "\n\n".join(part for part in parts if part is not None and part.strip())


def joined_spans(value: Any) -> str | None:
    """The inline spans' text joined as written (see the module), or None when `value` is
    no such list (strings and `{"type", "text"}` objects, at least one of each)."""
    if not isinstance(value, list) or not value:
        return None
    strings = objects = 0
    for span in value:
        if isinstance(span, str):
            strings += 1
        elif (
            isinstance(span, dict)
            and isinstance(span.get("type"), str)
            and isinstance(span.get("text"), str)
        ):
            objects += 1
        else:
            return None
    if not strings or not objects:
        return None
    return "".join(span if isinstance(span, str) else span["text"] for span in value)


def paragraph_blocks(value: Any) -> str | None:
    """A list of paragraph objects' text, as `joined_paragraphs`, for a field not named as the
    text; None for a chat's turns or a list of no such blocks (see the module)."""
    if not isinstance(value, list) or not value or not isinstance(value[0], dict):
        return None
    if any(isinstance(block, dict) and TURN_KEYS & block.keys() for block in value):
        return None
    joined = joined_paragraphs(value)
    return joined if joined and joined.strip() else None


def typed_blocks(value: Any) -> bool:
    """`value` is an article's body of typed blocks (see the module): objects of a string
    `type` and at most `BLOCK_WIDTH` keys, none a title, at least one a paragraph."""
    if not isinstance(value, list) or not value:
        return False
    for block in value:
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            return False
        if len(block) > BLOCK_WIDTH or TITLE_KEYS & {str(k).casefold() for k in block}:
            return False
    return paragraph_blocks(value) is not None


def body_blocks(parent: Any, value: Any) -> bool:
    """`value`, a field of the object `parent`, is its body of typed blocks, or of untyped
    ones under a paragraphs' name, beside its title (see the module), not a list of records."""
    from curate.io.selection_items import selection_paragraphs  # ParseHub's `[{"name": ...}]`

    if not isinstance(parent, dict) or not (
        typed_blocks(value)
        or selection_paragraphs(value) is not None
        or any(
            v is value and (named_paragraphs(k, v) or named_strings(k, v))
            for k, v in parent.items()
        )
    ):
        return False
    return titled(parent)


def titled(record: Any, unknown: Any = None) -> bool:
    """`record` holds a title, a string (or `unknown`: a column's value not yet read)."""
    return any(
        str(k).casefold() in TITLE_KEYS and (isinstance(v, str) or (v is unknown and v is not None))
        for k, v in record.items()
    )


def named_paragraphs(name: Any, value: Any, column: Any = None) -> bool:
    """`value` is a list of objects of a paragraph alone (a `type` at most) under a name that
    says so (`body_paragraphs`; see the module); `column`: a column of blocks not yet read."""
    if not isinstance(name, str) or not any(word in name.casefold() for word in _words()):
        return False
    if value is column and column is not None:
        return True
    if not isinstance(value, list) or not value or paragraph_blocks(value) is None:
        return False
    return all(isinstance(block, dict) and block.keys() <= BLOCK_ONLY for block in value)


def named_strings(name: Any, value: Any) -> bool:
    """`value` is a list of strings, of `MIN_WORDS` words in all, under a name one of whose
    words says paragraphs (`text_blocks`, `articleParagraphs`; see the module)."""
    from curate.io.id_columns import name_words

    if not isinstance(name, str) or not isinstance(value, list) or not value:
        return False
    if not all(isinstance(item, str) for item in value):
        return False
    if not _list_words().intersection(name_words(name)):
        return False
    from curate.io.text_words import text_words

    return sum(text_words(item) for item in value) >= MIN_WORDS


@cache
def _list_words() -> frozenset[str]:
    from curate.resources import data_file

    return frozenset(data_file("columns.yaml")["paragraph_list_words"])


@cache
def _words() -> tuple[str, ...]:
    from curate.resources import data_file

    return tuple(word.casefold() for word in data_file("columns.yaml")["paragraph_names"])
