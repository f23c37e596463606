"""Importing curate asks Arrow's allocator (mimalloc) to commit memory as it is used, not a
whole arena at once (`curate/__init__.py`), and keeps a value the user set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTING = "MIMALLOC_ARENA_EAGER_COMMIT"


def _seen(value: str | None, code: str) -> str:
    env = {key: val for key, val in os.environ.items() if key != SETTING}
    if value is not None:
        env[SETTING] = value
    env["PYTHONPATH"] = str(ROOT)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.mark.parametrize(
    ("given", "expected"), [(None, "0"), ("1", "1"), ("0", "0"), ("2", "2"), ("", "")]
)
def test_the_setting_is_made_on_import_unless_the_user_made_it(given, expected):
    code = f"import os, curate; print(os.environ.get({SETTING!r}))"
    assert _seen(given, code) == expected


@pytest.mark.parametrize("entry", ["curate.bench_warc", "curate.cli", "curate.io.warc"])
def test_the_setting_is_made_before_pyarrow_is_imported(entry):
    """mimalloc reads it when Arrow first allocates: any way into curate sets it first."""
    code = f"import sys, os\nimport {entry}\nprint(os.environ.get('MIMALLOC_ARENA_EAGER_COMMIT'))"
    assert _seen(None, code) == "0"
    # the package's own module runs before any of its modules can import pyarrow
    code = (
        "import sys, os, builtins\n"
        "real = builtins.__import__\n"
        "def spy(name, *a, **k):\n"
        "    if name.startswith('pyarrow') and 'order' not in builtins.__dict__:\n"
        "        builtins.order = os.environ.get('MIMALLOC_ARENA_EAGER_COMMIT')\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = spy\n"
        f"import {entry}\n"
        "print(getattr(builtins, 'order', 'no pyarrow'))"
    )
    assert _seen(None, code) in ("0", "no pyarrow")
