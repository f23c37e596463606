"""`python -m curate.bench`: curate's throughput and memory next to its libraries used naively.

A generated news corpus (`curate.synth.news_corpus`) is written to JSON Lines. The naive
baseline (ftfy.fix_text, langdetect.detect, datasketch MinHash + MinHashLSH on every document)
runs on the first `--baseline-docs` documents, because it is slow; curate's stages run one by one
on the same sample (each stage row the median of `STAGE_RUNS` runs); then curate runs end to end
with `LocalEngine` on the whole corpus. Rates are per second of wall time, so rows on different
numbers of documents compare. The naive MinHash takes whitespace-separated 5-word shingles of the
raw text. On the sample, curate's `lang` is compared with langdetect's label, and both
deduplicators with each other and with the story clusters the generator planted.

Memory: each per-stage measurement runs in a forked copy of this process and reports how far the
peak RSS rose above the RSS at the fork (`getrusage(RUSAGE_SELF).ru_maxrss`); each end-to-end
measurement runs in a freshly spawned interpreter and reports its peak RSS (RUSAGE_SELF) plus
`workers` times its largest child's peak RSS (RUSAGE_CHILDREN).

The end-to-end rows run with the build cache as a user's runs have it (`curate.build_cache`):
the first run on a machine compiles the translation scan's Hyperscan database (0.08 CPU s) and
keeps it; every later run and worker reads it back (0.02 s). (langdetect's profile table and the
boilerplate tables' literals ship built, under `curate/data/`.)
`CURATE_CACHE_DIR= python -m curate.bench` measures runs with no cache.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MB = 1_000_000
NGRAM = 5
NUM_PERM = 128
THRESHOLD = 0.8
TARGET_SPEEDUP = 5.0


@dataclass
class Row:
    """One line of the table."""

    name: str
    docs: int
    nbytes: int
    seconds: float
    cores: int = 1
    peak_mib: float | None = None

    def cells(self) -> list[str]:
        rate = self.docs / self.seconds if self.seconds > 0 else float("inf")
        mbps = self.nbytes / MB / self.seconds if self.seconds > 0 else float("inf")
        peak = "n/a" if self.peak_mib is None else f"{self.peak_mib:,.0f}"
        return [
            self.name,
            f"{self.docs:,}",
            f"{self.seconds:.2f}",
            f"{rate:,.0f}",
            f"{mbps:.2f}",
            f"{mbps / self.cores:.2f}",
            peak,
        ]


@dataclass
class Measured:
    seconds: float
    peak_mib: float | None
    output: Any


# Measuring -------------------------------------------------------------------------------------


def _maxrss_mib(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (Linux reports KiB, macOS bytes)."""
    value = resource.getrusage(who).ru_maxrss
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _forked(work: Callable[[], Any], sender) -> None:
    try:
        start = _maxrss_mib()  # a forked child's high-water mark starts at its RSS at the fork
        began = time.perf_counter()
        output = work()
        seconds = time.perf_counter() - began
        sender.send(Measured(seconds, _maxrss_mib() - start, output))
    except BaseException as err:  # report, never hang the parent
        sender.send(RuntimeError(f"{type(err).__name__}: {err}"))
    finally:
        sender.close()


def measure(work: Callable[[], Any]) -> Measured:
    """Run `work` in a forked child: wall time, peak RSS growth, and its (pickled) result."""
    if "fork" not in multiprocessing.get_all_start_methods():
        began = time.perf_counter()
        output = work()
        return Measured(time.perf_counter() - began, None, output)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_forked, args=(work, sender))
    process.start()
    sender.close()
    result = receiver.recv()
    process.join()
    if isinstance(result, BaseException):
        raise result
    return result


# A stage row is a fraction of a second: one run moved by 10-15% between two `make bench` runs of
# the same code in the same hour (translation 8,591 and 7,456 docs/s) on a shared machine. Each
# row is the median of this many runs, each in its own fork from the same warmed-up state (so
# each starts with the caches a worker has after its warm-up, never with the last run's).
STAGE_RUNS = 3


