"""Feather V1: the first Feather format, which Arrow's IPC readers do not open.

`df.to_feather()` of pandas before 0.25 (2019), R's `feather::write_feather` and
`pyarrow.feather.write_feather(..., version=1)` write it: `FEA1` at both ends, not Arrow IPC's
`ARROW1`. Such a `.feather` was one `unreadable` record, "not a readable Arrow file: Not an
Arrow file", every row lost. It is read whole by `pyarrow.feather` (the format has no record
batches to stream; a Feather V1 file of 10 GB is rare: the format was replaced in 2020).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

MAGIC = b"FEA1"


def is_feather_v1(path: Path) -> bool:
    """The file opens with Feather V1's magic bytes."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_feather_v1(path: Path) -> Any:
    """The file's table (raises pyarrow's errors, as the IPC readers do)."""
    import warnings

    import pyarrow.feather as feather

    with warnings.catch_warnings():  # pyarrow 25 deprecates writing V1, reading is the point
        warnings.simplefilter("ignore", DeprecationWarning)
        return feather.read_table(str(path), memory_map=True)
