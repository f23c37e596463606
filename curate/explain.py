"""`curate explain DIR ID`: what happened to one document, and why."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from curate.document import Edit, invert


@dataclass
class Explanation:
    kind: str  # "kept" or "removed"
    row: dict[str, Any]
    original: dict[str, str]
    edits: list[Edit]


def find_row(folder: str | Path, doc_id: str) -> tuple[str, dict[str, Any]] | None:
    folder = Path(folder)
    for kind, sub in (("kept", "data"), ("removed", "removed")):
        files = sorted(str(p) for p in (folder / sub).glob("*.parquet"))
        if not files:
            continue
        table = ds.dataset(files, format="parquet").to_table(filter=ds.field("id") == doc_id)
        if table.num_rows:
            return kind, table.to_pylist()[0]
    return None


def explain(folder: str | Path, doc_id: str) -> Explanation | None:
    found = find_row(folder, doc_id)
    if found is None:
        return None
    kind, row = found
    edits = [Edit.from_dict(e) for e in row["edits"]]
    final = {"text": row["text"] or "", "title": row["title"] or ""}
    return Explanation(kind, row, invert(final, edits), edits)
