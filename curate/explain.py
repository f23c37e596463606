"""`curate explain DIR ID`: what happened to one document, and why."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds
import pyarrow.parquet as pq

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
    final = {"text": row["text"] or "", "title": row["title"] or "", "id": row["id"]}
    return Explanation(kind, row, invert(final, edits), edits)


def find_quarantined(folder: str | Path, doc_id: str) -> list[dict[str, Any]]:
    """Quarantine rows of a document with this id (a duplicate id, a stage error)."""
    path = Path(folder) / "quarantine.jsonl"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [row for row in rows if row.get("id") == doc_id]


def duplicate_in_earlier_output(folder: str | Path, row: dict[str, Any]) -> bool:
    """Whether a removed duplicate's `duplicate_of` is a document of the earlier output.

    After `--dedup-against`, this folder's dedup index lists the earlier documents first
    (`prior_documents` of them). When the new crawl reuses the id, the one whose shingle set
    gives the recorded similarity is the one meant.
    """
    folder = Path(folder)
    report = json.loads((folder / "report.json").read_text(encoding="utf-8"))
    prior = (report.get("corpus_stages", {}).get("dedup") or {}).get("prior_documents", 0)
    index_path = folder / "dedup_index" / "index.parquet"
    if not prior or not row.get("duplicate_of") or not index_path.is_file():
        return False
    table = pq.read_table(index_path, columns=["id", "shingles"])
    ids = table.column("id").to_pylist()
    target = row["duplicate_of"]
    earlier = [i for i in range(prior) if ids[i] == target]
    later = [i for i in range(prior, len(ids)) if ids[i] == target]
    if not earlier or not later:
        return bool(earlier)
    mine = [i for i in range(prior, len(ids)) if ids[i] == row["id"]]
    if not mine:
        return True
    shingles = table.column("shingles")
    own = set(shingles[mine[0]].as_py())

    def gap(index: int) -> float:
        other = set(shingles[index].as_py())
        jaccard = len(own & other) / max(1, len(own | other))
        return abs(jaccard - (row.get("similarity") or 1.0))

    return gap(earlier[0]) <= gap(later[0])


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


def line_model_reasons(folder: str | Path, found: Explanation) -> dict[str, dict[str, Any]]:
    """Score and top features of each line the line model removed, recomputed from the ledger.

    The text the `boilerplate` stage received is the input with the earlier stages' edits
    replayed; the stage, built from the folder's `recipe.yaml`, runs on it again. The HTML
    reader's link labels are not published, so a page read from HTML is explained as text.
    """
    if not any(edit.rule == "line_model" for edit in found.edits):
        return {}
    from curate.document import Document, replay
    from curate.recipe import build_stage, load
    from curate.stages.boilerplate import BoilerplateRemover

    recipe = load(Path(folder) / "recipe.yaml")
    stage = next(
        (s for s in map(build_stage, recipe["stages"]) if isinstance(s, BoilerplateRemover)), None
    )
    if stage is None:
        return {}
    first = next(i for i, edit in enumerate(found.edits) if edit.stage == stage.name)
    before = replay(found.original, found.edits[:first])
    doc = Document(id=str(found.row["id"]), text=before["text"], title=before["title"] or None)
    return stage.explain_line_model(doc)


def story_tokens(folder: str | Path, row: dict[str, Any]) -> dict[str, Any] | None:
    """The fingerprint tokens this document shares with the version of its story it is
    compared with (`duplicate_of` of a `translated_copy`, else its `story_cluster`), by kind.

    Recomputed from the two published texts with the `stories` stage of the folder's
    `recipe.yaml`, which fingerprints the text it is given, as the run did.
    """
    other_id = row.get("duplicate_of") if row.get("stage") == "stories" else None
    other_id = other_id or row.get("story_cluster")
    if not other_id or other_id == row["id"]:
        return None
    from curate.corpus.stories import StoryClusters, shared_tokens
    from curate.document import Document
    from curate.recipe import build_stage, load

    recipe = load(Path(folder) / "recipe.yaml")
    stage = next(
        (s for s in map(build_stage, recipe["stages"]) if isinstance(s, StoryClusters)), None
    )
    other = find_row(folder, other_id)
    if stage is None or other is None:
        return None
    mine = Document(id=str(row["id"]), text=row["text"] or "", labels={"lang": row.get("lang")})
    theirs = Document(
        id=str(other_id), text=other[1]["text"] or "", labels={"lang": other[1].get("lang")}
    )
    return {"other": other_id, "kind": other[0], "shared": shared_tokens(stage, mine, theirs)}
