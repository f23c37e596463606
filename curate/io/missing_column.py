"""A Parquet or Arrow file without the text column: every row quarantined, as in JSON Lines.

The file was one quarantine record and one "read" document, whatever its size: a 50,000-row
`articles.parquet` whose text is under `content` reported `read: 1`, and the report's funnel
hid how much was lost. A JSON Lines file without the field is a quarantine record a line; a
columnar file is now the same, a record a row under the row's id, with the one message (the
columns and the `--text-field` that reads them) from its first row.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curate.io.settings import ReaderSettings


def rows_without_text(
    path: Path, base_id: str, settings: ReaderSettings, names: list[str], batches: Any
) -> Iterator[Any]:
    """A `missing_field` quarantine record for each row of a file with no text column."""
    from curate.io.readers import Quarantined, _missing_text, _row_id

    id_field = settings.id_field
    why = None
    row_no = 0
    for batch in batches(names):  # once: an Arrow stream cannot be read twice
        if why is None and batch.num_rows:
            why = _missing_text(batch.slice(0, 1).to_pylist()[0], settings.text_fields)
        ids = batch.column(id_field).to_pylist() if id_field in names else [None] * batch.num_rows
        for given in ids:
            row_no += 1
            row_id = _row_id({id_field: given}, id_field, f"{base_id}-{row_no}")
            yield Quarantined(str(path), row_no, "missing_field", why, id=row_id)
