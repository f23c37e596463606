"""A file the inputs name twice is read once.

`curate run news/ news/2024/` or `curate run news/ "news/**/*.txt"` (a folder and a part of it,
or a pattern over it) read every file of the part twice or more: five documents from two files,
the copies removed as exact duplicates or, with `--skip dedup`, published two and three times
under ids of their own (`a/b/x`, `b/x`, `x`). Each real file is now read once, under the id of
its first mention; the command line says how many mentions were dropped.
"""

from __future__ import annotations

from pathlib import Path


def read_once(files: list[tuple[Path, str]]) -> tuple[list[tuple[Path, str]], int]:
    """`files` without the later mentions of a file already listed (by its real path), and how
    many were dropped."""
    seen: set[Path] = set()
    kept: list[tuple[Path, str]] = []
    for path, file_id in files:
        real = path.resolve()
        if real in seen:
            continue
        seen.add(real)
        kept.append((path, file_id))
    return kept, len(files) - len(kept)
