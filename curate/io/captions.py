"""The lines of a page that its markup gives to an image: captions, credits, alt texts.

A caption is a sentence about the story ("Firefighters at the scene in Leeds on Monday."): its
words, shape and place in the text do not tell it from a paragraph (session 28 measured: of
330 caption lines the boilerplate stage kept on the HTML-read pages, 217 scored under 0.2).
The page does: the text sits in a `<figure>`, in a `<figcaption>`, in an image's `alt` or
`title`, or in a short block right beside an image. The HTML reader collects those texts by
structure alone (no class name, no wording), and labels the extracted lines mostly made of them
(`captioned_lines`, their `line_key`s), as it labels link text (`linked_lines`); the `html` line
model reads the label as a feature. The text itself is left as trafilatura gives it; the label
depends on the page's markup alone (sets of texts, no order), so it is the same on every run.

What counts as beside an image: the image is taken with the wrappers that hold nothing else
(`<a><img></a>`, `<div class="photo"><picture>...</picture></div>`); the element right after
that wrapper, the text right after it, and the wrapper's parent as a whole, each when it holds
at most `BESIDE_WORDS` words and no heading (a heading under a picture titles the section
that follows). A body paragraph that shares a `<div>` with an image is longer than that, and is
not labelled for its neighbour.

Measured on the read pages' lines as the reader gives them (986 + 553 pages; 100 caption lines,
136 credit lines, 12,419 content lines), lines labelled, caption / credit / content:
`<figure>` and `alt`/`title` texts alone 16 / 5 / 130; with the blocks beside an image as here
49 / 44 / 269. The element just before the image added 2 / 2 / 80 (mostly the heading above a
picture), the blocks beside it that are or hold a heading 4 / 0 / 80 (21 headlines, 41
subheadings): both left out. Class and id tokens (`caption`, `credit`) added 2 / 2 / 4 over the
structure: left out (no wording of class names either).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from curate.document import line_key

# a caption or a credit is a sentence or two: "Protesters gather outside parliament in Athens on
# Wednesday, June 29, 2011. (AP Photo/Petros Giannakouris)" is 14 words
CAPTION_WORDS = 40
# a block beside an image, which may be a paragraph that shares a `<div>` with it: longer than
# this, it is taken for a paragraph (`tests/test_io_captions.py` has both)
BESIDE_WORDS = 25
FIGURE_WORDS = 80  # a `<figure>`'s own text, caption and credit together
MIN_CAPTION_CHARS = 12  # a shorter text ("Photo", "logo") would cover words of any line
CAPTION_SHARE = 0.6  # of a line's letters and digits inside caption texts
WRAPPER_DEPTH = 4  # wrappers climbed from an image: `<div><a><picture><img>`
IMAGES = ("img", "picture")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SPACES = re.compile(r"\s+")


def caption_texts(tree: Any) -> set[str]:
    """The texts the page's markup gives to its images, as `line_key`s."""
    found: set[str] = set()

    def add(text: str | None, limit: int = CAPTION_WORDS) -> None:
        if text:
            key = line_key(text)
            if key and len(key.split()) <= limit:
                found.add(key)

    for node in tree.iter("figcaption", "figure"):
        add(_text(node), FIGURE_WORDS)
        for inner in node.iterdescendants():
            if isinstance(inner.tag, str):
                add(_text(inner))
    for image in tree.iter(*IMAGES):
        add(image.get("alt"))
        add(image.get("title"))
        wrapper = _wrapper(image)
        following = _next_element(wrapper)
        if following is not None and not _heading(following):
            add(_text(following), BESIDE_WORDS)
        add(wrapper.tail, BESIDE_WORDS)
        parent = wrapper.getparent()
        if parent is not None and parent.tag not in ("body", "html") and not _heading(parent):
            add(_text(parent), BESIDE_WORDS)
    return found


def _wrapper(image: Any) -> Any:
    """The image with the elements around it that hold nothing else (no text of their own)."""
    node = image
    for _ in range(WRAPPER_DEPTH):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if any(piece.strip() for piece in parent.itertext()):
            break
        node = parent
    return node


def _next_element(node: Any) -> Any:
    """The element right after `node` (comments and processing instructions passed)."""
    other = node.getnext()
    while other is not None and not isinstance(other.tag, str):
        other = other.getnext()
    return other


def _heading(node: Any) -> bool:
    """Whether `node` is or holds a heading: the title of what follows, not of the image."""
    return node.tag in HEADINGS or any(True for _ in node.iterdescendants(*HEADINGS))


def _text(node: Any) -> str:
    return _SPACES.sub(" ", " ".join(node.itertext())).strip()


def captioned_lines(text: str, captions: Iterable[str]) -> list[str]:
    """The `line_key`s of the lines of `text` mostly made of caption texts: a line that stands
    inside one of them, or whose letters they cover for `CAPTION_SHARE` or more."""
    keys = [key for key in captions if key]
    if not keys:
        return []
    # a line's words inside a caption's, whole words only (keys hold no newline)
    padded = "\n".join(f" {key} " for key in keys)
    found = []
    lines = [line_key(line) for line in text.split("\n\n")]
    joined = "\n".join(f" {key} " for key in lines)
    pieces = [key for key in keys if len(key) >= MIN_CAPTION_CHARS and f" {key} " in joined]
    for key in lines:
        if not key:
            continue
        if f" {key} " in padded or (pieces and _covered(key, pieces) >= CAPTION_SHARE):
            found.append(key)
    return found


def _covered(key: str, pieces: list[str]) -> float:
    """Share of the letters and digits of `key` inside the caption texts it holds."""
    line = f" {key} "
    covered = None
    for piece in pieces:
        at = line.find(f" {piece} ")
        while at >= 0:
            if covered is None:
                covered = bytearray(len(line))
            covered[at + 1 : at + 1 + len(piece)] = b"\x01" * len(piece)
            at = line.find(f" {piece} ", at + 1)
    if covered is None:
        return 0.0
    letters = sum(1 for char in line if char != " ")
    inside = sum(1 for char, hit in zip(line, covered, strict=True) if hit and char != " ")
    return inside / letters if letters else 0.0
