"""The dataset card: Hugging Face YAML front matter plus real statistics from this run."""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import yaml

from curate.io.readers import skipped_kinds
from curate.publish import splits as published_splits
from curate.publish.records import KEPT

_DTYPES = {
    pa.string(): "string",
    pa.int64(): "int64",
    pa.float64(): "float64",
    pa.bool_(): "bool",
}


def features(schema: pa.Schema | pa.StructType) -> list[dict[str, Any]]:
    """Arrow schema -> the `dataset_info.features` list the Hub and `datasets` read."""
    return [{"name": f.name, **_feature(f.type)} for f in schema]


def _feature(kind: pa.DataType) -> dict[str, Any]:
    if pa.types.is_struct(kind):
        return {"struct": features(kind)}
    if pa.types.is_list(kind):
        inner = kind.value_type
        return {"list": features(inner) if pa.types.is_struct(inner) else _DTYPES[inner]}
    return {"dtype": _DTYPES[kind]}


def size_category(n: int) -> str:
    for limit, label in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return label
    return "10M<n<100M"


def render(
    report: dict[str, Any],
    recipe: dict[str, Any],
    name: str,
    num_bytes: int,
    splits: dict[str, tuple[int, int]] | None = None,
) -> str:
    """The card; `splits` (name -> (rows, bytes)) when the run published several (`--split`)."""
    counts = report["counts"]
    data_files = [{"split": "train", "path": "data/train-*.parquet"}]
    split_info = [{"name": "train", "num_bytes": num_bytes, "num_examples": counts["kept"]}]
    if splits:
        data_files, split_info = published_splits.front_matter(splits)
    languages = [lang for lang in report["languages"] if lang != "unknown"]
    stages = [stage["stage"] for stage in report["stages"]]
    license = (recipe.get("output") or {}).get("license")
    front = {
        "pretty_name": name,
        **({"license": license} if license else {}),
        "language": languages or ["en"],
        "size_categories": [size_category(counts["kept"])],
        "task_categories": ["text-generation"],
        # a tag says what was done: "deduplicated" only when the dedup stage ran
        "tags": ["curate", "news"] + (["deduplicated"] if "dedup" in stages else []),
        "configs": [
            {
                "config_name": "default",
                "data_files": data_files,
            }
        ],
        "dataset_info": {
            "features": features(KEPT),
            "splits": split_info,
            "dataset_size": num_bytes,
        },
    }
    lines = [
        "---",
        yaml.safe_dump(front, sort_keys=False, allow_unicode=True).rstrip(),
        "---",
        "",
        f"# {name}",
        "",
        f"Made by `curate` {report['curate']['version']} with the recipe "
        f"`{report['curate']['recipe']}` (resolved in `recipe.yaml`). "
        f"{recipe.get('description', '')}".rstrip(),
        "",
        "```python",
        "from datasets import load_dataset",
        published_splits.usage(splits),
        "```",
        "",
        *(published_splits.card_lines(splits) if splits else []),
        *_licence_and_inputs(report, license),
        *_report_link(recipe),
        *(_empty_note(counts["kept"]) if not splits else []),
        "## Counts",
        "",
        "| read | kept | removed | quarantined | kept words |",
        "|---:|---:|---:|---:|---:|",
        f"| {counts['read']} | {counts['kept']} | {counts['removed']} | "
        f"{counts['quarantined']} | {report['kept_words']} |",
        "",
        "## Stages",
        "",
        "| stage | in | removed | documents edited | edits |",
        "|---|---:|---:|---:|---:|",
    ]
    for stage in report["stages"]:
        lines.append(
            f"| {stage['stage']} | {stage['in']} | {stage['removed']} | "
            f"{stage['documents_edited']} | {sum(stage['edits'].values())} |"
        )
    lines += _table("Removed documents by rule", "stage/rule", report["removed_by_rule"])
    lines += _edits_table(report)
    lines += _table("Languages (kept)", "language", report["languages"])
    lines += _table(
        "Machine translation suspected (kept)", "source language", report["translated_from"]
    )
    lines += _table("Quality flags (kept)", "flag", report["quality_flags"])
    lines += _table("Topics (kept)", "topic", report["tags"])
    lines += _coverage(report.get("fields") or {}, counts["kept"])
    dedup = report["corpus_stages"].get("dedup")
    if dedup:
        lines += [
            "",
            "## Duplicates",
            "",
            f"{dedup['clusters']} clusters hold {dedup['documents_in_clusters']} documents "
            f"(largest: {dedup['largest_cluster']}); {dedup['removed_exact']} exact and "
            f"{dedup['removed_near']} near duplicates removed. In each cluster the kept "
            "document is the most complete text (most words), then the earliest in input order.",
        ]
        lines += _table(
            "Cluster sizes", "documents in the cluster", dedup["cluster_sizes"], "clusters"
        )
    elif "dedup" not in stages:
        lines += ["", "## Duplicates", "", "Not deduplicated: the `dedup` stage did not run."]
    lines += _stories(report["corpus_stages"].get("stories"))
    if report["quarantine"]:
        lines += _table("Quarantined inputs (see quarantine.jsonl)", "kind", report["quarantine"])
    skipped = report.get("skipped_files") or []
    if skipped:
        lines += _table(
            f"Files not read ({len(skipped)}; listed in report.json)",
            "kind",
            skipped_kinds(skipped),
            "files",
        )
    records = report.get("skipped_records") or {}
    from curate.io.json_splits import SKIPPED_SPLIT, skipped_splits

    others = skipped_splits(records)  # `--split test` of a .json file of splits
    records = {k: v for k, v in records.items() if not k.startswith(SKIPPED_SPLIT)}
    if others:  # read = kept + removed + quarantined + skipped
        lines += _table(
            f"Records of splits not asked for ({sum(others.values())}; counted as read, skipped)",
            "split",
            others,
            "records",
        )
    if records:  # web archives: read = kept + removed + quarantined + these
        lines += _table(
            f"Archive records that are no page ({sum(records.values())}; counted as read)",
            "kind",
            records,
            "records",
        )
    lines += [
        "",
        "## Files",
        "",
        f"- `data/{'<split>' if splits else 'train'}-*.parquet`: kept records, with labels and "
        "the `edits` that made each text.",
        "- `jsonl/`: the same records as JSON Lines (when enabled).",
        "- `removed/*.parquet`: documents removed whole, with `stage`, `rule`, `reason` and "
        "`duplicate_of`.",
        "- `quarantine.jsonl`: inputs that could not be read (file, line, error), if any.",
        "- `report.json`: every count above; `recipe.yaml`: how this dataset was made.",
        *(
            ["- `report.html`: the same counts as a page, with examples of every rule and plots."]
            if _report_link(recipe)
            else []
        ),
        "",
    ]
    return "\n".join(lines)


