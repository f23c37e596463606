"""Topic and user labels: keyword rules from a data file, plus fixed tags from the recipe."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from curate.document import Document
from curate.resources import rules
from curate.stages.base import MapStage, check_ranges, register
from curate.words import word_bytes, word_spaced


@register
@dataclass(frozen=True)
class TopicLabeler(MapStage):
    """Add `tags`: topics whose keywords occur in the text, then the recipe's own `tags`.

    A keyword counts when it is one of the `\\w+` words of the lower-cased title and text.
    The words are not gathered into a set (340 bytes objects a news document, 40 us): the
    text with every other character made a space is scanned once by an Aho-Corasick automaton
    of " keyword " (pyahocorasick, C), which finds each keyword standing between spaces; a
    keyword that is not one `\\w+` word can never be one of them, and is left out.
    """

    name = "topics"
    rules_file: str | None = None
    min_hits: int | None = None
    tags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_ranges(self, min_hits=(1, None))
        if any(not tag.strip() for tag in self.tags):
            raise ValueError(f"topics.tags: {list(self.tags)} holds an empty tag")

    @cached_property
    def _table(self) -> tuple[int, dict[str, frozenset[bytes]]]:
        table = rules("topics.yaml", self.rules_file)
        # keywords as UTF-8, to meet the words as `word_bytes` gives them (encoding is
        # one-to-one, so the same keywords match)
        topics = {
            name: frozenset(w.lower().encode("utf-8") for w in words)
            for name, words in table["topics"].items()
        }
        return (self.min_hits if self.min_hits is not None else table.get("min_hits", 2)), topics

    @cached_property
    def _automaton(self) -> Any:
        """The automaton of " keyword " for every keyword that is one `\\w+` word (its value the
        keyword's bytes); None when there is none."""
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for keywords in self._table[1].values():
            for keyword in keywords:
                if word_bytes(keyword.decode("utf-8")) == [keyword]:
                    automaton.add_word(f" {keyword.decode('utf-8')} ", keyword)
        if not len(automaton):
            return None
        automaton.make_automaton()
        return automaton

    def process(self, doc: Document) -> Document:
        min_hits, topics = self._table
        words = self._keywords_in(f"{doc.get('title')} {doc.text}".lower())
        found = [name for name, keywords in topics.items() if len(keywords & words) >= min_hits]
        doc.labels["tags"] = sorted(set(found)) + [t for t in self.tags if t not in found]
        return doc

    def _keywords_in(self, text: str) -> set[bytes]:
        """The keywords among the `\\w+` words of `text` (all its words, where it cannot be
        scanned: a lone surrogate)."""
        automaton = self._automaton
        if automaton is None:
            return set()
        spaced = word_spaced(text)
        if spaced is None:
            return set(word_bytes(text))
        return {keyword for _, keyword in automaton.iter(f" {spaced.decode('utf-8')} ")}
