"""A one-worker run (and the parent of a forked pool) runs batches with the run's own pipeline:
none is built again from its recipe, and a later run never runs with an earlier run's."""

import json

from curate import Pipeline, pipeline
from curate.engines import local
from curate.engines.local import LocalEngine
from tests.test_engine_local import RECIPE, corpus  # noqa: F401 - the module's corpus fixture


def test_a_one_worker_run_builds_no_second_pipeline(corpus, tmp_path, monkeypatch):  # noqa: F811
    given = Pipeline.from_recipe(RECIPE)
    built = []
    original = pipeline.Pipeline.__init__

    def counted(self, recipe):
        built.append(recipe)
        original(self, recipe)

    monkeypatch.setattr(pipeline.Pipeline, "__init__", counted)
    LocalEngine(workers=1).run(given, [corpus], tmp_path / "ds")
    assert built == []
    assert local._WORKER["pipeline"] is given


def test_each_run_uses_its_own_recipe(corpus, tmp_path):  # noqa: F811
    """The same recipe's content with another threshold, run after it in this process: each
    run's output follows its own recipe, as a fresh process's would."""
    strict = {**RECIPE, "stages": [*RECIPE["stages"][:3], {"quality": {"min_words": 200}}]}
    counts = {}
    for name, recipe in (("first", RECIPE), ("strict", strict), ("again", RECIPE)):
        out = tmp_path / name / "ds"
        LocalEngine(workers=1).run(Pipeline.from_recipe(recipe), [corpus], out)
        counts[name] = json.loads((out / "report.json").read_text())["counts"]
    assert counts["first"] == counts["again"]
    assert counts["strict"]["removed"] > counts["first"]["removed"]
