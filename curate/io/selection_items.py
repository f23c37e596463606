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
- `selection_page`: a run over one page is an object of such lists alone, each selection a
  list even when it found one element: `{"title": [{"name": "Harbour reopens"}], "body":
  [{"name": "..."}, {"name": "..."}]}`. It was passed over, advice `--text-field name`, which
  reads the headline and each paragraph as documents of their own. It is one article: its
  one list of a body's words (two selections or more) the text, a list of one selection under
  a title's name (`title`, `headline`, `title_names` in `curate/data/columns.yaml`) the title;
  with two bodies, or another list of several, it is no page, nor is a list of headlines
  (half its selections at least end as sentences do), nor a list alone (a page's reviews).
"""

from __future__ import annotations

from typing import Any

from curate.io.fields import field_value
from curate.io.paragraph_objects import BLOCK_KEYS, MIN_WORDS
from curate.io.text_words import text_words

NAME = "name"  # where ParseHub keeps a selected element's text
SELECTION_KEYS = frozenset({NAME, *BLOCK_KEYS})  # no `url`: a list of links is no body
SENTENCE_ENDS = (".", "!", "?", '"', "\u201d", "\u2026", ":")


def selection_paragraphs(value: Any) -> str | None:
    """The paragraphs of a list of text selections joined by blank lines (see the module), or
    None for any other value."""
    if not isinstance(value, list) or not value:
        return None
    parts = [_selected_text(part) for part in value]
    if any(part is None for part in parts):
        return None
    texts = [part.strip() for part in parts if part is not None]
    if sum(text_words(text) for text in texts) < MIN_WORDS:
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
    text = field_value(row, text_field)
    if not isinstance(value, str) or (isinstance(text, str) and text.strip() == value.strip()):
        return None  # the text itself: no title of it
    from curate.io.page_names import page_name

    return page_name({**row, NAME: value})


def selection_page(value: Any) -> dict[str, str] | None:
    """`{"title": ..., "text": ...}` of a run over one page (see the module), else None."""
    if not isinstance(value, dict) or not value:
        return None
    bodies, titles = [], []
    for key, found in value.items():
        if not isinstance(found, list) or not found:
            return None
        parts = [_selected_text(part) for part in found]
        if any(part is None for part in parts):
            return None
        if len(found) > 1:
            bodies.append(key)
        elif isinstance(key, str) and _title_name(key):
            titles.append(parts[0])
    # a list alone is records (a page's reviews, comments): a page's body has its headline,
    # its date or its writer selected beside it
    text = selection_paragraphs(value[bodies[0]]) if len(bodies) == 1 < len(value) else None
    if text is None or not _sentences(text.split("\n\n")):
        return None
    return {"title": titles[0], "text": text} if len(titles) == 1 else {"text": text}


def _sentences(parts: list[str]) -> bool:
    """Half the parts at least end as a sentence does: a body's paragraphs, not a list of
    headlines (`Harbour reopens after the storm`), which are records."""
    return 2 * sum(part.rstrip().endswith(SENTENCE_ENDS) for part in parts) >= len(parts)


def _title_name(key: str) -> bool:
    from curate.io.text_siblings import title_columns

    return bool(title_columns([key]))


def selected_title(value: Any) -> Any:
    """A title selected as a list of one element (`[{"name": "Harbour reopens"}]`) as its
    text; any other value as it is."""
    if isinstance(value, list) and len(value) == 1:
        text = _selected_text(value[0])
        return text if text is not None else value
    return value
