"""A list of an element's text nodes, as a scraper's `//text()` returns it: glued back into the
paragraphs it renders, not split at each link.

Scrapy's `response.xpath('//article//text()').getall()` (BeautifulSoup's `find_all(string=True)`
likewise) returns every text node: a sentence is cut at each inline element, and the line
breaks between block elements are nodes of their own: `["\\n  ", "The mayor ", "said", " the
harbour would reopen ", "next week", ".", "\\n  ", "Residents welcomed it.", "\\n"]`. Read as
a list of paragraphs (blank lines between the items), the text was `The mayor \\n\\nsaid\\n\\n
the harbour would reopen \\n\\nnext week\\n\\n.`: every link a paragraph break, every full
stop after one a paragraph of its own (session 52's newcomer round).

A list is such nodes when two neighbours are glued as only inline text is: the second opens
with a mark that closes a sentence or a clause (`.`, `,`, `)`), or a space stands between them
(one ends or the other opens with it) and the first ends no sentence. Its items are then
joined as the page renders them: neighbours run on, a space between them or not (`"(",
"Reuters", ")"`); a blank node holding a line break ends a paragraph, as does a sentence's end
meeting the next one's start with nothing between; spaces run together. A list of
paragraphs (`p::text`, each a sentence or more, or `"\\n  Paragraph.  "` with spaces around)
shows no glue and is joined by blank lines as before.
"""

from __future__ import annotations

from collections.abc import Sequence

GLUED_OPENINGS = ".,;:!?)]}\u2019\u201d%"  # a node opening with these runs on from the last
GLUED_ENDINGS = "([{/\u2018\u201c"  # ... and one ending with these runs on into the next
SENTENCE_ENDS = (".", "!", "?", ":", '"', "\u201d", "\u2019", ")")


def _glued(before: str, after: str) -> bool:
    """The node `after` runs on from `before` (both with text), as inline text does."""
    if after[:1] in GLUED_OPENINGS:
        return True
    spaced = before[-1:] in (" ", "\t", "\u00a0") or after[:1] in (" ", "\t", "\u00a0")
    return spaced and not before.rstrip().endswith(SENTENCE_ENDS)


def _runs_on(before: str, after: str) -> bool:
    """In a list of text nodes, `after` runs on from `before` unless a sentence's end meets
    the next one's start with no space between (`"passed."`, `"Next steps"`)."""
    if _glued(before, after) or before[-1:] in GLUED_ENDINGS:
        return True
    return before[-1:] in (" ", "\t", "\u00a0") or after[:1] in (" ", "\t", "\u00a0")


def glued_nodes(parts: Sequence[str]) -> bool:
    """Two neighbouring nodes with text (no blank one with a line break between them) are
    glued as only inline text is (see the module)."""
    last = None
    for part in parts:
        if not part.strip():
            last = None if "\n" in part else last
            continue
        if last is not None and _glued(last, part):
            return True
        last = part
    return False


def joined_nodes(parts: Sequence[str]) -> str | None:
    """The paragraphs `parts`, an element's text nodes, render (see the module), joined by
    blank lines; None when they show no glue (a list of paragraphs)."""
    if not glued_nodes(parts):
        return None
    paragraphs: list[list[str]] = [[]]
    last = None
    for part in parts:
        if not part.strip():
            if "\n" in part:
                paragraphs.append([])
                last = None
            else:
                paragraphs[-1].append(part)
            continue
        if last is not None and not _runs_on(last, part) and paragraphs[-1]:
            paragraphs.append([])  # `"Paragraph one."`, `"Two"`: nothing glues them
        paragraphs[-1].append(part)
        last = part
    texts = (" ".join("".join(paragraph).split()) for paragraph in paragraphs)
    return "\n\n".join(text for text in texts if text)
