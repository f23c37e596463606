"""`curate run` makes its Arrow tables without importing pandas (curate.arrow_pandas), nor
pyarrow.compute (the dedup index's list offsets are made int32 in numpy)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from curate.resources import SEEDS_DIR

RUN = """
import json, sys
from curate.cli import app
sys.argv = ["curate", "run", *json.loads(sys.argv[1])]
try:
    app()
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps({name: name in sys.modules for name in ("pandas", "pyarrow.compute")}))
"""


def _run(args: list[str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", RUN, json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("recipe", ["news", "web"])
def test_a_run_never_imports_pandas(tmp_path: Path, recipe: str) -> None:
    out = tmp_path / "out"
    found = _run(
        [str(SEEDS_DIR), "--out", str(out), "--recipe", recipe, "--workers", "1", "--quiet"]
    )
    assert found == {"pandas": False, "pyarrow.compute": False}
    assert (out / "data").is_dir() and (out / "dedup_index" / "index.parquet").is_file()


def test_a_run_on_web_pages_never_imports_pandas(tmp_path: Path) -> None:
    from curate.synth_warc import seed_pages, write_warc

    crawl = write_warc(tmp_path / "crawl.warc.gz", list(seed_pages()) * 3)
    recipe = tmp_path / "fast.yaml"
    recipe.write_text(
        "name: fast\nreader:\n  extractor: resiliparse\nstages: [unicode, boilerplate, dedup]\n"
    )
    args = [str(crawl.path), "--out", str(tmp_path / "out"), "--recipe", str(recipe), "--quiet"]
    assert _run([*args, "--workers", "1"]) == {"pandas": False, "pyarrow.compute": False}


PROBE = """
import sys
import pyarrow as pa
from curate.arrow_pandas import skip_pandas_probe
first = skip_pandas_probe()
schema = pa.schema([("a", pa.int64()), ("b", pa.string())])
table = pa.Table.from_pylist([{"a": 1, "b": "x"}], schema=schema)
ids = pa.array(["p", "q"], pa.string())
before = "pandas" in sys.modules
import pandas
frame = table.to_pandas()  # pyarrow still imports pandas when it is asked for
again = skip_pandas_probe()
print(first, before, list(frame["b"]), again)
"""


def test_pyarrow_still_uses_pandas_when_asked() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split() == ["True", "False", "['x']", "False"]
