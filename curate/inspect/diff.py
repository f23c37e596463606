"""`curate diff OLD NEW`: what changed between two outputs of the same input.

Reads only the two folders (their rows, ledgers and recipes), never the input. A first pass
keeps a few numbers per document (status, rule, hashes of text and ledger, labels); a second
pass reads the ledgers of only the documents whose ledger changed, to count edits added and
gone by rule; word diffs are made for a few documents picked in a fixed order.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import xxhash
import yaml

from curate.explain import find_row, word_diff

WORD_DIFFS = 5
IDS_SHOWN = 50  # ids listed per group in the terminal and the page
LABELS = ("lang", "translated_from", "mt_suspected", "quality_flags", "dup_cluster")
QUARANTINED = "quarantined"


@dataclass(frozen=True)
class _Doc:
    status: str  # "kept" or the removing "stage/rule"
    text: int  # hash of the text
    ledger: int  # hash of the edits
    labels: tuple


@dataclass
class RunDiff:
    old: Path
    new: Path
    # (old status, new status) -> ids, for documents whose status changed
    moved: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    text_changed: list[str] = field(default_factory=list)  # kept in both, text differs
    ledger_changed: list[str] = field(default_factory=list)  # in both, edits differ
    edits_added: Counter[str] = field(default_factory=Counter)  # rule -> edits only in NEW
    edits_gone: Counter[str] = field(default_factory=Counter)  # rule -> edits only in OLD
    docs_by_rule: dict[str, list[str]] = field(default_factory=dict)  # rule -> ids it changed
    word_diffs: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    labels: dict[str, list[tuple[str, Any, Any]]] = field(default_factory=dict)
    recipe: list[tuple[str, Any, Any]] = field(default_factory=list)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # report counts old, new

    @property
    def same(self) -> bool:
        return not (
            any(a != b for a, b in self.counts.values())
            or self.moved
            or self.text_changed
            or self.ledger_changed
            or any(self.labels.values())
            or self.recipe
        )

    @property
    def changed_ids(self) -> set[str]:
        """Every document that differs in any way between the two runs."""
        ids = {i for group in self.moved.values() for i in group}
        ids |= set(self.text_changed) | set(self.ledger_changed)
        ids |= {i for changes in self.labels.values() for i, _, _ in changes}
        return ids

    def kept_vs_removed(self) -> dict[str, dict[str, list[str]]]:
        """`{"removed in NEW": {rule: ids kept in OLD}, "kept in NEW": {rule: ids}}`."""
        out: dict[str, dict[str, list[str]]] = {"removed in new": {}, "kept in new": {}}
        for (before, after), ids in self.moved.items():
            if before == "kept" and after not in ("kept", "absent"):
                out["removed in new"].setdefault(after, []).extend(ids)
            elif after == "kept" and before not in ("kept", "absent"):
                out["kept in new"].setdefault(before, []).extend(ids)
        return out


def compare(old: str | Path, new: str | Path) -> RunDiff:
    old, new = Path(old), Path(new)
    for folder in (old, new):
        if not (folder / "report.json").is_file():
            raise ValueError(f"{folder}: not a curate output (no report.json)")
    before, after = _documents(old), _documents(new)
    result = RunDiff(old, new)
    moved: dict[tuple[str, str], list[str]] = defaultdict(list)
    labels: dict[str, list[tuple[str, Any, Any]]] = {name: [] for name in LABELS}
    for doc_id in sorted(before.keys() | after.keys()):
        a, b = before.get(doc_id), after.get(doc_id)
        status_a = a.status if a else "absent"
        status_b = b.status if b else "absent"
        if status_a != status_b:
            moved[(status_a, status_b)].append(doc_id)
        if a is None or b is None:
            continue
        if a.ledger != b.ledger:
            result.ledger_changed.append(doc_id)
        if status_a == status_b == "kept":
            if a.text != b.text:
                result.text_changed.append(doc_id)
            for name, value_a, value_b in zip(LABELS, a.labels, b.labels, strict=True):
                if value_a != value_b:
                    labels[name].append((doc_id, value_a, value_b))
    result.moved = dict(sorted(moved.items()))
    result.labels = labels
    _count_edits(result)
    result.word_diffs = _word_diffs(old, new, result.text_changed)
    result.recipe = _recipe_changes(old, new)
    counts = [json.loads((f / "report.json").read_text("utf-8"))["counts"] for f in (old, new)]
    result.counts = {key: (counts[0][key], counts[1][key]) for key in counts[0]}
    return result


def _hash(value: Any) -> int:
    return xxhash.xxh64_intdigest(json.dumps(value, ensure_ascii=False, sort_keys=True).encode())


def _documents(folder: Path) -> dict[str, _Doc]:
    docs: dict[str, _Doc] = {}
    kept_columns = ["id", "text", "edits", "lang", "translated_from", "mt_suspected", "quality"]
    kept_columns += ["dup_cluster", "dup_count"]
    for row in _rows(folder, "data", kept_columns):
        flags = tuple(sorted((row.get("quality") or {}).get("flags") or []))
        cluster = (row.get("dup_cluster"), row.get("dup_count"))
        docs[row["id"]] = _Doc(
            "kept",
            _hash(row["text"]),
            _hash(row["edits"]),
            (row.get("lang"), row.get("translated_from"), row.get("mt_suspected"), flags, cluster),
        )
    for row in _rows(folder, "removed", ["id", "text", "edits", "stage", "rule"]):
        docs[row["id"]] = _Doc(
            f"{row['stage']}/{row['rule']}", _hash(row["text"]), _hash(row["edits"]), ()
        )
    quarantine = folder / "quarantine.jsonl"
    if quarantine.is_file():
        for line in quarantine.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item.get("id") and item["id"] not in docs:
                docs[item["id"]] = _Doc(QUARANTINED, 0, 0, ())
    return docs


def _rows(folder: Path, sub: str, columns: list[str], only: set[str] | None = None):
    for path in sorted((folder / sub).glob("*.parquet")):
        handle = pq.ParquetFile(path)
        present = [c for c in columns if c in handle.schema_arrow.names]
        for batch in handle.iter_batches(batch_size=2000, columns=present):
            for row in batch.to_pylist():
                if only is None or row["id"] in only:
                    yield row


def _edit_keys(folder: Path, ids: set[str]) -> dict[str, Counter]:
    """Per document, its edits as a multiset of (stage/rule, before, after)."""
    found: dict[str, Counter] = {}
    for sub in ("data", "removed"):
        for row in _rows(folder, sub, ["id", "edits"], ids):
            found[row["id"]] = Counter(
                (f"{e['stage']}/{e['rule']}", e["before"], e["after"]) for e in row["edits"]
            )
    return found


def _count_edits(result: RunDiff) -> None:
    ids = set(result.ledger_changed)
    if not ids:
        return
    old, new = _edit_keys(result.old, ids), _edit_keys(result.new, ids)
    by_rule: dict[str, set[str]] = defaultdict(set)
    for doc_id in sorted(ids):
        a, b = old.get(doc_id, Counter()), new.get(doc_id, Counter())
        for (rule, _, _), n in (b - a).items():
            result.edits_added[rule] += n
            by_rule[rule].add(doc_id)
        for (rule, _, _), n in (a - b).items():
            result.edits_gone[rule] += n
            by_rule[rule].add(doc_id)
    result.docs_by_rule = {rule: sorted(by_rule[rule]) for rule in sorted(by_rule)}


def _word_diffs(old: Path, new: Path, ids: list[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    picked = sorted(ids, key=lambda i: xxhash.xxh64_intdigest(i.encode()))[:WORD_DIFFS]
    diffs = []
    for doc_id in sorted(picked):
        a, b = find_row(old, doc_id), find_row(new, doc_id)
        if a is None or b is None:
            continue
        diffs.append((doc_id, word_diff(a[1]["text"] or "", b[1]["text"] or "")))
    return diffs


def _recipe_changes(old: Path, new: Path) -> list[tuple[str, Any, Any]]:
    a, b = (_flat_recipe(folder / "recipe.yaml") for folder in (old, new))
    missing = "(not set)"
    return [
        (key, a.get(key, missing), b.get(key, missing))
        for key in sorted(a.keys() | b.keys())
        if a.get(key, missing) != b.get(key, missing)
    ]


def _flat_recipe(path: Path) -> dict[str, Any]:
    """`recipe.yaml` as `key: value` pairs: `stages.quality.min_words`, `output.jsonl`;
    a stage's place in the list is `stages.ORDER` (its name and position)."""
    if not path.is_file():
        return {}
    recipe = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    flat: dict[str, Any] = {}
    order = []
    for entry in recipe.get("stages") or []:
        name, settings = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        order.append(name)
        for key, value in (settings or {}).items():
            flat[f"stages.{name}.{key}"] = value
    flat["stages (order)"] = order
    for section, values in recipe.items():
        if section == "stages":
            continue
        if isinstance(values, dict):
            for key, value in values.items():
                flat[f"{section}.{key}"] = value
        else:
            flat[section] = values
    return flat
