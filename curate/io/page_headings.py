"""The lines of a page that its markup gives as headings: an article's subheadings.

A subheading ("Tankstellen: Wo kann man Adblue kaufen?", "The bottom line") is a short line
with no stop between body paragraphs: in plain text it has the shape of a section label, a
"Most read" prompt or another story's headline, and the line model, with the lower bar of a
document of sentences (`prose_threshold`), removed it: the line model's removals were the
largest kind of loss on the benchmark pages cleaning made worse, and subheadings the largest
kind of content it took from the pages read line by line (`python -m curate.evaluate
cleaning_moves`). The page says which lines are headings: the text of an `<h1>` to `<h6>`
element. The HTML reader labels the extracted lines that are such a text whole
(`headed_lines`, their `line_key`s), by structure alone (no class name, no wording), as it
labels link text and captions; the `boilerplate` stage keeps a labelled line that heads a body
paragraph (`stages.boilerplate.headed_blocks`).

Other stories' headlines and a sidebar's "Related articles" are headings too; what tells the
article's own apart is the block under it, which the stage judges, not the reader.
"""

from __future__ import annotations

from typing import Any

from curate.document import line_key

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HEADING_WORDS = 20  # a longer "heading" is a paragraph a site styled big (a standfirst)


def heading_texts(tree: Any) -> set[str]:
    """The texts of the page's heading elements (lxml's tree), spaces collapsed; not those
    that link to another page (a teaser's headline: "<h3><a href="/2021/10/story">"), whereas a
    table of contents' link to a heading of the page itself ("#woraus-besteht-adblue") is no
    such link."""
    found = set()
    for node in tree.iter(*HEADINGS):
        if _links_away(node):
            continue
        text = " ".join("".join(node.itertext()).split())
        if text and len(text.split()) <= HEADING_WORDS:
            found.add(text)
    return found


def headed_lines(text: str, headings: set[str]) -> list[str]:
    """The `line_key`s of the lines of `text` that are a heading's text whole."""
    if not headings:
        return []
    keys = {line_key(heading) for heading in headings}
    longest = max(map(len, headings)) + len("- ")  # a list item's mark before it
    found = []
    for line in text.split("\n\n"):
        if len(line) > longest:  # a paragraph: no heading's text (most lines, no key made)
            continue
        key = line_key(line)
        if key and key in keys and key not in found:
            found.append(key)
    return found


def _links_away(node: Any) -> bool:
    """Whether the heading is inside a link, or holds one, to anything but a place on the page."""
    links = [*node.iterancestors("a"), *node.iter("a")]
    return any(not (link.get("href") or "#").strip().startswith("#") for link in links)
