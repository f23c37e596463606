"""Long paragraphs that recur across different stories: a disclaimer, an author's bio, a
letters note, a gambling-help line, a promo paragraph an outlet prints under each of its pages.

`common_lines` joins documents that share a long paragraph into one story (a wire story and its
copies), so such a paragraph, shared, made its documents one story and never counted as
furniture; placed at a document's top it even joined unrelated stories, whose own short lines
then counted once. What tells the two apart is position: furniture stands at the edge of a
document's own text (before its first own long paragraph, or after its last), a story's shared
paragraphs (its copies, the background a wire service reuses) stand inside it or make all of
it. Here "own" means a long paragraph standing in fewer than `min_documents` documents.

So a long paragraph in `min_documents`+ documents is a candidate when it stands at such an edge
in some document and inside own text (own paragraphs before and after it) in none. A document
whose long paragraphs all recur (a copy of a copied story) has no edge: it neither vouches nor
vetoes, and joins its story by all of them. Stories are then joined by each document's first
long paragraphs without the candidates at its edges, and a candidate standing at the edge of
`needed` different stories is furniture. Only the few documents holding a recurring paragraph
are looked at twice; the paragraph hashes are those `common_lines` makes.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence

import numpy as np

from curate.corpus.paragraph_stories import ParagraphStories
from curate.corpus.unionfind import UnionFind


class LongLines:
    """The long paragraphs (hashes, in order) of the documents added, then their stories and
    the paragraphs that are furniture."""

    def __init__(self, min_documents: int, story_paragraphs: int) -> None:
        self.min_documents = min_documents
        self.story_paragraphs = story_paragraphs
        self._docs: list[tuple[int, Sequence[int]]] = []  # (seq, story keys), 1+ long paragraph
        self._keys = array("Q")  # their long paragraphs' hashes, one document after another
        self._sizes = array("q")  # how many each

    def add(self, seq: int, story: Sequence[int], more: Sequence[int]) -> None:
        """A document: its story keys (its first long paragraphs) and its long paragraphs
        after those."""
        if story:
            self._docs.append((seq, story))
            self._keys.extend(story)
            if more:
                self._keys.extend(more)
            self._sizes.append(len(story) + len(more))

    def stories(self, documents: int, min_share: float) -> tuple[UnionFind, frozenset[int]]:
        """The stories, joined as `ParagraphStories` does by each document's first long
        paragraphs but the furniture at its edge, and the furniture: the candidates at the edge
        of enough stories (`furniture`) once stories are joined without any candidate at an
        edge. Only documents holding a candidate at their edge are joined apart."""
        edged, edges = self._edges()
        joined = ParagraphStories()
        for index, (seq, story) in enumerate(self._docs):
            if index not in edged:
                joined.add(seq, story)
        found: frozenset[int] = frozenset()
        if edges:  # joined without the candidates at each edge, to count their stories
            apart = joined.joined_with(
                (self._docs[index][0], self._story(longs, at_edge))
                for index, (longs, at_edge) in edged.items()
            )
            count = documents - len(apart.parent)  # a document joined to another has a parent
            needed = max(self.min_documents, math.ceil(min_share * count))
            found = furniture(apart, edges, needed)
        for index, (longs, at_edge) in edged.items():
            joined.add(self._docs[index][0], self._story(longs, at_edge & found))
        self._docs, self._keys, self._sizes = [], array("Q"), array("q")
        return joined.close(), found

    def _edges(
        self,
    ) -> tuple[dict[int, tuple[list[int], frozenset[int]]], dict[int, list[int]]]:
        """The documents (by index) with candidates at their edge, as their long paragraphs and
        those candidates; and each candidate's documents (by seq). Recurring paragraphs are
        counted in numpy: most documents hold none and are not looked at one by one."""
        if not self._docs:
            return {}, {}
        keys = np.frombuffer(self._keys, np.uint64)
        sizes = np.frombuffer(self._sizes, np.int64)
        ends = np.cumsum(sizes)
        hashes, count = np.unique(keys, return_counts=True)  # a paragraph twice in one
        maybe = hashes[count >= self.min_documents]  # document counts twice here
        if not len(maybe):
            return {}, {}
        hit = np.flatnonzero(np.isin(keys, maybe))
        owners: dict[int, set[int]] = {}  # each such paragraph's documents (by index)
        for key, index in zip(
            keys[hit].tolist(), np.searchsorted(ends, hit, side="right").tolist(), strict=True
        ):
            owners.setdefault(key, set()).add(index)
        recurring = {key for key, found in owners.items() if len(found) >= self.min_documents}
        flagged = sorted({index for key in recurring for index in owners[key]})
        at: dict[int, tuple[list[int], frozenset[int]]] = {}
        edges: dict[int, list[int]] = {}
        inside: set[int] = set()
        for index in flagged:
            longs = keys[ends[index] - sizes[index] : ends[index]].tolist()
            own = [i for i, key in enumerate(longs) if key not in recurring]
            if not own:
                continue  # all recurring (a copy): no edge
            first, last = own[0], own[-1]
            inside.update(key for key in longs[first:last] if key in recurring)
            at_edge = frozenset(longs[:first] + longs[last + 1 :])
            if at_edge:
                at[index] = longs, at_edge
                for key in at_edge:
                    edges.setdefault(key, []).append(self._docs[index][0])
        for key in inside:
            edges.pop(key, None)
        edged = {index: (longs, edge & edges.keys()) for index, (longs, edge) in at.items()}
        return {index: pair for index, pair in edged.items() if pair[1]}, edges

    def _story(self, longs: list[int], skip: frozenset[int]) -> list[int]:
        """A document's story keys without the paragraphs `skip` at its edge."""
        return [key for key in longs if key not in skip][: self.story_paragraphs]


def furniture(stories: UnionFind, edges: dict[int, list[int]], needed: int) -> frozenset[int]:
    """The candidates standing at the edge of `needed`+ different stories."""
    return frozenset(
        key for key, seqs in edges.items() if len({stories.find(seq) for seq in seqs}) >= needed
    )
