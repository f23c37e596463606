"""The local engine: one process, or a pool of processes over fixed batches.

Batches are cut from the input stream by count, never by timing, and results are consumed in
batch order, so the output is byte-identical whatever the number of workers. At most
`2 x workers` batches are in flight, and documents waiting for a corpus stage's decision are
spilled to disk, so memory stays bounded by the batch size, not by the corpus.
"""

from __future__ import annotations

import json
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from curate.document import Document
from curate.engines.plan import BatchResult, RowValidator, run_batch
from curate.io.readers import Quarantined, find_files, read_inputs
from curate.publish import card
from curate.publish.writer import DatasetWriter
from curate.recipe import dump
from curate.report import ReportBuilder, check

if TYPE_CHECKING:
    from curate.pipeline import Pipeline

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
    spill_dir: Path | None = None,
    progress: Progress | None = None,
) -> ReportBuilder:
    """Run every segment of the plan over `items`, writing rows and rejects to `sink`."""
    batch_size = pipeline.recipe["engine"]["batch_size"]
    report = ReportBuilder([stage.name for stage in pipeline.stages])
    rejects: list[Quarantined] = []

    def first_batches() -> Iterator[Batch]:
        batch: list[Document] = []
        for item in items:
            if isinstance(item, Quarantined):
                rejects.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                yield batch, None
                batch = []
        if batch:
            yield batch, None

    source: Iterable[Batch] = first_batches()
    with Runner(pipeline.recipe, workers) as runner:
        for segment in pipeline.segments:
            phase = segment.sketch.name + " (sketch)" if segment.sketch else "write"
            spill = Spill(spill_dir, segment.index)
            sketches: list[tuple[int, str, Any]] = []
            for result in runner.map(segment.index, source):
                rejects.extend(result.rejected)
                for kind, row in result.rows:
                    sink.write(kind, row)
                    report.add(kind, row)
                if not segment.final:
                    spill.append(result.docs)
                    sketches.extend(result.sketches)
                if progress is not None:
                    progress(phase, len(result.docs) + len(result.rows) + len(result.rejected))
            if segment.final:
                break
            corpus = segment.sketch
            state = corpus.fit(sketches)
            del sketches
            report.corpus[corpus.name] = corpus.summary(state)
            source = _with_decisions(spill, corpus, state)
    # rejects are written in input order, so the file is the same for any number of workers
    for item in sorted(rejects, key=lambda q: q.seq):
        sink.quarantine(item)
        report.quarantine(item)
    return report


def _with_decisions(spill: Spill, corpus, state) -> Iterator[Batch]:
    for docs in spill:
        yield docs, {d.seq: corpus.decision_for(state, d.seq) for d in docs if not d.removed}


class Spill:
    """Batches waiting for a corpus decision: pickled to disk, or kept in memory if no folder."""

    def __init__(self, folder: Path | None, segment: int) -> None:
        self.folder = folder
        self.segment = segment
        self.count = 0
        self.memory: deque[list[Document]] = deque()

    def append(self, docs: list[Document]) -> None:
        if self.folder is None:
            self.memory.append(docs)
        else:
            with open(self._path(self.count), "wb") as handle:
                pickle.dump(docs, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1

    def __iter__(self) -> Iterator[list[Document]]:
        if self.folder is None:
            while self.memory:
                yield self.memory.popleft()
            return
        for index in range(self.count):
            path = self._path(index)
            with open(path, "rb") as handle:
                docs = pickle.load(handle)
            path.unlink()
            yield docs

    def _path(self, index: int) -> Path:
        return self.folder / f"segment{self.segment}-{index:07d}.pkl"


# Worker side -------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def _init_worker(recipe: dict[str, Any]) -> None:
    from curate.pipeline import Pipeline

    _WORKER["pipeline"] = Pipeline(recipe)
    _WORKER["validator"] = RowValidator() if recipe["output"]["validate"] else None


def _work(segment_index: int, docs: list[Document], decisions: dict[int, Any] | None):
    pipeline = _WORKER["pipeline"]
    return run_batch(pipeline.segments[segment_index], docs, decisions, _WORKER["validator"])


class Runner:
    """Maps batches through a segment, in order, in this process or in a pool."""

    def __init__(self, recipe: dict[str, Any], workers: int) -> None:
        self.recipe = recipe
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Runner:
        if self.workers > 1:
            # spawn: no inherited threads or locks; each worker rebuilds the pipeline from the
            # resolved recipe, which is plain data
            self.pool = ProcessPoolExecutor(
                self.workers,
                mp_context=get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.recipe,),
            )
        else:
            _init_worker(self.recipe)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def map(self, segment_index: int, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        if self.pool is None:
            for docs, decisions in batches:
                yield _work(segment_index, docs, decisions)
            return
        window: deque[Future] = deque()
        for docs, decisions in batches:
            window.append(self.pool.submit(_work, segment_index, docs, decisions))
            if len(window) >= 2 * self.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


class LocalEngine:
    """`curate run --engine local`: streams inputs to a published dataset folder."""

    name = "local"

    def __init__(self, workers: int | None = None, progress: Progress | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self.progress = progress

    def run(
        self, pipeline: Pipeline, inputs: list[str | Path], out: str | Path, overwrite: bool = False
    ) -> dict[str, Any]:
        files, skipped = find_files(inputs)
        output = pipeline.recipe["output"]
        writer = DatasetWriter(out, overwrite, output["shard_rows"], output["jsonl"]).open()
        try:
            builder = execute(
                pipeline,
                read_inputs(files),
                writer,
                workers=self.workers,
                spill_dir=writer.work_dir(),
                progress=self.progress,
            )
            report = builder.to_dict(pipeline.recipe["name"], [str(p) for p in inputs], skipped)
            problems = check(report)
            if problems:
                raise RuntimeError("accounting check failed: " + "; ".join(problems))
            kept_bytes = writer.close_shards()
            writer.finish(
                {
                    "report.json": json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                    "recipe.yaml": dump(pipeline.recipe),
                    "README.md": card.render(report, pipeline.recipe, Path(out).name, kept_bytes),
                }
            )
        except BaseException:
            writer.abort()
            raise
        return report
