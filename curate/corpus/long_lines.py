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
from collections import Counter
from collections.abc import Sequence

from curate.corpus.paragraph_stories import ParagraphStories
from curate.corpus.unionfind import UnionFind


class LongLines:
    """The long paragraphs (hashes, in order) of the documents added, then their stories and
    the paragraphs that are furniture."""

    def __init__(self, min_documents: int, story_paragraphs: int) -> None:
        self.min_documents = min_documents
        self.story_paragraphs = story_paragraphs
        self._longs: list[tuple[int, tuple[int, ...]]] = []  # (seq, hashes) with 1+ long
        self._documents: Counter[int] = Counter()  # paragraph hash -> documents with it

    def add(self, seq: int, longs: Sequence[int]) -> None:
        if longs:
            self._longs.append((seq, tuple(longs)))
            self._documents.update(set(longs))

    def stories(self, documents: int, min_share: float) -> tuple[UnionFind, frozenset[int]]:
        """The stories, joined as `ParagraphStories` does by each document's first long
        paragraphs but the furniture, and the furniture: the candidates at the edge of enough
        stories (`furniture`) once stories are joined without the candidates at each edge."""
        recurring = {key for key, count in self._documents.items() if count >= self.min_documents}
        self._documents = Counter()
        edges: dict[int, list[int]] = {}  # candidate -> documents it stands at the edge of
        inside: set[int] = set()
        edged: dict[int, frozenset[int]] = {}  # seq -> its edge paragraphs
        for seq, longs in self._longs:
            own = [i for i, key in enumerate(longs) if key not in recurring]
            if not own or len(own) == len(longs):
                continue  # all recurring (a copy) or all its own: no edge
            first, last = own[0], own[-1]
            at_edge = frozenset(longs[:first] + longs[last + 1 :])
            inside.update(key for key in longs[first:last] if key in recurring)
            edged[seq] = at_edge
            for key in at_edge:
                edges.setdefault(key, []).append(seq)
        for key in inside:
            edges.pop(key, None)
        found: frozenset[int] = frozenset()
        if edges:  # joined without the candidates at each edge, to count their stories
            trial = self._joined(edged, frozenset(edges))
            count = len({trial.find(seq) for seq, _ in self._longs}) + documents - len(self._longs)
            found = furniture(trial, edges, max(self.min_documents, math.ceil(min_share * count)))
        stories = self._joined(edged, found)
        self._longs = []
        return stories, found

    def _joined(self, edged: dict[int, frozenset[int]], left_out: frozenset[int]) -> UnionFind:
        """Each document joined by its first long paragraphs but those of `left_out` standing
        at its edge."""
        joined = ParagraphStories()
        for seq, longs in self._longs:
            skip = edged.get(seq, frozenset()) & left_out
            keys = [key for key in longs if key not in skip] if skip else longs
            joined.add(seq, keys[: self.story_paragraphs])
        return joined.close()


def furniture(stories: UnionFind, edges: dict[int, list[int]], needed: int) -> frozenset[int]:
    """The candidates standing at the edge of `needed`+ different stories."""
    return frozenset(
        key for key, seqs in edges.items() if len({stories.find(seq) for seq in seqs}) >= needed
    )
