"""A partitioned table's fields kept in its folders' names: `date=2024-03-01/part-0.parquet`.

`df.to_parquet(out, partition_cols=["date"])` (pandas, Polars' `partition_by`), Spark's
`partitionBy("date")` and `pyarrow.dataset.write_dataset` write each value of a partition
column as a folder `name=value` and leave the column out of the files under it. Read a file at
a time, such rows lost that field (session 45's newcomer round): a news table partitioned by
its `date` or `published` had no row dated. The folders' `name=value` pairs (Hive's escapes,
`%3A`, undone; `__HIVE_DEFAULT_PARTITION__` is no value) are each row's fields, under a column
of the file's own name the file's value wins. JSON Lines and CSV files so written
(`lang=fr/part-0.jsonl`, `pyarrow.dataset.write_dataset(format="csv")`) are read alike, a row's
own field winning (`io.readers._folder_fields`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

PARTITION = re.compile(r"(?P<name>[A-Za-z_][\w.-]{0,100})=(?P<value>[^=]{1,1000})")
NO_VALUE = "__HIVE_DEFAULT_PARTITION__"  # Hive's and Spark's folder for a null value


def partition_fields(path: Path, names: list[str]) -> dict[str, Any]:
    """The `name=value` folders above `path` whose names are no column of the file (`names`):
    the fields every row of it shares (see the module); {} for any other file."""
    fields: dict[str, Any] = {}
    for folder in path.parent.parts:
        found = PARTITION.fullmatch(folder)
        if found is None or found["name"] in names or found["value"] == NO_VALUE:
            continue
        fields[found["name"]] = unquote(found["value"])
    return fields
