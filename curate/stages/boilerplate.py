"""Page furniture left in article text: captions, teaser links, section tags, the headline.

Works on whole lines (the text is already normalised by `unicode` and `markup`): each line is
judged on its own, except section tags (counted over the document) and the headline (the first
line left). Every removal is a ledger edit named after its rule; the headline moves to `title`
through the ledger too. Patterns, weights and thresholds live in `data/boilerplate.yaml`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from curate import resources
from curate.document import TITLE, Document
from curate.stages.base import MapStage, paragraphs, register

RULES = ("caption", "link_teaser", "section_tag", "duplicate_headline")
WORD = re.compile(r"\w+")
LETTER = re.compile(r"[^\W\d_]")


@register
@dataclass(frozen=True)
class BoilerplateRemover(MapStage):
    """Remove boilerplate lines; with no title, move a headline-like first line into `title`."""

    name = "boilerplate"
    rules_file: str | None = None
    extract_title: bool = True  # the `headline` rule
    rules: tuple[str, ...] = RULES

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rules) - set(RULES))
        if unknown:
            raise ValueError(f"boilerplate.rules: unknown rule(s) {unknown}; known: {list(RULES)}")

    @cached_property
    def _table(self) -> dict[str, Any]:
        table = resources.rules("boilerplate.yaml", self.rules_file)
        markers = [
            (group["weight"], re.compile(pattern))
            for group in table["caption"]["markers"]
            for pattern in group["patterns"]
        ]
        labels = sorted(table["link_teaser"]["labels"], key=len, reverse=True)
        teaser = "|".join(_label_pattern(label) for label in labels)
        return {
            **table,
            "markers": markers,
            "not_headline": [re.compile(p) for p in table["headline"].get("not_headline", [])],
            # "Read more", "» Lire aussi", "[Related]": a label at the start, ending at a word end
            # ("Related-party deals" is not the label "Related")
            "teaser": re.compile(rf"[^\w\n]{{0,3}}\s{{0,3}}(?:{teaser})(?![\w-])", re.IGNORECASE),
        }

    def process(self, doc: Document) -> Document:
        lines = [(start, end, doc.text[start:end].strip()) for start, end in paragraphs(doc.text)]
        removals = self._line_removals(lines)
        removed = {start for _, start, _ in removals}
        kept = [line for line in lines if line[0] not in removed]
        headline = self._headline(doc, kept)
        title = doc.title or headline
        if headline:
            removals.append(("headline", kept[0][0], kept[0][1]))
            kept = kept[1:]
        if title and "duplicate_headline" in self.rules:
            removals += [("duplicate_headline", s, e) for s, e, _ in self._duplicates(title, kept)]
        self.remove_blocks(doc, removals)
        if headline:
            self.replace_spans(doc, "headline", [(0, 0, headline)], field=TITLE)
        return doc

    def _line_removals(self, lines: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
        counts = Counter(line.casefold() for _, _, line in lines)
        checks = {
            "caption": self._is_caption,
            "link_teaser": self._is_teaser,
            "section_tag": lambda line: self._is_section_tag(line, counts[line.casefold()]),
        }
        enabled = [(rule, check) for rule, check in checks.items() if rule in self.rules]
        removals = []
        for start, end, line in lines:
            rule = next((rule for rule, check in enabled if check(line)), None)
            if rule:
                removals.append((rule, start, end))
        return removals

    def _is_caption(self, line: str) -> bool:
        # seed 000: "Kim Jong Un attends ... in this photo released by ... (KCNA). KCNA via
        # REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. ..."
        table = self._table["caption"]
        if len(line.split()) > table["max_words"]:
            return False
        score = sum(weight for weight, pattern in self._table["markers"] if pattern.search(line))
        if not self._ends_with(line, "sentence"):
            score += table["unfinished"]
        return score >= table["threshold"]

    def _is_teaser(self, line: str) -> bool:
        # seed 000: "Read Also", "You May Also Like"; "Read more: Looted colonial art"
        match = self._table["teaser"].match(line)
        if not match:
            return False
        table = self._table["link_teaser"]
        rest = line[match.end() :].strip()
        if not LETTER.search(rest):
            return True  # the label alone, maybe with "»" or ":" after it
        if rest[0] in table["separators"]:
            tail = rest.lstrip(table["separators"]).strip()
            return len(tail.split()) <= table["max_tail_words"] and not self._ends_with(
                tail, "teaser_tail"
            )
        # "Lesen Sie auch die folgenden Beiträge:" introduces a list of links
        return rest[-1] in table["separators"] and len(rest.split()) <= table["max_tail_words"]

    def _is_section_tag(self, line: str, count: int) -> bool:
        # seed 000: "North Korea", alone on a line twice; seed 003 "“Tactical nuclear”
        # simulations" stands once and stays
        table = self._table["section_tag"]
        return (
            count >= table["min_count"]
            and len(line) <= table["max_chars"]
            and len(line.split()) <= table["max_words"]
            and LETTER.search(line) is not None
            and not self._ends_with(line, "section_tag")
        )

    def _headline(self, doc: Document, kept: list[tuple[int, int, str]]) -> str | None:
        """The first line left, if it reads as a headline and is not all the text there is."""
        # seed 000: "North Korea Provokes Tensions: Fires Missile Near Japan and Threatens the US"
        if doc.title or not self.extract_title or not kept:
            return None
        table = self._table["headline"]
        line = kept[0][2]
        looks = (
            table["min_words"] <= len(line.split()) <= table["max_words"]
            and len(line) <= table["max_chars"]
            and LETTER.search(line) is not None
            and not self._ends_with(line, "headline")
            and not any(pattern.search(line) for pattern in self._table["not_headline"])
            and not self._is_caption(line)
        )
        return line if looks and len(kept) > 1 else None

    def _duplicates(
        self, title: str, kept: list[tuple[int, int, str]]
    ) -> list[tuple[int, int, str]]:
        """The lines right under the title that nearly repeat it; none if nothing else is left."""
        # seed 003: "North Korea fires ballistic missile" under "... fires a ballistic missile"
        words = set(WORD.findall(title.casefold()))
        count = 0
        threshold = self._table["headline"]["min_similarity"]
        while count < len(kept) and _jaccard(words, kept[count][2]) >= threshold:
            count += 1
        return kept[:count] if count < len(kept) else []

    def _ends_with(self, line: str, kind: str) -> bool:
        marks = self._table["line_ends"]
        line = line.rstrip(marks["closing_quotes"])
        return bool(line) and line[-1] in marks[kind]


def _label_pattern(label: str) -> str:
    """`Don't miss` -> `Don['’]t\\s{1,3}miss`: any spacing, either apostrophe."""
    words = (re.escape(word).replace("'", "['’]") for word in label.split())
    return r"\s{1,3}".join(words)


def _jaccard(words: set[str], line: str) -> float:
    other = set(WORD.findall(line.casefold()))
    union = words | other
    return len(words & other) / len(union) if union else 0.0
