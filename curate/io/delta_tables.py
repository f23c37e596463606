"""A Delta Lake table folder: only the Parquet files its log says are live are read.

A Delta table (Spark's, Databricks', `deltalake`'s `write_deltalake`) is a folder of Parquet
files and a `_delta_log/` of commits. A DELETE, UPDATE, MERGE or OPTIMIZE writes new files and
records the old ones as removed; the old files stay on disk until a VACUUM. Every Parquet file
was read, so deleted rows came back and rewritten ones came twice (as near or exact
duplicates), and the log's commits were passed over as `.json` with no text field.

The log is replayed here, with no package more: each commit `NNNNNNNNNNNNNNNNNNNN.json` is
JSON Lines of actions, `add` (a file becomes live) and `remove` (it no longer is), applied in
version order; when the first commits were cleaned up, the newest classic checkpoint
(`N.checkpoint.parquet`, or its parts `N.checkpoint.0000000001.0000000002.parquet`: the
live files at N, read with pyarrow) stands for them. The live files are read as any Parquet
file; the others are listed among the skipped (`not live in the Delta log`), as is the log
(`Delta log`). What the Parquet files alone cannot give is refused with the folder named and
how to export the table: rows deleted by deletion vectors, column mapping (the files' columns
are renamed), a log that starts after version 0 with no checkpoint read here, a live file
missing or outside the folder.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

LOG = "_delta_log"
COMMIT = re.compile(r"(\d{20})\.json")
CHECKPOINT = re.compile(r"(\d{20})\.checkpoint(?:\.(\d{10})\.(\d{10}))?\.parquet")
LOG_KIND, REMOVED_KIND = "Delta log", "not live in the Delta log"
PARQUET = ".parquet"  # a table's data files: `part-00000-<uuid>.c000.snappy.parquet`


class DeltaTableError(ValueError):
    """The table cannot be read faithfully from its Parquet files: the message says how to
    export it."""


def is_delta_table(folder: Path) -> bool:
    return (folder / LOG).is_dir()


def live_files(table: Path) -> set[Path]:
    """The Parquet files live in the table's newest version (resolved paths)."""
    log = table / LOG
    try:
        names = os.listdir(log)
    except OSError as err:
        raise _refused(table, f"its log does not open: {err}") from None
    commits = {int(m[1]): name for name in names if (m := COMMIT.fullmatch(name))}
    live: dict[str, dict[str, Any]] = {}
    first = 0
    if not commits or 0 not in commits:  # the first commits cleaned up: a checkpoint stands
        checkpoint = _newest_checkpoint(names)
        if checkpoint is None:
            said = f"starts at version {min(commits)}" if commits else "holds no commit"
            raise _refused(
                table,
                f"its log {said} and has no classic checkpoint (`N.checkpoint.parquet`) to "
                "stand for the versions before; another kind of checkpoint (V2, `N.checkpoint."
                "<uuid>.parquet` with sidecars) needs a checkpoint reader curate does not have",
            )
        version, parts = checkpoint
        for part in parts:
            for action in _checkpoint_actions(table, log / part):
                _apply(table, action, live)
        first = version + 1
    newest = max(commits, default=first - 1)
    missing = [v for v in range(first, newest + 1) if v not in commits]
    if missing:
        raise _refused(table, f"its log lacks version {missing[0]} of {first}-{newest}")
    for version in range(first, newest + 1):
        for action in _commit_actions(table, log / commits[version]):
            _apply(table, action, live)
    return {_resolved(table, path) for path in live}


class TableFolders:
    """The Delta tables met by a folder walk, top down: which files of each are live."""

    def __init__(self) -> None:
        self._live: dict[Path, set[Path]] = {}  # a folder in a table -> the table's live files
        self._here: set[Path] | None = None

    def enter(self, folder: Path, subfolders: list[str]) -> list[str]:
        """Called for each folder as the walk enters it; a table's log is taken out of the
        walk and returned, to be listed (`<table>/_delta_log/`). Raises DeltaTableError."""
        live = self._live.get(folder)
        listed = []
        if LOG in subfolders and is_delta_table(folder):
            live = live_files(folder)
            subfolders.remove(LOG)
            listed.append(f"{folder / LOG}/")
        if live is not None:  # partition folders (`date=2024-05-01/`) are the table's too
            self._live.update({folder / name: live for name in subfolders})
        self._here = live
        return listed

    def removed(self, child: Path) -> bool:
        """A data file of the folder entered last that the log does not hold live."""
        if self._here is None or not child.name.lower().endswith(PARQUET):
            return False
        return child.resolve() not in self._here


