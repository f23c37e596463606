"""Ctrl-C and SIGTERM end every process of a run, quickly, every time, and publish nothing.

A run over a generated corpus with two workers is signalled at varied moments after its first
checkpoint (mid-run); sometimes twice in a row, as an impatient user does. Each try must exit
within seconds with 130 (SIGINT) or 143 and a message (SIGTERM), leave no process of its
process group behind (workers, resource tracker), and leave no published folder.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from curate.synth import news_corpus, write_jsonl
from tests.conftest import ROOT

TRIES = 10
EXIT_WITHIN = 15.0  # seconds from the signal to the exit of the whole process group


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("interrupt") / "big.jsonl"
    write_jsonl(news_corpus(6000, seed=5), path)
    return path


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _interrupt_once(corpus, out, signals: list[int], delay: float) -> tuple[int, str]:
    staging = out.parent / f".{out.name}.curate-tmp" / ".work"
    shutil.rmtree(staging.parent, ignore_errors=True)  # the last try's checkpoints
    command = [sys.executable, "-m", "curate.cli", "run", str(corpus), "--out", str(out)]
    proc = subprocess.Popen(
        [*command, "--workers", "2", "--quiet", "--overwrite"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: every child can be looked for
    )
    try:
        deadline = time.monotonic() + 120
        while not list(staging.glob("*.batch.pkl")):  # mid-run: a batch has finished
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no checkpoint after 120 s"
            time.sleep(0.05)
        time.sleep(delay)
        sent = time.monotonic()
        for signum in signals:
            proc.send_signal(signum)
            time.sleep(0.1)
        try:
            _, stderr = proc.communicate(timeout=EXIT_WITHIN)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running {EXIT_WITHIN} s after {signals}")
        while _group_alive(proc.pid) and time.monotonic() - sent < EXIT_WITHIN:
            time.sleep(0.1)
        assert not _group_alive(proc.pid), "a child process outlived the run"
        return proc.returncode, stderr
    finally:
        if _group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)


def test_ctrl_c_ends_every_child_and_exits_130_every_time(corpus, tmp_path):
    out = tmp_path / "out"
    for attempt in range(TRIES):
        twice = attempt % 3 == 2
        signals = [signal.SIGINT, signal.SIGINT] if twice else [signal.SIGINT]
        code, stderr = _interrupt_once(corpus, out, signals, delay=0.2 * (attempt % 5))
        assert code == 130, (attempt, stderr)
        assert "interrupted: nothing was published" in stderr
        assert stderr.count("\n") == 1, stderr  # one line, no traceback
        assert not out.exists()


def test_sigterm_ends_every_child_and_says_so(corpus, tmp_path):
    out = tmp_path / "out"
    for attempt in range(3):
        code, stderr = _interrupt_once(corpus, out, [signal.SIGTERM], delay=0.3 * attempt)
        assert code == 143, (attempt, stderr)
        assert "terminated (SIGTERM): nothing was published" in stderr
        assert not out.exists()
