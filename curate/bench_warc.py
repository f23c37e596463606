"""`make bench`, web archive rows: the WARC layer alone, then pages end to end per extractor.

- WARC layer: records/s per core of `curate.io.warc` reading a generated `.warc.gz` (every
  record parsed, every HTML body read and its charset found; no text extraction), CPU time.
- End to end: `curate run crawl.warc.gz --recipe web --workers 1` in a fresh interpreter with
  `reader.extractor` trafilatura, then resiliparse: HTML pages/s per core (pages = the HTML
  responses in the file).
- `--profile TOP`: where one run's time goes, under cProfile (the TOP functions by own time,
  the reader and each stage by cumulative time), to find what to make faster next.
- `--parts`: the same run's CPU seconds by part, timed at the parts' entry points without a
  profiler (cProfile's cost a call inflates Python-heavy parts three- to fourfold against C
  ones): the reader's steps, each stage, writing, row validation and checkpoints.

The pages are the evaluation pages of `../shared/eval` (both benchmarks), cycled, as
`curate.synth_warc` writes them; goals from issue 15: 5,000 records/s per core for the WARC
layer and 200 pages/s per core end to end with the fast extractor.
"""

from __future__ import annotations

import argparse
import inspect
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from curate.arrow_pandas import skip_pandas_probe
from curate.synth_warc import EVAL_DIR, pages, write_warc

RECORDS_GOAL = 5000
PAGES_GOAL = 200


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime + children.ru_utime + children.ru_stime


def warc_layer(path: Path, repeat: int = 3) -> tuple[int, float]:
    """(records, best CPU seconds of `repeat` passes) reading every record, no extraction."""
    from curate.io.warc import _warc_records

    best = float("inf")
    records = 0
    for _ in range(repeat):
        began = time.process_time()
        records = sum(1 for _ in _warc_records(path, None))
        best = min(best, time.process_time() - began)
    return records, best


def _end_to_end(spec: dict[str, Any]) -> dict[str, Any]:
    """One `curate run` in this (fresh) interpreter: CPU and wall time, the counts."""
    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load("web")
    recipe["reader"] = {"extractor": spec["extractor"]}
    skip_pandas_probe()  # as `curate run` does (curate.arrow_pandas)
    pipeline = Pipeline(recipe)
    began_cpu, began = _cpu(), time.perf_counter()
    report = LocalEngine(1).run(pipeline, [spec["path"]], spec["out"])
    return {
        "seconds": time.perf_counter() - began,
        "cpu_seconds": _cpu() - began_cpu,
        "counts": report["counts"],
    }