def measure_median(work: Callable[[], Any], runs: int = STAGE_RUNS) -> Measured:
    """`measure` `runs` times: the median time, the highest peak, the first run's output."""
    results = [measure(work) for _ in range(runs)]
    peaks = [r.peak_mib for r in results if r.peak_mib is not None]
    return Measured(
        statistics.median(r.seconds for r in results),
        max(peaks) if peaks else None,
        results[0].output,
    )


def _spawned(work: Callable[[dict[str, Any]], dict[str, Any]], spec: dict[str, Any], sender):
    try:
        result = work(spec)
        result["self_mib"] = _maxrss_mib()
        result["child_mib"] = _maxrss_mib(resource.RUSAGE_CHILDREN)
        sender.send(result)
    except BaseException as err:  # report, never hang the parent
        sender.send({"error": f"{type(err).__name__}: {err}"})
    finally:
        sender.close()


def measure_fresh(task: str | Callable[[dict[str, Any]], dict[str, Any]], spec: dict[str, Any]):
    """Run an end-to-end task (a name in `END_TO_END`, or a module-level function) in a new
    interpreter, so its peak memory is its own."""
    work = END_TO_END[task] if isinstance(task, str) else task
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_spawned, args=(work, spec, sender))
    process.start()
    sender.close()
    result = receiver.recv()
    process.join()
    if "error" in result:
        raise RuntimeError(f"{getattr(work, '__name__', task)}: {result['error']}")
    return result


def _cpu_seconds() -> float:
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


# The naive baseline ------------------------------------------------------------------------------


def naive_fix(texts: list[str]) -> list[str]:
    import ftfy

    return [ftfy.fix_text(text) for text in texts]


def naive_detect(texts: list[str]) -> list[str | None]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    labels: list[str | None] = []
    for text in texts:
        try:
            labels.append(detect(text))
        except LangDetectException:
            labels.append(None)
    return labels


def naive_dedup(ids: list[str], texts: list[str]) -> list[str | None]:
    """For each document, the earlier document its MinHash finds in the LSH index, or None."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    matches: list[str | None] = []
    for doc_id, text in zip(ids, texts, strict=True):
        words = text.split()
        minhash = MinHash(num_perm=NUM_PERM)
        for i in range(max(1, len(words) - NGRAM + 1)):
            minhash.update(" ".join(words[i : i + NGRAM]).encode("utf-8"))
        found = lsh.query(minhash)
        if found:
            matches.append(min(found))
        else:
            lsh.insert(doc_id, minhash)
            matches.append(None)
    return matches


class _Clock:
    """Wall and CPU seconds (this process and its waited-for children) of a `with` block."""

    def __enter__(self) -> _Clock:
        self.began = time.perf_counter()
        self.cpu_began = _cpu_seconds()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.began
        self.cpu_seconds = _cpu_seconds() - self.cpu_began


def _naive_end_to_end(spec: dict[str, Any]) -> dict[str, Any]:
    """Read the JSONL, then ftfy, langdetect and MinHash+LSH on each document (imports first)."""
    import datasketch  # noqa: F401
    import ftfy  # noqa: F401
    import langdetect  # noqa: F401

    with _Clock() as clock:
        records = list(_read_jsonl(spec["path"]))
        fixed = naive_fix([r["text"] for r in records])
        naive_detect(fixed)
        naive_dedup([r["id"] for r in records], fixed)
    return {"seconds": clock.seconds, "cpu_seconds": clock.cpu_seconds}


def _curate_end_to_end(spec: dict[str, Any]) -> dict[str, Any]:
    """The engine's `run` call alone, as `curate run` makes it."""
    from curate.engines.local import LocalEngine
    from curate.engines.ray import RayEngine
    from curate.pipeline import Pipeline

    pipeline = Pipeline.from_recipe(spec["recipe"])
    engine = (RayEngine if spec.get("engine") == "ray" else LocalEngine)(workers=spec["workers"])
    if spec.get("engine") != "ray":  # as `curate run` does for the local engine (arrow_pandas)
        from curate.arrow_pandas import skip_pandas_probe

        skip_pandas_probe()
    with _Clock() as clock:
        report = engine.run(pipeline, inputs=[spec["path"]], out=spec["out"], overwrite=True)
    return {"seconds": clock.seconds, "cpu_seconds": clock.cpu_seconds, "counts": report["counts"]}


