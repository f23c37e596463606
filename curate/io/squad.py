"""SQuAD's own JSON: `{"version": ..., "data": [{"title": ..., "paragraphs": [{"context": ...,
"qas": [...]}]}]}` (SQuAD 1.1 and 2.0, and the sets written in its shape: NewsQA, CoQA-like).

Each article's text is its paragraphs' `context`s, one object below the article. The file was
passed over with "if 'title' holds the text: --text-field title", advice that made a corpus
of titles. Each `context` is now a document, its article's `title` its title; the questions
are not text and are not read.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "context"
PARAGRAPHS = "paragraphs"


def squad_records(value: Any, fields: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """A record `{<text field>: context, "title": title}` a paragraph, or None when `value`
    is not SQuAD-shaped (or its articles hold the text field themselves)."""
    articles = value.get("data") if isinstance(value, dict) else None
    if not isinstance(articles, list) or not articles or not _is_article(articles[0], fields):
        return None
    rows: list[dict[str, Any]] = []
    for article in articles:
        if not isinstance(article, dict):
            rows.append(article)  # quarantined as "an item must be a JSON object"
            continue
        title = article.get("title")
        for paragraph in article.get(PARAGRAPHS) or [article]:
            if not isinstance(paragraph, dict) or CONTEXT not in paragraph:
                rows.append(paragraph)  # quarantined, saying what it lacks
                continue
            row = {"title": title} if isinstance(title, str) else {}
            row[fields[0]] = paragraph[CONTEXT]
            rows.append(row)
    return rows


def _is_article(article: Any, fields: tuple[str, ...]) -> bool:
    if not isinstance(article, dict) or any(name in article for name in (*fields, "html")):
        return False
    paragraphs = article.get(PARAGRAPHS)
    if not isinstance(paragraphs, list) or not paragraphs:
        return False
    first = paragraphs[0]
    return isinstance(first, dict) and isinstance(first.get(CONTEXT), str)
