"""`python -m curate.bench_ray`: the Ray engine on a corpus larger than Ray's object store.

A generated news corpus (`curate.synth.news_corpus`, with a footer on most pages of each site
so `repeated_lines` has furniture to find) is written to JSON Lines, then run end to end with
`RayEngine` and the `web` recipe (`repeated_lines` and `dedup`, both fit on Ray Data) in a
freshly spawned interpreter whose Ray is started with a deliberately small object store
(`--object-store-mb`). The sketches the dedup fit ships to Ray are about the size of the text,
so the object store must spill to disk for the run to finish. The run checks its own
accounting (it fails rather than publish otherwise); the bench also checks that every
document read came out kept, removed or quarantined, and with `--check-local` that the local
engine publishes the same bytes from the same corpus.

Printed: documents, MB of text, seconds, documents/s, MB/s, what Ray spilled, and peak memory.
Ray spills to a folder of the bench's own (`object_spilling_directory`), sampled every half
second: the bytes of every spill file seen (what was spilled, as far as sampling sees it) and
the most on disk at once; plus the raylet's own last "Spilled ... MiB" log line, if it wrote
one. Memory: the driver's peak RSS (`getrusage`), and its RSS at the end by kind (the fit's
memory-mapped spill files and the object store's shared memory count in RSS, not only the
heap); each Ray process's peak RSS (`VmHWM` in `/proc/<pid>/status`, sampled likewise; Linux
only): the largest worker, the most all live workers held at one sample (RSS, shared pages
counted in each), and the raylet.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from curate.bench import measure_fresh

MB = 1_000_000
FOOTER = "{site} is published by the {site} media group for readers in the region."


def corpus(path: Path, docs: int, avg_bytes: int, seed: int) -> int:
    """Write the corpus; returns its bytes of text."""
    from curate.synth import news_corpus, write_jsonl

    text_bytes = 0

    def documents():
        nonlocal text_bytes
        for i, doc in enumerate(news_corpus(docs, seed=seed, avg_bytes=avg_bytes)):
            if i % 4:
                site = urlsplit(doc["url"]).hostname.removeprefix("www.")
                doc["text"] += "\n\n" + FOOTER.format(site=site)
            text_bytes += len(doc["text"].encode("utf-8"))
            yield doc

    write_jsonl(documents(), path)
    return text_bytes


class PeakWatcher(threading.Thread):
    """Samples the peak RSS (VmHWM) of every process under this one, and a spill folder."""

    def __init__(self, spill: Path, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.spill = spill
        self.interval = interval
        self.peaks: dict[int, tuple[str, int]] = {}  # pid -> (process title, peak bytes)
        self.spill_files: dict[str, int] = {}  # spill file -> largest size seen
        self.spill_peak = 0  # most bytes in the spill folder at once
        self.workers_at_once = 0  # most RSS of Ray workers alive at one sample
        self.done = threading.Event()

    def run(self) -> None:
        import psutil

        me = psutil.Process()
        while not self.done.is_set():
            workers_now = 0
            for process in me.children(recursive=True):
                try:
                    title = " ".join(process.cmdline()[:1]) or process.name()
                    if "ray::" in title:
                        workers_now += process.memory_info().rss
                except (psutil.Error, OSError):
                    continue
                peak = _hwm(process.pid)
                if peak is not None:
                    _, before = self.peaks.get(process.pid, (title, 0))
                    self.peaks[process.pid] = (title, max(peak, before))
            self.workers_at_once = max(self.workers_at_once, workers_now)
            on_disk = 0
            for path in self.spill.rglob("*"):
                try:
                    size = path.stat().st_size if path.is_file() else 0
                except OSError:  # deleted while we looked
                    continue
                on_disk += size
                if size:
                    self.spill_files[str(path)] = max(size, self.spill_files.get(str(path), 0))
            self.spill_peak = max(self.spill_peak, on_disk)
            self.done.wait(self.interval)

    def stop(self) -> None:
        self.done.set()
        if self.is_alive():
            self.join()

    def peaks_of(self, marker: str) -> list[int]:
        """Peak RSS of each process whose title contains `marker` ("ray::" for workers)."""
        return [peak for title, peak in self.peaks.values() if marker in title]


def _hwm(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def run_ray(spec: dict[str, Any]) -> dict[str, Any]:
    """In a fresh interpreter: start Ray with a small object store and publish the corpus."""
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    import ray

    from curate.engines.ray import RayEngine
    from curate.pipeline import Pipeline

    spill = Path(spec["spill"])
    spill.mkdir(parents=True, exist_ok=True)
    ray.init(
        num_cpus=spec["workers"],
        object_store_memory=spec["object_store_mb"] * 2**20,
        include_dashboard=False,
        log_to_driver=False,
        logging_level="WARNING",
        object_spilling_directory=str(spill),
    )
    logs = Path(ray._private.worker._global_node.get_logs_dir_path())
    engine = RayEngine(workers=spec["workers"])
    fits: dict[str, float] = {}

    driver_before_fits: list[float] = []

    def timed_fit(runner, corpus, store, **kwargs):
        if not driver_before_fits:
            driver_before_fits.append(_maxrss_mib())
        began = time.perf_counter()
        state = base.fit(runner, corpus, store, **kwargs)
        fits[corpus.name] = time.perf_counter() - began
        return state

    base = engine.runner
    engine.runner = type("TimedRayRunner", (base,), {"fit": timed_fit})
    watcher = PeakWatcher(spill)
    watcher.start()
    try:
        began = time.perf_counter()
        report = engine.run(
            Pipeline.from_recipe(spec["recipe"]), [spec["input"]], spec["out"], overwrite=True
        )
        seconds = time.perf_counter() - began
        driver_now = _rss_kinds()
    finally:
        watcher.stop()
        raylet_says = _raylet_spilled(logs)
        ray.shutdown()
    workers = watcher.peaks_of("ray::")
    return {
        "seconds": seconds,
        "fit_seconds": fits,
        "counts": report["counts"],
        "corpus_stages": report["corpus_stages"],
        "spilled_mib": sum(watcher.spill_files.values()) / 2**20,
        "spill_files": len(watcher.spill_files),
        "spill_peak_mib": watcher.spill_peak / 2**20,
        "raylet_says": raylet_says,
        "driver_mib": _maxrss_mib(),
        "driver_now": driver_now,
        "driver_before_fits_mib": driver_before_fits[0] if driver_before_fits else None,
        "worker_count": len(workers),
        "worker_max_mib": max(workers, default=0) / 2**20,
        "worker_sum_mib": sum(workers) / 2**20,
        "workers_at_once_mib": watcher.workers_at_once / 2**20,
        "raylet_mib": max(watcher.peaks_of("raylet"), default=0) / 2**20,
    }


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _rss_kinds() -> str:
    """This process's RSS now, by kind: heap (anon), mapped files, shared memory (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            kinds = dict(line.split(":", 1) for line in handle if line.startswith("Rss"))
    except OSError:
        return "n/a"
    return ", ".join(
        f"{name[3:].lower()} {int(value.split()[0]) / 1024:,.0f} MiB"
        for name, value in kinds.items()
    )


