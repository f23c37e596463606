"""A scraper's items whose headline is their `name` and whose body is a list of selections.

ParseHub (and point-and-click scrapers like it) extract each selected element as an object of
its text under `name` and, for a link, its address under `url`; a selection made inside another
is a list under the outer item: a run's results are `{"selection1": [{"name": "Harbour reopens
after the storm", "url": "https://...", "selection2": [{"name": "The harbour reopened on
Monday..."}, {"name": "The mayor said..."}]}]}`. Session 51's newcomer round found both parts
lost: the body's paragraphs, objects of no known text key, were no text, so each item was read
from its `name`, the headline, as its one column of short text; and a `name` beside a body read
from `text`, `body` or `description` was no title (every item came out untitled).

- `selection_paragraphs`: a list of objects each holding a string `name` and nothing else (a
  selection of text, no link: a list of links is an item's related stories, no body), or
  beside it the text the user had extracted (`{"name": "paragraph", "text": ...}`), is a
  body of paragraphs, from `MIN_WORDS` words in all (a list of tags holds fewer). Beside a
  title, it is one article's body, not a list of records (io.paragraph_objects).
- `name_title`: a row's `name` beside a text read from another field is its title when it
  reads as a headline and nothing in the row says it names a person (io.page_names: `Jane
  Roe`, a record with an `email` or a `username`), as a front matter's `name:` is.
"""

from __future__ import annotations

from typing import Any

from curate.io.paragraph_objects import BLOCK_KEYS, MIN_WORDS

NAME = "name"  # where ParseHub keeps a selected element's text
SELECTION_KEYS = frozenset({NAME, *BLOCK_KEYS})  # no `url`: a list of links is no body


def selection_paragraphs(value: Any) -> str | None:
    """The paragraphs of a list of text selections joined by blank lines (see the module), or
    None for any other value."""
    if not isinstance(value, list) or not value:
        return None
    parts = [_selected_text(part) for part in value]
    if any(part is None for part in parts):
        return None
    texts = [part.strip() for part in parts if part is not None]
    if sum(len(text.split()) for text in texts) < MIN_WORDS:
        return None
    return "\n\n".join(text for text in texts if text)


def _selected_text(part: Any) -> str | None:
    """A text selection's text: its extraction under a block's key (`{"name": "paragraph",
    "text": ...}`, an extraction the user added), else its `name`; None for anything else."""
    if not isinstance(part, dict) or NAME not in part or not part.keys() <= SELECTION_KEYS:
        return None
    found = next((part[key] for key in (*BLOCK_KEYS, NAME) if key in part), None)
    return found if isinstance(found, str) else None


def selection_field(record: Any) -> str | None:
    """The one field of `record` holding a body of text selections, else None."""
    found = [
        name
        for name, value in record.items()
        if isinstance(name, str) and selection_paragraphs(value) is not None
    ]
    return found[0] if len(found) == 1 else None


def name_title(row: dict[str, Any], text_field: str) -> str | None:
    """`row["name"]` when the text is read from another field and the name reads as a
    headline (see the module), else None."""
    names = [key for key in row if isinstance(key, str) and key.strip().casefold() == NAME]
    if len(names) != 1 or text_field.split(".", 1)[0] == names[0]:
        return None
    value = row[names[0]]  # a table's `Name` too (Data Miner, Instant Data Scraper)
    if not isinstance(value, str):
        return None
    from curate.io.page_names import page_name

    return page_name({**row, NAME: value})