END_TO_END: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "naive": _naive_end_to_end,
    "curate": _curate_end_to_end,
}


# curate, stage by stage --------------------------------------------------------------------------


def curate_stages(pipeline, records: list[dict[str, str]]) -> tuple[list[Row], list]:
    """Each stage over the sample in order, in a forked child per stage; the final documents."""
    from curate.document import Document

    docs = [
        Document(
            id=r["id"], text=r["text"], title=r.get("title"), input_title=r.get("title"), seq=i
        )
        for i, r in enumerate(records)
    ]
    # load models, word lists and lazy imports before any clock starts, by the path the timed
    # rows take (`process_batch`); pyarrow.compute too, which the boilerplate stage imports at
    # its first batch of 200 articles (0.04-0.06 s that a run pays once and each forked row
    # paid again). Warming on the sample itself could fill a stage's caches with its lines.
    import pyarrow.compute  # noqa: F401

    # and the engine's module, whose garbage collector thresholds every timed row takes
    # (`_engine_gc`): imported inside the clock, each forked row paid ~0.04 s CPU for it
    import curate.engines.local  # noqa: F401

    for stage in pipeline.stages:
        if stage.kind == "map":
            stage.process_batch([Document(id="warm-up", text="Warm up the stage with some text.")])
    rows: list[Row] = []
    for stage in pipeline.stages:
        live = [d for d in docs if not d.removed]
        nbytes = sum(len(d.text.encode("utf-8")) for d in live)
        if stage.kind == "corpus":
            result = measure_median(lambda stage=stage, live=live: _run_corpus_stage(stage, live))
            name = f"{stage.name} (sketch+fit+apply)"
        else:
            result = measure_median(lambda stage=stage, live=live: _run_map_stage(stage, live))
            name = stage.name
        processed = {d.seq: d for d in result.output}
        docs = [processed.get(d.seq, d) for d in docs]
        rows.append(Row(name, len(live), nbytes, result.seconds, 1, result.peak_mib))
    return rows, docs


SKETCH_BATCH = 200  # the recipes' engine batch: the engine maps and sketches a batch at once


def _sketches(stage, docs: list) -> Iterable[Any]:
    """The documents' sketches as the engine makes them: `sketch_batch` per engine batch, one
    batch held at a time (the fit keeps what it needs of each)."""
    for start in range(0, len(docs), SKETCH_BATCH):
        yield from stage.sketch_batch(docs[start : start + SKETCH_BATCH])


def _run_map_stage(stage, docs: list) -> list:
    """A map stage as the engine runs it: `process_batch` on each engine batch (the
    boilerplate stage scores a batch's lines by one model call), under the engine's garbage
    collector thresholds (with Python's defaults the boilerplate stage spent 72-85 ms of ~0.9 s
    collecting, which no run pays)."""
    out: list = []
    with _engine_gc():
        for start in range(0, len(docs), SKETCH_BATCH):
            out += stage.process_batch(docs[start : start + SKETCH_BATCH])
    return out


def _run_corpus_stage(stage, docs: list) -> list:
    """A corpus stage as the engine runs it: sketches by engine batch, one fit, each apply."""
    with _engine_gc():
        sketches = _sketches(stage, docs)
        state = stage.fit((d.seq, d.id, sketch) for d, sketch in zip(docs, sketches, strict=True))
        return [stage.apply(d, stage.decision_for(state, d.seq)) for d in docs]


def _engine_gc():
    """The garbage collector's thresholds of an engine's run, put back after (a stage row runs
    in a fork, or in this process where there is no fork)."""
    from curate.engines.local import fewer_collections

    return fewer_collections()


# Agreement ---------------------------------------------------------------------------------------


def duplicate_scores(removed: Iterable[bool], clusters: list[int]) -> tuple[float, float]:
    """Precision and recall of "removed as a duplicate" against the planted story clusters.

    A removal is right when its story has another document in the sample; a story with `k`
    documents in the sample should lose `k - 1` of them, whichever they are.
    """
    removed = list(removed)
    sizes = Counter(clusters)
    right = Counter()
    for flag, cluster in zip(removed, clusters, strict=True):
        if flag and sizes[cluster] > 1:
            right[cluster] += 1
    true_positives = sum(min(count, sizes[c] - 1) for c, count in right.items())
    expected = sum(size - 1 for size in sizes.values())
    flagged = sum(removed)
    precision = true_positives / flagged if flagged else 1.0
    recall = true_positives / expected if expected else 1.0
    return precision, recall