def passed_over_kind(skipped: str) -> str | None:
    """The kind of a skipped name this module listed: the log, or a file no longer live."""
    name = skipped.rstrip("/")
    if skipped.endswith("/") and Path(name).name == LOG:
        return LOG_KIND
    if skipped.endswith("/") or not skipped.lower().endswith(PARQUET):
        return None
    return REMOVED_KIND if table_of(Path(skipped)) is not None else None


def table_of(path: Path) -> Path | None:
    """The Delta table folder a file lies in (its own folder or one above), or None."""
    for folder in path.parents:
        if is_delta_table(folder):
            return folder
    return None


def _newest_checkpoint(names: list[str]) -> tuple[int, list[str]] | None:
    """(version, part names) of the newest complete classic checkpoint, or None."""
    found: dict[int, dict[int, str]] = {}
    wanted: dict[int, int] = {}
    for name in names:
        match = CHECKPOINT.fullmatch(name)
        if match is None:
            continue
        version = int(match[1])
        part, total = (int(match[2]), int(match[3])) if match[2] else (1, 1)
        found.setdefault(version, {})[part] = name
        wanted[version] = total
    complete = [v for v, parts in found.items() if len(parts) == wanted[v]]
    if not complete:
        return None
    version = max(complete)
    return version, [found[version][part] for part in sorted(found[version])]


def _commit_actions(table: Path, commit: Path) -> Iterator[dict[str, Any]]:
    try:
        with open(commit, "rb") as handle:
            for line in handle:
                if line.strip():
                    action = json.loads(line)
                    if isinstance(action, dict):
                        yield action
    except (OSError, ValueError, RecursionError) as err:
        raise _refused(table, f"its commit {commit.name} does not read ({err})") from None


def _checkpoint_actions(table: Path, checkpoint: Path) -> Iterator[dict[str, Any]]:
    """The `add` and `metaData` actions of a checkpoint part (its `remove`s are tombstones of
    files already gone from the version it stands for)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(checkpoint)
        columns = [c for c in ("add", "metaData") if c in schema.names]
        rows = pq.read_table(checkpoint, columns=columns).to_pylist()
    except (OSError, pa.ArrowException) as err:
        raise _refused(table, f"its checkpoint {checkpoint.name} does not read ({err})") from None
    for row in rows:
        for key, value in row.items():
            if value is not None:
                yield {key: value}


def _apply(table: Path, action: dict[str, Any], live: dict[str, dict[str, Any]]) -> None:
    """One action on the live files (path -> its `add`)."""
    if "add" in action and isinstance(action["add"], dict):
        added = action["add"]
        if added.get("deletionVector"):
            raise _refused(
                table,
                f"rows of {added.get('path')} are deleted by a deletion vector, which the "
                "Parquet file alone does not show",
            )
        live[str(added.get("path"))] = added
    elif "remove" in action and isinstance(action["remove"], dict):
        live.pop(str(action["remove"].get("path")), None)
    elif "metaData" in action and isinstance(action["metaData"], dict):
        configuration = action["metaData"].get("configuration") or {}
        if isinstance(configuration, list):  # a checkpoint's map: a list of (key, value)
            configuration = dict(configuration)
        mode = configuration.get("delta.columnMapping.mode", "none")
        if mode != "none":
            raise _refused(
                table,
                f"it uses column mapping ({mode}): its Parquet files name their columns "
                "otherwise than the table",
            )


def _resolved(table: Path, path: str) -> Path:
    """A path of the log (relative and percent-encoded, or a `file:` URI) as a file here."""
    parsed = urlparse(path)
    if parsed.scheme == "file":
        file = Path(unquote(parsed.path))
    elif parsed.scheme and len(parsed.scheme) > 1:  # `s3://`, `abfss://`: not in this folder
        raise _refused(table, f"its log names a file elsewhere ({path})")
    else:
        file = table / unquote(path)
    if not file.is_file():
        raise _refused(table, f"a live file of its log is missing: {file}")
    return file.resolve()


def _refused(table: Path, why: str) -> DeltaTableError:
    return DeltaTableError(
        f"{table}: a Delta Lake table curate cannot read as it stands ({why}); export its "
        f"current rows to Parquet and give that folder instead, e.g. in Spark "
        f"`spark.read.format('delta').load('{table}').write.parquet('{table}-export')`, or "
        f"in DuckDB `COPY (FROM delta_scan('{table}')) TO '{table}-export.parquet'`"
    )
