"""`curate explain DIR ID`: what happened to one document, and why."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from curate.document import Edit, invert

GAP = "…"  # stands for the unchanged words a compact diff leaves out


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


def record_fields(row: dict[str, Any]) -> list[str]:
    """The fields the `bylines` stage moved out of the text, as `name: value` lines."""
    shown = []
    for name in ("authors", "dateline", "published", "credit"):
        value = row.get(name)
        if value not in (None, []):
            shown.append(f"{name}: {', '.join(value) if isinstance(value, list) else value}")
    return shown


def word_diff(a: str, b: str, context: int = 5) -> list[tuple[str, str]]:
    """Word-level diff of `a` -> `b` as `(op, text)`, op in "equal", "delete", "insert".

    Compact: an unchanged stretch keeps only `context` words on each side of a change, the
    rest shown as `GAP`. Words are split on whitespace, so line breaks do not count as changes.
    The same words in the same order give `[]`.
    """
    old, new = a.split(), b.split()
    if old == new:
        return []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    opcodes = matcher.get_opcodes()
    out: list[tuple[str, str]] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            words = old[i1:i2]
            first, last = index == 0, index == len(opcodes) - 1
            head = [] if first else words[:context]
            tail = [] if last else words[-context:] if context else []
            if len(head) + len(tail) < len(words):
                text = " ".join([*head, GAP, *tail])
            else:
                text = " ".join(words)
            out.append(("equal", text))
            continue
        if tag in ("delete", "replace"):
            out.append(("delete", " ".join(old[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(("insert", " ".join(new[j1:j2])))
    return out