def _raylet_spilled(logs: Path) -> str | None:
    """The raylet's last "Spilled N MiB, M objects, ..." line, if it logged one."""
    found = None
    for path in sorted(logs.glob("raylet*.out")):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                match = re.search(r"Spilled \d+ MiB, \d+ objects.*", line)
                if match:
                    found = match.group(0).strip()
    return found


def same_as_local(spec: dict[str, Any], out: Path, workers: int) -> str:
    """Run the local engine on the same input; "" if it published the same bytes as Ray."""
    from curate.engines.local import LocalEngine
    from curate.pipeline import Pipeline

    began = time.perf_counter()
    LocalEngine(workers).run(Pipeline.from_recipe(spec["recipe"]), [spec["input"]], out)
    print(f"local engine: {time.perf_counter() - began:.1f} s", flush=True)
    ray_files, local_files = _published(Path(spec["out"])), _published(out)
    if sorted(ray_files) != sorted(local_files):
        return f"different files: {sorted(set(ray_files) ^ set(local_files))}"
    differ = [name for name in local_files if ray_files[name] != local_files[name]]
    return f"DIFFERENT: {differ}" if differ else ""


def _published(folder: Path) -> dict[str, bytes]:
    """Every published file but the card, which names its folder."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "README.md"
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=36_000)
    parser.add_argument("--avg-bytes", type=int, default=4000, help="text bytes a document")
    parser.add_argument("--object-store-mb", type=int, default=80)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--recipe", default="web")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="folder for the corpus and output (kept)")
    parser.add_argument(
        "--check-local",
        action="store_true",
        help="also run the local engine and check that both published the same bytes",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="curate-bench-ray-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        path = work / "corpus.jsonl"
        text_bytes = corpus(path, args.docs, args.avg_bytes, args.seed)
        spec = {
            "input": str(path),
            "out": str(work / "out"),
            "spill": str(work / "spill"),
            "recipe": args.recipe,
            "workers": args.workers,
            "object_store_mb": args.object_store_mb,
        }
        print(
            f"corpus: {args.docs:,} documents, {text_bytes / MB:.1f} MB of text "
            f"({path.stat().st_size / MB:.1f} MB of JSON Lines); Ray object store "
            f"{args.object_store_mb} MiB, {args.workers} workers, recipe {args.recipe}",
            flush=True,
        )
        result = measure_fresh(run_ray, spec)
        same = None
        if args.check_local:
            same = same_as_local(spec, work / "out-local", args.workers)
    counts = result["counts"]
    accounted = counts["kept"] + counts["removed"] + counts["quarantined"]
    ok = counts["read"] == args.docs and accounted == counts["read"]
    seconds = result["seconds"]
    rows = [
        ("documents", f"{args.docs:,}"),
        ("MB of text", f"{text_bytes / MB:.1f}"),
        ("seconds", f"{seconds:.1f}"),
        ("of which fit", ", ".join(f"{k} {v:.1f} s" for k, v in result["fit_seconds"].items())),
        ("documents/s", f"{args.docs / seconds:,.0f}"),
        ("MB/s", f"{text_bytes / MB / seconds:.2f}"),
        (
            "spilled",
            f"{result['spilled_mib']:,.0f} MiB in {result['spill_files']} files; at most "
            f"{result['spill_peak_mib']:,.0f} MiB on disk at once",
        ),
        ("raylet says", result["raylet_says"] or "-"),
        (
            "driver peak RSS",
            f"{result['driver_mib']:,.0f} MiB ({result['driver_before_fits_mib'] or 0:,.0f} MiB "
            "before the first fit); at the end: " + result["driver_now"],
        ),
        (
            "worker peak RSS",
            f"largest {result['worker_max_mib']:,.0f} MiB; all alive at once at most "
            f"{result['workers_at_once_mib']:,.0f} MiB; {result['worker_count']} worker "
            f"processes over the run, their peaks summed {result['worker_sum_mib']:,.0f} MiB",
        ),
        ("raylet peak RSS", f"{result['raylet_mib']:,.0f} MiB"),
        ("counts", json.dumps(counts)),
        ("accounting", "holds" if ok else "BROKEN"),
    ]
    if same is not None:
        rows.append(("same as local", "yes, every published file" if not same else same))
        ok = ok and not same
    for stage, summary in result["corpus_stages"].items():
        rows.append((stage, json.dumps(summary)))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
