"""Arrow files, as `datasets` writes them with `save_to_disk`: a row a document, as Parquet.

A newcomer's corpus is often a `datasets.Dataset` saved to a folder (`data-00000-of-00001.arrow`
beside `dataset_info.json` and `state.json`). Its shards are Arrow IPC streams (or files): read
memory-mapped, a record batch at a time, the columns as a Parquet file's (`text` or the
recipe's `text_field`, `id`, `title`, `url`, `html`). The folder's two JSON files hold no
records and are listed as skipped, as any such file is.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curate.document import Document
from curate.io.cut_arrow import cut_note, open_cut_file
from curate.io.readers import Quarantined, _naming, columnar_rows


def read_arrow(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined]:
    import pyarrow as pa

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    cut = False
    try:
        source = pa.memory_map(str(path))
        opened = _feather_v1(path)  # the first Feather format (io.feather_v1)
        try:
            opened = pa.ipc.open_stream(source) if opened is None else opened
        except pa.ArrowInvalid:  # the IPC file format (a footer), not a stream
            try:
                opened = pa.ipc.open_file(source)
            except pa.ArrowInvalid:
                opened = open_cut_file(source)  # its footer cut off (io.cut_arrow)
                if opened is None:
                    raise
                cut = True
    except (pa.ArrowException, OSError) as err:
        from curate.io.not_parquet import not_columnar

        instead = not_columnar(path, b"ARROW1")  # a web page, a server's error (io.not_parquet)
        why = f"not a readable Arrow file: {instead.why if instead is not None else err}"
        yield Quarantined(where, None, "unreadable", why)
        return
    names = opened.schema.names
    from curate.io.text_aliases import columnar_settings

    def batches(columns: list[str]) -> Iterator[Any]:
        if isinstance(opened, pa.Table):  # Feather V1, read whole (io.feather_v1)
            parts = iter(opened.to_batches())
        elif isinstance(opened, pa.ipc.RecordBatchFileReader):
            parts = (opened.get_batch(i) for i in range(opened.num_record_batches))
        else:
            parts = iter(opened)
        for batch in parts:
            yield batch.select(columns)

    def first_batches(columns: list[str]) -> Iterator[Any]:
        if isinstance(opened, (pa.Table, pa.ipc.RecordBatchFileReader)):
            yield from batches(columns)
        else:  # a stream's batches are read once: its first read from a stream of its own
            for batch in pa.ipc.open_stream(pa.memory_map(str(path))):
                yield batch.select(columns)

    settings = columnar_settings(settings, opened.schema, first_batches)  # (io.text_aliases)
    rows = 0
    try:
        for item in columnar_rows(path, base_id, settings, names, batches):
            rows += 1
            yield item
    except (pa.ArrowException, OSError) as err:
        yield Quarantined(where, rows + 1, "truncated", f"could not read past row {rows}: {err}")
        return
    if cut:
        yield Quarantined(where, rows + 1, "truncated", cut_note(rows))


def _feather_v1(path: Path) -> Any:
    """A Feather V1 file's table, or None for Arrow IPC (io.feather_v1)."""
    from curate.io.feather_v1 import is_feather_v1, read_feather_v1

    return read_feather_v1(path) if is_feather_v1(path) else None
