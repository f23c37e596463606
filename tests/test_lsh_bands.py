"""The shipped LSH banding table: datasketch's own choices, and no datasketch import to read it."""

import subprocess
import sys

import pytest

from curate import resources
from curate.corpus.dedup import NearDuplicateRemover
from curate.corpus.lsh_bands import FILE, NUM_PERMS, RECALL_WEIGHTS, THRESHOLDS, render, shipped


def _entries():
    table = resources.data_file(FILE)
    for num_perm, weights in table.items():
        for weight, thresholds in weights.items():
            for threshold, pair in thresholds.items():
                yield num_perm, weight, threshold, tuple(pair)


def test_every_entry_is_what_datasketch_picks():
    entries = list(_entries())
    assert len(entries) == len(NUM_PERMS) * len(RECALL_WEIGHTS) * len(THRESHOLDS)
    for num_perm, weight, threshold, pair in entries:
        stage = NearDuplicateRemover(threshold=threshold, num_perm=num_perm, recall_weight=weight)
        assert stage.datasketch_bands() == pair, (num_perm, weight, threshold)


def test_the_file_is_what_render_writes():
    with open(resources.DATA_DIR / FILE, encoding="utf-8") as handle:
        assert handle.read() == render()


@pytest.mark.parametrize(
    ("threshold", "num_perm", "weight"), [(0.6, 128, 0.8), (0.25, 128, 0.8), (0.9, 64, 0.5)]
)
def test_shipped_settings_are_read_from_the_table(threshold, num_perm, weight):
    stage = NearDuplicateRemover(threshold=threshold, num_perm=num_perm, recall_weight=weight)
    assert shipped(threshold, num_perm, weight) == stage.bands == stage.datasketch_bands()


@pytest.mark.parametrize(
    ("threshold", "num_perm", "weight"), [(0.61, 128, 0.8), (0.6, 100, 0.8), (0.6, 128, 0.7)]
)
def test_other_settings_ask_datasketch(threshold, num_perm, weight):
    assert shipped(threshold, num_perm, weight) is None
    stage = NearDuplicateRemover(threshold=threshold, num_perm=num_perm, recall_weight=weight)
    assert stage.bands == stage.datasketch_bands()


def test_the_default_banding_does_not_import_datasketch():
    code = (
        "import sys\n"
        "from curate.corpus.dedup import NearDuplicateRemover\n"
        "print(NearDuplicateRemover(threshold=0.6, num_perm=128).bands)\n"
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[1] == "False False", out.stdout
