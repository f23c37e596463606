"""LSH banding without datasketch at run time: the (bands, rows) it picks, shipped as data.

`dedup` and `stories` band MinHash signatures as datasketch's MinHashLSH would for their
threshold, num_perm and recall weight. Finding those two numbers means importing datasketch,
which imports scipy: 0.4 s of CPU and 30 MiB in every run, for a table that never changes. The
usual settings are read from `curate/data/lsh_bands.yaml`; any other asks datasketch as before.
`python -m curate.corpus.lsh_bands` rewrites the file from datasketch.
"""

from __future__ import annotations

import sys
from pathlib import Path

from curate import resources

FILE = "lsh_bands.yaml"
NUM_PERMS = (64, 128, 256)
RECALL_WEIGHTS = (0.5, 0.8)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(4, 20))  # 0.2 to 0.95
HEADER = """\
# (bands, rows) that datasketch's MinHashLSH picks for a Jaccard threshold, num_perm and the
# `dedup` stage's recall_weight (datasketch's false-negative weight), as `dedup` and `stories`
# ask for them: read from here, a run need not import datasketch and scipy (0.4 s of CPU, 30 MiB)
# for two numbers. Settings not listed still ask datasketch. tests/test_lsh_bands.py checks every
# entry against datasketch; regenerate with `python -m curate.corpus.lsh_bands`.
# num_perm: {recall_weight: {threshold: [bands, rows]}}
"""


def shipped(threshold: float, num_perm: int, recall_weight: float) -> tuple[int, int] | None:
    """The shipped (bands, rows) for these settings, or None when they are not in the table."""
    found = resources.data_file(FILE).get(num_perm, {}).get(recall_weight, {}).get(threshold)
    return (int(found[0]), int(found[1])) if found else None


def render() -> str:
    """The data file, every entry asked of datasketch (through the stage's own fallback)."""
    from curate.corpus.dedup import NearDuplicateRemover

    lines = [HEADER.rstrip("\n")]
    for num_perm in NUM_PERMS:
        lines.append(f"{num_perm}:")
        for weight in RECALL_WEIGHTS:
            lines.append(f"  {weight}:")
            for threshold in THRESHOLDS:
                stage = NearDuplicateRemover(
                    threshold=threshold, num_perm=num_perm, recall_weight=weight
                )
                bands, rows = stage.datasketch_bands()
                lines.append(f"    {threshold}: [{bands}, {rows}]")
    return "\n".join(lines) + "\n"


def main() -> int:
    path = Path(resources.DATA_DIR) / FILE
    path.write_text(render(), encoding="utf-8")
    sys.stderr.write(f"wrote {path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
