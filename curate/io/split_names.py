"""More ways the Hub names a dataset's splits, beyond `curate.io.splits`' three.

- A folder a split: the Hub's Parquet conversion (`huggingface-cli download ... --revision
  refs/convert/parquet`) gives `default/train/0000.parquet` and `default/test/0000.parquet`
  (`partial-train` when only part was converted), and a repository may keep `data/train/*.jsonl`
  beside `data/test/*.jsonl`.
- A split as a word of the file's name: `news-train.jsonl` beside `news-test.jsonl`,
  `imdb_train.csv`, or the `datasets` cache's `news-train.arrow` (the Hub's own file patterns:
  the split between `-`, `_`, `.`, a space or digits).

Both were read as no split: merged without a word, and `--split train` stopped with "it holds
no splits". As for names side by side, a folder or word counts only when two different splits
are found together (one `test/` folder, or `crash-test.jsonl` alone, is no split), and names
count only for files of rows (a news article `train-derailment.txt` names no split).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

SPLIT_WORDS = ("train", "validation", "valid", "dev", "test")  # as in curate.io.splits
ROW_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jl", ".jsonlines", ".csv", ".tsv")
ROW_SUFFIXES += (".parquet", ".arrow", ".feather")
_WORD = re.compile(r"(?:^|[-._ \d])(" + "|".join(SPLIT_WORDS) + r")(?=$|[-._ \d])", re.IGNORECASE)
_FOLDER = re.compile(r"^(?:partial-)?(" + "|".join(SPLIT_WORDS) + r")$", re.IGNORECASE)


def _rows_file(path: Path) -> bool:
    name = path.name.lower()
    return any(f"{suffix}" in name for suffix in ROW_SUFFIXES)


def _stem(path: Path) -> str:
    return path.name.split(".", 1)[0]


def _word(path: Path) -> str | None:
    """The one split word a file's name holds, or None (none, or two: `train-test.csv`)."""
    words = {m.lower() for m in _WORD.findall(_stem(path))}
    return words.pop() if len(words) == 1 else None


def named_splits(paths: Iterable[Path]) -> dict[Path, str]:
    """The split of each file its folder or name gives (see the module); others left out."""
    paths = list(paths)
    found: dict[Path, str] = {}
    folders: dict[Path, set[str]] = {}  # grandparent -> split folders found under it
    for path in paths:
        match = _FOLDER.match(path.parent.name)
        if match:
            folders.setdefault(path.parent.parent, set()).add(match.group(1).lower())
    for path in paths:
        match = _FOLDER.match(path.parent.name)
        if match and len(folders.get(path.parent.parent, ())) >= 2:
            found[path] = match.group(1).lower()
    words: dict[Path, set[str]] = {}  # folder -> split words its files' names hold
    for path in paths:
        word = _word(path) if path not in found and _rows_file(path) else None
        if word is not None:
            words.setdefault(path.parent, set()).add(word)
    for path in paths:
        word = _word(path) if path not in found and _rows_file(path) else None
        if word is not None and len(words.get(path.parent, ())) >= 2:
            found[path] = word
    return found
