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
