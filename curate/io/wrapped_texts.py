"""Texts as bare strings under one key of an object: `{"articles": ["...", "..."]}`.

`json.dump({"texts": texts}, f)`, or an API's `{"status": "ok", "results": ["...", ...]}`: an
array of strings is read (`io.bare_strings`) and so is a wrapped list of records
(`io.json_values`), but a wrapped list of strings was passed over in a folder without a word
and, named on its own, was "no JSON records with a 'text' or 'html' field to read". The one key
of the object that holds a list, when that list is strings and its first is a text of a few
words, is read as the array would be: a string a document. An object with the text field is a
record (its list is paragraphs, read as such), and one with two lists of strings is not guessed
at; nor is an article's paragraphs beside its title (io.paragraph_objects.named_strings).
"""

from __future__ import annotations

from typing import Any

from curate.io.bare_strings import opens_texts


def wrapped_texts(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """`value`'s one list of texts as rows `{<first text field>: text}`, or None."""
    if not isinstance(value, dict) or any(name in value for name in (*fields, "html")):
        return None
    lists = [item for item in value.values() if isinstance(item, list) and item]
    if len(lists) != 1:
        return None
    (texts,) = lists
    from curate.io.paragraph_objects import body_blocks

    if body_blocks(value, texts):  # `{"title": ..., "paragraphs": [...]}`: one article
        return None
    if not all(isinstance(text, str) for text in texts) or not opens_texts(texts[0]):
        return None
    return [{fields[0]: text} for text in texts]
