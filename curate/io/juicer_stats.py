"""Data-Juicer's stats file beside its export: each record's measures, no text.

Data-Juicer's exporter writes the processed set to `export_path` (`demo-processed.jsonl`) and,
when the set keeps its `__dj__stats__` column, that column alone to `demo-processed_stats.jsonl`
(`export_path.replace(".jsonl", "_stats.jsonl")`). Run on the export's folder, every line of
the stats file was a `missing_field` record ("no 'text' field (the row has '__dj__stats__')"),
as many quarantined as there were documents. A `*_stats.jsonl` whose first record holds
`__dj__stats__` and no other field is skipped, never read, and counted as `data-juicer stats`.
"""

from __future__ import annotations

import json
from pathlib import Path

JUICER_STATS = "data-juicer stats"
SUFFIX = "_stats.jsonl"
FIELD = "__dj__stats__"  # data_juicer.utils.constant.Fields.stats
SNIFF_BYTES = 1 << 20


def is_juicer_stats(name: str) -> bool:
    """`name` is Data-Juicer's `<export>_stats.jsonl` (see the module)."""
    path = Path(name)
    if not path.name.endswith(SUFFIX) or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            line = handle.readline(SNIFF_BYTES)
        first = json.loads(line)
    except (OSError, ValueError):
        return False
    return isinstance(first, dict) and list(first) == [FIELD]


def juicer_kind(skipped: str) -> str | None:
    """`data-juicer stats` for a skipped file that is one, else None."""
    return JUICER_STATS if is_juicer_stats(skipped) else None