# Running -----------------------------------------------------------------------------------------


def _read_jsonl(path: str | Path) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_corpus(folder: Path, docs: int, baseline_docs: int, seed: int, avg_bytes: int):
    """Write the corpus and its first `baseline_docs` documents; the sample and its truth."""
    from curate.synth import planted_news_corpus

    corpus_path = folder / "corpus.jsonl"
    sample_path = folder / "sample.jsonl"
    sample: list[dict[str, str]] = []
    clusters: list[int] = []
    total_bytes = 0
    with (
        open(corpus_path, "w", encoding="utf-8") as corpus,
        open(sample_path, "w", encoding="utf-8") as sample_file,
    ):
        for index, (doc, truth) in enumerate(planted_news_corpus(docs, seed, avg_bytes)):
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            corpus.write(line)
            total_bytes += len(doc["text"].encode("utf-8"))
            if index < baseline_docs:
                sample_file.write(line)
                sample.append(doc)
                clusters.append(truth.cluster)
    return corpus_path, sample_path, total_bytes, sample, clusters


def shingle_floor(texts: list[str]) -> int:
    """Hash every 5-word shingle once with xxhash: the floor no MinHash can go below."""
    import xxhash

    from curate.corpus.shingles import tokens

    count = 0
    for text in texts:
        words = tokens(text)
        for i in range(max(1, len(words) - NGRAM + 1)):
            xxhash.xxh3_64_intdigest(" ".join(words[i : i + NGRAM]).encode("utf-8"))
            count += 1
    return count


def curate_dedup(ids: list[str], texts: list[str], stage) -> int:
    """The dedup stage alone, as the engine runs it: sketch each batch, fit once, apply each."""
    from curate.document import Document

    docs = [Document(id=i, text=t, seq=n) for n, (i, t) in enumerate(zip(ids, texts, strict=True))]
    return sum(d.removed for d in _run_corpus_stage(stage, docs))


def dedup_rows(ids, texts, sample_ids, sample_texts, stage) -> tuple[list[Row], list[str]]:
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    sample_bytes = sum(len(t.encode("utf-8")) for t in sample_texts)
    naive = measure(lambda: naive_dedup(sample_ids, sample_texts))
    ours = measure(lambda: curate_dedup(ids, texts, stage))
    floor = measure(lambda: shingle_floor(texts))
    rows = [
        Row(
            "datasketch naive: MinHash.update per shingle + LSH",
            len(sample_texts),
            sample_bytes,
            naive.seconds,
            1,
            naive.peak_mib,
        ),
        Row(
            "curate dedup stage: sketch + fit + apply",
            len(texts),
            nbytes,
            ours.seconds,
            1,
            ours.peak_mib,
        ),
        Row(
            "floor: xxhash every shingle once", len(texts), nbytes, floor.seconds, 1, floor.peak_mib
        ),
    ]
    naive_rate = len(sample_texts) / naive.seconds
    ours_rate = len(texts) / ours.seconds
    floor_rate = len(texts) / floor.seconds
    notes = [
        f"dedup: curate {ours_rate / naive_rate:.1f}x naive datasketch (target 10x); "
        f"{floor_rate / ours_rate:.1f}x slower than the xxhash floor (target within 2x)",
    ]
    return rows, notes


def stories_rows(docs: list[dict[str, Any]], stage, dedup_row: Row) -> list[Row]:
    """The stories stage alone on the same documents as the dedup row, 1 core (each document
    labelled English, so `keep: per_language` compares them all)."""
    from curate.document import Document

    def work() -> list:
        live = [
            Document(id=d["id"], text=d["text"], seq=n, labels={"lang": "en"})
            for n, d in enumerate(docs)
        ]
        return _run_corpus_stage(stage, live)

    result = measure(work)
    row = Row(
        "curate stories stage: sketch + fit + apply",
        len(docs),
        dedup_row.nbytes,
        result.seconds,
        1,
        result.peak_mib,
    )
    return [row]


