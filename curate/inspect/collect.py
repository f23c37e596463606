"""Everything the report page shows, gathered from one published folder in a streaming pass.

The counts come from `report.json` (the page never recounts what the run counted); the ledger
(`edits` of every row), the removed rows and `quarantine.jsonl` give what the counts cannot:
lines and characters each rule removed, examples, distributions, duplicate clusters.
Memory is bounded by the caps (examples per rule, clusters, quarantine rows), not by the corpus,
except for one number per document and measure kept for the plots.
"""

from __future__ import annotations

import heapq
import json
from array import array
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

from curate.document import Edit, invert
from curate.resources import parse_yaml

EXAMPLES_PER_RULE = 3
CLUSTERS_SHOWN = 20
COPIES_SHOWN = 10  # removed copies listed under each cluster shown (the rest are counted)
QUARANTINE_SHOWN = 100
CONTEXT = 60  # characters shown on each side of an edit
EXCERPT = 400  # characters of a removed document shown
MEASURES = (
    "words",
    "mean_word_length",
    "symbol_ratio",
    "alpha_words",
    "repeated_line_ratio",
    "bullet_lines",
)
_KEPT_COLUMNS = [
    "id",
    "title",
    "text",
    "lang",
    "lang_score",
    "mt_suspected",
    "mt_evidence",
    "dup_cluster",
    "dup_count",
    "quality",
    "edits",
]
_REMOVED_COLUMNS = [
    "id",
    "title",
    "text",
    "stage",
    "rule",
    "reason",
    "duplicate_of",
    "similarity",
    "edits",
]


@dataclass
class EditExample:
    """One edit of a rule in its document, with the text around it as it was then."""

    doc_id: str
    kind: str  # "kept" or "removed"
    field: str
    left: str
    before: str
    after: str
    right: str
    score: float | None


@dataclass
class RemovedExample:
    doc_id: str
    reason: str
    excerpt: str
    duplicate_of: str | None
    similarity: float | None


@dataclass
class RuleStats:
    """What one `stage/rule` did to the text, counted from the ledger."""

    documents: int = 0
    edits: int = 0
    lines_removed: int = 0  # non-blank lines an edit deleted whole
    chars_removed: int = 0  # per edit, characters of `before` beyond those of `after`
    examples: list[EditExample] = field(default_factory=list)


@dataclass
class Cluster:
    kept_id: str
    size: int
    # the first `COPIES_SHOWN` (id, rule, similarity), most similar first, of `copies_total`
    copies: list[tuple[str, str, float | None]]
    copies_total: int = 0


@dataclass
class Collected:
    folder: Path
    report: dict[str, Any]
    recipe: dict[str, Any]
    rules: dict[str, RuleStats]
    removed_examples: dict[str, list[RemovedExample]]
    length_before: Sequence[int]  # characters of every document read (not quarantined), as input
    length_after: Sequence[int]  # characters of every kept document
    lang_scores: Sequence[float]
    measures: dict[str, Sequence[float]]  # quality measures of kept documents
    removed_measures: dict[str, Sequence[float]]  # ... of documents the quality stage removed
    mt_signals: dict[str, tuple[int, int]]  # signal -> (documents, occurrences), kept
    mt_suspected: int
    clusters: list[Cluster]
    clusters_total: int
    quarantine_rows: list[dict[str, Any]]
    quarantine_total: int

    @property
    def quality_settings(self) -> dict[str, Any] | None:
        return stage_settings(self.recipe, "quality")


def stage_settings(recipe: dict[str, Any], name: str) -> dict[str, Any] | None:
    """A stage's settings in a recipe, as `recipe.yaml` spells it (`{quality: {...}}`) or as
    the resolved recipe holds it (`{stage: quality, ...}`); None when it does not run."""
    for entry in recipe.get("stages") or []:
        if isinstance(entry, str):
            found, settings = entry, {}
        elif "stage" in entry:
            found, settings = entry["stage"], {k: v for k, v in entry.items() if k != "stage"}
        else:
            found, settings = next(iter(entry.items()))
        if found == name:
            return dict(settings or {})
    return None


def collect(
    folder: str | Path,
    report: dict[str, Any] | None = None,
    recipe: dict[str, Any] | None = None,
    examples_per_rule: int = EXAMPLES_PER_RULE,
) -> Collected:
    """Read a published folder (or a staging folder, given its report and resolved recipe)."""
    folder = Path(folder)
    if report is None:
        report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    if recipe is None:
        recipe_path = folder / "recipe.yaml"
        recipe = (
            parse_yaml(recipe_path.read_text(encoding="utf-8")) if recipe_path.is_file() else {}
        )
    recipe = _spelled_out(recipe)
    gatherer = _Gatherer(examples_per_rule, _quality_stage(recipe))
    for path in sorted((folder / "data").glob("*.parquet")):
        for rows in _batches(path, _KEPT_COLUMNS):
            for row in rows:
                gatherer.kept(row)
    for path in sorted((folder / "removed").glob("*.parquet")):
        for rows in _batches(path, _REMOVED_COLUMNS):
            for row in rows:
                gatherer.removed(row)
    quarantine_rows, quarantine_total = _quarantine(folder / "quarantine.jsonl")
    return Collected(
        folder=folder,
        report=report,
        recipe=recipe,
        rules=gatherer.rule_stats(),
        removed_examples=gatherer.removed_samples(),
        length_before=gatherer.length_before,
        length_after=gatherer.length_after,
        lang_scores=gatherer.lang_scores,
        measures=gatherer.measures,
        removed_measures=gatherer.removed_measures,
        mt_signals={
            k: (gatherer.mt_docs[k], gatherer.mt_counts[k]) for k in sorted(gatherer.mt_docs)
        },
        mt_suspected=gatherer.mt_suspected,
        clusters=gatherer.clusters(),
        clusters_total=len(gatherer.cluster_kept),  # every cluster with a copy, not only shown
        quarantine_rows=quarantine_rows,
        quarantine_total=quarantine_total,
    )


