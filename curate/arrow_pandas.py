"""pyarrow without pandas in a `curate run` process: 0.2 to 0.3 s of every run's fixed cost.

pyarrow imports pandas the first time it makes an array from Python objects (`pa.array`,
`Table.from_pylist`): its lazy pandas shim asks whether pandas is there, to know if the
object might be a Series. A run never hands pyarrow a pandas object (no reader or stage
imports pandas), yet every run paid for importing it, in `dedup_index.save_index` or in the
writer: 0.2 to 0.3 s of the ~4 s a web run of 500 pages takes.

`skip_pandas_probe` lets that first question find no pandas, so no array made later imports
it. The shim asks again, and imports pandas, whenever pandas is really needed (`to_pandas`,
`Table.from_pandas`): those still work. What would not is pyarrow recognising a pandas object
by the cheap check (`pa.array(series)`, `pa.table(frame)`): so this is for a process that
curate owns whole (the `curate run` command, local engine, and the benchmark that stands for
it), never for the Python API, where the caller's own pandas objects may follow.
"""

from __future__ import annotations

import sys


def skip_pandas_probe() -> bool:
    """Make pyarrow's first look for pandas find none (when pandas is not imported yet).

    True when done; False when pandas is imported already (pyarrow then uses it as before) or
    when this pyarrow has no such shim.
    """
    if "pandas" in sys.modules:
        return False
    try:
        from pyarrow import lib
    except ImportError:
        return False
    shim = getattr(lib, "_pandas_api", None)
    if shim is None or not hasattr(type(shim), "have_pandas"):
        return False
    sys.meta_path.insert(0, _NoPandas)  # `import pandas` fails, for this one question
    try:
        shim.have_pandas  # noqa: B018  (the shim tries the import once, and remembers)
    finally:
        sys.meta_path.remove(_NoPandas)
    return True


class _NoPandas:
    """A finder that refuses pandas (and finds nothing else)."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if name == "pandas":
            raise ModuleNotFoundError("pandas left out of this run", name=name)
        return None