def run(pages_count: int, layer_pages: int, eval_dir: Path = EVAL_DIR) -> str:
    from curate.bench import measure_fresh

    lines = [
        f"web archives: pages of {eval_dir} (both benchmarks) in generated WARC files, "
        "1 core (CPU seconds)"
    ]
    with tempfile.TemporaryDirectory(prefix="curate-bench-warc-") as scratch:
        folder = Path(scratch)
        page_list = pages(layer_pages, eval_dir)
        layer_file = write_warc(folder / "layer.warc.gz", page_list, damage=False)
        records, seconds = warc_layer(layer_file.path)
        size = layer_file.path.stat().st_size
        rate = records / seconds
        verdict = "met" if rate >= RECORDS_GOAL else "NOT met"
        lines.append(
            f"  WARC layer (curate.io.warc, FastWARC): {records:,} records "
            f"({size / 1e6:.1f} MB gzip) in {seconds:.2f} s: {rate:,.0f} records/s per core "
            f"(goal {RECORDS_GOAL:,}: {verdict})"
        )
        # two sizes: the difference is the rate without the run's fixed cost (imports, tables)
        small = max(1, pages_count // 5)
        crawls = {
            n: write_warc(folder / f"crawl-{n}.warc.gz", pages(n, eval_dir), damage=False)
            for n in (small, pages_count)
        }
        for extractor in ("trafilatura", "resiliparse"):
            results = {}
            for n, crawl in crawls.items():
                spec = {
                    "path": str(crawl.path),
                    "out": str(folder / f"out-{extractor}-{n}"),
                    "extractor": extractor,
                }
                results[n] = (len(crawl.pages), measure_fresh(_end_to_end, spec))
            html_pages, result = results[pages_count]
            rate = html_pages / result["cpu_seconds"]
            small_pages, small_result = results[small]
            extra = result["cpu_seconds"] - small_result["cpu_seconds"]
            marginal = (html_pages - small_pages) / extra if extra > 0 else float("inf")
            goal = f" (goal {PAGES_GOAL}: {'met' if rate >= PAGES_GOAL else 'NOT met'})"
            lines.append(
                f"  end to end, web recipe, extractor {extractor}: {html_pages} HTML pages in "
                f"{result['cpu_seconds']:.1f} CPU s ({result['seconds']:.1f} s wall): "
                f"{rate:,.1f} pages/s per core; without the fixed cost of a run "
                f"({small_pages} pages: {small_result['cpu_seconds']:.1f} CPU s) "
                f"{marginal:,.1f}" + (goal if extractor == "resiliparse" else "")
            )
    return "\n".join(lines)


def _peak_run(spec: dict[str, Any]) -> dict[str, Any]:
    """`curate run` on one file in this fresh interpreter (1 worker), for its peak RSS."""
    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load("web")
    recipe["reader"] = {"extractor": spec["extractor"]}
    skip_pandas_probe()  # as `curate run` does (curate.arrow_pandas)
    began = time.perf_counter()
    report = LocalEngine(1).run(Pipeline(recipe), [spec["path"]], spec["out"])
    return {"seconds": time.perf_counter() - began, "counts": report["counts"]}


def _peak_read(spec: dict[str, Any]) -> dict[str, Any]:
    """The reader alone over one file in this fresh interpreter (documents made, then dropped)."""
    from curate.io.readers import read_inputs

    began = time.perf_counter()
    items = sum(1 for _ in read_inputs([spec["path"]], reader={"extractor": spec["extractor"]}))
    return {"seconds": time.perf_counter() - began, "counts": {"records": items}}


def memory(sizes_mb: list[int], extractor: str, eval_dir: Path = EVAL_DIR) -> str:
    """Peak RSS of `curate run --recipe web` on generated WARC files of the given sizes."""
    from curate.bench import measure_fresh
    from curate.synth_warc import write_large_warc

    lines = [f"peak memory, the WARC reader and curate run --recipe web (extractor {extractor})"]
    with tempfile.TemporaryDirectory(prefix="curate-bench-warc-") as scratch:
        for size in sizes_mb:
            path = Path(scratch) / f"crawl-{size}mb.warc.gz"
            records = write_large_warc(path, size << 20, eval_dir)
            spec = {
                "path": str(path),
                "out": str(Path(scratch) / f"out-{size}"),
                "extractor": extractor,
            }
            for what, task in (("reader alone", _peak_read), ("curate run", _peak_run)):
                result = measure_fresh(task, spec)
                lines.append(
                    f"  {path.stat().st_size / 2**20:,.0f} MiB WARC, {records:,} pages, {what}: "
                    f"peak RSS {result['self_mib']:,.0f} MiB in {result['seconds']:.0f} s "
                    f"(counts {result['counts']})"
                )
            path.unlink()
    return "\n".join(lines)


def _profiled_run(spec: dict[str, Any]) -> dict[str, Any]:
    """`curate run` under cProfile in this fresh interpreter: the top functions and the parts."""
    import cProfile
    import pstats

    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load("web")
    recipe["reader"] = {"extractor": spec["extractor"]}
    skip_pandas_probe()  # as `curate run` does (curate.arrow_pandas)
    pipeline = Pipeline(recipe)
    profiler = cProfile.Profile()
    profiler.enable()
    LocalEngine(1).run(pipeline, [spec["path"]], spec["out"])
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # (file, line, name) -> (calls, ncalls, own, cum, ...)
    top = spec.get("top", 10)

    def row(key: tuple, value: tuple) -> dict[str, Any]:
        file, line, name = key
        where = f"{Path(file).name}:{line}({name})" if file != "~" else name
        return {"function": where, "calls": value[1], "own": value[2], "cumulative": value[3]}

    by_own = sorted(stats.items(), key=lambda item: -item[1][2])[:top]
    ours = [item for item in stats.items() if "/curate/" in item[0][0]]
    by_cumulative = sorted(ours, key=lambda item: -item[1][3])
    return {
        "seconds": sum(value[2] for value in stats.values()),
        "own": [row(*item) for item in by_own],
        "cumulative": [row(*item) for item in by_cumulative[: top * 4]],
        "parts": _parts(stats, pipeline),
    }


def _parts(stats: dict, pipeline: Any) -> dict[str, float]:
    """Cumulative profiled seconds of the reader and of each stage's own entry points."""
    parts: dict[str, float] = {}

    def cumulative(function: Any) -> float:
        code = getattr(function, "__code__", None)
        if code is None:
            return 0.0
        value = stats.get((code.co_filename, code.co_firstlineno, code.co_name))
        return value[3] if value else 0.0

    from curate.io.warc import read_warc
    from curate.stages.base import MapStage

    parts["reader (read_warc: records, extraction, link labels)"] = cumulative(read_warc)
    for stage in pipeline.stages:
        kind = type(stage)
        for method in ("process", "process_batch", "sketch_batch", "fit"):
            # a batch method of its own (the base one calls `process`, counted there)
            if hasattr(kind, method) and (
                method != "process_batch" or kind.process_batch is not MapStage.process_batch
            ):
                seconds = cumulative(getattr(kind, method))
                if seconds:
                    parts[f"{stage.name}.{method}"] = seconds
    return parts


def profile(pages_count: int, extractor: str, top: int, eval_dir: Path = EVAL_DIR) -> str:
    """Where one `curate run --recipe web` (1 worker) spends its time, under cProfile."""
    from curate.bench import measure_fresh

    with tempfile.TemporaryDirectory(prefix="curate-bench-warc-") as scratch:
        page_list = pages(pages_count, eval_dir)
        crawl = write_warc(Path(scratch) / "crawl.warc.gz", page_list, damage=False)
        spec = {
            "path": str(crawl.path),
            "out": str(Path(scratch) / "out"),
            "extractor": extractor,
            "top": top,
        }
        result = measure_fresh(_profiled_run, spec)
    lines = [
        f"cProfile of curate run --recipe web, extractor {extractor}, 1 worker, "
        f"{len(crawl.pages)} HTML pages: {result['seconds']:.2f} s profiled",
        f"  top {top} by own time:",
    ]
    lines += [
        f"    {r['own']:7.3f} s own {r['cumulative']:7.3f} s cum {r['calls']:>9,} calls  "
        f"{r['function']}"
        for r in result["own"]
    ]
    lines.append("  by part (cumulative, profiled seconds):")
    parts = sorted(result["parts"].items(), key=lambda item: -item[1])
    lines += [f"    {seconds:7.3f} s  {name}" for name, seconds in parts]
    lines.append(f"  curate functions by cumulative time (first {top * 4}):")
    lines += [
        f"    {r['cumulative']:7.3f} s cum {r['own']:7.3f} s own {r['calls']:>9,} calls  "
        f"{r['function']}"
        for r in result["cumulative"]
    ]
    return "\n".join(lines)


# (module, owner in it or None, function, part): the reader's steps are inside `read_page`,
# a name imported into a module's namespace is timed where that module calls it
READER_PARTS = (
    ("curate.io.html", None, "read_page", "reader: read_page (all of a page's steps)"),
    ("curate.io.page_decode", None, "decode_page", "  decoding (bytes without a charset)"),
    ("curate.io.fast_html", None, "_parsed", "  resiliparse parse"),
    ("curate.io.fast_html", None, "_page_nodes", "  the one tree search (resiliparse reader)"),
    ("resiliparse.extract.html2text", None, "extract_plain_text", "  resiliparse extraction"),
    ("trafilatura", None, "bare_extraction", "  trafilatura extraction"),
    ("curate.io.fast_html", None, "caption_texts", "  image captions (resiliparse reader)"),
    ("curate.io.html", None, "caption_texts", "  image captions (trafilatura reader)"),
    ("curate.io.fast_html", None, "captioned_lines", "  captioned lines (resiliparse reader)"),
    ("curate.io.html", None, "captioned_lines", "  captioned lines (trafilatura reader)"),
    ("curate.io.fast_html", None, "_anchor_texts", "  link texts (resiliparse reader)"),
    ("curate.io.html", None, "_anchor_texts", "  link texts (trafilatura reader)"),
    ("curate.io.fast_html", None, "linked_lines", "  linked lines (resiliparse reader)"),
    ("curate.io.html", None, "linked_lines", "  linked lines (trafilatura reader)"),
    ("curate.io.fast_html", None, "from_resiliparse", "  page metadata (resiliparse reader)"),
    ("curate.io.fast_html", None, "_metadata", "  <meta> tags (resiliparse reader)"),
    ("curate.io.html", None, "from_lxml", "  page metadata (trafilatura reader)"),
)
OUTPUT_PARTS = (
    ("curate.publish.writer", "DatasetWriter", "write", "writing rows"),
    ("curate.publish.writer", "DatasetWriter", "close_shards", "writing shards (close)"),
    ("curate.engines.plan", "RowValidator", "problem", "row validation"),
    ("curate.engines.local", "Checkpoints", "save", "checkpoints saved"),
    ("curate.engines.local", "Checkpoints", "_load", "checkpoints loaded"),
    ("curate.corpus.dedup_index", None, "save_index", "dedup index saved"),
    ("curate.engines.local", None, "report_page", "report page"),
)


def _timed(function: Any, part: str, totals: dict[str, list]) -> Any:
    """`function`, adding its CPU seconds and calls to `totals[part]`."""
    import functools

    entry = totals.setdefault(part, [0.0, 0])

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            entry[0] += time.process_time() - began
            entry[1] += 1

    return timed


def _parted_run(spec: dict[str, Any]) -> dict[str, Any]:
    """`curate run` (a fresh interpreter's, for `parts`), its parts' entry points timed (CPU
    seconds); the entry points are put back as they were after the run."""
    import importlib

    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load("web")
    recipe["reader"] = {"extractor": spec["extractor"]}
    skip_pandas_probe()  # as `curate run` does (curate.arrow_pandas)
    pipeline = Pipeline(recipe)
    totals: dict[str, list] = {}
    places = []  # (owner, name, part)
    for module_name, owner_name, name, part in READER_PARTS + OUTPUT_PARTS:
        module = importlib.import_module(module_name)
        owner = getattr(module, owner_name) if owner_name else module
        if hasattr(owner, name):
            places.append((owner, name, part))
    # the engine builds its own pipeline from the recipe: each stage's class is timed
    for kind, stage_name in {type(stage): stage.name for stage in pipeline.stages}.items():
        for method in ("process_batch", "sketch_batch", "fit", "apply"):
            if hasattr(kind, method):
                places.append((kind, method, f"stage {stage_name}.{method}"))
    saved = [(owner, name, vars(owner).get(name)) for owner, name, _ in places]
    try:
        for owner, name, part in places:
            raw = inspect.getattr_static(owner, name)
            if isinstance(raw, staticmethod):
                setattr(owner, name, staticmethod(_timed(raw.__func__, part, totals)))
            else:
                setattr(owner, name, _timed(getattr(owner, name), part, totals))
        began = _cpu()
        LocalEngine(1).run(pipeline, [spec["path"]], spec["out"])
        return {"cpu_seconds": _cpu() - began, "parts": totals}
    finally:
        for owner, name, raw in reversed(saved):
            if raw is None:  # inherited: the subclass's own attribute goes
                delattr(owner, name)
            else:
                setattr(owner, name, raw)


def parts(pages_count: int, extractor: str, eval_dir: Path = EVAL_DIR) -> str:
    """Where one `curate run --recipe web` (1 worker) spends its CPU time, part by part."""
    from curate.bench import measure_fresh

    with tempfile.TemporaryDirectory(prefix="curate-bench-warc-") as scratch:
        page_list = pages(pages_count, eval_dir)
        crawl = write_warc(Path(scratch) / "crawl.warc.gz", page_list, damage=False)
        spec = {"path": str(crawl.path), "out": str(Path(scratch) / "out"), "extractor": extractor}
        result = measure_fresh(_parted_run, spec)
    total = result["cpu_seconds"]
    lines = [
        f"CPU seconds by part, curate run --recipe web, extractor {extractor}, 1 worker, "
        f"{len(crawl.pages)} HTML pages: {total:.2f} CPU s ({len(crawl.pages) / total:,.1f} "
        "pages/s per core; the parts' first calls build their tables: a fixed cost)"
    ]
    reader = [name for *_, name in READER_PARTS]
    ordered = [name for name in reader if name in result["parts"]]
    ordered += sorted(
        (name for name in result["parts"] if name not in reader),
        key=lambda name: -result["parts"][name][0],
    )
    for name in ordered:
        seconds, calls = result["parts"][name]
        if calls:
            lines.append(f"  {seconds:7.3f} s {seconds / total:6.1%} {calls:>7,} calls  {name}")
    # the parts not indented hold none of each other: the rest is what no part names
    rest = total - sum(seconds for name, (seconds, _) in result["parts"].items() if name[0] != " ")
    lines.append(
        f"  {rest:7.3f} s {rest / total:6.1%}                the rest (WARC records, documents, "
        "batches, the report)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.bench_warc", description=__doc__)
    parser.add_argument("--pages", type=int, default=500, help="HTML pages end to end")
    parser.add_argument("--layer-pages", type=int, default=600, help="pages for the WARC layer")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    parser.add_argument(
        "--memory", type=int, nargs="+", metavar="MB", help="peak RSS on WARC files of these sizes"
    )
    parser.add_argument(
        "--extractor", default="resiliparse", help="for --memory, --profile and --parts"
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="TOP",
        help="cProfile one run of --pages pages: the TOP functions by own time, the parts",
    )
    parser.add_argument(
        "--parts",
        action="store_true",
        help="CPU seconds of one run of --pages pages by part, without a profiler",
    )
    args = parser.parse_args(argv)
    if args.parts:
        print(parts(args.pages, args.extractor, args.eval_dir))
        return 0
    if args.profile:
        print(profile(args.pages, args.extractor, args.profile, args.eval_dir))
        return 0
    if args.memory:
        print(memory(args.memory, args.extractor, args.eval_dir))
        return 0
    print(run(args.pages, args.layer_pages, args.eval_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