def run(args: argparse.Namespace) -> str:
    from curate.pipeline import Pipeline

    baseline_docs = min(args.baseline_docs, args.docs)
    with tempfile.TemporaryDirectory(prefix="curate-bench-") as scratch:
        folder = Path(args.out) if args.out else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        corpus_path, sample_path, total_bytes, sample, clusters = write_corpus(
            folder, args.docs, baseline_docs, args.seed, args.avg_bytes
        )
        texts = [d["text"] for d in sample]
        ids = [d["id"] for d in sample]
        sample_bytes = sum(len(t.encode("utf-8")) for t in texts)

        naive_detect(["Warm up the detector with a short English sentence."])
        fixed = measure(lambda: naive_fix(texts))
        detected = measure(lambda: naive_detect(texts))
        deduped = measure(lambda: naive_dedup(ids, texts))
        naive_rows = [
            Row(name, len(texts), sample_bytes, result.seconds, 1, result.peak_mib)
            for name, result in (
                ("ftfy.fix_text", fixed),
                ("langdetect.detect", detected),
                ("datasketch MinHash+LSH", deduped),
            )
        ]
        naive_e2e = measure_fresh("naive", {"path": str(sample_path)})
        naive_rows.append(
            _end_to_end_row("end to end (1 core)", naive_e2e, len(texts), sample_bytes, 1)
        )

        pipeline = Pipeline.from_recipe(args.recipe)
        all_docs = list(_read_jsonl(corpus_path))
        dedup_stage = next(s for s in pipeline.stages if s.name == "dedup")
        dedup_table, dedup_notes = dedup_rows(
            [d["id"] for d in all_docs], [d["text"] for d in all_docs], ids, texts, dedup_stage
        )
        stories_stage = next((s for s in pipeline.stages if s.name == "stories"), None)
        if stories_stage is not None:
            dedup_table += stories_rows(all_docs, stories_stage, dedup_table[1])
        del all_docs
        stage_rows, final_docs = curate_stages(pipeline, sample)

        def end_to_end(name, engine, workers, path, out, docs, nbytes):
            """One engine run in a fresh interpreter, as `curate run` makes it, as a table row."""
            spec = {
                "recipe": args.recipe,
                "workers": workers,
                "path": str(path),
                "out": str(folder / out),
                "engine": engine,
            }
            result = measure_fresh("curate", spec)
            return result, _end_to_end_row(name, result, docs, nbytes, workers)

        one, one_row = end_to_end(
            "end to end, LocalEngine 1 worker",
            "local",
            1,
            sample_path,
            "dataset-sample",
            len(texts),
            sample_bytes,
        )
        stage_rows.append(one_row)
        full, full_row = end_to_end(
            f"end to end, LocalEngine {args.workers} workers",
            "local",
            args.workers,
            corpus_path,
            "dataset",
            args.docs,
            total_bytes,
        )
        report_row, report_note = report_bench(folder / "dataset", full, args.docs, total_bytes)
        ray_row = None
        if args.ray:
            _, ray_row = end_to_end(
                f"end to end, RayEngine {args.workers} workers (Ray Data on this machine)",
                "ray",
                args.workers,
                corpus_path,
                "dataset-ray",
                args.docs,
                total_bytes,
            )

    lines = [
        f"curate bench: {args.docs:,} generated news documents ({total_bytes / MB:.1f} MB of "
        f"text, seed {args.seed}), recipe {args.recipe!r}; naive and per-stage rows on the "
        f"first {len(texts):,}",
        "",
    ]
    header = ["", "docs", "seconds", "docs/s", "MB/s", "MB/s/core", "peak MiB"]
    table: list[list[str] | str] = [header]
    table.append(f"naive: same libraries, one call per document ({len(texts):,} docs, 1 core)")
    table += [row.cells() for row in naive_rows]
    table.append(f"curate: stage by stage, then end to end ({len(texts):,} docs, 1 core)")
    table += [row.cells() for row in stage_rows]
    table.append(f"curate: whole corpus ({args.docs:,} docs, {args.workers} workers)")
    table.append(full_row.cells())
    table.append(report_row.cells())
    if ray_row is not None:
        table.append(ray_row.cells())
    table.append("dedup alone, 1 core (naive on the sample, curate and the floor on all docs)")
    table += [row.cells() for row in dedup_table]
    lines += _format(table)

    naive_rate = naive_rows[-1].docs / naive_rows[-1].seconds
    full_rate = full_row.docs / full_row.seconds
    speedup = full_rate / naive_rate
    warnings = _check_counts("LocalEngine 1 worker", one, len(texts)) + _check_counts(
        f"LocalEngine {args.workers} workers", full, args.docs
    )
    verdict = "met" if speedup >= TARGET_SPEEDUP else "NOT met"
    if warnings:
        verdict = "not comparable, see the warning"
    cpu_bound_rate = full_row.docs * args.workers / max(full["cpu_seconds"], 1e-9)
    lines += [
        "",
        f"speed-up end to end, curate on {args.workers} workers vs naive: {speedup:.1f}x "
        f"({full_rate:,.0f} vs {naive_rate:,.0f} docs/s; target {TARGET_SPEEDUP:.0f}x: {verdict})",
    ]
    lines += warnings
    lines.append(report_note)
    lines += dedup_notes
    lines += _agreement(final_docs, detected.output, deduped.output, clusters)
    lines += [
        "",
        "MB = 10^6 bytes of UTF-8 document text going into the stage; MB/s/core = MB/s / cores.",
        "peak MiB: per stage, rise of peak RSS while the stage ran in a forked copy of this",
        "process (getrusage RUSAGE_SELF); end to end, peak RSS of a fresh interpreter",
        "(RUSAGE_SELF) + workers x its largest worker's peak RSS (RUSAGE_CHILDREN).",
        f"end to end, {args.workers} workers: {full['cpu_seconds']:.1f} CPU seconds in "
        f"{full['seconds']:.1f} s of wall time ({full['cpu_seconds'] / full['seconds']:.2f} cores "
        "busy);",
        f"  with {args.workers} cores fully busy that CPU cost would give "
        f"{cpu_bound_rate:,.0f} docs/s ({cpu_bound_rate / naive_rate:.1f}x naive); "
        f"counts {json.dumps(full['counts'])}",
    ]
    return "\n".join(lines)


