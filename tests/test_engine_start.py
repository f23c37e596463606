"""How the local engine starts its workers: forked or spawned, the same bytes come out."""

import pytest

from curate import Pipeline
from curate.engines import start
from curate.engines.local import LocalEngine, Runner
from tests.test_engine_local import RECIPE, corpus  # noqa: F401 - the module's corpus fixture

pytestmark = pytest.mark.skipif(
    "fork" not in start.get_all_start_methods(), reason="no fork on this platform"
)


def _files(folder):
    """Every file under `folder` by its relative path, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_fork_and_spawn_publish_the_same_bytes(corpus, tmp_path, monkeypatch):  # noqa: F811
    reports = {}
    for method in ("fork", "spawn"):
        monkeypatch.setenv(start.ENV, method)
        engine = LocalEngine(workers=2)
        out = tmp_path / method / "ds"  # the folder's name is in its card: the same for both
        reports[method] = engine.run(Pipeline.from_recipe(RECIPE), [corpus], out)
    assert reports["fork"] == reports["spawn"]
    fork, spawn = _files(tmp_path / "fork" / "ds"), _files(tmp_path / "spawn" / "ds")
    assert fork == spawn
    assert any(name.endswith(".parquet") for name in fork)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_pool_uses_the_chosen_start(method, monkeypatch):
    monkeypatch.setenv(start.ENV, method)
    with Runner(Pipeline.from_recipe(RECIPE).recipe, 2) as runner:
        assert runner.pool._mp_context.get_start_method() == method


def test_forked_workers_exist_before_any_batch(monkeypatch):
    """Forked as the run opens, not at the first batch: the parent has no thread of its own yet
    and has read nothing."""
    monkeypatch.setenv(start.ENV, "fork")
    with Runner(Pipeline.from_recipe(RECIPE).recipe, 2) as runner:
        assert len(runner.pool._processes) == 2


@pytest.mark.parametrize("value", ["forkserver", "threads", "1"])
def test_a_start_that_is_not_fork_or_spawn_is_refused(value, monkeypatch):
    monkeypatch.setenv(start.ENV, value)
    with pytest.raises(ValueError, match=start.ENV):
        start.start_method()


@pytest.mark.parametrize(
    ("platform", "method"), [("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")]
)
def test_the_default_forks_on_linux_alone(platform, method, monkeypatch):
    monkeypatch.delenv(start.ENV, raising=False)
    monkeypatch.setattr(start.sys, "platform", platform)
    assert start.start_method() == method


def _signal_handlers() -> tuple[object, object]:
    import signal

    return signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_worker_leaves_the_parents_signal_handlers(method, monkeypatch):
    """The CLI turns SIGTERM into an exception in the parent; a forked worker inherits that
    handler, and the parent ends its workers with SIGTERM when a run stops: each printed a
    traceback under the run's one-line message (the Ctrl-C test caught it). A worker ignores
    SIGINT (the parent's to handle) and dies quietly on SIGTERM, however it was started."""
    import signal

    def raising(signum, frame):  # the CLI's kind of handler
        raise KeyboardInterrupt

    monkeypatch.setenv(start.ENV, method)
    previous = signal.signal(signal.SIGTERM, raising)
    try:
        with Runner(Pipeline.from_recipe(RECIPE).recipe, 2) as runner:
            handlers = runner.pool.submit(_signal_handlers).result(timeout=120)
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert handlers == (signal.SIG_IGN, signal.SIG_DFL)


def _pipeline_identity():
    from curate.engines import local

    return id(local._WORKER["pipeline"])


def test_a_forked_worker_keeps_the_pipeline_it_inherits(monkeypatch):
    """The parent builds the pipeline before it forks so that every worker starts with it: a
    worker that built it again (as the pool's initializer did) paid for a second build and
    threw the inherited one away. The object a forked worker uses is the parent's, same address."""
    from curate.engines import local

    monkeypatch.setenv(start.ENV, "fork")
    with Runner(Pipeline.from_recipe(RECIPE).recipe, 2) as runner:
        built = id(local._WORKER["pipeline"])
        assert runner.pool.submit(_pipeline_identity).result(timeout=120) == built


def test_a_worker_builds_the_pipeline_of_its_own_recipe(monkeypatch):
    """A parent that ran another recipe before (a program calling the API twice) holds that
    recipe's pipeline: a worker it forks for this recipe builds this one."""
    from curate.engines import local

    monkeypatch.setattr(local, "_WORKER", {})  # this test's own worker state, in this process
    monkeypatch.setattr(local.signal, "signal", lambda *args: None)  # pytest keeps its handlers
    monkeypatch.setattr(local.gc, "set_threshold", lambda *args: None)
    other = Pipeline.from_recipe(RECIPE).recipe
    local._init_worker(other)
    recipe = {**other, "stages": other["stages"][:1]}
    local._init_worker(recipe, True)
    assert [stage.name for stage in local._WORKER["pipeline"].stages] == [
        stage.name for stage in Pipeline(recipe).stages
    ]
