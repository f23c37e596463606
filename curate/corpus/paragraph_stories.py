"""Documents that share a long paragraph are one story: a wire story and its copies.

`common_lines` counts a line once per story, and `other_titles` leaves a line that is the title
of a copy of the same story: both join documents this way, one document at a time, in the
order the sketches stream.
"""

from __future__ import annotations

from collections.abc import Iterable

from curate.corpus.unionfind import UnionFind


class ParagraphStories:
    """The stories of the documents added so far, joined by their long paragraphs' hashes."""

    def __init__(self) -> None:
        self.stories = UnionFind()
        self._first_with: dict[int, int] = {}  # paragraph hash -> first document (seq) with it

    def add(self, seq: int, paragraphs: Iterable[int]) -> None:
        for key in paragraphs:
            other = self._first_with.setdefault(key, seq)
            if other != seq:
                self.stories.union(other, seq)

    def joined_with(self, more: Iterable[tuple[int, Iterable[int]]]) -> UnionFind:
        """The stories with the documents `more` (seq, paragraph hashes) added, these stories
        left as they are: as `add` on a copy, without copying the paragraph hashes."""
        stories = UnionFind()
        stories.parent = dict(self.stories.parent)
        first_with = self._first_with
        added: dict[int, int] = {}
        for seq, paragraphs in more:
            for key in paragraphs:
                other = first_with.get(key)
                if other is None:
                    other = added.setdefault(key, seq)
                if other != seq:
                    stories.union(other, seq)
        return stories

    def close(self) -> UnionFind:
        """The stories, each document found by its seq; the paragraph hashes are let go."""
        self._first_with = {}
        return self.stories
