"""The spelling of a name most documents use, and the rare translated variants of it.

A translation engine mangles names one token at a time: "Kim Jong Un" becomes "Kim Jong One"
(French "un" read as the numeral), "Vladimir Putin" becomes "Wladimir Putin" (German). The
shipped gazetteer of the `translation` stage knows some of these; this stage learns the rest
from the corpus itself.

sketch: per document, the distinct multi-word capitalised names: runs of 2 to `max_tokens`
        capitalised tokens, leading function words ("The") and a possessive "'s" dropped;
        longer runs ("North Korean Leader Kim Jong Un") are headlines, not names, and skipped.
fit:    document counts per name. Names of the same length that differ in exactly one token are
        spellings of one name when that token is "translated": the pair is listed in
        `name_variants.pairs` of `gazetteer.yaml`, or both tokens are equal after its `fold`
        rewrites (accents stripped, German "W" = "V", French "ou" = "u", ...). In each such
        group the spelling most documents use is the chosen form; every other spelling is a
        variant and goes in the report. A variant is edited only when the majority is clear:
        the chosen form is in at least `min_documents` documents and holds at least `min_share`
        of the documents that use any spelling of the group.
apply:  each variant in the text and title is replaced by the chosen form (rule `name_variant`).

Not in the default recipe. To use it, add it after `translation` in a recipe:

    stages:
      - unicode
      - markup
      - boilerplate
      - translation
      - names:
          min_documents: 3
          min_share: 0.8
      - language
      ...
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, NamedTuple

from curate.document import FIELDS, Document, Edit
from curate.resources import data_file, load_yaml
from curate.stages.base import CorpusStage, register

RULE = "name_variant"
# a capitalised token: "Kim", "Jong", "Un", "Jin-ping", "O'Hara", "Erdoğan"
TOKEN = r"[^\W\d_a-z][^\W\d_]{0,30}(?:[-'’][^\W\d_]{1,30}){0,2}"
POSSESSIVE = re.compile(r"['’]s$")
# words that start a sentence or a title, not a name: "The Kim Jong Un regime"
NOT_A_NAME = frozenset(
    "the a an and or but of in on at to for from by with as this that these those it its his "
    "her their our my your he she they we i when while after before if mr mrs ms dr".split()
)
MAX_NAMES = 2000  # per document, to keep a sketch compact


class Variant(NamedTuple):
    variant: str
    chosen: str
    variant_documents: int
    chosen_documents: int
    share: float  # of the group's documents that use the chosen form
    edited: bool


@dataclass
class NameState:
    variants: list[Variant]
    edits_by_seq: dict[int, tuple[tuple[str, str], ...]]  # seq -> ((variant, chosen), ...)
    stats: dict[str, Any]


@register
@dataclass(frozen=True)
class NameVariants(CorpusStage):
    """Align rare translated spellings of multi-word names with the corpus majority."""

    name = "names"
    min_documents: int = 3  # documents that must use the chosen form
    min_share: float = 0.8  # share of the group's documents that use the chosen form
    max_tokens: int = 4
    names_file: str | None = None  # a YAML file with `name_variants` in place of the shipped one

    def __post_init__(self) -> None:
        if self.min_documents < 1 or not 0.5 < self.min_share <= 1.0:
            raise ValueError("names.min_documents must be >= 1 and names.min_share in (0.5, 1]")
        if self.max_tokens < 2:
            raise ValueError("names.max_tokens must be >= 2")

    @cached_property
    def _names(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w'’-]){TOKEN}(?: {TOKEN}){{1,12}}(?![\w'’-])")

    @cached_property
    def _rules(self) -> tuple[frozenset[frozenset[str]], list[tuple[re.Pattern[str], str]]]:
        table = load_yaml(self.names_file) if self.names_file else data_file("gazetteer.yaml")
        spec = (table or {}).get("name_variants") or {}
        pairs = frozenset(frozenset(pair) for pair in spec.get("pairs", []) if len(set(pair)) == 2)
        folds = [(re.compile(a), b) for a, b in spec.get("fold", [])]
        return pairs, folds

    # sketch --------------------------------------------------------------------------------
    def names_in(self, text: str) -> set[str]:
        """The multi-word capitalised names of `text`."""
        found: set[str] = set()
        for m in self._names.finditer(text):
            tokens = m.group(0).split(" ")
            while tokens and tokens[0].lower() in NOT_A_NAME:
                tokens = tokens[1:]
            tokens[-1:] = [POSSESSIVE.sub("", t) for t in tokens[-1:]]
            if 2 <= len(tokens) <= self.max_tokens:
                found.add(" ".join(tokens))
        return found

    def sketch(self, doc: Document) -> tuple[str, ...]:
        names: set[str] = set()
        for field in FIELDS:
            names |= self.names_in(doc.get(field))
        return tuple(sorted(names)[:MAX_NAMES])

    # fit -----------------------------------------------------------------------------------
    def translated(self, a: str, b: str) -> bool:
        """Whether name tokens `a` and `b` are one token in two languages' spellings."""
        pairs, folds = self._rules
        if a == b:
            return False
        if frozenset((a, b)) in pairs:
            return True
        return len(a) > 2 and len(b) > 2 and self._fold(a) == self._fold(b)

    def _fold(self, token: str) -> str:
        plain = unicodedata.normalize("NFKD", token.lower())
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        for pattern, repl in self._rules[1]:
            plain = pattern.sub(repl, plain)
        return plain

    def fit(self, sketches: Iterable[tuple[int, str, Any]]) -> NameState:
        documents: Counter[str] = Counter()
        seen: list[tuple[int, tuple[str, ...]]] = []
        for seq, _doc_id, names in sketches:
            documents.update(names)
            seen.append((seq, names))
        # names of one length that agree on all tokens but one share a bucket
        buckets: dict[tuple, list[str]] = {}
        for name in documents:
            tokens = name.split(" ")
            for i in range(len(tokens)):
                buckets.setdefault((len(tokens), i, *tokens[:i], *tokens[i + 1 :]), []).append(name)
        candidates: list[tuple[str, str, int]] = []  # (variant, chosen, group documents)
        for (_, position, *_rest), names in buckets.items():
            if len(names) < 2:
                continue
            ranked = sorted(names, key=lambda n: (-documents[n], n))
            chosen = ranked[0]
            token = chosen.split(" ")[position]
            group = [n for n in ranked[1:] if self.translated(n.split(" ")[position], token)]
            total = documents[chosen] + sum(documents[n] for n in group)
            candidates += [(n, chosen, total) for n in group]
        variants: dict[str, Variant] = {}
        chosen_forms: set[str] = set()
        for variant, chosen, total in sorted(
            candidates, key=lambda c: (-documents[c[1]], c[1], c[0])
        ):
            if variant in variants or chosen in variants or variant in chosen_forms:
                continue  # one chosen form per variant; a variant never becomes a chosen form
            share = documents[chosen] / total
            clear = documents[chosen] >= self.min_documents and share >= self.min_share
            variants[variant] = Variant(
                variant, chosen, documents[variant], documents[chosen], round(share, 4), clear
            )
            chosen_forms.add(chosen)
        edited = {v.variant: v.chosen for v in variants.values() if v.edited}
        edits_by_seq = {}
        for seq, names in seen:
            mine = tuple((n, edited[n]) for n in names if n in edited)
            if mine:
                edits_by_seq[seq] = mine
        ordered = sorted(variants.values(), key=lambda v: (not v.edited, v.chosen, v.variant))
        stats = {
            "names": len(documents),
            "names_in_2_or_more_documents": sum(1 for n in documents.values() if n >= 2),
            "variants": len(ordered),
            "variants_edited": len(edited),
            "documents_edited": len(edits_by_seq),
        }
        return NameState(ordered, edits_by_seq, stats)

    def decision_for(self, state: NameState, seq: int) -> tuple[tuple[str, str], ...] | None:
        return state.edits_by_seq.get(seq)

    # apply ---------------------------------------------------------------------------------
    def apply(self, doc: Document, decision: tuple[tuple[str, str], ...] | None) -> Document:
        if not decision:
            return doc
        mapping = dict(decision)
        alternatives = "|".join(re.escape(v) for v in sorted(mapping, key=len, reverse=True))
        # whole names only: "Kim Jong One’s visit" -> "Kim Jong Un’s visit", not "Kim Jong Ones"
        pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?![\w-]|['’](?!s\b))")
        for field in FIELDS:
            value = doc.get(field)
            if not value:
                continue
            spans = [(m.start(), m.end(), mapping[m.group(0)]) for m in pattern.finditer(value)]
            if spans:
                _replace(doc, field, spans, self.name)
        return doc

    def summary(self, state: NameState) -> dict[str, Any]:
        return {
            **state.stats,
            "variant_list": [v._asdict() for v in state.variants[:200]],
        }


def _replace(doc: Document, field: str, spans: list[tuple[int, int, str]], stage: str) -> None:
    """Replace non-overlapping `(start, end, after)` spans, one ledger `Edit` each."""
    value = doc.get(field)
    pieces: list[str] = []
    cursor = shift = 0
    for start, end, after in spans:
        pieces += [value[cursor:start], after]
        doc.edits.append(Edit(stage, RULE, field, start + shift, value[start:end], after))
        shift += len(after) - (end - start)
        cursor = end
    pieces.append(value[cursor:])
    setattr(doc, field, "".join(pieces))
