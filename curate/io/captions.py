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

One set of rules for both readers: `_caption_texts` walks lxml's tree (the trafilatura reader)
or Resiliparse's (the fast reader, `io.fast_html`) through the few moves each tree gives
(`_LxmlNodes`, `_ResiliparseNodes`); on the 181 pages of article-extraction-benchmark the two
trees give the same caption texts, page by page.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from functools import cache
from html import unescape
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
_TAGS = re.compile(r"<[^>]*>")  # in markup Resiliparse serialised: no `>` inside a tag
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)  # serialised: each closed by the first `-->`
_HEADINGS_CSS = ", ".join(HEADINGS)
# elements whose text is serialised as it is (`if (a<b)` in a `<script>`): walked instead
RAW_TEXT = re.compile(r"<(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b")


def caption_texts(tree: Any) -> set[str]:
    """The texts the page's markup gives to its images, as `line_key`s: `tree` is lxml's
    (the trafilatura reader) or Resiliparse's `HTMLTree` (the fast reader, `io.fast_html`)."""
    if hasattr(tree, "document") and hasattr(tree, "body"):  # Resiliparse's HTMLTree
        return _caption_texts(_ResiliparseNodes(), tree.document)
    return _caption_texts(_LxmlNodes(), tree)


def _caption_texts(nodes: Any, tree: Any) -> set[str]:
    """The rules, on either tree: `nodes` gives the few moves they make (`_LxmlNodes`)."""
    found: set[str] = set()

    def add(text: str | None, limit: int = CAPTION_WORDS) -> None:
        if text:
            key = line_key(text)
            if key and len(key.split()) <= limit:
                found.add(key)

    for node in nodes.find(tree, ("figcaption", "figure")):
        add(nodes.text(node, FIGURE_WORDS), FIGURE_WORDS)
        for inner in nodes.descendants(node):
            add(nodes.text(inner, CAPTION_WORDS))
    for image in nodes.find(tree, IMAGES):
        add(nodes.attr(image, "alt"))
        add(nodes.attr(image, "title"))
        wrapper = _wrapper(nodes, image)
        add(nodes.tail(wrapper), BESIDE_WORDS)
        # the block after the wrapper and the wrapper's parent: each when no heading and short
        following = nodes.next_element(wrapper)
        if following is not None and not nodes.heading(following):
            add(nodes.text(following, BESIDE_WORDS), BESIDE_WORDS)
        parent = nodes.parent(wrapper)
        if parent is not None and nodes.tag(parent) not in ("body", "html"):
            if not nodes.heading(parent):
                add(nodes.text(parent, BESIDE_WORDS), BESIDE_WORDS)
    return found


def _wrapper(nodes: Any, image: Any) -> Any:
    """The image with the elements around it that hold nothing else (no text of their own)."""
    node = image
    for _ in range(WRAPPER_DEPTH):
        parent = nodes.parent(node)
        if parent is None or nodes.tag(parent) in ("body", "html"):
            break
        if nodes.holds_text(parent):
            break
        node = parent
    return node


class _Nodes(ABC):
    """What both trees share: a box's text and whether it holds a heading are made once a
    page (a page's images share their boxes: asked once an image, a long article holding them
    all was read once an image, 32 s for 800 images on lxml's tree)."""

    def __init__(self) -> None:
        self.texts: dict[tuple[Any, int | None], str] = {}
        self.headings: dict[Any, bool] = {}

    def text(self, node: Any, limit: int | None = None) -> str:
        """The text of `node`, "" when it has more than `limit` words (no caption text)."""
        found = self.texts.get((node, limit))
        if found is None:
            found = self._text(node, limit)
            if limit is not None and _more_words(limit).match(found.casefold()) is not None:
                found = ""
            self.texts[node, limit] = found
        return found

    def heading(self, node: Any) -> bool:
        """Whether `node` is or holds a heading: the title of what follows, not of the image."""
        found = self.headings.get(node)
        if found is None:
            found = self.headings[node] = self._heading(node)
        return found

    @staticmethod
    @abstractmethod
    def _text(node: Any, limit: int | None) -> str:
        """The text nodes below `node` joined by a space (each tree reads them its own way)."""

    @staticmethod
    @abstractmethod
    def _heading(node: Any) -> bool:
        """Whether `node` is a heading or holds one (each tree asks it its own way)."""


