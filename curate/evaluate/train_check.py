"""`make eval`: do the shipped line models match what `make train` would build now?

A model file holds a fingerprint of the rows it was fitted on. When the rules or the features
change which lines the model judges or what it sees of them, the rows change, and the shipped
model no longer is what `make train` gives (session 9's headline fix did this unnoticed for a
session). Checked for the shipped model (half A) and the one `make eval` scores half A with.
"""

from __future__ import annotations

from pathlib import Path

from curate import resources
from curate.stages.boilerplate import train


def run(eval_dir: Path) -> str:
    lines = []
    for model_file, halves in (
        (resources.DATA_DIR / "line_model.json", (train.TRAIN_HALF,)),
        (train.holdout_file(train.HOLDOUT_HALF), (train.HOLDOUT_HALF,)),
    ):
        kinds = train.stale(model_file, eval_dir, (), halves)
        verdict = (
            "matches make train"
            if not kinds
            else f"STALE ({', '.join(kinds)}): the rows it was fitted on are no longer the "
            "rows the code makes; run make train"
        )
        lines.append(f"{model_file.name} (sites of half {' and '.join(halves)}): {verdict}")
    return "\n".join(lines)
