"""A folder's `metadata.csv` (or `.jsonl`, `.parquet`) naming its text files by `file_name`.

Hugging Face's folder-based datasets keep one table of metadata beside their files, a row a
file under `file_name` (`metadata.csv`: `file_name,title,url,date`), and people who prepare a
folder of articles for the Hub write theirs the same way. Each text file was read with no
title and its file as `source`, and `metadata.csv` itself was read as documents of its own
(its titles the texts) or passed over (session 41's newcomer round).

A file named `metadata.csv`, `metadata.jsonl` or `metadata.parquet` whose `file_name` (or
`filename`) column names, relative to its folder, at least one text file read as one document
among the inputs is no input: each file it names is read with its row as with a JSON sidecar
(io.sidecars: title, url, date and writers), a sidecar of its own beside the file winning. A
table naming none of the inputs, or of no such column, is read as before.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

METADATA_NAMES = ("metadata.csv", "metadata.jsonl", "metadata.parquet")
FILE_COLUMNS = ("file_name", "filename")  # the datasets library's name first
MAX_METADATA_BYTES = 256 << 20  # a table of a row a file; larger is a dataset of its own

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FolderRow:
    """A text file's row in its folder's metadata table (`table`, for the record's label)."""

    table: Path
    row: dict[str, Any]


def folder_rows(
    texts: set[Path], candidates: list[Path]
) -> tuple[dict[Path, FolderRow], set[Path]]:
    """Each text file of `texts` named by a metadata table among `candidates`, with its row,
    and the tables that named one (no inputs of their own)."""
    found: dict[Path, FolderRow] = {}
    used: set[Path] = set()
    for table in candidates:
        if table.name.lower() not in METADATA_NAMES:
            continue
        rows = _rows(table)
        named = {}
        for row in rows:
            key = next((row[c] for c in FILE_COLUMNS if isinstance(row.get(c), str)), None)
            if key is None:
                continue
            path = _resolved(table.parent, key, texts)
            if path in texts and path not in found:
                named[path] = FolderRow(
                    table, {k: v for k, v in row.items() if k not in FILE_COLUMNS}
                )
        if named:
            found.update(named)
            used.add(table)
    return found, used


def _resolved(folder: Path, name: str, texts: set[Path]) -> Path:
    """`name` as a path under `folder` (`articles/001.txt`, `./001.txt`, Windows' `\\`). An
    absolute path, as the scraper that wrote the table saw it (`C:\\Users\\ann\\scrape\\
    articles\\001.txt`, `/home/ann/scrape/articles/001.txt`), is the input its longest tail
    names under `folder`: such a table named no input, and every row's title and address
    were dropped without a word (session 50)."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
    if not _absolute(name):
        return folder.joinpath(*parts)
    tails = (folder.joinpath(*parts[start:]) for start in range(1, len(parts)))
    return next((path for path in tails if path in texts), folder.joinpath(*parts))


def _absolute(name: str) -> bool:
    """`/home/...`, `\\\\server\\share\\...`, `C:\\...` or `C:/...`."""
    return name.startswith(("/", "\\")) or (name[1:3] in (":\\", ":/") and name[:1].isalpha())


def _rows(table: Path) -> list[dict[str, Any]]:
    """The rows of a metadata table, none when it cannot be read as one."""
    try:
        if table.stat().st_size > MAX_METADATA_BYTES:
            return []
        if table.suffix.lower() == ".parquet":
            import pyarrow.parquet as pq

            return pq.read_table(table).to_pylist()
        text = table.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    except Exception as err:  # pyarrow raises several types for a broken file
        log.debug("%s: not read as a folder's metadata: %s", table, err)
        return []
    if table.suffix.lower() == ".jsonl":
        return _json_rows(text)
    import csv
    import io

    try:
        return [dict(row) for row in csv.DictReader(io.StringIO(text, newline=""))]
    except csv.Error:
        return []


def _json_rows(text: str) -> list[dict[str, Any]]:
    import json

    rows = []
    for line in text.splitlines():
        try:
            value = json.loads(line) if line.strip() else None
        except ValueError:
            return []
        if isinstance(value, dict):
            rows.append(value)
    return rows