def _check_counts(name: str, result: dict[str, Any], docs: int) -> list[str]:
    """A run that quarantined documents did less work than the naive one: say so."""
    counts = result.get("counts") or {}
    done = counts.get("kept", 0) + counts.get("removed", 0)
    if counts.get("read") == docs and done >= 0.99 * docs:
        return []
    return [
        f"WARNING: {name} read {counts.get('read')} of {docs:,} documents and finished "
        f"{done:,} (quarantined {counts.get('quarantined')}); its rate does not measure the "
        "pipeline's work"
    ]


def _end_to_end_row(name: str, result: dict[str, Any], docs: int, nbytes: int, cores: int) -> Row:
    peak = result["self_mib"] + (cores * result["child_mib"] if cores > 1 else 0.0)
    return Row(name, docs, nbytes, result["seconds"], cores, peak)


def _agreement(
    final_docs: list, naive_labels: list, naive_matches: list[str | None], clusters: list[int]
) -> list[str]:
    labelled = [
        (d, naive) for d, naive in zip(final_docs, naive_labels, strict=True) if "lang" in d.labels
    ]
    same_lang = sum(d.labels["lang"] == naive for d, naive in labelled)
    ids = [d.id for d in final_docs]
    naive_removed = [m is not None for m in naive_matches]
    curate_removed = [d.removal is not None and d.removal.stage == "dedup" for d in final_docs]
    naive_pairs = _pairs(ids, [m or i for m, i in zip(naive_matches, ids, strict=True)])
    curate_pairs = _pairs(ids, [_curate_group(d) for d in final_docs])
    both = len(naive_pairs & curate_pairs)
    either = len(naive_pairs | curate_pairs)
    naive_p, naive_r = duplicate_scores(naive_removed, clusters)
    curate_p, curate_r = duplicate_scores(curate_removed, clusters)
    return [
        f"language labels: curate's lang equals langdetect.detect(raw text) on "
        f"{same_lang:,} of {len(labelled):,} documents ({_share(same_lang, len(labelled))})",
        f"near-duplicates: naive removes {sum(naive_removed):,}, curate {sum(curate_removed):,}; "
        f"duplicate pairs found: naive {len(naive_pairs):,}, curate {len(curate_pairs):,}, "
        f"both {both:,} ({_share(both, either)} of either)",
        f"  removals against the planted stories: naive precision {naive_p:.3f} recall "
        f"{naive_r:.3f}; curate precision {curate_p:.3f} recall {curate_r:.3f}",
    ]


