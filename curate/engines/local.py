"""The local engine: one process, or a pool of processes over fixed batches.

Batches are cut from the input stream by count, never by timing, and results are consumed in
batch order, so the output is byte-identical whatever the number of workers. At most
`2 x workers` batches are in flight. With a work folder, every batch result is checkpointed
there: documents waiting for a corpus stage's decision live on disk, not in memory, and a run
that was killed can resume from the batches it finished.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from curate.document import Document
from curate.engines.handoff import SaveTo, Stored, decisions_in, documents_of, receipt
from curate.engines.plan import BatchResult, RowValidator, run_batch
from curate.engines.start import start_method, start_workers
from curate.io.read_log import READ_LOG, ReadLog
from curate.io.readers import Quarantined, Skipped, read_inputs, walk_inputs
from curate.io.settings import reader_settings
from curate.publish import card
from curate.publish.writer import DatasetWriter
from curate.recipe import dump
from curate.report import ReportBuilder, check

if TYPE_CHECKING:
    from curate.pipeline import Pipeline

# Python's default (700, 10, 10) collects so often that, with langdetect's 88,000 profile lists
# alive, collection took 5% of a run; documents and their edits hold no reference cycles
GC_THRESHOLDS = (50_000, 50, 100)

Progress = Callable[[str, int], None]  # (phase, documents just finished)
Batch = tuple[list[Document], dict[int, Any] | None]


class Sink(Protocol):
    def write(self, kind: str, row: dict[str, Any]) -> None: ...
    def quarantine(self, item: Quarantined) -> None: ...


def execute(
    pipeline: Pipeline,
    items: Iterable[Document | Quarantined],
    sink: Sink,
    *,
    workers: int = 1,
    work_dir: Path | None = None,
    progress: Progress | None = None,
    priors: dict[str, Any] | None = None,
    on_fit: Callable[[Any, Any], None] | None = None,
    runner: Callable[[dict[str, Any], int], Runner] | None = None,
) -> ReportBuilder:
    """Run every segment of the plan over `items`, writing rows and rejects to `sink`.

    `priors` maps a corpus stage name to what its `fit` takes as `prior` (a previous run's
    dedup index); `on_fit(stage, state)` sees each corpus decision (to save an index);
    `runner(recipe, workers)` says where batches run (a local process pool by default).
    """
    with fewer_collections():
        return _execute(pipeline, items, sink, workers, work_dir, progress, priors, on_fit, runner)


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Raise the garbage collector's thresholds for the run, then put them back."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _execute(pipeline, items, sink, workers, work_dir, progress, priors, on_fit, runner):
    batch_size = pipeline.recipe["engine"]["batch_size"]
    report = ReportBuilder([stage.name for stage in pipeline.stages])
    rejects: list[Quarantined] = []
    spans: list[tuple[int, int]] = []  # each batch's first and last seq (engines.handoff)

    def first_batches() -> Iterator[Batch]:
        batch: list[Document] = []
        for item in items:
            if isinstance(item, Skipped):  # a web archive's record that is no page: counted
                report.skip(item.kind)
                continue
            if isinstance(item, Quarantined):
                rejects.append(item)
                continue
            batch.append(item)
            report.read_from(item)
            if len(batch) >= batch_size:
                spans.append(_span(batch))
                yield batch, None
                batch = []
        if batch:
            spans.append(_span(batch))
            yield batch, None

    source: Iterable[Batch] = first_batches()
    _adopt(pipeline)
    with (runner or Runner)(pipeline.recipe, workers) as batches_runner:
        for segment in pipeline.segments:
            phase = segment.sketch.name + " (sketch)" if segment.sketch else "write"
            # a final segment after a corpus stage is cheap to redo from the checkpoints before
            # it (apply decisions, write rows), so only earlier segments are checkpointed
            checkpointed = work_dir if not (segment.final and segment.index > 0) else None
            store = Checkpoints(checkpointed, segment.index)
            for result in batches_runner.map(segment.index, source, store):
                rejects.extend(result.rejected)
                for kind, row in result.rows:
                    sink.write(kind, row)
                    report.add(kind, row)
                if progress is not None:
                    done = len(result.docs) + result.written + len(result.rows)
                    progress(phase, done + len(result.rejected))
            if segment.final:
                break
            corpus = segment.sketch
            # sketches stream back from the checkpoints: the parent never holds them all
            prior = (priors or {}).get(corpus.name)
            kwargs = {"prior": prior} if prior is not None else {}
            state = batches_runner.fit(corpus, store, **kwargs)
            if on_fit is not None:
                on_fit(corpus, state)
            report.corpus[corpus.name] = corpus.summary(state)
            # a local worker reads the documents from the checkpoint (engines.handoff)
            handed = getattr(batches_runner, "hands_off", False) and store.folder is not None
            source = _with_decisions(store, corpus, state, spans if handed else None)
    # rejects are written in input order, so the file is the same for any number of workers
    for item in sorted(rejects, key=lambda q: q.seq):
        sink.quarantine(item)
        report.quarantine(item)
    return report


def _span(batch: list[Document]) -> tuple[int, int]:
    return min(d.seq for d in batch), max(d.seq for d in batch)


def _with_decisions(
    store: Checkpoints, corpus, state, spans: list[tuple[int, int]] | None = None
) -> Iterator[Batch]:
    if spans is not None:  # the checkpoint file, not its documents (engines.handoff)
        for index in range(store.count):
            yield Stored(store._path(index)), decisions_in(corpus, state, spans[index])
        return
    for docs in store.documents():
        yield docs, {d.seq: corpus.decision_for(state, d.seq) for d in docs if not d.removed}


class Checkpoints:
    """Batch results of one segment, in order: pickled to the work folder, or held in memory.

    Each file is written under a temporary name and renamed, so a run killed mid-write never
    leaves a checkpoint that looks whole; `--resume` reuses every one it finds.
    """

    def __init__(self, folder: Path | None, segment: int) -> None:
        self.folder = folder
        self.segment = segment
        self.count = 0
        self.memory: deque[list[Document]] = deque()
        self.held_sketches: list[tuple[int, str, Any]] = []

    def has(self, index: int) -> bool:
        """Whether batch `index` has a whole checkpoint (without loading it)."""
        return self.folder is not None and self._path(index).exists()

    def cached(self, index: int) -> BatchResult | None:
        if self.folder is None:
            return None
        try:
            result = self._load(self._path(index))
        except FileNotFoundError:
            return None
        result.sketches = self._load(self._path(index, "sketch"))
        return result

    def save(self, index: int, result: BatchResult) -> None:
        self.count = max(self.count, index + 1)
        if self.folder is None:
            if result.docs:
                self.memory.append(result.docs)
            self.held_sketches.extend(result.sketches)
            return
        # sketches in a file of their own, so `fit` reads them without the documents; the
        # main file is written last, so its presence means the batch is whole
        self._dump(self._path(index, "sketch"), result.sketches)
        self._dump(self._path(index), dataclasses.replace(result, sketches=[]))

    def documents(self) -> Iterator[list[Document]]:
        """The documents of every batch, in order, for the next segment."""
        if self.folder is None:
            while self.memory:
                yield self.memory.popleft()
            return
        for index in range(self.count):
            yield self._load(self._path(index)).docs

    def sketches(self) -> Iterator[tuple[int, str, Any]]:
        """Every `(seq, id, sketch)` of the segment, in input order."""
        if self.folder is None:
            yield from self.held_sketches
            self.held_sketches = []
            return
        for index in range(self.count):
            yield from self._load(self._path(index, "sketch"))

    @staticmethod
    def _load(path: Path) -> Any:
        with open(path, "rb") as handle:
            return pickle.load(handle)

    @staticmethod
    def _dump(path: Path, value: Any) -> None:
        partial = path.with_suffix(".partial")
        with open(partial, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, path)

    def _path(self, index: int, part: str = "batch") -> Path:
        return self.folder / f"segment{self.segment}-{index:07d}.{part}.pkl"


# Worker side -------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(recipe: dict[str, Any], in_pool: bool = False) -> None:
    from curate.pipeline import Pipeline

    if in_pool:
        # Ctrl-C is the parent's to handle: it stops cleanly and keeps the checkpoints
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # a forked worker inherits the CLI's SIGTERM handler, which raises `Interrupted`: the
        # parent ends its workers with SIGTERM, and each would print that exception's traceback
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        gc.set_threshold(*GC_THRESHOLDS)  # a worker process of ours: no need to put it back
        if _WORKER.get("recipe") == recipe:
            return  # forked from a parent that built this recipe's pipeline: it is ours already
    elif _WORKER.get("recipe") is recipe:
        return  # the run's own pipeline, adopted by `execute` (`_adopt`)
    _WORKER["pipeline"] = Pipeline(recipe)
    _WORKER["validator"] = RowValidator() if recipe["output"]["validate"] else None
    _WORKER["recipe"] = recipe


def _adopt(pipeline: Pipeline) -> None:
    """Run this process's batches with the run's pipeline, not a second one built from its
    recipe: one worker, or the parent a pool forks, built it again for every run (18 ms of the
    bench's 2.6 s). The same object, so a recipe changed in place is a new one only by identity
    (`_init_worker` compares with `is`); stages keep no state between batches."""
    _WORKER["pipeline"] = pipeline
    _WORKER["validator"] = RowValidator() if pipeline.recipe["output"]["validate"] else None
    _WORKER["recipe"] = pipeline.recipe


def _work(
    segment_index: int,
    docs: list[Document] | Stored,
    decisions: dict[int, Any] | None,
    save_to: SaveTo | None = None,
):
    pipeline = _WORKER["pipeline"]
    segment = pipeline.segments[segment_index]
    result = run_batch(segment, documents_of(docs), decisions, _WORKER["validator"])
    return receipt(result, save_to)  # with `save_to`, the worker writes the checkpoint


class Runner:
    """Maps batches through a segment, in order, in this process or in a pool."""

    hands_off = True  # batches go between segments as checkpoint files (engines.handoff)

    def __init__(self, recipe: dict[str, Any], workers: int) -> None:
        self.recipe = recipe
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        if self.workers > 1:
            start = start_method()
            if start == "fork":  # built once here, the forked workers inherit it (`_init_worker`)
                _init_worker(self.recipe)
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context(start),
                initializer=_init_worker,
                initargs=(self.recipe, True),
            )
            if start == "fork":
                start_workers(self.pool)
        else:
            _init_worker(self.recipe)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        if self.pool is None:
            return
        if exc_type is None:
            self.pool.shutdown(wait=True)
            return
        # stopping on an error or an interrupt: waiting for the pool can hang (Ctrl-C may land
        # inside `submit`, leaving work it never hands out), so the workers are ended instead
        end_workers(self.pool)

    def map(
        self, segment_index: int, batches: Iterable[Batch], store: Checkpoints
    ) -> Iterator[BatchResult]:
        """Results in batch order; a batch with a checkpoint is loaded, not recomputed."""
        window: deque[tuple[int, Future | BatchResult, bool]] = deque()
        for index, (docs, decisions) in enumerate(batches):
            cached = store.cached(index)
            # the worker writes a checkpointed segment's batch file itself (engines.handoff)
            save_to = SaveTo(store.folder, store.segment, index) if store.folder else None
            if cached is not None:
                window.append((index, cached, True))
            elif self.pool is None:
                result = _work(segment_index, docs, decisions, save_to)
                window.append((index, result, save_to is not None))
            else:
                future = self.pool.submit(_work, segment_index, docs, decisions, save_to)
                window.append((index, future, save_to is not None))
            if len(window) >= 2 * self.workers:
                yield self._finish(*window.popleft(), store)
        while window:
            yield self._finish(*window.popleft(), store)

    def fit(self, corpus: Any, store: Checkpoints, **kwargs: Any) -> Any:
        """A corpus stage's decision, in this process, from sketches streamed off the store."""
        return corpus.fit(store.sketches(), **kwargs)

    @staticmethod
    def _finish(
        index: int, pending: Future | BatchResult, saved: bool, store: Checkpoints
    ) -> BatchResult:
        result = pending.result() if isinstance(pending, Future) else pending
        if saved:  # reused from an earlier run, or written by the worker
            store.count = max(store.count, index + 1)
        else:
            store.save(index, result)
        return result


def end_workers(pool: ProcessPoolExecutor, grace: float = 5.0) -> None:
    """Stop a process pool now: cancel what waits, terminate every worker, reap them all."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(grace)
        if process.is_alive():
            process.kill()
            process.join(grace)


class LocalEngine:
    """`curate run --engine local`: streams inputs to a published dataset folder."""

    name = "local"
    runner: Callable[[dict[str, Any], int], Runner] = Runner

    def __init__(self, workers: int | None = None, progress: Progress | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.progress = progress
        self.resumed = {"reused": 0, "discarded": 0}  # checkpoints of the last run's `open`

    def run(
        self,
        pipeline: Pipeline,
        inputs: list[str | Path],
        out: str | Path,
        overwrite: bool = False,
        resume: bool = False,
        dedup_against: str | Path | None = None,
    ) -> dict[str, Any]:
        """Publish `inputs` processed by `pipeline` to `out`.

        With `resume`, batches checkpointed by an interrupted run of the same recipe over the
        same (unchanged) inputs are reused; the output is the same as an uninterrupted run's.
        With `dedup_against`, documents that duplicate anything in that earlier output (read
        from its dedup index, not its text) are removed too; the new index includes both.
        """
        from curate.corpus.dedup_index import load_index, save_index
        from curate.io.input_list import input_list

        inputs = input_list(inputs)  # "news/" alone is one input, not 5 (io.input_list)
        output = pipeline.recipe["output"]
        writer = DatasetWriter(out, overwrite, output["shard_rows"], output["jsonl"])
        writer.splits = reader_settings(pipeline.recipe.get("reader")).split  # publish.splits
        # the destination and its staging folder are never input, even inside an input folder
        exclude = [writer.out, writer.staging]
        found = walk_inputs(inputs, exclude, pipeline.recipe.get("reader"))
        skipped = sorted(found.skipped + found.set_aside)  # io.hidden_files, io.unreadable
        skipped += [f"{folder}/" for folder in found.outputs]
        priors = {}
        if dedup_against is not None:
            priors["dedup"] = load_index(dedup_against)
            check_prior(pipeline, priors["dedup"], dedup_against)
        # the recipe spelled out, once: the manifest, recipe.yaml and the report page each
        # had it made again (every stage built to read its settings back, 5 ms a time)
        recipe_text = dump(pipeline.recipe)
        # a sidecar changed since a checkpoint changes its document too (io.sidecars)
        from curate.io.sidecars import sidecar_files  # `metadata.csv` once (io.folder_metadata)

        manifest = run_manifest(pipeline, found.paths + sidecar_files(found.sidecars), recipe_text)
        manifest["dedup_against"] = str(dedup_against) if dedup_against else None
        writer.open(manifest, resume=resume)
        self.resumed = writer.checkpoints
        try:
            read_log = ReadLog(writer.staging / READ_LOG)  # library log lines while reading
            builder = execute(
                pipeline,
                read_log.reading(read_inputs(inputs, exclude, pipeline.recipe.get("reader"))),
                writer,
                workers=self.workers,
                work_dir=writer.work_dir(),
                progress=self.progress,
                priors=priors,
                on_fit=lambda stage, state: (
                    save_index(state, writer.staging) if stage.name == "dedup" else None
                ),
                runner=self.runner,
            )
            builder.read_log = dict(read_log.counts)
            from curate.io.path_names import readable_name  # a name not UTF-8 (io.path_names)

            names = [readable_name(str(p)) for p in inputs]
            report = builder.to_dict(pipeline.recipe["name"], names, skipped)
            problems = check(report)
            if problems:
                raise RuntimeError("accounting check failed: " + "; ".join(problems))
            kept_bytes = writer.close_shards()
            writer.finish(
                {
                    "report.json": json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                    "recipe.yaml": recipe_text,
                    "README.md": card.render(
                        report, pipeline.recipe, Path(out).name, kept_bytes, writer.published()
                    ),
                    **report_page(writer.staging, report, pipeline.recipe, out, recipe_text),
                }
            )
        except BaseException:
            writer.abort()  # keeps the checkpoints for --resume; publishes nothing
            raise
        return report


def check_prior(pipeline: Pipeline, prior: Any, folder: str | Path) -> None:
    """Before any work: an earlier index must have been made with this recipe's dedup settings."""
    from curate.corpus.dedup_index import SETTINGS
    from curate.recipe import RecipeError

    stage = next((s for s in pipeline.stages if s.name == "dedup"), None)
    if stage is None:
        raise RecipeError("--dedup-against needs the dedup stage, which this run skips")
    for key in SETTINGS:
        saved, wanted = prior.settings.get(key), getattr(stage, key)
        if saved != wanted:
            raise RecipeError(
                f"--dedup-against {folder}: its index was made with dedup.{key}: {saved}, "
                f"this recipe has dedup.{key}: {wanted}; set it to {saved} to compare with it"
            )


def run_manifest(
    pipeline: Pipeline, files: list[Path], recipe_text: str | None = None
) -> dict[str, Any]:
    """What a checkpoint depends on: the recipe (`dump` of it, given or made) and the exact
    input files."""
    from curate import __version__

    return {
        "curate": __version__,
        "recipe": dump(pipeline.recipe) if recipe_text is None else recipe_text,
        "inputs": [
            {"path": str(path), "size": path.stat().st_size, "mtime_ns": path.stat().st_mtime_ns}
            for path in files
        ],
    }


def report_page(
    staging: Path,
    report: dict[str, Any],
    recipe: dict[str, Any],
    out: str | Path,
    recipe_text: str | None = None,
) -> dict[str, str]:
    """`report.html` for the files `finish` writes, from the closed shards in staging (so it is
    published with the rest, atomically), unless the recipe says `output: {report: false}`.
    The page names the folder as the card does, by its name, so it is the same bytes wherever
    the folder is written."""
    if not recipe["output"].get("report", True):
        return {}
    from curate.inspect.html import render_report

    if recipe_text is not None:  # the page shows the recipe as recipe.yaml has it: this text
        from curate.resources import parse_yaml

        recipe = parse_yaml(recipe_text)
    return {"report.html": render_report(staging, report, recipe, shown_as=Path(out).name)}
