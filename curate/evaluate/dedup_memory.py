"""Peak memory of the dedup `fit` at 100,000 and 1,000,000 documents (not part of the tests).

    python -m curate.evaluate.dedup_memory [--docs 100000 1000000] [--memory-mb 1024]

Sketches are generated directly, not from text: random uint32 signatures (a tenth of them
copies of an earlier one with a few values changed, so LSH finds candidates and verification
runs) and 16 shingle hashes per document. They stream into `fit` from a generator, so what is
measured is what `fit` holds: the per-document arrays (seq, words, exact key, shingle offsets),
the ids, the band keys, the candidate pairs and the clusters; signatures and shingle sets are
in its spill folder. Each size runs in a fresh process; peak is reported both as traced Python
and numpy allocations (tracemalloc) and as the growth of the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator

import numpy as np

from curate.corpus.dedup import NearDuplicateRemover, Sketch


def sketches(n: int, num_perm: int, seed: int = 0) -> Iterator[tuple[int, str, Sketch]]:
    rng = np.random.default_rng(seed)
    block = 4096
    recent = rng.integers(0, 2**32, (block, num_perm), dtype=np.uint64).astype(np.uint32)
    for start in range(0, n, block):
        size = min(block, n - start)
        signatures = rng.integers(0, 2**32, (size, num_perm), dtype=np.uint64).astype(np.uint32)
        shingles = np.sort(rng.integers(0, 2**32, (size, 16), dtype=np.uint64), axis=1)
        shingles = shingles.astype(np.uint32)
        copies = np.flatnonzero(rng.random(size) < 0.1)
        sources = rng.integers(0, block, len(copies))
        signatures[copies] = recent[sources]
        signatures[copies, : num_perm // 16] ^= 1  # a few values differ
        shingles[copies] = np.sort(shingles[sources % size], axis=1)
        recent = signatures
        for row in range(size):
            seq = start + row
            yield seq, f"doc-{seq:09d}", Sketch(seq, signatures[row], 500, shingles[row])


def measure(n: int, memory_mb: int) -> dict[str, float]:
    stage = NearDuplicateRemover(memory_mb=memory_mb)
    _ = stage.bands  # datasketch's optimiser runs once, outside the measurement
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    state = stage.fit(sketches(n, stage.num_perm))
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_rss
    return {
        "documents": n,
        "memory_mb": memory_mb,
        "seconds": round(seconds, 1),
        "traced_peak_mb": round(peak / 2**20, 1),
        "traced_bytes_per_doc": round(peak / n),
        "rss_growth_mb": round(rss / 1024, 1),
        "clusters": state.stats["clusters"],
        "spilled": state.stats["band_tables_spilled"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m curate.evaluate.dedup_memory")
    parser.add_argument("--docs", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--memory-mb", type=int, nargs="+", default=[1024, 16])
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.docs[0], args.memory_mb[0])))
        return 0
    print(
        f"{'docs':>9} {'budget MB':>9} {'spilled':>7} {'seconds':>7} {'traced peak MB':>14} "
        f"{'bytes/doc':>9} {'RSS growth MB':>13}"
    )
    for n in args.docs:
        for budget in args.memory_mb:
            command = [sys.executable, "-m", "curate.evaluate.dedup_memory", "--one"]
            command += ["--docs", str(n), "--memory-mb", str(budget)]
            result = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
            print(
                f"{n:>9} {budget:>9} {str(result['spilled']):>7} {result['seconds']:>7} "
                f"{result['traced_peak_mb']:>14} {result['traced_bytes_per_doc']:>9} "
                f"{result['rss_growth_mb']:>13}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
