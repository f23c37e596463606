"""How the local engine starts its worker processes: forked on Linux, spawned elsewhere.

A spawned worker is a new interpreter: it imported curate and built the pipeline again before
its first batch (0.69 CPU s each, 0.57 of them imports), while the parent read the first
batches and then waited. A forked worker is a copy of the parent taken once its pipeline is
built, so it starts on its first batch at once, and shares the parent's pages of models and
tables until it writes to them.

Forking is safe here because the pool is started as the run opens, before the executor's
manager thread and the queue's feeder thread exist. The other threads at that moment: native
ones that fork safely (OpenBLAS's, numpy's, is stopped before a fork and started again after
it; jemalloc's, pyarrow's allocator, is reset in the child by its own fork handlers) and, on a
terminal, the progress bar's refresh thread, whose console and lock the workers never touch.
A program that calls the Python API from several threads of its own (a notebook, a server)
forks as Python 3.11's own `multiprocessing` default does; if one of its threads holds a lock
the workers need, set `CURATE_START=spawn` (Python 3.14 moves its default away from fork for
that reason). macOS is left spawning: its system libraries are not safe to
use in a forked child. `CURATE_START=spawn` (or `fork`) chooses by hand.
"""

from __future__ import annotations

import os
import sys
import warnings
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_all_start_methods

ENV = "CURATE_START"


def start_method() -> str:
    """`fork` on Linux, `spawn` elsewhere, unless CURATE_START names one of the two."""
    chosen = os.environ.get(ENV, "").strip().lower()
    if chosen in ("fork", "spawn"):
        return chosen if chosen in get_all_start_methods() else "spawn"
    if chosen:
        raise ValueError(f"{ENV}={chosen!r}: use fork or spawn")
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _started() -> None:
    """A task that does nothing: submitting it makes a forking pool fork all its workers."""


def start_workers(pool: ProcessPoolExecutor) -> None:
    """Fork every worker of `pool` now, while this process has no thread but its own.

    A pool that forks starts all its workers at its first `submit`, before the threads that
    feed them. Python 3.12 warns on any fork of a process with threads; the native ones here
    fork safely (module docstring), so that warning is silenced for this one call.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "This process .* is multi-threaded", DeprecationWarning)
        pool.submit(_started)
