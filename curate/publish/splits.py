"""A dataset read by split (`--split train --split test`) is published by split.

The splits were read, then written into one `train` split, so `load_dataset(out)` gave a
`train` of the test rows, or train and test mixed. Each kept row now carries the split of the
file it came from (`readers.SPLIT`, under `SPLIT_KEY` until the writer files it): its shards
are `data/<split>-00000-of-00001.parquet` and the card's `configs` and `dataset_info` list every
split, so `load_dataset(out)` gives them by name. A split that kept no document has no shard
(`datasets` cannot load an empty Parquet split) and the card says so.
"""

from __future__ import annotations

from typing import Any

SPLIT_KEY = "__split__"  # a kept row's split, between the batch and the writer; never written


def front_matter(splits: dict[str, tuple[int, int]]) -> tuple[list[dict], list[dict]]:
    """The card's `configs[0].data_files` and `dataset_info.splits` for `splits`
    (name -> (rows, Arrow bytes)); an empty split is in neither."""
    held = {name: size for name, size in splits.items() if size[0]}
    if not held:  # nothing kept at all: the first split's one empty shard, as `train` has
        first = next(iter(splits))
        held = {first: splits[first]}
    files = [{"split": name, "path": f"data/{name}-*.parquet"} for name in held]
    info = [{"name": name, "num_bytes": b, "num_examples": n} for name, (n, b) in held.items()]
    return files, info


def card_lines(splits: dict[str, tuple[int, int]]) -> list[str]:
    """The card's `## Splits` table: kept documents per split, and the empty ones named."""
    lines = ["## Splits", "", "| split | kept |", "|---|---:|"]
    lines += [f"| {name} | {rows} |" for name, (rows, _) in splits.items()]
    empty = [name for name, (rows, _) in splits.items() if not rows]
    if empty:
        lines += [
            "",
            f"No document of {', '.join(empty)} was kept: the split has no shard and is not "
            "in `configs` (`removed/` and `report.json` say why each document went).",
        ]
    return [*lines, ""]


def usage(splits: dict[str, tuple[int, int]] | None) -> str:
    """The card's line of Python that loads the dataset."""
    if not splits:
        return 'ds = load_dataset("path/to/this/folder", split="train")'
    names = ", ".join(f'ds["{entry["split"]}"]' for entry in front_matter(splits)[0])
    return f'ds = load_dataset("path/to/this/folder")  # {names}'


def card_splits(front: dict[str, Any]) -> dict[str, int]:
    """What a card's front matter says each split holds: name -> num_examples."""
    info = (front.get("dataset_info") or {}).get("splits") or []
    return {s.get("name"): s.get("num_examples") for s in info if isinstance(s, dict)}
