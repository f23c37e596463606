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
    # every split's shards (`--split` publishes data/<split>-*.parquet; publish.splits)
    for kind, pattern in (("kept", "data/*-*.parquet"), ("removed", "removed/*.parquet")):
        shards = sorted(folder.glob(pattern))
        if kind == "kept" and not shards:
            problems.append(f"{folder}/data: no train-*.parquet shard")
        if kind == "kept":
            problems += _check_card_splits(folder, shards)
        rows = 0
        for shard in shards:
            table = pq.read_table(shard).to_pylist()
            if kind == "kept":
                problems += _check_jsonl(folder, shard, table, validator)
            for index, row in enumerate(table):
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


def _check_jsonl(folder: Path, shard: Path, rows: list[dict], validator: RowValidator) -> list[str]:
    """`jsonl/<shard>.jsonl`, when the folder has `jsonl/`: valid rows, the shard's rows exactly."""
    if not (folder / "jsonl").is_dir():
        return []
    path = folder / "jsonl" / f"{shard.stem}.jsonl"
    name = path.relative_to(folder)
    if not path.is_file():
        return [f"{name}: missing (data/{shard.name} has no JSON Lines copy)"]
    problems = []
    count = 0
    with open(path, encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            count += 1
            try:
                row = json.loads(line)
                validator.check("kept", row)
            except ValueError as err:  # not JSON, or breaks the record schema
                problems.append(f"{name} line {line_no}: {err}")
                continue
            if line_no > len(rows) or row != rows[line_no - 1]:
                problems.append(f"{name} line {line_no}: differs from data/{shard.name}")
    if count != len(rows):
        problems.append(f"{name}: {count} rows, data/{shard.name} has {len(rows)}")
    return problems[:20]


def _check_card(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        return [f"{path.name}: no YAML front matter"]
    front = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
    if not isinstance(front, dict) or "configs" not in front or "dataset_info" not in front:
        return [f"{path.name}: front matter lacks configs or dataset_info"]
    return []


def _check_card_splits(folder: Path, shards: list[Path]) -> list[str]:
    """The card's `dataset_info.splits` against the shards: each split it names holds as many
    rows as it says, and no shard lies outside the splits it names."""
    from curate.publish.splits import card_splits

    text = (folder / "README.md").read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        return []  # _check_card says so
    front = yaml.safe_load(text[4 : text.index("\n---\n", 4)])
    said = card_splits(front) if isinstance(front, dict) else {}
    rows: dict[str, int] = {}
    for shard in shards:
        split = shard.name.split("-", 1)[0]
        rows[split] = rows.get(split, 0) + pq.ParquetFile(shard).metadata.num_rows
    problems = [
        f"README.md: split {name} has {count} rows in the card, data/{name}-*.parquet holds "
        f"{rows.get(name, 0)}"
        for name, count in said.items()
        if rows.get(name, 0) != count
    ]
    problems += [
        f"data/{name}-*.parquet: {count} rows in no split of the card's dataset_info"
        for name, count in rows.items()
        if name not in said and count
    ]
    return problems
