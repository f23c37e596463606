"""Which split of a dataset an input file belongs to, and reading only the splits asked for.

A dataset handed over as a folder often holds several splits, and curate read them all into
its one `train` split without a word:

- `DatasetDict.save_to_disk(folder)`: `folder/dataset_dict.json` lists the splits, each a
  subfolder of `.arrow` shards (`folder/test/data-00000-of-00001.arrow`);
- a Hub dataset's files: `data/train-00000-of-00002.parquet`, `data/test-00000-of-00001.parquet`
  (what `push_to_hub` writes; the shard numbering makes the name unambiguous);
- files named for their split side by side: `train.jsonl`, `validation.jsonl`, `test.jsonl`
  (at least two different split names in one folder, so a lone `test.jsonl` is no split).

`reader.split` (`curate run --split test`, repeatable) reads only those splits; without it every
split is read and the command line says which were merged. A file of no split is read either
way when no split is asked for, and left out when one is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

SHARD = re.compile(r"^(?P<split>[A-Za-z][\w.]*?)-\d{5}-of-\d{5}(?:[.-]|$)")
SPLIT_NAMES = frozenset({"train", "validation", "valid", "dev", "test"})  # as file names
ORDER = ("train", "validation", "valid", "dev", "test")  # how splits are listed


def _dataset_dict_splits(folder: Path, cache: dict[Path, frozenset[str]]) -> frozenset[str]:
    """The splits `folder/dataset_dict.json` names (DatasetDict.save_to_disk), or none."""
    if folder not in cache:
        names: frozenset[str] = frozenset()
        marker = folder / "dataset_dict.json"
        if marker.is_file():
            try:
                splits = json.loads(marker.read_text(encoding="utf-8")).get("splits")
            except (OSError, ValueError, AttributeError):
                splits = None
            if isinstance(splits, list):
                names = frozenset(s for s in splits if isinstance(s, str))
        cache[folder] = names
    return cache[folder]


def _stem(path: Path) -> str:
    return path.name.split(".", 1)[0]


def file_splits(paths: Iterable[Path]) -> dict[Path, str]:
    """The split of each file that belongs to one (files of no split are left out)."""
    paths = list(paths)
    cache: dict[Path, frozenset[str]] = {}
    found: dict[Path, str] = {}
    named: dict[Path, set[str]] = {}  # folder -> split names its files are named after
    for path in paths:
        folder = path.parent
        if folder.name in _dataset_dict_splits(folder.parent, cache):
            found[path] = folder.name
            continue
        shard = SHARD.match(path.name)
        if shard and shard.group("split") != "data":  # save_to_disk's own `data-00000-of-...`
            found[path] = shard.group("split")
        elif _stem(path).lower() in SPLIT_NAMES:
            named.setdefault(folder, set()).add(_stem(path).lower())
    for path in paths:
        stem = _stem(path).lower()
        if path not in found and len(named.get(path.parent, ())) >= 2 and stem in SPLIT_NAMES:
            found[path] = _stem(path)
    from curate.io.split_names import named_splits

    found.update(named_splits(p for p in paths if p not in found))  # io.split_names
    return found


def select_splits(
    files: list[tuple[Path, str]], wanted: tuple[str, ...], fields: tuple[str, ...] = ("text",)
) -> list[tuple[Path, str]]:
    """`files` of the `wanted` splits only (all of them when none is wanted); a split asked
    for that the input does not hold is an error naming those it holds. A `.json` file that
    holds splits inside it (io.json_splits) is kept when it holds one asked for; its reader
    reads only those."""
    if not wanted:
        return files
    splits = file_splits(path for path, _ in files)
    from curate.io.json_splits import file_splits_inside

    inside = {path: file_splits_inside(path, fields) for path, _ in files if path not in splits}
    from curate.io.archive_splits import archive_held_splits  # a .zip of train and test files

    for path, held_inside in inside.items():
        held_inside.extend(sorted(archive_held_splits(path, fields) - set(held_inside)))
    names = set(splits.values()) | {name for held in inside.values() for name in held}
    held = sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else 9, n))
    missing = [name for name in wanted if name not in held]
    if missing:
        what = f"its splits are {', '.join(held)}" if held else "it holds no splits"
        raise ValueError(
            f"--split / reader.split: {', '.join(missing)} not in the input; {what} "
            "(a DatasetDict.save_to_disk folder, data/<split>-00000-of-00001.* files, "
            "train/validation/test files side by side, also inside a .zip or .tar, or a "
            '.json file of {"train": [...], "test": [...]})'
        )
    return [
        (path, fid)
        for path, fid in files
        if splits.get(path) in wanted or set(inside.get(path, ())) & set(wanted)
    ]


def merged_splits(files: list[tuple[Path, str]]) -> dict[str, int]:
    """Files per split when an input of several splits is read whole; {} otherwise."""
    counts: dict[str, int] = {}
    found = file_splits(path for path, _ in files)
    from curate.io.archive_splits import member_splits  # a packed save_to_disk folder

    held = [
        split for path, _ in files if path not in found for split in member_splits(path).values()
    ]
    for split in [*found.values(), *held]:
        counts[split] = counts.get(split, 0) + 1
    order = sorted(counts, key=lambda name: (ORDER.index(name) if name in ORDER else 9, name))
    return {name: counts[name] for name in order} if len(counts) > 1 else {}


def merged_file_splits(files: list[tuple[Path, str]]) -> dict[Path, str]:
    """The split of each file when an input of several splits is read whole (no `--split`),
    for the report's count of documents read from each (`input_splits`); {} otherwise."""
    found = file_splits(path for path, _ in files)
    return found if len(set(found.values())) > 1 else {}