def _spelled_out(recipe: dict[str, Any]) -> dict[str, Any]:
    """A resolved recipe (`{stage: name, ...}` entries, defaults left out) as `recipe.yaml`
    has it: every setting spelled out, so the page shows the thresholds the run used."""
    stages = recipe.get("stages") or []
    if not any(isinstance(entry, dict) and "stage" in entry for entry in stages):
        return recipe
    from curate.recipe import dump

    return parse_yaml(dump(recipe))


def _batches(path: Path, columns: list[str]):
    handle = pq.ParquetFile(path)
    present = [c for c in columns if c in handle.schema_arrow.names]
    # 200 rows a time as Python objects, and Arrow's freed buffers handed back after each: with
    # 2,000 and none handed back, the page of a 7,000-page crawl took 196 MiB, of 300 pages 31
    for batch in handle.iter_batches(batch_size=200, columns=present):
        yield batch.to_pylist()
        pa.default_memory_pool().release_unused()


def _quality_stage(recipe: dict[str, Any]):
    """The quality stage as the recipe built it, to measure documents it removed (not stored)."""
    settings = stage_settings(recipe, "quality")
    if settings is None:
        return None
    from curate.recipe import build_stage

    try:
        return build_stage({"stage": "quality", **settings})
    except Exception:  # a folder from another curate version: no measures of removed documents
        return None


def _sample_key(rule: str, doc_id: str) -> int:
    """A fixed pseudo-random order of documents per rule: the same examples every time."""
    return xxhash.xxh64_intdigest(f"{rule}\0{doc_id}".encode())


