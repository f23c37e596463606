"""Write the published folder atomically.

Everything goes to a staging folder next to the destination and is renamed into place only
when complete, so a crashed run never leaves a folder that looks finished. A lock file stops
two runs writing the same destination; an existing destination is replaced only when asked,
and only if it is a curate output.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from curate.io.readers import Quarantined
from curate.publish.records import KEPT, REMOVED
from curate.publish.splits import SPLIT_KEY

MARKER = "report.json"
ROW_GROUP = 1000
BLOCK = 100  # rows made Arrow at a time while a row group is gathered
# `json.dumps(row, ensure_ascii=False)`, with the encoder made once: `dumps` builds a new
# JSONEncoder on every call that passes an option. A row holds no container twice (it is built
# fresh from its document), so the encoder's search for circular references (a dict entry made
# and dropped for every dict and list of the row) is left out: the same text, 3-5% sooner
_JSON_LINE = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


class OutputError(RuntimeError):
    """The destination cannot be written (exists, locked, or not ours)."""


class ShardWriter:
    """Parquet shards of at most `shard_rows` rows, row groups of `ROW_GROUP` rows.

    Rows become Arrow every `BLOCK` rows and their JSON line is written at once: a row group
    waiting for its last row holds Arrow columns, not a thousand Python dicts (a 1,000-row
    group of removed web pages: 8 MiB of Arrow, about three times that as dicts).
    """

    def __init__(
        self,
        folder: Path,
        prefix: str,
        schema: pa.Schema,
        shard_rows: int,
        jsonl_folder: Path | None = None,
    ) -> None:
        self.folder, self.prefix, self.schema = folder, prefix, schema
        self.shard_rows = shard_rows
        self.jsonl_folder = jsonl_folder
        self.buffer: list[dict[str, Any]] = []  # rows not yet in `blocks`
        self.blocks: list[pa.Table] = []  # the rest of the row group being gathered
        self.group_rows = 0
        self.rows_in_shard = 0
        self.rows = 0
        self.nbytes = 0  # Arrow size of the rows written, as the dataset card reports it
        self.paths: list[Path] = []
        self._writer: pq.ParquetWriter | None = None
        self._jsonl = None
        self._fresh = False

    def write(self, row: dict[str, Any]) -> None:
        if self._writer is None:
            self._open()
        if self._jsonl is not None:
            self._jsonl.write(_JSON_LINE(row) + "\n")
        self.buffer.append(row)
        self.rows += 1
        self.group_rows += 1
        # `rows_in_shard` counts rows in the shard's written row groups, and still the last
        # shard's until the first group of the next is written: so, as ever, a shard after the
        # first starts with a row group of one row (the same row groups as before, byte for byte)
        if self.group_rows >= ROW_GROUP or self.rows_in_shard + self.group_rows >= self.shard_rows:
            self._flush()
        elif len(self.buffer) >= BLOCK:
            self._to_arrow()

    def _to_arrow(self) -> None:
        if self.buffer:
            self.blocks.append(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def _flush(self) -> None:
        """Write the gathered rows as one row group; close the shard when it is full."""
        self._to_arrow()
        if not self.blocks:
            return
        if self._fresh:
            self.rows_in_shard = 0
            self._fresh = False
        # one chunk, as `from_pylist` of the whole group made it: the same Parquet bytes
        table = pa.concat_tables(self.blocks).combine_chunks()
        self.blocks = []
        self.nbytes += table.nbytes
        self._writer.write_table(table)
        del table
        pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed memory
        self.rows_in_shard += self.group_rows
        self.group_rows = 0
        if self.rows_in_shard >= self.shard_rows:
            self._close_shard()

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.prefix}-{len(self.paths):05d}.parquet"
        self.paths.append(path)
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        if self.jsonl_folder is not None:
            self.jsonl_folder.mkdir(parents=True, exist_ok=True)
            self._jsonl = open(self.jsonl_folder / f"{path.stem}.jsonl", "w", encoding="utf-8")
        self._fresh = True  # `rows_in_shard` starts again at this shard's first row group

    def _close_shard(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._jsonl is not None:
            self._jsonl.close()
            self._jsonl = None

    def abandon(self) -> None:
        """Close open files without finishing them (the run is being abandoned)."""
        self.buffer = []
        self.blocks = []
        try:
            self._close_shard()
        except Exception:  # a half-written shard is discarded with the staging folder anyway
            self._writer = None

    def close(self, always_one: bool) -> list[Path]:
        """Flush, close, and give shards their final `-of-` names (Hugging Face convention)."""
        self._flush()
        if not self.paths and always_one:
            self._open()  # an empty split is still a split: one shard with the schema
        self._close_shard()
        final = []
        total = len(self.paths)
        for index, path in enumerate(self.paths):
            name = f"{self.prefix}-{index:05d}-of-{total:05d}"
            target = path.with_name(name + ".parquet")
            path.rename(target)
            if self.jsonl_folder is not None:
                (self.jsonl_folder / f"{path.stem}.jsonl").rename(
                    self.jsonl_folder / f"{name}.jsonl"
                )
            final.append(target)
        return final


class DatasetWriter:
    def __init__(
        self,
        out: str | Path,
        overwrite: bool = False,
        shard_rows: int = 100_000,
        jsonl: bool = True,
    ) -> None:
        from curate.io.patterns import expand_home

        self.out = Path(expand_home(str(out)))  # `--out "~/clean"`: no folder named `~`
        self.overwrite = overwrite
        self.staging = self.out.parent / f".{self.out.name}.curate-tmp"
        self.lock = self.out.parent / f".{self.out.name}.curate-lock"
        self.shard_rows = shard_rows
        self.jsonl = jsonl
        self._locked = False
        self.splits: tuple[str, ...] = ()  # `--split`: kept rows are published by split
        self.split_sizes: dict[str, tuple[int, int]] = {}  # split -> (rows, bytes), once closed

    # lifecycle ---------------------------------------------------------------------------------
    def open(self, manifest: dict[str, Any] | None = None, resume: bool = False) -> DatasetWriter:
        """Lock the destination and prepare the staging folder.

        A fresh run starts from an empty staging folder. With `resume`, the checkpoints of an
        interrupted run are kept if its manifest (recipe and inputs) is the same as this run's;
        everything else in staging is rebuilt from them.
        """
        self._check_destination()
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self._take_lock()
        except PermissionError as err:  # it was "run failed: PermissionError: ... curate-lock"
            raise OutputError(
                f"cannot write to {self.out.parent} (permission denied: {err.filename}); "
                "--out must be in a folder you can write to"
            ) from None
        work = self.staging / ".work"
        manifest_path = work / "manifest.json"
        found = len(list(work.glob("*.batch.pkl"))) if work.is_dir() else 0
        reusable = False
        if resume and manifest_path.exists():
            previous = json.loads(manifest_path.read_text(encoding="utf-8"))
            if previous != manifest:
                self._release_lock()
                raise OutputError(
                    f"cannot resume {self.out}: the recipe or the input files changed since the "
                    "interrupted run; run without --resume to start over"
                )
            reusable = True
        if reusable:
            for child in self.staging.iterdir():
                if child.name != ".work":
                    shutil.rmtree(child) if child.is_dir() else child.unlink()
            for partial in work.glob("*.partial"):
                partial.unlink()
        else:
            if self.staging.exists():
                shutil.rmtree(self.staging)
            work.mkdir(parents=True)
            if manifest is not None:
                # under another name, then renamed: a run killed while writing it (the resume
                # tests kill as soon as it exists) never leaves a manifest that reads as nothing
                partial = work / "manifest.json.partial"
                partial.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
                os.replace(partial, manifest_path)
        self.resumed = reusable
        # what the command line tells: checkpoints reused, or dropped by a run without --resume
        self.checkpoints = (
            {"reused": found, "discarded": 0}
            if reusable
            else {
                "reused": 0,
                "discarded": found,
            }
        )
        self.kept_by_split = {
            name: ShardWriter(
                self.staging / "data",
                name,
                KEPT,
                self.shard_rows,
                self.staging / "jsonl" if self.jsonl else None,
            )
            for name in self.splits or ("train",)
        }
        self.kept = next(iter(self.kept_by_split.values()))
        self.removed = ShardWriter(self.staging / "removed", "removed", REMOVED, self.shard_rows)
        self._quarantine = open(self.staging / "quarantine.jsonl", "w", encoding="utf-8")
        return self

    def write(self, kind: str, row: dict[str, Any]) -> None:
        if kind == "kept":
            split = row.pop(SPLIT_KEY, None)  # publish.splits: the split it was read from
            self.kept_by_split.get(split, self.kept).write(row)
        else:
            self.removed.write(row)

    def quarantine(self, item: Quarantined) -> None:
        self._quarantine.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")

    def work_dir(self) -> Path:
        """Checkpoints of finished batches, inside the staging folder (removed on success)."""
        return self.staging / ".work"

    def close_shards(self) -> int:
        """Close every shard; returns the Arrow byte size of the kept split."""
        nothing_kept = not any(w.rows for w in self.kept_by_split.values())
        for writer in self.kept_by_split.values():
            # an empty split is still a split (one shard with the schema) when it is the only
            # one; of several, only a split with rows has shards (publish.splits)
            writer.close(always_one=writer is self.kept and nothing_kept)
        self.split_sizes = {n: (w.rows, w.nbytes) for n, w in self.kept_by_split.items()}
        self.removed.close(always_one=False)
        self._quarantine.close()
        return sum(w.nbytes for w in self.kept_by_split.values())

    def published(self) -> dict[str, tuple[int, int]] | None:
        """The splits published, name -> (rows, bytes), when the run was by split; else None."""
        return self.split_sizes if self.splits else None

    def finish(self, files: dict[str, str | bytes]) -> Path:
        """Add the small files (report, card, recipe) and move the folder into place."""
        if os.path.getsize(self.staging / "quarantine.jsonl") == 0:
            (self.staging / "quarantine.jsonl").unlink()
        shutil.rmtree(self.staging / ".work", ignore_errors=True)
        # the marker is written last: a staging folder without it is never mistaken for output
        for name in sorted(files, key=lambda n: n == MARKER):
            content = files[name]
            mode = "wb" if isinstance(content, bytes) else "w"
            with open(
                self.staging / name, mode, **({} if mode == "wb" else {"encoding": "utf-8"})
            ) as handle:
                handle.write(content)
        self._swap_into_place()
        self._release_lock()
        return self.out

    def abort(self) -> None:
        """Stop without publishing: close files, release the lock, keep checkpoints to resume.

        The staging folder is hidden and never holds a report, so it cannot pass for output.
        """
        kept = list(getattr(self, "kept_by_split", {}).values())
        for writer in (*kept, getattr(self, "removed", None)):
            if writer is not None:
                writer.abandon()
        handle = getattr(self, "_quarantine", None)
        if handle is not None and not handle.closed:
            handle.close()
        self._release_lock()

    # destination safety ------------------------------------------------------------------------
    def _check_destination(self) -> None:
        from curate.publish.out_path import file_like_name

        file_like = file_like_name(self.out)  # `--out clean.jsonl` (publish.out_path)
        if file_like:
            raise OutputError(file_like)
        if not self.out.exists():
            return
        if not self.out.is_dir():  # `--out clean.jsonl`, as datatrove writes a file
            raise OutputError(
                f"{self.out} is a file; --out names the folder a dataset is published to "
                f"(data/*.parquet, jsonl/, README.md): give a new folder, such as "
                f"--out {self.out.with_suffix('')}_dataset"
            )
        if not any(self.out.iterdir()):  # `mkdir out` first: an empty folder is taken as is
            return
        if not is_curate_output(self.out):  # said first: --overwrite would not replace it
            raise OutputError(
                f"{self.out} exists, holds files and is not a curate output; curate never "
                "replaces it, even with --overwrite: give a new or empty folder"
            )
        if not self.overwrite:
            raise OutputError(
                f"{self.out} already exists; to replace it, pass --overwrite "
                "(Python: overwrite=True)"
            )

    def _swap_into_place(self) -> None:
        old = None
        if self.out.exists():
            self._check_destination()
            old = self.out.parent / f".{self.out.name}.curate-old"
            shutil.rmtree(old, ignore_errors=True)
            self.out.rename(old)
        self.staging.rename(self.out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def _take_lock(self) -> None:
        try:
            fd = os.open(self.lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            pid = _read_pid(self.lock)
            if pid is not None and _alive(pid):
                raise OutputError(
                    f"another curate run (pid {pid}) is writing {self.out}; lock {self.lock}"
                ) from None
            self.lock.unlink(missing_ok=True)  # left by a run that died
            fd = os.open(self.lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        with os.fdopen(fd, "w") as handle:
            handle.write(str(os.getpid()))
        self._locked = True

    def _release_lock(self) -> None:
        if self._locked:
            self.lock.unlink(missing_ok=True)
            self._locked = False


def is_curate_output(folder: Path) -> bool:
    try:
        report = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(report, dict) and "curate" in report


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
