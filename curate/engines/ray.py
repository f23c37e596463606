"""The Ray engine: the same plan, with batches run by Ray Data on a cluster or on this machine.

Each segment's input batches become one Ray Data dataset of Arrow rows (`index`, `payload`: the
pickled batch and its corpus decisions), put in the object store as they are read;
`map_batches` runs them on one actor pool in which every actor builds the pipeline once from the
resolved recipe, exactly as a local worker does, and calls the same `run_batch`. Results come
back in batch order and go through the same writer, so the published bytes are the local
engine's. Stages know nothing of Ray.

Corpus stages `fit` with Ray Data too (`curate.engines.ray_fit`): the driver streams the
sketches from the checkpoints into the object store, and the grouping, pairing, verification
and counting run on the cluster; the decisions are the local fit's, to the byte.
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from typing import Any

import pyarrow as pa

from curate.engines.local import (
    GC_THRESHOLDS,
    Batch,
    BatchResult,
    Checkpoints,
    LocalEngine,
    _init_worker,
    _work,
)


class BatchWorker:
    """A Ray actor: builds the pipeline once, then runs batches of one segment."""

    def __init__(self, recipe: dict[str, Any], segment: int) -> None:
        _init_worker(recipe)
        gc.set_threshold(*GC_THRESHOLDS)  # as in a local worker: an actor process of ours
        self.segment = segment

    def __call__(self, table: pa.Table) -> pa.Table:
        results = []
        for payload in table.column("payload").to_pylist():
            docs, decisions = pickle.loads(payload)
            result = _work(self.segment, docs, decisions)
            results.append(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        return pa.table({"index": table.column("index"), "result": pa.array(results, pa.binary())})


class RayRunner:
    """Runs batches with Ray Data; joins a cluster at `address`, or starts Ray on this machine."""

    address: str | None = None

    def __init__(self, recipe: dict[str, Any], workers: int) -> None:
        self.recipe = recipe
        self.workers = max(1, workers)
        self._started = False

    def __enter__(self) -> RayRunner:
        # the CLI owns the console: Ray Data logs to its files only (unless the user says)
        os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
        import ray

        if not ray.is_initialized():
            address = self.address or os.environ.get("RAY_ADDRESS")
            options: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": logging.WARNING,
            }
            if address:
                ray.init(address=address, **options)
            else:
                ray.init(num_cpus=self.workers, **options)
            self._started = True
        for name in ("ray", "ray.data"):  # the CLI owns the console; Ray's own logs go to files
            logging.getLogger(name).setLevel(logging.WARNING)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        # the corpus fits' shuffles (`ray_fit`) as sort-based tasks, not hash-shuffle actors:
        # the fit of a few hundred documents takes 5 s instead of 13 s on two cores
        context.shuffle_strategy = ray.data.context.ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        return self

    def __exit__(self, *exc: object) -> None:
        import ray

        if self._started:
            ray.shutdown()

    def map(
        self, segment_index: int, batches: Iterable[Batch], store: Checkpoints
    ) -> Iterator[BatchResult]:
        """Results in batch order; checkpointed batches are loaded, the rest run on Ray.

        One Ray Data job per segment, so one actor pool builds the pipeline once per worker:
        each batch to run goes to the object store as it is read (Ray spills what outgrows it;
        the driver keeps only references), then `map_batches` streams the results back.
        """
        import ray

        indices: list[int] = []
        cached: set[int] = set()
        refs: list[Any] = []
        for index, batch in enumerate(batches):
            indices.append(index)
            if store.has(index):
                cached.add(index)
            else:
                refs.append(ray.put(_block(index, batch)))
        results = self._run(segment_index, refs) if refs else iter(())
        for index in indices:
            if index in cached:
                store.count = max(store.count, index + 1)
                yield store.cached(index)
                continue
            done, result = next(results)
            assert done == index, f"Ray returned batch {done} where {index} was due"
            store.save(index, result)
            yield result

    def fit(self, corpus: Any, store: Checkpoints, **kwargs: Any) -> Any:
        """A corpus stage's decision, made with Ray Data from sketches streamed off the store.

        dedup and repeated_lines fit on Ray (`curate.engines.ray_fit`); with a prior dedup
        index (`--dedup-against`), and for other corpus stages, the fit runs on the driver.
        """
        from curate.engines import ray_fit

        if kwargs:
            return corpus.fit(store.sketches(), **kwargs)
        return ray_fit.fit(corpus, store.sketches(), self.workers)

    def _run(self, segment: int, refs: list[Any]) -> Iterator[tuple[int, Any]]:
        import ray

        dataset = ray.data.from_arrow_refs(refs).map_batches(
            BatchWorker,
            fn_constructor_kwargs={"recipe": self.recipe, "segment": segment},
            batch_size=1,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(refs))),
        )
        for batch in dataset.iter_batches(batch_format="pyarrow", batch_size=None):
            for index, result in zip(
                batch.column("index").to_pylist(), batch.column("result").to_pylist(), strict=True
            ):
                yield index, pickle.loads(result)


def _block(index: int, batch: Batch) -> pa.Table:
    """One Arrow block per batch, so the actor pool can spread them over its actors."""
    payload = pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL)
    return pa.table({"index": pa.array([index], pa.int64()), "payload": pa.array([payload])})


class RayEngine(LocalEngine):
    """`curate run --engine ray [--address ADDR]`: the local engine's run, batches on Ray."""

    name = "ray"

    def __init__(
        self, workers: int | None = None, progress=None, address: str | None = None
    ) -> None:
        super().__init__(workers, progress)
        self.runner = type("BoundRayRunner", (RayRunner,), {"address": address})
