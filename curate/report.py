"""Counts for `report.json` and the dataset card, built from the rows that were written.

Invariant: read = kept + removed + quarantined, overall and, per stage, in = out + removed.
The report holds no timings or paths of temporary files, so the same run gives the same bytes.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from curate import __version__
from curate.io.readers import Quarantined
from curate.words import word_count

READ_STAGE = "read"
FIELDS = ("authors", "dateline", "published", "credit")  # record fields of the `bylines` stage


class ReportBuilder:
    def __init__(self, stage_names: list[str]) -> None:
        self.stage_names = stage_names
        self.kept = 0
        self.removed = 0
        self.quarantined = 0
        self.removed_by_stage: Counter[str] = Counter()
        self.removed_by_rule: Counter[str] = Counter()
        self.edits_by_rule: Counter[str] = Counter()
        self.docs_edited_by_stage: Counter[str] = Counter()
        self.docs_edited_by_rule: Counter[str] = Counter()
        self.quarantine_kinds: Counter[str] = Counter()
        self.languages: Counter[str] = Counter()
        self.translated_from: Counter[str] = Counter()
        self.quality_flags: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.fields: Counter[str] = Counter()  # kept rows that have each `bylines` field
        self.kept_chars = 0
        self.kept_words = 0
        self.corpus: dict[str, dict[str, Any]] = {}
        self.skipped_records: Counter[str] = Counter()  # web archive records that are no page
        self.read_log: dict[str, int] = {}  # library log messages while reading, by kind
        self.text_fields: Counter[str] = Counter()  # documents read under each text field
        self.input_splits: Counter[str] = Counter()  # documents read from each merged split
        self.sidecars = 0  # documents read with their JSON metadata file (io.sidecars)

    def add(self, kind: str, row: dict[str, Any]) -> None:
        # counted key by key: `Counter.update` is a Python method (type checks, then the count)
        # that a row called three times for a handful of keys
        stages_edited = set()
        rules_edited = set()
        for edit in row["edits"]:
            rule = f"{edit['stage']}/{edit['rule']}"
            self.edits_by_rule[rule] += 1
            rules_edited.add(rule)
            stages_edited.add(edit["stage"])
        for stage in stages_edited:
            self.docs_edited_by_stage[stage] += 1
        for rule in rules_edited:
            self.docs_edited_by_rule[rule] += 1
        if kind == "kept":
            self.kept += 1
            self.languages[row["lang"] or "unknown"] += 1
            if row.get("mt_suspected"):
                self.translated_from[row.get("translated_from") or "unidentified"] += 1
            for flag in (row.get("quality") or {}).get("flags", []):
                self.quality_flags[flag] += 1
            for tag in row.get("tags") or ():
                self.tags[tag] += 1
            for name in FIELDS:
                if row.get(name) not in (None, []):
                    self.fields[name] += 1
            self.kept_chars += len(row["text"])
            self.kept_words += word_count(row["text"])  # len(text.split()), no word made
        else:
            self.removed += 1
            self.removed_by_stage[row["stage"]] += 1
            self.removed_by_rule[f"{row['stage']}/{row['rule']}"] += 1

    def quarantine(self, item: Quarantined) -> None:
        self.quarantined += 1
        self.quarantine_kinds[item.kind] += 1

    def read_from(self, doc: Any) -> None:
        """The text field a document was read from, when the reader names several."""
        field = doc.labels.get("text_field")
        if field is not None:
            self.text_fields[field] += 1
        split = doc.labels.get("input_split")  # several splits read as one (io.splits)
        if split is not None:
            self.input_splits[split] += 1
        self.sidecars += "sidecar" in doc.labels  # `001.txt` with `001.json` (io.sidecars)

    def skip(self, kind: str) -> None:
        self.skipped_records[kind] += 1

    @property
    def read(self) -> int:
        return self.kept + self.removed + self.quarantined + sum(self.skipped_records.values())

    def to_dict(self, recipe_name: str, inputs: list[str], skipped_files: list[str]) -> dict:
        stages = []
        remaining = self.kept + self.removed - self.removed_by_stage[READ_STAGE]
        for name in self.stage_names:
            removed_here = self.removed_by_stage[name]
            stages.append(
                {
                    "stage": name,
                    "in": remaining,
                    "out": remaining - removed_here,
                    "removed": removed_here,
                    "documents_edited": self.docs_edited_by_stage[name],
                    "edits": _sorted(
                        {
                            k.split("/", 1)[1]: v
                            for k, v in self.edits_by_rule.items()
                            if k.split("/", 1)[0] == name
                        }
                    ),
                    "removed_by_rule": _sorted(
                        {
                            k.split("/", 1)[1]: v
                            for k, v in self.removed_by_rule.items()
                            if k.split("/", 1)[0] == name
                        }
                    ),
                }
            )
            remaining -= removed_here
        return {
            "curate": {"version": __version__, "recipe": recipe_name},
            "inputs": inputs,
            "skipped_files": skipped_files,
            "counts": {
                "read": self.read,
                "kept": self.kept,
                "removed": self.removed,
                "quarantined": self.quarantined,
            }
            | ({"skipped": sum(self.skipped_records.values())} if self.skipped_records else {}),
            "kept_words": self.kept_words,
            "kept_characters": self.kept_chars,
            "removed_at_read": _sorted(
                {
                    k.split("/", 1)[1]: v
                    for k, v in self.removed_by_rule.items()
                    if k.startswith(READ_STAGE + "/")
                }
            ),
            "stages": stages,
            "removed_by_rule": _sorted(self.removed_by_rule),
            "edits_by_rule": _sorted(self.edits_by_rule),
            "documents_edited_by_rule": _sorted(self.docs_edited_by_rule),
            "quarantine": _sorted(self.quarantine_kinds),
            "languages": _sorted(self.languages),
            "translated_from": _sorted(self.translated_from),
            "quality_flags": _sorted(self.quality_flags),
            "tags": _sorted(self.tags),
            "fields": {name: self.fields[name] for name in FIELDS},
            "corpus_stages": self.corpus,
        } | self._archive_counts()

    def _archive_counts(self) -> dict[str, Any]:
        """Keys only a run over web archives (or one whose libraries logged) has."""
        extra: dict[str, Any] = {}
        if self.skipped_records:
            extra["skipped_records"] = _sorted(self.skipped_records)
        if self.read_log:
            extra["read_log"] = _sorted(self.read_log)
        if self.text_fields:  # only when reader.text_field names several
            extra["text_fields"] = _sorted(self.text_fields)
        if self.input_splits:  # only when an input of several splits is read whole
            extra["input_splits"] = _sorted(self.input_splits)
        if self.sidecars:  # only when text files had their metadata beside them
            extra["sidecars_joined"] = self.sidecars
        return extra


def check(report: dict[str, Any]) -> list[str]:
    """The accounting rules every report must satisfy; returns the broken ones."""
    problems = []
    counts = report["counts"]
    skipped = counts.get("skipped", 0)  # web archive records that are no page
    if counts["read"] != counts["kept"] + counts["removed"] + counts["quarantined"] + skipped:
        problems.append(f"read {counts['read']} != kept + removed + quarantined + skipped {counts}")
    if sum(report.get("skipped_records", {}).values()) != skipped:
        problems.append(f"skipped_records sum to {report.get('skipped_records')}, not {skipped}")
    removed = sum(report["removed_by_rule"].values())
    if removed != counts["removed"]:
        problems.append(f"removed_by_rule sums to {removed}, counts say {counts['removed']}")
    for stage in report["stages"]:
        if stage["in"] != stage["out"] + stage["removed"]:
            problems.append(f"stage {stage['stage']}: in != out + removed")
    if report["stages"] and report["stages"][-1]["out"] != counts["kept"]:
        problems.append("the last stage's output is not the kept count")
    return problems


def _sorted(counter: dict[str, int]) -> dict[str, int]:
    return {key: counter[key] for key in sorted(counter)}
