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
from collections.abc import Callable, Iterable
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
BOXES = ("figcaption", "figure")
_FOUND = frozenset(BOXES + IMAGES)
_UNKNOWN = object()  # no answer kept yet (None is one: the node above `<html>`)
FIND_CSS = ", ".join((*BOXES, *IMAGES, "template"))  # the nodes `caption_texts` starts from
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")  # in markup Resiliparse serialised: no `>` inside a tag
_COMMENTS = re.compile(r"<!--.*?-->", re.DOTALL)  # serialised: each closed by the first `-->`
_HEADINGS_CSS = ", ".join(HEADINGS)
# a heading's start tag in serialised markup (`<` in text and attributes is escaped there)
HEADING_TAG = re.compile(r"<h[1-6][\s/>]")
# elements whose text is serialised as it is (`if (a<b)` in a `<script>`): walked instead
RAW_TEXT = re.compile(r"<(?:script|style|xmp|iframe|noembed|noframes|noscript|plaintext)\b")
# a script or a style as serialised, its text as it stands; the other raw text elements, SVG
# and MathML (whose `<style>` holds elements), a template (its content is no child) are walked
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>(.*?)</\1>", re.DOTALL)
OTHER_RAW_TEXT = re.compile(
    r"<(?:xmp|iframe|noembed|noframes|noscript|plaintext|svg|math|template)\b"
)


def caption_texts(tree: Any, found: list[Any] | None = None) -> set[str]:
    """The texts the page's markup gives to its images, as `line_key`s: `tree` is lxml's
    (the trafilatura reader) or Resiliparse's `HTMLTree` (the fast reader, `io.fast_html`).
    `found`: on Resiliparse's tree, the nodes of a search for `FIND_CSS` and others (the fast
    reader's one search for its images and its `<meta>` tags)."""
    if hasattr(tree, "document") and hasattr(tree, "body"):  # Resiliparse's HTMLTree
        return _caption_texts(_ResiliparseNodes(found), tree.document)
    return _caption_texts(_LxmlNodes(), tree)


def _caption_texts(nodes: Any, tree: Any) -> set[str]:
    """The rules, on either tree: `nodes` gives the few moves they make (`_LxmlNodes`)."""
    found: set[str] = set()

    def add(text: str | None, limit: int = CAPTION_WORDS) -> None:
        if text:
            key = line_key(text)
            if key and key.count(" ") < limit:  # words joined by single spaces
                found.add(key)

    boxes, images = nodes.find(tree)  # one search of the tree for both (a set: no order)
    for node in boxes:
        add(nodes.text(node, FIGURE_WORDS), FIGURE_WORDS)
        for inner in nodes.descendants(node):
            add(nodes.text(inner, CAPTION_WORDS))
    # images that share a wrapper share what is beside it: read once (a `<picture>` and its
    # `<img>`, a gallery's slides: a fifth of the eval pages' images)
    wrappers = set()
    for image in images:
        add(nodes.attr(image, "alt"))
        add(nodes.attr(image, "title"))
        wrapper, parent = _wrapper(nodes, image)
        if (wrapper, parent) in wrappers:
            continue
        wrappers.add((wrapper, parent))
        tail, following = nodes.after(wrapper)
        add(tail, BESIDE_WORDS)
        # the block after the wrapper and the wrapper's parent: each when short and no heading
        # (a box too long to be one is passed before it is searched for a heading)
        if following is not None and nodes.short(following, BESIDE_WORDS):
            if not nodes.heading(following):
                add(nodes.text(following, BESIDE_WORDS), BESIDE_WORDS)
        if parent is not None and nodes.tag(parent) not in ("body", "html"):
            if nodes.short(parent, BESIDE_WORDS) and not nodes.heading(parent):
                add(nodes.text(parent, BESIDE_WORDS), BESIDE_WORDS)
    return found


