"""Things every run builds the same way, kept on disk between runs.

A compiled Hyperscan database (the translation stage's scan: 0.08 CPU s to compile, none to
read back) is the same bytes for the same patterns on the same machine, yet each run paid to
build it again, and each worker of a run again. (What is the same on every machine ships built
under `curate/data/` instead: the boilerplate literals, langdetect's profile table.) Here it is
built once per machine, kept under a key that holds everything it is made from, and read back.

The cache only ever saves time: a file that cannot be read, written or used is built again,
as before. `CURATE_CACHE_DIR` chooses the folder (empty: no cache); by default it is
`$XDG_CACHE_HOME/curate` or `~/.cache/curate`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from pathlib import Path

ENV = "CURATE_CACHE_DIR"


def cache_dir() -> Path | None:
    """The cache folder, or None when the cache is off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "curate"


def cached(kind: str, key: str, build: Callable[[], bytes], use: Callable[[bytes], object]):
    """`use(bytes)` of what `build()` made for `key`: from the cache when a kept copy works,
    else built (and kept). `key` must name everything the bytes depend on."""
    folder = cache_dir()
    if folder is None:
        return use(build())
    path = folder / kind / (hashlib.sha256(key.encode("utf-8")).hexdigest() + ".bin")
    try:
        return use(path.read_bytes())
    except Exception:  # noqa: BLE001 - not kept yet, or not usable here: built again below
        pass
    data = build()
    result = use(data)  # a build that does not work raises here, before it is kept
    _keep(path, data)
    return result


def _keep(path: Path, data: bytes) -> None:
    """Write under a name of this process's own, then rename: a reader never sees half a file
    (two runs may build the same thing at once; the last rename wins, with the same bytes)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:  # a read-only home: no cache, the same result
        with contextlib.suppress(OSError):
            partial.unlink()


def cached_database(expressions: list[tuple[str, int, int]], compile_: Callable[[], object]):
    """A Hyperscan block-mode database for `expressions` (pattern, id, flags), compiled by
    `compile_` or read back from the cache; the key holds the patterns, Hyperscan's version and
    the features of this machine it compiles for (a database serves one platform)."""
    if not expressions:
        return compile_()
    import hyperscan

    key = repr((_hyperscan_platform(), expressions))
    return cached(
        "hyperscan",
        key,
        lambda: hyperscan.dumpb(compile_()),
        _loaded,
    )


def _loaded(data: bytes):
    """A database read back from its bytes, with the scratch space a scan needs (`compile`
    makes one; `loadb` does not)."""
    import hyperscan

    database = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
    database.scratch = hyperscan.Scratch(database)
    return database


_PLATFORM: list[str] = []


def _hyperscan_platform() -> str:
    """Hyperscan's version and the CPU features it compiles for here, from a one-pattern
    database (about a millisecond, once a process)."""
    if not _PLATFORM:
        import hyperscan

        probe = hyperscan.Database()
        probe.compile(expressions=[b"a"], ids=[0], flags=[0])
        _PLATFORM.append(f"{getattr(hyperscan, '__version__', '?')} {probe.info()!r}")
    return _PLATFORM[0]
