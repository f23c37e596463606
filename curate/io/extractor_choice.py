"""`reader.extractor: auto`: trafilatura's text, or Resiliparse's where trafilatura lost the
article.

trafilatura is the more precise extractor, but on some layouts it keeps only the first part of
an article: on article-extraction-benchmark's wired.com pages it stops at an "Advertisement"
block, 500 words of a 1,400-word story (the rest is Resiliparse's, and the gold's). The reader
runs both and keeps trafilatura's text unless Resiliparse's holds more prose that trafilatura
does not have than trafilatura's whole text: paragraphs of `PROSE_WORDS` words or more that end
like a sentence, missing from trafilatura's text, as many words as trafilatura found or more.
Menus, captions and related-article lists, what Resiliparse adds on most pages, are short or do
not end like a sentence, and count for nothing.

Chosen on half A of the sites of both benchmarks (`make eval`, curate.evaluate.pages.half),
half B held out: the README's extraction section has the numbers. The page keeps trafilatura's
title, address and metadata (its `<meta>` reading is the richer); only the text and its linked
lines are Resiliparse's. A page trafilatura finds no text in is Resiliparse's when Resiliparse
finds prose in it.
"""

from __future__ import annotations

import logging
from typing import Any

from curate.io.readers import Quarantined

log = logging.getLogger(__name__)

# A paragraph of prose: this many words or more (a caption, a menu or a headline is shorter;
# 10, 20 and 25 chose the same pages of article-extraction-benchmark's half A) ...
PROSE_WORDS = 15
# ... ending like a sentence (a related-article teaser or a photo credit does not):
# "... can't account for the reason why someone took a screenshot."
SENTENCE_ENDS = tuple('.!?"”:')
# Resiliparse's text is taken when the prose it adds is at least this share of trafilatura's
# words: trafilatura then lost at least half the article. On half A, article-extraction-benchmark
# gains the same from 0.6 to 1.1 and trafilatura's benchmark most at 1.0 and 1.1 (+0.002 F1; at
# 0.7 and below it loses); at 1.2 one of the two lost wired.com articles stays lost.
ADDED_SHARE = 1.0

Page = tuple[str, str | None, str | None, list[str], dict[str, Any]]


def extract_page_either(
    html: str | bytes, where: str, line_no: int | None = None
) -> Page | Quarantined:
    """The page as `extract_page` gives it, its text trafilatura's or Resiliparse's."""
    from curate.io.fast_html import extract_page_fast
    from curate.io.html import extract_page

    return choose(extract_page(html, where, line_no), extract_page_fast(html, where, line_no))


def choose(careful: Page | Quarantined, fast: Page | Quarantined) -> Page | Quarantined:
    """trafilatura's page (`careful`), or Resiliparse's text in it when `prefers_fast`."""
    if isinstance(fast, Quarantined):
        return careful
    if isinstance(careful, Quarantined):
        return fast if added_prose_words("", fast[0]) else careful
    if not prefers_fast(careful[0], fast[0]):
        return careful
    log.debug("Resiliparse's text kept over trafilatura's: %s", careful[2] or careful[1])
    text, _, _, linked, _ = fast
    _, title, url, _, metadata = careful
    return text, title, url, linked, metadata


def prefers_fast(careful_text: str, fast_text: str) -> bool:
    """Resiliparse's text adds at least `ADDED_SHARE` of trafilatura's words in prose."""
    added = added_prose_words(careful_text, fast_text)
    return added > 0 and added >= ADDED_SHARE * len(careful_text.split())


def added_prose_words(text: str, other: str) -> int:
    """The words of `other`'s prose paragraphs that `text` does not hold."""
    flat = " ".join(text.split())
    added = 0
    for paragraph in other.split("\n\n"):
        words = paragraph.split()
        if len(words) < PROSE_WORDS or not paragraph.rstrip().endswith(SENTENCE_ENDS):
            continue
        if " ".join(words) not in flat:
            added += len(words)
    return added
