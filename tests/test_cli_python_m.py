"""`python -m curate ...` runs the command line (`curate/__main__.py`); it stopped with "No
module named curate.__main__" whatever was asked."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from curate import __version__
from tests.newcomer_runs import texts_of

ROOT = Path(__file__).resolve().parents[1]


def python_m(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "curate", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["--version"], __version__), (["--help"], "Usage: curate"), (["run", "--help"], "--out")],
)
def test_python_m_curate_answers_as_the_command_does(args, expected):
    done = python_m(*args)
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout


def test_python_m_curate_run_publishes_a_folder(tmp_path):
    for k, text in enumerate(texts_of(3)):
        (tmp_path / "in" / str(k)).mkdir(parents=True)
        (tmp_path / "in" / str(k) / "a.txt").write_text(text, encoding="utf-8")
    done = python_m(
        "run", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--skip", "quality"
    )
    assert done.returncode == 0, done.stderr
    counts = json.loads((tmp_path / "out" / "report.json").read_text())["counts"]
    assert counts == {"read": 3, "kept": 3, "removed": 0, "quarantined": 0}


def test_python_m_curate_of_an_unknown_command_fails_as_the_command_does():
    done = python_m("frobnicate")
    assert done.returncode == 2
    assert "No such command" in done.stdout + done.stderr
