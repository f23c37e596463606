"""Page furniture left in article text: captions, teasers, prompts, credits, the headline.

Works on whole lines (the text is already normalised by `unicode` and `markup`). Most lines are
judged on their own: a caption by a weighted score of what it shows, a teaser by its label and
the shape of what follows it, furniture (newsletter and social prompts, comment counters,
reading times, tag lists, copyright, credits, affiliate notices, bare links) by patterns and
length. Some rules look at the document: section tags (short lines repeated in it), link lists
(headline-shaped lines right under a teaser label), the headline (the first line left) and its
duplicates. Those decisions are taken on the lines left by the others and repeated until
nothing changes, so a second run over the output finds nothing to remove (idempotence).

Every removal is a ledger edit named after its rule; the headline moves to `title` through the
ledger too. Patterns, weights and thresholds live in `data/boilerplate.yaml`.
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

FURNITURE = (
    "newsletter",
    "social",
    "comments",
    "reading_time",
    "filed_under",
    "copyright",
    "credit",
    "affiliate",
    "promo",
    "url",
)
RULES = ("caption", "link_teaser", "link_list", *FURNITURE, "section_tag", "duplicate_headline")
MAX_ROUNDS = 10  # document-level rules converge in two or three rounds in practice
WORD = re.compile(r"\w+")
LETTER = re.compile(r"[^\W\d_]")
LIST_ITEM = re.compile(r"[-–•*·]\s")  # "- GPS": trafilatura writes list items like this


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
        leads = sorted(table["link_teaser"].get("lead_labels", []), key=len, reverse=True)
        lead = "|".join(_label_pattern(label) for label in leads) or r"(?!x)x"
        furniture = [
            (name, spec["max_words"], union(spec["patterns"]))
            for name, spec in table.get("furniture", {}).items()
            if name in self.rules or name not in RULES  # kinds a user added always run
        ]
        return {
            **table,
            "markers": markers,
            # most lines match no marker: one search of the union spares the rest
            "any_marker": union(
                [p for group in table["caption"]["markers"] for p in group["patterns"]]
            ),
            "furniture": furniture,
            "lead": re.compile(rf"[^\w\n]{{0,3}}\s{{0,3}}(?:{lead})\s", re.IGNORECASE),
            "not_headline": [re.compile(p) for p in table["headline"].get("not_headline", [])],
            # "Read more", "» Lire aussi", "[Related]": a label at the start, ending at a word end
            # ("Related-party deals" is not the label "Related")
            "teaser": re.compile(rf"[^\w\n]{{0,3}}\s{{0,3}}(?:{teaser})(?![\w-])", re.IGNORECASE),
        }

    def process(self, doc: Document) -> Document:
        lines = [(start, end, doc.text[start:end].strip()) for start, end in paragraphs(doc.text)]
        removals: dict[int, tuple[str, int, int]] = {}
        headline = None
        title = doc.title
        # Rules that look at other lines decide on the lines left; repeat until nothing changes
        # so that the output is a fixed point: a second run removes nothing.
        for _ in range(MAX_ROUNDS):
            kept = [line for line in lines if line[0] not in removals]
            found = self._line_removals(kept)
            gone = {start for _, start, _ in found}
            left = [line for line in kept if line[0] not in gone]
            if headline is None and title is None:
                headline = self._headline(doc, left)
                if headline:
                    title = headline
                    found.append(("headline", left[0][0], left[0][1]))
                    left = left[1:]
            if title and "duplicate_headline" in self.rules:
                found += [("duplicate_headline", s, e) for s, e, _ in self._duplicates(title, left)]
            if not found:
                break
            removals.update((start, removal) for removal in found for start in (removal[1],))
        self.remove_blocks(doc, list(removals.values()))
        if headline:
            self.replace_spans(doc, "headline", [(0, 0, headline)], field=TITLE)
        return doc

    def _line_removals(self, lines: list[tuple[int, int, str]]) -> list[tuple[str, int, int]]:
        tags = self._section_tags(lines) if "section_tag" in self.rules else set()
        checks = [
            ("caption", self._is_caption),
            ("link_teaser", self._is_teaser),
            ("furniture", self._furniture),
            ("section_tag", lambda line: line.casefold() in tags),
        ]
        enabled = [
            (rule, check) for rule, check in checks if rule in self.rules or rule == "furniture"
        ]
        removals = []
        in_list = 0  # teaser and list lines just above this one (0: no link list open)
        for start, end, line in lines:
            rule = None
            for name, check in enabled:
                verdict = check(line)
                if verdict:
                    rule = verdict if isinstance(verdict, str) else name
                    break
            if rule is None and in_list > 0 and self._is_list_item(line, in_list):
                rule = "link_list"
            if rule:
                removals.append((rule, start, end))
            if rule in ("link_teaser", "link_list") and "link_list" in self.rules:
                in_list += 1
            else:
                in_list = 0
        return removals

    def _is_caption(self, line: str) -> bool:
        # seed 000: "Kim Jong Un attends ... in this photo released by ... (KCNA). KCNA via
        # REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. ..."
        table = self._table["caption"]
        if len(line.split()) > table["max_words"]:
            return False
        score = 0
        if self._table["any_marker"].search(line):
            score = sum(
                weight for weight, pattern in self._table["markers"] if pattern.search(line)
            )
        if not self._ends_with(line, "sentence"):
            score += table["unfinished"]
        return score >= table["threshold"]

    def _is_teaser(self, line: str) -> bool:
        return self._is_label_teaser(line) or self._is_lead_teaser(line)

    def _is_label_teaser(self, line: str) -> bool:
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

    def _is_lead_teaser(self, line: str) -> bool:
        # "Popular on IndieWire", "Most read in world news": a label and a short object
        lead = self._table["lead"].match(line)
        return bool(lead) and (
            len(line[lead.end() :].split()) <= self._table["link_teaser"]["max_lead_tail_words"]
            and not self._ends_with(line, "teaser_tail")
            and not self._ends_with(line, "list_item")
        )

    def _section_tags(self, lines: list[tuple[int, int, str]]) -> set[str]:
        """Short lines standing alone two or more times, when there are few such lines."""
        # seed 000: "North Korea", alone on a line twice; seed 003 "“Tactical nuclear”
        # simulations" stands once and stays. A page repeating many short lines ("Meal 1",
        # "Eat every 2–3 hours", ...) is a table or a recipe: its lines are content.
        table = self._table["section_tag"]
        counts = Counter(line.casefold() for _, _, line in lines)
        tags = {
            line
            for line, count in counts.items()
            if count >= table["min_count"]
            and len(line) <= table["max_chars"]
            and len(line.split()) <= table["max_words"]
            and LETTER.search(line) is not None
            and not LIST_ITEM.match(line)
            and not self._ends_with(line, "section_tag")
        }
        return tags if len(tags) <= table["max_distinct"] else set()

    def _furniture(self, line: str) -> str | None:
        """The furniture rule a line matches: "Follow us on Twitter" -> "social"."""
        words = len(line.split())
        for name, max_words, pattern in self._table["furniture"]:
            if words <= max_words and pattern.search(line):
                return name
        return None

    def _is_list_item(self, line: str, position: int) -> bool:
        """A headline under a teaser label: short, and not ending like a sentence."""
        # "DON'T MISS" then "China furious at Macron for Hong Kong protest jibe [INSIGHT]|"
        table = self._table["link_list"]
        return (
            position <= table["max_lines"]
            and len(line.split()) <= table["max_words"]
            and LETTER.search(line) is not None
            and not self._ends_with(line, "list_item")
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


class union:  # noqa: N801  (used like re.compile)
    """Where any of `patterns` matches a line, in at most two regex calls.

    Patterns anchored at the line start (`^...`, `(?i)^...`) are tried only there (`match`);
    the others in one alternation (`search`). A leading `(?i)` stays scoped to its pattern.
    """

    def __init__(self, patterns: list[str]) -> None:
        anchored, floating = [], []
        for pattern in patterns:
            flags = ""
            if pattern.startswith("(?i)"):
                flags, pattern = "i", pattern[4:]
            if pattern.startswith("^") and not _has_top_level_bar(pattern):
                anchored.append(_scoped(flags, pattern[1:]))
            else:
                floating.append(_scoped(flags, pattern))
        self.anchored = re.compile("|".join(anchored)) if anchored else None
        self.floating = re.compile("|".join(floating)) if floating else None

    def search(self, line: str) -> bool:
        return bool(
            (self.anchored is not None and self.anchored.match(line))
            or (self.floating is not None and self.floating.search(line))
        )


def _has_top_level_bar(pattern: str) -> bool:
    """`^a|b` is `(^a)|b`: its `^` does not anchor the whole pattern."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _scoped(flags: str, pattern: str) -> str:
    return f"(?{flags}:{pattern})" if flags else f"(?:{pattern})"


def _label_pattern(label: str) -> str:
    """`Don't miss` -> `Don['’]t\\s{1,3}miss`: any spacing, either apostrophe."""
    words = (re.escape(word).replace("'", "['’]") for word in label.split())
    return r"\s{1,3}".join(words)


def _jaccard(words: set[str], line: str) -> float:
    other = set(WORD.findall(line.casefold()))
    union = words | other
    return len(words & other) / len(union) if union else 0.0
