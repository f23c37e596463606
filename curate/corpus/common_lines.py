"""Lines that recur across many different stories: page furniture that no word list names.

A share bar ("Twitter", "WhatsApp", "Email"), "Image 1 of 5", "Sieh dir diesen Beitrag auf
Instagram an", "No spam, we promise...": the same short line stands in articles that tell
different stories, on different sites, in any language. An article's own lines (its headline,
its subheadings, its quotes) recur only where the story itself recurs: a wire story and its
copies. So documents that share a long paragraph are one story, and a short line is furniture
when it stands in at least `min_stories` different stories (and at least `min_share` of them).
This is corpus evidence, not a pattern: it needs no site (plain text in one folder has none)
and grows with the corpus, where `repeated_lines` needs many pages of one site.

Measured with `make eval` (plain-text noise) on the two site halves of the shared pages,
the `news` stages with and without this one: see the README and `curate.evaluate.lines`.

sketch: the keys of the document's first long paragraphs (its story) and a hash of each short
        line (`repeated_lines.line_key`: case-folded words, digits as 0).
fit:    documents sharing a long paragraph are joined into stories (union-find); each short
        line is counted once per story; lines on enough stories are furniture.
apply:  those lines leave each document as ledger edits (rule `common_line`); a document that
        would lose more than `max_removed_share` of its words is left whole.

`shapes: true` also counts each short line's shape (`line_shapes`: "By Maria Lopez" and "By
John Smith" are `by A`), per story as lines are, and removes a line whose shape stands in
`shape_min_stories` different stories (rule `common_shape`): furniture that recurs with a
different name, date or number each time, which no exact line catches.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import xxhash

from curate.corpus.line_keys import spans_with_keys, word_lines
from curate.corpus.line_shapes import shape_key, shape_lines
from curate.corpus.long_lines import LongLines
from curate.corpus.paragraph_stories import ParagraphStories
from curate.corpus.repeated_lines import (
    CompactLines,
    LineDecisions,
    LineRemover,
    RepeatedLinesState,
    decide,
)
from curate.document import Document
from curate.stages.base import CorpusStage, check_ranges, register

RULE = "common_line"
SHAPE_RULE = "common_shape"


class CommonLineSketch(NamedTuple):
    story: tuple[int, ...]  # hashes of the first long paragraphs
    words: int
    lines: tuple[tuple[int, int], ...]  # (line hash, its words in the document), distinct
    shapes: tuple[tuple[int, int], ...] = ()  # (shape hash, its lines' words), with `shapes`
    vouched: tuple[int, ...] = ()  # the shapes this document vouches for (`line_shapes`)
    more: tuple[int, ...] = ()  # with `long_lines`: the long paragraphs after `story`'s
    past: tuple[tuple[int, int], ...] = ()  # ... and (hash, words) of those past `max_words`


@register
@dataclass(frozen=True)
class CommonLineRemover(LineRemover, CorpusStage):
    """Remove the short lines that stand in many different stories."""

    name = "common_lines"
    rule = RULE
    min_stories: int = 3  # a line must stand in at least this many different stories
    min_share: float = 0.002  # ... and in at least this share of the corpus's stories
    max_words: int = 80  # longer lines are article text even when they recur
    story_words: int = 20  # a paragraph this long, shared, makes two documents one story
    story_paragraphs: int = 5  # the first long paragraphs a document is known by
    max_removed_share: float = 0.5  # leave a document whole rather than remove more of it
    shapes: bool = False  # also remove lines whose shape (`line_shapes`) recurs across stories
    shape_min_stories: int = 3  # a shape must stand in at least this many different stories
    shape_max_words: int = 8  # longer lines have no shape: prose, or too many to recur
    long_lines: bool = False  # also long paragraphs at the edge of many stories (`long_lines`)

    def __post_init__(self) -> None:
        check_ranges(
            self,
            min_stories=(2, None),
            min_share=(0.0, 1.0),
            max_words=(1, None),
            story_words=(1, None),
            story_paragraphs=(1, None),
            max_removed_share=(0.0, 1.0),
            shape_min_stories=(2, None),
            shape_max_words=(1, None),
        )
        if self.max_removed_share == 0.0:
            raise ValueError("common_lines.max_removed_share: 0.0 must be in (0, 1]")

    def sketch(self, doc: Document) -> CommonLineSketch:
        # `line_keys` without the offsets the sketch does not need, and a line hashed only
        # when it is short enough to count or is one of the first long paragraphs
        story: list[int] = []
        lines: dict[int, int] = {}
        more: list[int] = []  # with `long_lines`
        past: list[tuple[int, int]] = []
        total = 0
        digest = xxhash.xxh3_64_intdigest
        max_words, story_words, paragraphs = self.max_words, self.story_words, self.story_paragraphs
        every_long = self.long_lines
        for spaced in word_lines(doc.text):
            words = spaced.strip()  # the words, one space between two (`word_lines`)
            if not words:
                continue
            count = words.count(b" ") + 1
            total += count
            if (
                count > max_words
                and (count < story_words or len(story) >= paragraphs)
                and not every_long
            ):
                continue
            if not words.strip(b"0_ "):
                continue  # no letter: "2019", "* * *" (`line_keys` gives no key)
            key = digest(words)
            if count >= story_words:
                if len(story) < paragraphs:
                    story.append(key)
                elif every_long:
                    more.append(key)
                if every_long and count > max_words:
                    past.append((key, count))
            if count <= max_words:
                lines[key] = lines.get(key, 0) + count
        return CommonLineSketch(
            tuple(story),
            total,
            tuple(lines.items()),
            *self._shapes(doc),
            tuple(more),
            tuple(past),
        )

    def _shapes(self, doc: Document) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
        if not self.shapes:
            return (), ()
        shapes: dict[int, int] = {}
        vouched: set[int] = set()
        for _start, _end, words, shape, vouches in shape_lines(doc.text, self.shape_max_words):
            key = shape_key(shape)
            shapes[key] = shapes.get(key, 0) + words
            if vouches:
                vouched.add(key)
        return tuple(shapes.items()), tuple(sorted(vouched))

    def fit(self, sketches: Iterable[tuple[int, str, CommonLineSketch]]) -> RepeatedLinesState:
        # each sketch's lines as one array until the stories are known (16 bytes a line)
        held: list[tuple[int, CompactLines]] = []
        shaped: dict[int, CompactLines] = {}  # with `shapes`: each sketch's shapes the same way
        vouched: set[int] = set()  # the shapes some document vouches for
        joined = ParagraphStories()
        longs = LongLines(self.min_stories, self.story_paragraphs) if self.long_lines else None
        over: dict[int, CompactLines] = {}  # long paragraphs past `max_words`, as `held`
        documents = 0
        for seq, _doc_id, sketch in sketches:
            documents += 1
            if longs is None:
                joined.add(seq, sketch.story)
            else:
                longs.add(seq, sketch.story, sketch.more)
                if sketch.past:
                    over[seq] = CompactLines.of(_Pairs(0, sketch.past))
            if sketch.lines or sketch.shapes or seq in over:
                held.append((seq, CompactLines.of(sketch)))
                if sketch.shapes:
                    shaped[seq] = CompactLines.of(sketch._replace(lines=sketch.shapes))
                    vouched.update(sketch.vouched)
        stories, long_furniture = (
            longs.stories(documents, self.min_share)
            if longs is not None
            else (joined.close(), frozenset())
        )
        # each line counted once per story: documents taken story by story
        by_story = sorted((stories.find(seq), seq, sketch) for seq, sketch in held)
        story_count = len({root for root, _, _ in by_story}) + (documents - len(held))
        needed = max(self.min_stories, math.ceil(self.min_share * story_count))
        keys, stories_of = stories_per_line(by_story)
        furniture = frozenset(keys[stories_of >= needed].tolist())
        del keys, stories_of
        lines_only = len(furniture)
        if long_furniture:  # paragraphs past `max_words` decided with the document's lines
            furniture |= long_furniture
            by_story = [
                (root, seq, _joined(sketch, over[seq])) if seq in over else (root, seq, sketch)
                for root, seq, sketch in by_story
            ]
        line_furniture = furniture
        shapes = self._common_shapes(by_story, shaped, story_count) & vouched
        del vouched
        if shapes:  # a document's shapes decided with its lines: one share of its words
            furniture |= shapes
            by_story = [
                (root, seq, _joined(sketch, shaped[seq])) if seq in shaped else (root, seq, sketch)
                for root, seq, sketch in by_story
            ]
        decisions = LineDecisions()
        members = [(seq, sketch) for _, seq, sketch in by_story] if furniture else []
        spared, removed_lines = decide(members, furniture, self.max_removed_share, decisions)
        stats = {
            "documents": documents,
            "stories": story_count,
            "stories_needed": needed,
            "common_lines": len(furniture) - len(shapes) - (len(line_furniture) - lines_only),
            **({"common_long_lines": len(long_furniture)} if self.long_lines else {}),
            **({"common_shapes": len(shapes)} if self.shapes else {}),
            "documents_edited": len(decisions),
            "documents_spared": spared,
            "lines_removed": removed_lines,
        }
        return RepeatedLinesState(decisions.finish(), stats)

    def _common_shapes(
        self,
        by_story: list[tuple[int, int, CompactLines]],
        shaped: dict[int, CompactLines],
        story_count: int,
    ) -> frozenset[int]:
        """The shape hashes that stand in enough different stories (with `shapes`)."""
        if not shaped:
            return frozenset()
        needed = max(self.shape_min_stories, math.ceil(self.min_share * story_count))
        keys, stories_of = stories_per_line(
            [(root, seq, shaped[seq]) for root, seq, _ in by_story if seq in shaped]
        )
        return frozenset(keys[stories_of >= needed].tolist())

    def apply(self, doc: Document, decision: frozenset[int] | None) -> Document:
        """The decided lines out as ledger edits: a line whose own hash was decided as
        `common_line`, else one whose shape was as `common_shape`."""
        if not decision:
            return doc
        removals = [(RULE, start, end) for start, end in spans_with_keys(doc.text, decision)]
        if self.shapes:
            taken = {start for _, start, _ in removals}
            removals += [
                (SHAPE_RULE, start, end)
                for start, end, _words, shape, _ in shape_lines(doc.text, self.shape_max_words)
                if start not in taken and shape_key(shape) in decision
            ]
        self.remove_blocks(doc, removals)
        return doc


class _Pairs(NamedTuple):  # (hash, words) pairs and words, as `CompactLines.of` reads them
    words: int
    lines: tuple[tuple[int, int], ...]


def _joined(lines: CompactLines, shapes: CompactLines) -> CompactLines:
    """A document's lines and shapes as one set of (hash, words) for `decide`."""
    return CompactLines(lines.words, lines.pairs + shapes.pairs)


def stories_per_line(
    by_story: list[tuple[int, int, CompactLines]],
) -> tuple[np.ndarray, np.ndarray]:
    """Each line hash of the `(story, seq, lines)` and in how many different stories it stands:
    the (hash, story) pairs sorted and counted once each, in numpy, where a dict of counts took
    a Python step a line (30,000 on the bench's 2,000 documents)."""
    if not by_story:
        return np.empty(0, np.uint64), np.empty(0, np.int64)
    pairs = np.frombuffer(b"".join(lines.pairs for _, _, lines in by_story), np.uint64)
    keys = pairs[0::2]
    sizes = np.fromiter((len(lines.pairs) // 2 for _, _, lines in by_story), np.int64)
    roots = np.repeat(np.fromiter((root for root, _, _ in by_story), np.int64), sizes)
    order = np.lexsort((roots, keys))  # by hash, then story
    keys, roots = keys[order], roots[order]
    first = np.ones(len(keys), bool)  # the first of each (hash, story)
    first[1:] = (keys[1:] != keys[:-1]) | (roots[1:] != roots[:-1])
    keys = keys[first]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    return keys[starts], np.diff(np.r_[starts, len(keys)])
