"""`make bench`'s stage rows: the median of several forked runs, not one run's noise."""

from __future__ import annotations

import itertools
import multiprocessing

from curate import bench
from curate.bench import Measured, measure_median


def test_a_stage_row_is_the_median_run_with_the_highest_peak(monkeypatch):
    runs = iter([Measured(3.0, 10.0, ["first"]), Measured(1.0, 30.0, ["second"])])
    runs = itertools.chain(runs, [Measured(2.0, None, ["third"])])
    monkeypatch.setattr(bench, "measure", lambda work: next(runs))
    row = measure_median(lambda: None, runs=3)
    assert (row.seconds, row.peak_mib, row.output) == (2.0, 30.0, ["first"])


def test_each_run_starts_from_the_same_state():
    # every run is a fork of this process: what one run changes, the next never sees
    seen: list[int] = []

    def work() -> int:
        seen.append(1)
        return len(seen)

    row = measure_median(work, runs=3)
    assert row.output == 1 and row.seconds >= 0
    if "fork" in multiprocessing.get_all_start_methods():
        assert seen == []  # the runs were children: the parent's list is untouched


def test_stage_rows_run_under_the_engines_collector_thresholds():
    """A stage row measures what a run pays: an engine's worker raises the collector's
    thresholds, so the row does too, and puts this process's back after."""
    import gc

    from curate import bench
    from curate.engines.local import GC_THRESHOLDS

    seen = []

    class Stage:
        def process_batch(self, docs):
            seen.append(gc.get_threshold())
            return docs

    outer = gc.get_threshold()
    gc.set_threshold(700, 10, 10)  # Python's defaults, whatever an earlier test left
    try:
        assert bench._run_map_stage(Stage(), ["a", "b"]) == ["a", "b"]
        assert seen == [GC_THRESHOLDS]
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*outer)


def test_stage_rows_start_after_the_lazy_imports_a_run_pays_once():
    """The boilerplate stage imports pyarrow.compute at its first full batch: a run pays it
    once, so the warm-up pays it before any clock starts, not every forked stage row."""
    import subprocess
    import sys

    script = """
import sys
from curate import bench
from curate.bench import Measured

assert "pyarrow.compute" not in sys.modules, "imported before the warm-up"
seen = []

class Stage:
    kind, name = "map", "probe"
    def process(self, doc):
        return doc
    def process_batch(self, docs):
        seen.append("pyarrow.compute" in sys.modules)
        return docs

class Pipeline:
    stages = [Stage()]

bench.measure_median = lambda work: Measured(0.0, None, work())
bench.curate_stages(Pipeline(), [{"id": "a", "text": "One line."}])
print(seen)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["[True,", "True]"]  # the warm-up's call, then the row's
