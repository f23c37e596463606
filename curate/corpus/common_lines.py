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

`count_removed: true` (off) counts a line also in the stories where an earlier stage removed it
(the ledger's edits that leave nothing; not a headline moved to the title): "Join the
Conversation" in 3 stories of line blind batch 8, the line model took 2 copies and the third
stood alone in the text. `heads: true` (off) also counts each line of 3 to `head_max_words`
words by its head (`line_keys.line_heads`: its first words, all but the last, at most
`head_words`, a number as one 0) and removes a line whose head stands in enough stories (rule
`common_head`): "Altre notizie di Cronaca" / "... di Sport", "Last updated 9:05 a.m. CT, March
21" / "Last updated 11:42 p.m. ET, March 14", "View original content: <each release's URL>".
Both off by default; the `news` recipe turns them on (measured: see the README).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import xxhash

from curate.corpus.line_keys import (
    HEAD_MIN_WORDS,
    head_key,
    heads_of,
    spans_of_lines,
    spans_with_keys,
    word_lines,
)
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
from curate.document import TEXT, Document
from curate.stages.base import CorpusStage, check_ranges, register

RULE = "common_line"
SHAPE_RULE = "common_shape"
HEAD_RULE = "common_head"


class CommonLineSketch(NamedTuple):
    story: tuple[int, ...]  # hashes of the first long paragraphs
    words: int
    lines: tuple[tuple[int, int], ...]  # (line hash, its words in the document), distinct
    shapes: tuple[tuple[int, int], ...] = ()  # (shape hash, its lines' words), with `shapes`
    vouched: tuple[int, ...] = ()  # the shapes this document vouches for (`line_shapes`)
    more: tuple[int, ...] = ()  # with `long_lines`: the long paragraphs after `story`'s
    past: tuple[tuple[int, int], ...] = ()  # ... and (hash, words) of those past `max_words`
    gone: tuple[int, ...] = ()  # with `count_removed`: short lines earlier stages removed
    heads: tuple[tuple[int, int], ...] = ()  # with `heads`: (head hash, its lines' words)
    gone_heads: tuple[int, ...] = ()  # ... and with `count_removed`, the removed lines' heads


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
    count_removed: bool = False  # a line an earlier stage removed still stands in its story
    heads: bool = False  # also remove lines whose head (`line_keys.line_heads`) recurs
    head_words: int = 4  # a line's head: its first words, all but its last, at most this many
    head_max_words: int = 12  # longer lines have no head: prose, a headline

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
            head_words=(1, None),
            head_max_words=(HEAD_MIN_WORDS, None),
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
        spaced_lines = word_lines(doc.text)
        # with `heads`, each line's head is keyed in this pass (`heads_of`'s, in its order)
        heads: dict[int, int] | None = {} if self.heads else None
        low, high, head_words = HEAD_MIN_WORDS, self.head_max_words, self.head_words
        written = doc.text.split("\n") if heads is not None else spaced_lines
        for spaced, line in zip(spaced_lines, written, strict=True):
            words = spaced.strip()  # the words, one space between two (`word_lines`)
            if not words:
                continue
            count = words.count(b" ") + 1
            total += count
            if heads is not None and low <= count <= high:
                head = head_key(words, line, head_words)
                if head is not None:
                    heads[head] = heads.get(head, 0) + count
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
            *self._removed(doc, lines, heads),
        )

    def _removed(
        self, doc: Document, lines: dict[int, int], heads: dict[int, int] | None
    ) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...], tuple[int, ...]]:
        """`gone`, `heads` and `gone_heads` of the sketch, as the settings ask (`heads`: the
        text's head keys and their lines' words, with `heads`)."""
        if not (self.count_removed or self.heads):
            return (), (), ()
        removed = self._removed_text(doc) if self.count_removed else ""
        removed_lines = word_lines(removed) if removed else []
        gone = self._gone(doc, lines, removed_lines) if removed else ()
        if heads is None:
            return gone, (), ()
        gone_heads = set()
        if removed:
            split = removed.split("\n")
            gone_heads = {key for *_, key in heads_of(split, removed_lines, *self._head)}
        return gone, tuple(heads.items()), tuple(sorted(gone_heads - heads.keys()))

    @property
    def _head(self) -> tuple[int, int]:
        return self.head_words, self.head_max_words

    def _removed_text(self, doc: Document) -> str:
        """What earlier stages removed from the text (edits that leave nothing), one line
        break between two: each removed line is a line of it."""
        return "\n".join(
            edit.before
            for edit in doc.edits
            if edit.field == TEXT and not edit.after and edit.stage != self.name
        )

    def _gone(
        self, doc: Document, lines: dict[int, int], removed_lines: list[bytes]
    ) -> tuple[int, ...]:
        """The keys of the short lines that earlier stages removed from the text (the
        `word_lines` of `_removed_text`), less those that still stand in it: the copies of a
        cookie banner or a "Join the Conversation" the line model took from some stories count
        there, so the copy it left in a third is furniture too. A line moved to the title
        (the headline) was not removed."""
        title = {spaced.strip() for spaced in word_lines(doc.title)} if doc.title else set()
        gone: set[int] = set()
        digest = xxhash.xxh3_64_intdigest
        for spaced in removed_lines:
            words = spaced.strip()
            if not words.strip(b"0_ ") or words in title:
                continue  # no letter, or no line at all; or the headline, now the title
            if words.count(b" ") < self.max_words:  # at most `max_words` words
                key = digest(words)
                if key not in lines:
                    gone.add(key)
        return tuple(sorted(gone))

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
        gone: list[tuple[int, CompactLines]] = []  # with `count_removed`: lines removed before
        headed: dict[int, CompactLines] = {}  # with `heads`: each sketch's heads, as `shaped`
        gone_heads: list[tuple[int, CompactLines]] = []  # ... and those of its removed lines
        documents = 0
        for seq, _doc_id, sketch in sketches:
            documents += 1
            if longs is None:
                joined.add(seq, sketch.story)
            else:
                longs.add(seq, sketch.story, sketch.more)
                if sketch.past:
                    over[seq] = CompactLines.of(_Pairs(0, sketch.past))
            if sketch.gone:  # counted with a document's lines, never removed again
                gone.append((seq, CompactLines(0, array("Q", _no_words(sketch.gone)))))
            if sketch.gone_heads:
                gone_heads.append((seq, CompactLines(0, array("Q", _no_words(sketch.gone_heads)))))
            if sketch.heads:
                headed[seq] = CompactLines.of(sketch._replace(lines=sketch.heads))
            if sketch.lines or sketch.shapes or sketch.heads or seq in over:
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
        counted = by_story + [(stories.find(seq), seq, lines) for seq, lines in gone]
        del gone
        keys, stories_of = stories_per_line(counted)
        del counted
        furniture = frozenset(keys[stories_of >= needed].tolist())
        del keys, stories_of
        lines_only = len(furniture)
        if long_furniture:  # paragraphs past `max_words` decided with the document's lines
            furniture |= long_furniture
            by_story = [
                (root, seq, _joined(sketch, over[seq])) if seq in over else (root, seq, sketch)
                for root, seq, sketch in by_story
            ]
        shapes = self._common_shapes(by_story, shaped, story_count) & vouched
        del vouched
        if shapes:  # a document's shapes decided with its lines: one share of its words
            furniture |= shapes
            by_story = [
                (root, seq, _joined(sketch, shaped[seq])) if seq in shaped else (root, seq, sketch)
                for root, seq, sketch in by_story
            ]
        heads: frozenset[int] = frozenset()
        if headed:  # as shapes, at the lines' bar; removed lines' heads counted as their lines
            counted = [(root, seq, headed[seq]) for root, seq, _ in by_story if seq in headed]
            counted += [(stories.find(seq), seq, keys) for seq, keys in gone_heads]
            keys, stories_of = stories_per_line(counted)
            heads = frozenset(keys[stories_of >= needed].tolist())
            del counted, keys, stories_of
        if heads:
            furniture |= heads
            by_story = [
                (root, seq, _joined(sketch, headed[seq])) if seq in headed else (root, seq, sketch)
                for root, seq, sketch in by_story
            ]
        decisions = LineDecisions()
        members = [(seq, sketch) for _, seq, sketch in by_story] if furniture else []
        spared, removed_lines = decide(members, furniture, self.max_removed_share, decisions)
        stats = {
            "documents": documents,
            "stories": story_count,
            "stories_needed": needed,
            "common_lines": lines_only,
            **({"common_long_lines": len(long_furniture)} if self.long_lines else {}),
            **({"common_shapes": len(shapes)} if self.shapes else {}),
            **({"common_heads": len(heads)} if self.heads else {}),
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
        `common_line`, else one whose shape was as `common_shape`, else one whose head was as
        `common_head`."""
        if not decision:
            return doc
        spaced_lines = word_lines(doc.text)  # (once, for the lines' keys and their heads)
        removals = [
            (RULE, start, end) for start, end in spans_with_keys(doc.text, decision, spaced_lines)
        ]
        if self.shapes:
            taken = {start for _, start, _ in removals}
            removals += [
                (SHAPE_RULE, start, end)
                for start, end, _words, shape, _ in shape_lines(doc.text, self.shape_max_words)
                if start not in taken and shape_key(shape) in decision
            ]
        if self.heads:
            taken = {start for _, start, _ in removals}
            found = [
                number
                for number, _, key in heads_of(doc.text.split("\n"), spaced_lines, *self._head)
                if key in decision
            ]
            removals += [
                (HEAD_RULE, start, end)
                for start, end in spans_of_lines(doc.text, found)
                if start not in taken
            ]
        self.remove_blocks(doc, removals)
        return doc


class _Pairs(NamedTuple):  # (hash, words) pairs and words, as `CompactLines.of` reads them
    words: int
    lines: tuple[tuple[int, int], ...]


def _no_words(keys: tuple[int, ...]) -> Iterable[int]:
    """`(key, 0)` pairs, flat: removed lines, counted in their stories with no words."""
    for key in keys:
        yield key
        yield 0


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