def _curate_group(doc) -> str:
    if doc.removal is not None and doc.removal.stage == "dedup":
        return doc.removal.duplicate_of or doc.id
    return doc.labels.get("dup_cluster", doc.id)


def _pairs(ids: list[str], groups: list[str]) -> set[tuple[str, str]]:
    """Unordered pairs of documents put in one group (groups follow links to their root)."""
    parent = dict(zip(ids, groups, strict=True))

    def root(doc_id: str) -> str:
        seen = 0
        while parent.get(doc_id, doc_id) != doc_id and seen < len(ids):
            doc_id = parent[doc_id]
            seen += 1
        return doc_id

    members: dict[str, list[str]] = {}
    for doc_id in ids:
        members.setdefault(root(doc_id), []).append(doc_id)
    return {
        (a, b) if a < b else (b, a)
        for group in members.values()
        for i, a in enumerate(group)
        for b in group[i + 1 :]
    }


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def _format(table: list[list[str] | str]) -> list[str]:
    rows = [r for r in table if isinstance(r, list)]
    widths = [max(len(r[i]) for r in rows) + (2 if i == 0 else 0) for i in range(len(rows[0]))]
    lines: list[str] = []
    for row in table:
        if isinstance(row, str):
            lines.append(row)
            continue
        first = ("  " + row[0]) if row[0] else ""
        cells = [first.ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def _render_report(spec: dict[str, Any]) -> dict[str, Any]:
    """`curate report` on a published folder, timed in a fresh interpreter (imports first)."""
    from curate.inspect.html import render_report

    with _Clock() as clock:
        page = render_report(spec["folder"])
    return {"seconds": clock.seconds, "cpu_seconds": clock.cpu_seconds, "bytes": len(page)}


def report_bench(folder: Path, run: dict[str, Any], docs: int, nbytes: int) -> tuple[Row, str]:
    """The report page's cost next to the run's: the issue's bound is 10% of the run's time
    (the run itself also wrote the page once, so its time includes one)."""
    result = measure_fresh(_render_report, {"folder": str(folder)})
    row = Row("curate report (report.html of that output)", docs, nbytes, result["seconds"], 1)
    row.peak_mib = result["self_mib"]
    share = result["seconds"] / run["seconds"]
    verdict = "met" if share < 0.10 else "NOT met"
    note = (
        f"report.html: {result['seconds']:.2f} s, {share:.1%} of the run's {run['seconds']:.1f} s "
        f"(target under 10%: {verdict}); {result['bytes'] / 1e6:.2f} MB page"
    )
    return row, note


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m curate.bench",
        description="Throughput and peak memory of curate against ftfy/langdetect/datasketch "
        "used naively, on a generated news corpus.",
    )
    parser.add_argument("--docs", type=int, default=20000, help="documents in the corpus")
    parser.add_argument("--workers", type=int, default=2, help="LocalEngine worker processes")
    parser.add_argument(
        "--baseline-docs",
        type=int,
        default=2000,
        help="documents for the naive baseline and the per-stage rows",
    )
    parser.add_argument("--out", help="keep the corpus and the datasets in this folder")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed")
    parser.add_argument("--avg-bytes", type=int, default=2000, help="mean document size")
    parser.add_argument("--recipe", default="news", help="recipe name or YAML file")
    parser.add_argument(
        "--no-ray", dest="ray", action="store_false", help="leave out the Ray engine row"
    )
    parser.add_argument(
        "--no-warc", dest="warc", action="store_false", help="leave out the web archive rows"
    )
    args = parser.parse_args(argv)
    if args.docs < 1 or args.baseline_docs < 1 or args.workers < 1:
        parser.error("--docs, --baseline-docs and --workers must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    print(run(args))
    if args.warc:  # WARC layer records/s, pages/s per extractor (curate.bench_warc)
        from curate.bench_warc import main as warc_main

        print()
        warc_main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
