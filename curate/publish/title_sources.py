"""`curate explain` for an `other_title` edit: which documents have the removed line as title.

The `other_titles` stage keeps hashes, not ids, so the ledger says only that a line was another
document's title. Which one is found again from the published folder: every row, kept or
removed, is known by the titles the stage knew it by (its `title`, its first line, each with
a site suffix cut), hashed the same way. A document the stage saw under a first line a later
stage changed is not found; the edit is then shown without it.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from curate.corpus.line_keys import line_keys
from curate.corpus.other_titles import RULE, OtherTitleRemover
from curate.document import Document, Edit

SHOWN = 3  # documents named per line


def title_sources(folder: str | Path, doc_id: str, edits: list[Edit]) -> dict[str, list[str]]:
    """Each line an `other_title` edit removed (stripped) -> the ids of the published
    documents, other than `doc_id`, that have it as a title (at most `SHOWN`)."""
    wanted: dict[int, str] = {}
    for edit in edits:
        if edit.rule == RULE and edit.before.strip():
            for *_, key in line_keys(edit.before.strip()):
                if key is not None:
                    wanted[key] = edit.before.strip()
    if not wanted:
        return {}
    stage = OtherTitleRemover()
    found: dict[str, list[str]] = {}
    for sub in ("data", "removed"):
        for path in sorted((Path(folder) / sub).glob("*.parquet")):
            table = pq.read_table(path, columns=["id", "title", "text"])
            for row in table.to_pylist():
                if row["id"] == doc_id:
                    continue
                doc = Document(id=row["id"], text=row["text"] or "", title=row["title"] or None)
                for key in set(stage.sketch(doc).titles) & wanted.keys():
                    holders = found.setdefault(wanted[key], [])
                    if len(holders) < SHOWN:
                        holders.append(row["id"])
    return found