def _wrapper(nodes: Any, image: Any) -> tuple[Any, Any]:
    """The image with the elements around it that hold nothing else (no text of their own),
    and the element that holds that wrapper (None above `<html>`)."""
    node = image
    for _ in range(WRAPPER_DEPTH):
        parent = nodes.parent(node)
        if parent is None or nodes.tag(parent) in ("body", "html") or nodes.holds_text(parent):
            return node, parent
        node = parent
    return node, nodes.parent(node)


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
            if found and limit is not None and _too_many_words(found, limit):
                found = ""
            self.texts[node, limit] = found
        return found

    def heading(self, node: Any) -> bool:
        """Whether `node` is or holds a heading: the title of what follows, not of the image."""
        found = self.headings.get(node)
        if found is None:
            found = self.headings[node] = self._heading(node)
        return found

    @abstractmethod
    def _text(self, node: Any, limit: int | None) -> str:
        """The text nodes below `node` joined by a space (each tree reads them its own way)."""

    @staticmethod
    @abstractmethod
    def _heading(node: Any) -> bool:
        """Whether `node` is a heading or holds one (each tree asks it its own way)."""


class _LxmlNodes(_Nodes):
    """The moves `_caption_texts` makes, on an lxml tree."""

    @staticmethod
    def short(node: Any, limit: int) -> bool:
        return True  # its text says (`text`)

    @staticmethod
    def find(tree: Any) -> tuple[list[Any], list[Any]]:
        return _split(tree.iter(*BOXES, *IMAGES))

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
    def after(node: Any) -> tuple[str | None, Any]:
        """The text right after `node` (its tail) and the element after it."""
        return node.tail, _LxmlNodes.next_element(node)

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
    ("<b>Photo</b>Jane" one word), so it serves only to pass a block too long to count, and to
    tell whether a box holds text. Each Python object of a node costs more than most questions
    asked of it: the nodes are searched for once, and each answer is kept for the page."""

    def __init__(self, found: list[Any] | None = None) -> None:
        super().__init__()
        self.found = found
        self.plain: dict[Any, str] = {}  # `.text`: the whole box's, asked once a box
        self.long: dict[tuple[Any, int], bool] = {}
        self.markup: dict[Any, str] = {}  # `.html`, for the box's text and its headings
        self.joined: dict[Any, str] = {}  # the text nodes joined by a space
        self.parents: dict[Any, Any] = {}
        # a `<template>`'s content is in its markup, not in `.text` (a fragment of its own)
        self.templates = True
        from resiliparse.parse.html import NodeType

        self.element = NodeType.ELEMENT

    def find(self, tree: Any) -> tuple[list[Any], list[Any]]:
        found = self.found
        if found is None:
            found = tree.query_selector_all(FIND_CSS).values()
        self.templates = any(node.tag == "template" for node in found)
        return _split(node for node in found if node.tag in _FOUND)

    @staticmethod
    def descendants(node: Any) -> list[Any]:
        return list(node.query_selector_all("*").values())

    @staticmethod
    def tag(node: Any) -> str:
        return node.tag

    @staticmethod
    def attr(node: Any, name: str) -> str | None:
        return node.getattr(name)

    def parent(self, node: Any) -> Any:
        # `#document` above `<html>`: never climbed to (`_wrapper`). Most nodes are asked once
        # (27,014 of 31,875 on the bench's pages): a miss is no raised KeyError
        found = self.parents.get(node, _UNKNOWN)
        if found is _UNKNOWN:
            found = self.parents[node] = node.parent
        return found

    def after(self, node: Any) -> tuple[str | None, Any]:
        """lxml's tail of `node` (the text right after it, up to the next element or comment)
        and the element after it (`next_element`), from one step to its next sibling: that
        sibling is the next element when it is one (each node asked for is a Python object)."""
        other = node.next
        if other is None:
            return None, None
        if other.type == self.element:
            return None, other
        return (other.text if other.tag == "#text" else None), other.next_element

    def _plain(self, node: Any) -> str:
        found = self.plain.get(node)
        if found is None:
            found = self.plain[node] = node.text
        return found

    def holds_text(self, node: Any) -> bool:
        # no text node but blanks: nothing joined holds more (lxml's test stops at its first
        # word; `.text` is the whole box's, kept for the box's own text)
        plain = self._plain(node)
        return bool(plain) and not plain.isspace()

    def short(self, node: Any, limit: int) -> bool:
        """False when `node`'s text has more than `limit` words for sure: joined by nothing,
        a text has at most the words it has joined by spaces (a page's body in the `<div>`
        of an image); its text (`text`) says for the others."""
        found = self.long.get((node, limit))
        if found is None:
            found = self.long[node, limit] = _too_many_words(self._plain(node), limit)
        return not found

    def _heading(self, node: Any) -> bool:
        if node.tag in HEADINGS:
            return True
        if node.child_element_count == 0:
            return False
        # a short box: its markup, read for its text too, says without a search of the tree;
        # where it holds text that is no markup (a script, a comment, a template), the search
        markup = self._markup(node)
        if self.templates or "<!--" in markup or RAW_TEXT.search(markup) is not None:
            return node.query_selector(_HEADINGS_CSS) is not None
        return HEADING_TAG.search(markup) is not None

    def _markup(self, node: Any) -> str:
        found = self.markup.get(node)
        if found is None:
            found = self.markup[node] = node.html
        return found

    def _text(self, node: Any, limit: int | None = None) -> str:
        joined = self.joined.get(node)
        if joined is None:
            if limit is not None and not self.short(node, limit):
                return ""
            plain = self._plain(node)
            joined = self.joined[node] = self.joined_text(node, plain, self.templates, self._markup)
        return joined

    @staticmethod
    def joined_text(
        node: Any, plain: str, templates: bool = True, markup: Callable[[Any], str] | None = None
    ) -> str:
        """The text nodes below `node` joined by a space (lxml's `" ".join(itertext())`);
        `plain` is `node.text`, the same joined by nothing (`templates`: whether the page has
        a `<template>`, whose text is left out of it)."""
        if not templates and (not plain or plain.isspace()):
            return ""  # blanks alone (an image's wrapper): spaces however joined
        if node.child_element_count == 0 and len(node.child_nodes) == 1:
            return _SPACES.sub(" ", plain).strip()  # one text node (a `<p>` of plain text)
        return _ResiliparseNodes.markup_text(node, markup(node) if markup else node.html)

    @staticmethod
    def markup_text(node: Any, markup: str) -> str:
        """`joined_text`, read from the element's markup (`node.html`)."""
        # each tag a space, in C: the walk below made a Python object of each node and was
        # most of the labels' cost. The serialised markup escapes `<`, `>` in text and
        # attributes, and holds comments whole; raw text (`<script>`) is walked
        if RAW_TEXT.search(markup) is None:
            text = unescape(_TAGS.sub(" ", _COMMENTS.sub(" ", markup)))
            return _SPACES.sub(" ", text).strip()
        if "<!--" not in markup and OTHER_RAW_TEXT.search(markup) is None:
            # scripts and styles alone: their text as it stands, the rest as above (a
            # `</script>` ends a script's text: in it only after a `<!--`)
            pieces = []
            start = 0
            for raw in SCRIPT_OR_STYLE.finditer(markup):
                pieces += (unescape(_TAGS.sub(" ", markup[start : raw.start()])), raw[2])
                start = raw.end()
            pieces.append(unescape(_TAGS.sub(" ", markup[start:])))
            return _SPACES.sub(" ", " ".join(pieces)).strip()
        return _ResiliparseNodes.walked_text(node)

    @staticmethod
    def walked_text(node: Any) -> str:
        """The text nodes below `node` joined by a space, by a walk of them."""
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


def _split(nodes: Iterable[Any]) -> tuple[list[Any], list[Any]]:
    """The `<figure>`s and `<figcaption>`s, then the images, of one search for all four."""
    boxes: list[Any] = []
    images: list[Any] = []
    for node in nodes:
        (boxes if node.tag in BOXES else images).append(node)
    return boxes, images


def _too_many_words(text: str, limit: int) -> bool:
    """Whether `text` has more than `limit` `line_key` words (casefolded: "İ" is two), read
    from its first `limit + 1` blank-separated pieces when they hold enough. Blanks are no
    word's characters, casefold maps each character alone: the pieces joined by a space have
    the words of the text. A box's `.text` is often kilobytes of blanks around a few words
    (the regex took a millisecond on 32 kB of them)."""
    pattern = _more_words(limit)
    pieces = text.split(None, limit + 1)
    if len(pieces) > limit + 1:  # more pieces than that: the first ones may hold enough
        if pattern.match(" ".join(pieces[: limit + 1]).casefold()) is not None:
            return True
        pieces = text.split()
    return pattern.match(" ".join(pieces).casefold()) is not None


@cache
def _more_words(limit: int) -> re.Pattern[str]:
    """Matches a text of more than `limit` `line_key` words, reading no further than them
    (`\\w` and `\\W` share no character: each word is matched one way, in linear time)."""
    return re.compile(rf"\W*(?:\w+\W+){{{limit}}}\w")


def captioned_lines(
    text: str, captions: Iterable[str], covered: Callable[[str, list[str]], float] | None = None
) -> list[str]:
    """The `line_key`s of the lines of `text` mostly made of caption texts: a line that stands
    inside one of them, or whose letters they cover (`covered`, default `_covered`) for
    `CAPTION_SHARE` or more."""
    covered = covered or _covered
    keys = [key for key in captions if key]
    if not keys:
        return []
    # a line's words inside a caption's, whole words only (keys hold no newline)
    padded = "\n".join(f" {key} " for key in keys)
    found = []
    # each line's key by `line_key`, whose cache the boilerplate stage then reads (the lines
    # keyed from the text case-folded once left the stage to key them again: more in all)
    lines = [line_key(line) for line in text.split("\n\n")]
    joined = "\n".join(f" {key} " for key in lines)
    pieces = [key for key in keys if len(key) >= MIN_CAPTION_CHARS and f" {key} " in joined]
    for key in lines:
        if not key:
            continue
        if f" {key} " in padded or (pieces and covered(key, pieces) >= CAPTION_SHARE):
            found.append(key)
    return found


def _covered(key: str, pieces: list[str]) -> float:
    """Share of the letters and digits of `key` inside the caption texts it holds: the spans
    the pieces cover, merged, counted less the spaces in them (a key is words and single
    spaces: its letters and digits are its characters but the spaces)."""
    line = f" {key} "
    spans = []
    for piece in pieces:
        wanted = f" {piece} "
        at = line.find(wanted)
        while at >= 0:
            spans.append((at + 1, at + 1 + len(piece)))
            at = line.find(wanted, at + 1)
    if not spans:
        return 0.0
    letters = len(key) - key.count(" ")
    inside = 0
    spans.sort()
    start, end = spans[0]
    for begin, finish in spans[1:]:
        if begin > end:  # apart: the span before is counted
            inside += end - start - line.count(" ", start, end)
            start, end = begin, finish
        elif finish > end:
            end = finish
    inside += end - start - line.count(" ", start, end)
    return inside / letters if letters else 0.0


def captioned_lines_stepwise(text: str, captions: Iterable[str]) -> list[str]:
    """`captioned_lines` with the covered letters counted a character at a time
    (`_covered_stepwise`): the reference its tests hold the faster one to."""
    return captioned_lines(text, captions, _covered_stepwise)


def _covered_stepwise(key: str, pieces: list[str]) -> float:
    """`_covered`, a character at a time (the reference)."""
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
