"""Topic and user labels: keyword rules from a data file, plus fixed tags from the recipe."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from curate.document import Document
from curate.resources import rules
from curate.stages.base import MapStage, check_ranges, register
from curate.words import word_bytes


@register
@dataclass(frozen=True)
class TopicLabeler(MapStage):
    """Add `tags`: topics whose keywords occur in the text, then the recipe's own `tags`."""

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

    def process(self, doc: Document) -> Document:
        min_hits, topics = self._table
        # the `\w+` words of title and text, lower-cased (`word_bytes`: findall without a regex)
        words = set(word_bytes(f"{doc.get('title')} {doc.text}".lower()))
        found = [name for name, keywords in topics.items() if len(keywords & words) >= min_hits]
        doc.labels["tags"] = sorted(set(found)) + [t for t in self.tags if t not in found]
        return doc