class _LxmlNodes(_Nodes):
    """The moves `_caption_texts` makes, on an lxml tree."""

    @staticmethod
    def find(tree: Any, tags: tuple[str, ...]) -> Any:
        return tree.iter(*tags)

    @staticmethod
    def descendants(node: Any) -> Any:
        return (inner for inner in node.iterdescendants() if isinstance(inner.tag, str))

    @staticmethod
    def tag(node: Any) -> str:
        return node.tag

    @staticmethod
    def attr(node: Any, name: str) -> str | None:
        return node.get(name)

    @staticmethod
    def parent(node: Any) -> Any:
        return node.getparent()

    @staticmethod
    def next_element(node: Any) -> Any:
        """The element right after `node` (comments and processing instructions passed)."""
        other = node.getnext()
        while other is not None and not isinstance(other.tag, str):
            other = other.getnext()
        return other

    @staticmethod
    def tail(node: Any) -> str | None:
        return node.tail

    @staticmethod
    def holds_text(node: Any) -> bool:
        return any(piece.strip() for piece in node.itertext())

    @staticmethod
    def _heading(node: Any) -> bool:
        return node.tag in HEADINGS or any(True for _ in node.iterdescendants(*HEADINGS))

    @staticmethod
    def _text(node: Any, limit: int | None = None) -> str:
        """The text nodes below `node` joined by a space (`limit`: read by Resiliparse's)."""
        return _SPACES.sub(" ", " ".join(node.itertext())).strip()


class _ResiliparseNodes(_Nodes):
    """The same moves on a Resiliparse tree. Its node lists are read whole (`values()`:
    indexing one rebuilds it for each item), and a node's text is its text nodes joined by a
    space, as lxml's `itertext` gives them: Resiliparse's own `.text` joins them with nothing
    ("<b>Photo</b>Jane" one word), so it serves only to pass a block too long to count."""

    def __init__(self) -> None:
        super().__init__()
        self.holds: dict[Any, bool] = {}

    @staticmethod
    def find(tree: Any, tags: tuple[str, ...]) -> list[Any]:
        return list(tree.query_selector_all(", ".join(tags)).values())

    @staticmethod
    def descendants(node: Any) -> list[Any]:
        return list(node.query_selector_all("*").values())

    @staticmethod
    def tag(node: Any) -> str:
        return node.tag

    @staticmethod
    def attr(node: Any, name: str) -> str | None:
        return node.getattr(name)

    @staticmethod
    def parent(node: Any) -> Any:
        return node.parent  # `#document` above `<html>`: never climbed to (`_wrapper`)

    @staticmethod
    def next_element(node: Any) -> Any:
        return node.next_element

    @staticmethod
    def tail(node: Any) -> str | None:
        # lxml's tail: the text right after the element, up to the next element or comment
        other = node.next
        return other.text if other is not None and other.tag == "#text" else None

    def holds_text(self, node: Any) -> bool:
        # no text node but blanks: nothing joined holds more. Asked once a box: `.text` is
        # the whole box's, where lxml's test stops at its first word (a page of images)
        found = self.holds.get(node)
        if found is None:
            found = self.holds[node] = bool(node.text.strip())
        return found

    @staticmethod
    def _heading(node: Any) -> bool:
        return node.tag in HEADINGS or node.query_selector(_HEADINGS_CSS) is not None

    @staticmethod
    def _text(node: Any, limit: int | None = None) -> str:
        # joined by nothing, a text has at most the words it has joined by spaces: too many
        # words that way, too many the other (a page's body in the `<div>` of an image)
        if limit is not None and _more_words(limit).match(node.text.casefold()) is not None:
            return ""
        # the element's markup, each tag a space, in C: the walk below made a Python object of
        # each node and was most of the labels' cost. The serialised markup escapes `<`, `>`
        # in text and attributes, and holds comments whole; raw text (`<script>`) is walked
        markup = node.html
        if RAW_TEXT.search(markup) is None:
            text = unescape(_TAGS.sub(" ", _COMMENTS.sub(" ", markup)))
            return _SPACES.sub(" ", text).strip()
        return _ResiliparseNodes.walked_text(node)

    @staticmethod
    def walked_text(node: Any) -> str:
        """The text nodes below `node` joined by a space (lxml's `" ".join(itertext())`)."""
        pieces: list[str] = []
        _ResiliparseNodes._pieces(node, pieces)
        return _SPACES.sub(" ", " ".join(pieces)).strip()

    @staticmethod
    def _pieces(node: Any, pieces: list[str]) -> None:
        for child in node.child_nodes.values():
            if child.tag == "#text":
                pieces.append(child.text)
            elif not child.tag.startswith("#"):  # an element, no comment
                _ResiliparseNodes._pieces(child, pieces)


@cache
def _more_words(limit: int) -> re.Pattern[str]:
    """Matches a text of more than `limit` `line_key` words, reading no further than them
    (`\\w` and `\\W` share no character: each word is matched one way, in linear time)."""
    return re.compile(rf"\W*(?:\w+\W+){{{limit}}}\w")


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
