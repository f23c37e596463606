"""`make bench`, web archive rows: the WARC layer alone, then pages end to end per extractor.

- WARC layer: records/s per core of `curate.io.warc` reading a generated `.warc.gz` (every
  record parsed, every HTML body read and its charset found; no text extraction), CPU time.
- End to end: `curate run crawl.warc.gz --recipe web --workers 1` in a fresh interpreter with
  `reader.extractor` trafilatura, then resiliparse: HTML pages/s per core (pages = the HTML
  responses in the file), and where the time of the fast run goes (reading vs stages).

The pages are the evaluation pages of `../shared/eval` (both benchmarks), cycled, as
`curate.synth_warc` writes them; goals from issue 15: 5,000 records/s per core for the WARC
layer and 200 pages/s per core end to end with the fast extractor.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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
    """One `curate run` in this (fresh) interpreter; CPU and wall time, the counts."""
    import cProfile
    import pstats

    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline
    from curate.recipe import load

    recipe = load("web")
    recipe["reader"] = {"extractor": spec["extractor"]}
    pipeline = Pipeline(recipe)
    began_cpu, began = _cpu(), time.perf_counter()
    profile = cProfile.Profile() if spec.get("profile") else None
    if profile is not None:
        profile.enable()
    report = LocalEngine(1).run(pipeline, [spec["path"]], spec["out"])
    if profile is not None:
        profile.disable()
    result = {
        "seconds": time.perf_counter() - began,
        "cpu_seconds": _cpu() - began_cpu,
        "counts": report["counts"],
    }
    if profile is not None:
        stats = pstats.Stats(profile)
        result["profile"] = _shares(stats)
    return result


def _shares(stats: Any) -> dict[str, float]:
    """Cumulative seconds of the reader and of each stage's `process` in a profile."""
    wanted = {
        "read (extraction included)": ("curate/io/warc.py", "read_warc"),
        "extraction": ("curate/io/html.py", "extract_page"),
        "stages (run_batch)": ("curate/engines/plan.py", "run_batch"),
        "corpus fit": ("curate/engines/local.py", "fit"),
        "write": ("curate/publish/writer.py", "write"),
    }
    found = {}
    for (file, _, function), row in stats.stats.items():
        for name, (suffix, wanted_function) in wanted.items():
            if file.endswith(suffix) and function == wanted_function:
                found[name] = found.get(name, 0.0) + row[3]
    return found


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
        crawl = write_warc(folder / "crawl.warc.gz", pages(pages_count, eval_dir), damage=False)
        html_pages = len(crawl.pages)
        for extractor in ("trafilatura", "resiliparse"):
            spec = {
                "path": str(crawl.path),
                "out": str(folder / f"out-{extractor}"),
                "extractor": extractor,
                "profile": True,
            }
            result = measure_fresh(_end_to_end, spec)
            rate = html_pages / result["cpu_seconds"]
            goal = f" (goal {PAGES_GOAL}: {'met' if rate >= PAGES_GOAL else 'NOT met'})"
            lines.append(
                f"  end to end, web recipe, extractor {extractor}: {html_pages} HTML pages in "
                f"{result['cpu_seconds']:.1f} CPU s ({result['seconds']:.1f} s wall): "
                f"{rate:,.1f} pages/s per core" + (goal if extractor == "resiliparse" else "")
            )
            profile = result.get("profile") or {}
            if profile:
                where = ", ".join(f"{k} {v:.1f} s" for k, v in profile.items())
                lines.append(f"    where the time goes (cProfile, cumulative): {where}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.bench_warc", description=__doc__)
    parser.add_argument("--pages", type=int, default=200, help="HTML pages end to end")
    parser.add_argument("--layer-pages", type=int, default=600, help="pages for the WARC layer")
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    args = parser.parse_args(argv)
    print(run(args.pages, args.layer_pages, args.eval_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
