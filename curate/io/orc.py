"""ORC files (Hive's and Spark's other columnar format, `df.write.orc`): a row a document, read
as a Parquet file is (the same columns, the same aliases and quarantine).

A folder of them stopped the run ("no readable input files ... (.orc 1)") although pyarrow,
already a dependency, reads them: no package more. Stripes are read one at a time, so a
damaged stripe ends the reading there after the rows before it, as a Parquet row group does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

ORC_SUFFIXES = (".orc",)
BATCH_ROWS = 1024


def read_orc(path: Path, base_id: str | None = None, reader: Any = None) -> Iterator[Any]:
    """The rows of one ORC file as documents (`columnar_rows_to_damage`), or quarantine records."""
    from pyarrow import orc

    from curate.io.readers import Quarantined, _naming, columnar_rows_to_damage
    from curate.io.text_aliases import columnar_settings

    base_id, settings = _naming(path, base_id, reader)
    try:
        source = orc.ORCFile(str(path))
        schema = source.schema
    except Exception as err:  # pyarrow raises several types for a broken file
        why = " ".join(str(err).split())
        yield Quarantined(str(path), None, "unreadable", f"not a readable ORC file: {why}")
        return
    settings = columnar_settings(  # `content` (io.text_aliases)
        settings, schema, lambda columns: _stripes(source, columns)
    )
    yield from columnar_rows_to_damage(
        path, base_id, settings, schema.names, lambda columns: _stripes(source, columns)
    )


def _stripes(source: Any, columns: list[str]) -> Iterator[Any]:
    """An ORC file's record batches, a stripe at a time."""
    import pyarrow as pa

    for stripe in range(source.nstripes):
        batch = source.read_stripe(stripe, columns=columns)
        yield from pa.Table.from_batches([batch]).to_batches(max_chunksize=BATCH_ROWS)
