"""`curate explain DIR NAME` when NAME is no id: the ids of the documents it most likely means.

A newcomer knows their files, not the ids curate gave their documents: `curate explain out
news/budget.txt`, `out budget.txt` or `out feed` (a JSON Lines file whose rows became `feed-1`,
`feed-2`, ...) answered "no such document" and nothing more. The published folder holds each
document's id and source (the file it was read from, unless the row named a URL) and the
quarantine its file: those read from the file named, or named after it, are listed.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pyarrow.parquet as pq

SHOWN = 5
CLOSE_IDS = 100_000  # ids compared with a misspelled one (difflib: ~1 s a 100,000)


def _stem(name: str) -> str:
    """`news/budget.txt` -> `news/budget`; `feed.jsonl.gz` -> `feed`."""
    path = Path(name)
    return str(path.with_name(path.name.split(".", 1)[0])) if "." in path.name else name


def _from_file(source: str | None, given: str) -> bool:
    if not source:
        return False
    wanted = given.lstrip("./")
    return source == given or source.endswith("/" + wanted) or Path(source).name == given


def _named_after(doc_id: str, given: str) -> bool:
    stem = _stem(given)
    return (
        doc_id == stem
        or stem.endswith("/" + doc_id)
        or doc_id.startswith((stem + "-", stem + ":"))
        or doc_id.startswith((Path(stem).name + "-", Path(stem).name + ":"))
    )


def likely_ids(folder: str | Path, given: str) -> list[str]:
    """Ids of documents read from the file `given` names, or named after it (at most
    `SHOWN`, in the folder's order: kept, removed, quarantined)."""
    folder = Path(folder)
    found: list[str] = []
    for sub in ("data", "removed"):
        for shard in sorted((folder / sub).glob("*.parquet")):
            table = pq.read_table(shard, columns=["id", "source"])
            for doc_id, source in zip(
                table.column("id").to_pylist(), table.column("source").to_pylist(), strict=True
            ):
                if _from_file(source, given) or _named_after(doc_id, given):
                    found.append(doc_id)
    quarantine = folder / "quarantine.jsonl"
    if quarantine.is_file():
        for line in quarantine.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            doc_id = row.get("id")
            if doc_id and (_from_file(row.get("file"), given) or _named_after(doc_id, given)):
                found.append(doc_id)
    return list(dict.fromkeys(found))[: SHOWN + 1]


def hint(folder: str | Path, given: str) -> str:
    """The end of the 'no such document' message: the ids meant, or how to list them."""
    ids = likely_ids(folder, given)
    if not ids:
        known = published_ids(folder)
        close = difflib.get_close_matches(given, known, n=SHOWN)
        if close:  # a truncated hash, a changed digit, `budget` for `news/budget`
            return f" (did you mean {', '.join(map(repr, close))}?)"
        some = f", such as {', '.join(map(repr, known[:3]))}" if known else ""
        return (
            f"; ids are in the id column of {folder}/data and {folder}/removed{some} "
            "(a .txt file's id is its path under the input folder, without .txt)"
        )
    shown = ", ".join(ids[:SHOWN]) + (", ..." if len(ids) > SHOWN else "")
    return f"; documents read from or named after it: {shown} (curate explain {folder} {ids[0]})"


def published_ids(folder: str | Path, limit: int = CLOSE_IDS) -> list[str]:
    """The first `limit` ids of the kept and the removed documents, in the folder's order."""
    ids: list[str] = []
    for sub in ("data", "removed"):
        for shard in sorted((Path(folder) / sub).glob("*.parquet")):
            ids.extend(pq.read_table(shard, columns=["id"]).column("id").to_pylist())
            if len(ids) >= limit:
                return ids[:limit]
    return ids