def _licence_and_inputs(report: dict[str, Any], license: str | None) -> list[str]:
    stated = (
        f"`{license}`"
        if license
        else ("not stated (set `output.license` in the recipe, or `curate run --license`)")
    )
    lines = [f"Licence: {stated}.", "", "Inputs:", ""]
    lines += [f"- `{path}`" for path in report.get("inputs") or []]
    return [*lines, ""]


def _empty_note(kept: int) -> list[str]:
    if kept:
        return []
    return [
        "**No document was kept**: the train split is empty (one Parquet shard with the schema). "
        "`datasets` cannot load an empty split without streaming: use "
        '`load_dataset(path, split="train", streaming=True)`; `removed/` and `report.json` '
        "say why each document went.",
        "",
    ]


def _coverage(fields: dict[str, int], kept: int) -> list[str]:
    """Share of kept documents that have each field the `bylines` stage fills."""
    if not fields or not kept:
        return []
    rows = ["", "## Fields (kept)", "", "| field | documents | share |", "|---|---:|---:|"]
    rows += [f"| {name} | {count} | {count / kept:.1%} |" for name, count in fields.items()]
    return rows


def _table(title: str, key: str, counts: dict[str, int], unit: str = "documents") -> list[str]:
    if not counts:
        return []
    rows = ["", f"## {title}", "", f"| {key} | {unit} |", "|---|---:|"]
    rows += [f"| {name} | {count} |" for name, count in counts.items()]
    return rows


def _edits_table(report: dict[str, Any]) -> list[str]:
    """Per rule: documents with at least one of its edits, and the edits themselves."""
    edits = report["edits_by_rule"]
    if not edits:
        return []
    documents = report.get("documents_edited_by_rule") or {}
    rows = ["", "## Edits by rule", "", "| stage/rule | documents | edits |", "|---|---:|---:|"]
    for rule, count in edits.items():
        rows.append(f"| {rule} | {documents.get(rule, 'n/a')} | {count} |")
    return rows


def _report_link(recipe: dict[str, Any]) -> list[str]:
    """A pointer to `report.html`, when the run writes it (`output.report`, on by default)."""
    if not (recipe.get("output") or {}).get("report", True):
        return []
    return [
        "What each stage and rule did, with examples and distributions: "
        "[report.html](report.html) (one self-contained page; `curate report DIR` rebuilds it).",
        "",
    ]


def _stories(stories: dict[str, Any] | None) -> list[str]:
    """The `stories` stage: versions of one story across languages, by language pair."""
    if not stories:
        return []
    lines = [
        "",
        "## One story, several languages",
        "",
        f"{stories['clusters']} stories are told by more than one document "
        f"({stories['documents_in_clusters']} documents, `story_cluster`); "
        f"{stories['removed_translated_copy']} copies in the language of a kept version were "
        f"removed (`translated_copy`, keep: {stories['keep']}); "
        f"{stories['too_short_to_fingerprint']} documents were too short to fingerprint "
        "(never merged).",
    ]
    lines += _table(
        "Stories by language pair", "languages", stories["clusters_by_language_pair"], "stories"
    )
    return lines
