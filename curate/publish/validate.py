"""`curate validate DIR`: is this folder a complete, consistent curate dataset?"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import yaml

from curate.engines.plan import RowValidator
from curate.report import check
from curate.resources import schema


def validate_folder(folder: str | Path) -> list[str]:
    """Every problem found, as one line each; an empty list means valid."""
    folder = Path(folder)
    problems: list[str] = []
    for name in ("README.md", "report.json", "recipe.yaml"):
        if not (folder / name).is_file():
            problems.append(f"{folder / name}: missing")
    if problems:
        return problems
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    try:
        jsonschema.validate(report, schema("report"))
    except jsonschema.ValidationError as err:
        problems.append(f"report.json: {err.message}")
        return problems
    problems += [f"report.json: {p}" for p in check(report)]
    problems += _check_card(folder / "README.md")
    validator = RowValidator()
    seen: set[str] = set()
    counted = {}
    for kind, pattern in (("kept", "data/train-*.parquet"), ("removed", "removed/*.parquet")):
        shards = sorted(folder.glob(pattern))
        if kind == "kept" and not shards:
            problems.append(f"{folder}/data: no train-*.parquet shard")
        rows = 0
        for shard in shards:
            for index, row in enumerate(pq.read_table(shard).to_pylist()):
                rows += 1
                try:
                    validator.check(kind, row)
                except ValueError as err:
                    problems.append(f"{shard.relative_to(folder)} row {index}: {err}")
                if row["id"] in seen:
                    problems.append(
                        f"{shard.relative_to(folder)} row {index}: duplicate id {row['id']!r}"
                    )
                seen.add(row["id"])
        counted[kind] = rows
    quarantine = folder / "quarantine.jsonl"
    counted["quarantined"] = 0
    if quarantine.exists():
        q_validator = jsonschema.validators.validator_for(schema("quarantine"))(
            schema("quarantine")
        )
        for line_no, line in enumerate(quarantine.read_text(encoding="utf-8").splitlines(), 1):
            counted["quarantined"] += 1
            for err in q_validator.iter_errors(json.loads(line)):
                problems.append(f"quarantine.jsonl line {line_no}: {err.message}")
    for kind, rows in counted.items():
        if report["counts"][kind] != rows:
            problems.append(f"report says {report['counts'][kind]} {kind}, files hold {rows}")
    return problems


def _check_card(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        return [f"{path.name}: no YAML front matter"]
    front = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
    if not isinstance(front, dict) or "configs" not in front or "dataset_info" not in front:
        return [f"{path.name}: front matter lacks configs or dataset_info"]
    return []
