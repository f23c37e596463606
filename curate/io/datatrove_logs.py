"""A datatrove pipeline's logging folder, given with its output: no one's documents.

datatrove's executors write to their `logging_dir` an `executor.json` (the pipeline's
settings), a `stats.json` (its steps' counts), `logs/task_00000.log`, `stats/00000.json` and an
empty `completions/00000` for each task (and, on Slurm, `slurm_logs/`, `launch_script.slurm`,
`ranks_to_run.json`, `executor.pik`). A newcomer runs `curate run` on the folder holding both
`output/` and `logs/`: the run warned "logs/executor.json: no 'text' field (the row has
'pipeline'); if 'pipeline' holds the text: --text-field pipeline", advice that reads a
pipeline's settings as documents, and counted the rest as `.json`, `.log`, `(no extension)`.

A folder is datatrove's logging folder when it holds `executor.json` or `stats.json` beside a
`completions/` or `stats/` folder; its files of those known names (and no other) are skipped,
never opened, counted by kind (`datatrove stats`, `datatrove task log`, ...), with no advice.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

# the logging folder's own files, by name: its settings, a Slurm job's launch files
ROOT_FILES = {
    "executor.json": "datatrove executor settings",
    "executor.pik": "datatrove executor settings",
    "launch_script.slurm": "datatrove executor settings",
    "ranks_to_run.json": "datatrove executor settings",
    "stats.json": "datatrove stats",
}
RANK = r"\d{5}"  # `f"{rank:05d}"`
SUBFOLDER_FILES = {
    "completions": (re.compile(RANK), "datatrove completion marker"),  # `completions/00003`
    "stats": (re.compile(rf"{RANK}\.json"), "datatrove stats"),  # `stats/00003.json`
    "logs": (re.compile(rf"task_{RANK}\.log"), "datatrove task log"),  # `logs/task_00003.log`
    "slurm_logs": (re.compile(r".+\.out|.+\.err"), "datatrove task log"),  # `12345_3.out`
}
MARKERS = ("executor.json", "stats.json")  # one of them beside one of `FOLDERS`
FOLDERS = ("completions", "stats")


@lru_cache(maxsize=4096)
def is_logging_folder(folder: Path) -> bool:
    """`folder` is a datatrove logging folder (see the module), by its names alone."""
    return any((folder / m).is_file() for m in MARKERS) and any(
        (folder / f).is_dir() for f in FOLDERS
    )


def logging_kind(name: str) -> str | None:
    """The kind of a datatrove logging folder's file `name` (a path), else None."""
    path = Path(name)
    if path.name in ROOT_FILES and is_logging_folder(path.parent):
        return ROOT_FILES[path.name]
    known = SUBFOLDER_FILES.get(path.parent.name)
    if (
        known is not None
        and known[0].fullmatch(path.name)
        and is_logging_folder(path.parent.parent)
    ):
        return known[1]
    return None
