"""A row's id, title and url stored as bytes (Spark, Hive, Impala: Parquet strings as binary).

The text column was decoded, the others not: ids came out as `"b'a17'"`, titles and urls were
dropped as no strings. They are decoded as UTF-8 when they are; other bytes stay as they were.
"""

from __future__ import annotations

from typing import Any


def decoded_fields(row: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """`row` with the bytes under `names` decoded as UTF-8 (the row itself when none are)."""
    found = {
        name: value for name in names if isinstance(value := row.get(name), (bytes, bytearray))
    }
    if not found:
        return row
    row = dict(row)
    for name, value in found.items():
        try:
            row[name] = bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            pass
    return row
