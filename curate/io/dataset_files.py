"""The files `datasets.save_to_disk` writes beside its Arrow shards, which hold no records.

A saved dataset folder holds `state.json` (`{"_data_files": [{"filename": ...}]}`) and
`dataset_info.json` beside each split's shards, and a DatasetDict `dataset_dict.json`. They
are passed over, as they should be, but the run warned that `state.json` "holds records with no
'text' field; if 'filename' holds the text: --text-field filename": advice that reads nothing.
"""

from __future__ import annotations

from pathlib import Path

BESIDE_SHARDS = frozenset({"state.json", "dataset_info.json"})


def is_saved_dataset_file(path: Path) -> bool:
    """`state.json` / `dataset_info.json` beside `.arrow` shards, or a `dataset_dict.json`."""
    name = path.name.lower()
    if name == "dataset_dict.json":
        return True
    return name in BESIDE_SHARDS and any(path.parent.glob("*.arrow"))