class _Gatherer:
    def __init__(self, examples_per_rule: int, quality_stage) -> None:
        self.k = examples_per_rule
        self.quality_stage = quality_stage
        self.stats: dict[str, RuleStats] = defaultdict(RuleStats)
        # per rule, a max-heap (by negated key) of the k documents with the smallest keys
        self.samples: dict[str, list[tuple[int, str, str, dict[str, Any], int]]] = defaultdict(list)
        self.removed_heaps: dict[str, list[tuple[int, str, RemovedExample]]] = defaultdict(list)
        # one machine number per document and measure (8 bytes, not a Python object's 32)
        self.length_before = array("q")
        self.length_after = array("q")
        self.lang_scores = array("d")
        self.measures = {m: array("d") for m in MEASURES}
        self.removed_measures = {m: array("d") for m in MEASURES}
        self.mt_docs: Counter[str] = Counter()
        self.mt_counts: Counter[str] = Counter()
        self.mt_suspected = 0
        # the largest clusters so far, as (kept id, size), and how many there are: kept rows
        # come before removed ones, so the clusters shown are known before any copy is read,
        # and only their first copies are held (each list and count by kept id)
        self.cluster_kept = _Largest(CLUSTERS_SHOWN, key=lambda c: (-c[1], c[0]))
        self.copies: dict[str, _Largest] | None = None  # by kept id, for the clusters shown
        self.copy_counts: Counter[str] = Counter()

    def _ledger(self, row: dict[str, Any], kind: str) -> None:
        edits = row.get("edits") or []
        growth = 0
        first_of_rule: dict[str, int] = {}
        for index, edit in enumerate(edits):
            rule = f"{edit['stage']}/{edit['rule']}"
            stats = self.stats[rule]
            stats.edits += 1
            before, after = edit["before"], edit["after"]
            stats.chars_removed += max(0, len(before) - len(after))
            if not after.strip():
                stats.lines_removed += sum(1 for line in before.split("\n") if line.strip())
            if edit["field"] == "text":
                growth += len(after) - len(before)
            first_of_rule.setdefault(rule, index)
        for rule, index in first_of_rule.items():
            self.stats[rule].documents += 1
            key = _sample_key(rule, row["id"])
            heap = self.samples[rule]
            item = (-key, row["id"], kind, row, index)
            if len(heap) < self.k:
                heapq.heappush(heap, item)
            elif -heap[0][0] > key:
                heapq.heapreplace(heap, item)
        self.length_before.append(len(row["text"] or "") - growth)

    def kept(self, row: dict[str, Any]) -> None:
        self._ledger(row, "kept")
        self.length_after.append(len(row["text"] or ""))
        if row.get("lang_score") is not None:
            self.lang_scores.append(row["lang_score"])
        quality = row.get("quality")
        if quality:
            for name in MEASURES:
                if quality.get(name) is not None:
                    self.measures[name].append(quality[name])
        if row.get("mt_suspected"):
            self.mt_suspected += 1
        for evidence in row.get("mt_evidence") or []:
            self.mt_docs[evidence["signal"]] += 1
            self.mt_counts[evidence["signal"]] += evidence["count"]
        # a cluster's one kept row (dedup keeps one document a cluster): not a cluster of one
        if row.get("dup_cluster") and (row.get("dup_count") or 0) > 1:
            self.cluster_kept.add((row["id"], row["dup_count"]))

    def removed(self, row: dict[str, Any]) -> None:
        self._ledger(row, "removed")
        rule = f"{row['stage']}/{row['rule']}"
        if row["stage"] == "quality" and self.quality_stage is not None:
            measured = self.quality_stage.measure(row["text"] or "")
            for name in MEASURES:
                self.removed_measures[name].append(measured[name])
        if row.get("duplicate_of") and row["stage"] == "dedup":  # `stories` has its own table
            if self.copies is None:  # the first copy: every kept row has been read
                self.copies = {
                    kept: _Largest(COPIES_SHOWN, key=lambda c: (-(c[2] or 0.0), c[0]))
                    for kept, _ in self.cluster_kept.items()
                }
            shown = self.copies.get(row["duplicate_of"])
            if shown is not None:
                shown.add((row["id"], rule, row.get("similarity")))
                self.copy_counts[row["duplicate_of"]] += 1
        key = _sample_key(rule, row["id"])
        heap = self.removed_heaps[rule]
        if len(heap) < self.k or -heap[0][0] > key:
            text = row["text"] or ""
            example = RemovedExample(
                row["id"],
                row.get("reason") or "",
                text[:EXCERPT] + ("…" if len(text) > EXCERPT else ""),
                row.get("duplicate_of"),
                row.get("similarity"),
            )
            item = (-key, row["id"], example)
            if len(heap) < self.k:
                heapq.heappush(heap, item)
            else:
                heapq.heapreplace(heap, item)

    def rule_stats(self) -> dict[str, RuleStats]:
        for rule, heap in self.samples.items():
            ordered = sorted(heap, key=lambda item: -item[0])
            self.stats[rule].examples = [
                _edit_example(row, kind, index) for _, _, kind, row, index in ordered
            ]
        return {rule: self.stats[rule] for rule in sorted(self.stats)}

    def removed_samples(self) -> dict[str, list[RemovedExample]]:
        return {
            rule: [example for _, _, example in sorted(heap, key=lambda item: -item[0])]
            for rule, heap in sorted(self.removed_heaps.items())
        }

    def clusters(self) -> list[Cluster]:
        found = []
        for kept_id, size in self.cluster_kept.items():
            copies = (self.copies or {}).get(kept_id)
            shown = copies.items() if copies is not None else []
            found.append(Cluster(kept_id, size, shown, self.copy_counts[kept_id]))
        return found


class _Largest:
    """The first `k` items by `key` of those added, and how many were added: a sorted list cut
    back to `k` whenever it doubles (a stable sort, so ties keep the order they came in)."""

    def __init__(self, k: int, key) -> None:
        self.k = k
        self.key = key
        self.held: list[Any] = []
        self.total = 0

    def add(self, item: Any) -> None:
        self.total += 1
        if not self.k:
            return
        self.held.append(item)
        if len(self.held) >= 2 * self.k:
            self.held = sorted(self.held, key=self.key)[: self.k]

    def items(self) -> list[Any]:
        return sorted(self.held, key=self.key)[: self.k]

    def __len__(self) -> int:
        return self.total


def _edit_example(row: dict[str, Any], kind: str, index: int) -> EditExample:
    """The edit at `index`, with the text around it as it was right after the edit."""
    edits = [Edit.from_dict(e) for e in row["edits"]]
    final = {"text": row["text"] or "", "title": row["title"] or "", "id": row["id"]}
    try:
        state = invert(final, edits[index + 1 :])
    except ValueError:  # a ledger that does not replay: show the edit alone
        state = {}
    edit = edits[index]
    value = state.get(edit.field, "")
    end = edit.start + len(edit.after)
    return EditExample(
        doc_id=row["id"],
        kind=kind,
        field=edit.field,
        left=_clip_left(value[: edit.start]),
        before=edit.before,
        after=edit.after,
        right=_clip_right(value[end:]),
        score=edit.score,
    )


def _clip_left(text: str) -> str:
    return text if len(text) <= CONTEXT else "…" + text[-CONTEXT:]


def _clip_right(text: str) -> str:
    return text if len(text) <= CONTEXT else text[:CONTEXT] + "…"


def _quarantine(path: Path) -> tuple[list[dict[str, Any]], int]:
    if not path.is_file():
        return [], 0
    rows, total = [], 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            total += 1
            if len(rows) < QUARANTINE_SHOWN:
                rows.append(json.loads(line))
    return rows, total
