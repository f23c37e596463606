"""A run killed with SIGKILL publishes nothing, and `--resume` finishes it with the same bytes."""

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from curate.publish.validate import validate_folder
from tests.conftest import ROOT, seed_paragraphs, wait_until

RECIPE = """\
name: resume-test
stages: [unicode, markup, boilerplate, language, quality, topics, dedup]
engine: {batch_size: 20}
output: {shard_rows: 400}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("resume")
    paragraphs = seed_paragraphs()
    rows = []
    for i in range(800):
        rng = random.Random(i)
        text = f"Report {i}. " + "\n\n".join(rng.sample(paragraphs, 5))
        rows.append({"id": f"d{i}", "text": text if i % 7 or not rows else rows[-1]["text"]})
    (folder / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "recipe.yaml").write_text(RECIPE, encoding="utf-8")
    return folder


def command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "curate.cli",
        "run",
        str(corpus / "in.jsonl"),
        "--out",
        str(out),
        "--recipe",
        str(corpus / "recipe.yaml"),
        "--workers",
        "2",
        "--quiet",
        *extra,
    ]


@pytest.fixture(scope="module")
def reference(corpus):
    out = corpus / "reference" / "ds"
    subprocess.run(command(corpus, out), check=True, cwd=ROOT, capture_output=True, timeout=600)
    return out


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def start(corpus: Path, out: Path, **streams) -> subprocess.Popen:
    """A run in its own process group (so a signal reaches its workers too)."""
    streams = streams or {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    return subprocess.Popen(command(corpus, out), cwd=ROOT, start_new_session=True, **streams)


def resume(corpus: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        command(corpus, out, "--resume"), cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def kill_when(corpus: Path, out: Path, ready) -> None:
    """Start a run in its own process group; SIGKILL the whole group once `ready(work)`."""
    process = start(corpus, out)
    work = out.parent / f".{out.name}.curate-tmp" / ".work"
    wait_until(process, lambda: ready(work))
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


POINTS = {
    "before any checkpoint": lambda work: (work / "manifest.json").exists(),
    "mid map stages": lambda work: len(list(work.glob("segment0-*.batch.pkl"))) >= 15,
    # the dedup index is saved right after fit, before the rows are written
    "after dedup fit": lambda work: (work.parent / "dedup_index" / "index.parquet").exists(),
}


@pytest.mark.parametrize("point", POINTS)
def test_kill_then_resume_gives_identical_output(corpus, reference, tmp_path, point):
    out = tmp_path / "ds"  # same folder name as the reference, so even the card is identical
    kill_when(corpus, out, POINTS[point])
    assert not out.exists(), "a killed run must not leave a folder that looks complete"
    staging = tmp_path / ".ds.curate-tmp"
    assert staging.exists() and not (staging / "report.json").exists()
    done = resume(corpus, out)
    assert done.returncode == 0, done.stderr
    assert files(out) == files(reference)
    assert validate_folder(out) == []
    assert not staging.exists()


def test_ctrl_c_stops_cleanly_and_resume_finishes(corpus, reference, tmp_path):
    out = tmp_path / "ds"
    process = start(corpus, out, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    work = tmp_path / ".ds.curate-tmp" / ".work"
    wait_until(process, lambda: len(list(work.glob("segment0-*.batch.pkl"))) >= 10)
    os.killpg(process.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert stderr.strip().splitlines() == [
        "error: interrupted: nothing was published; the same command with --resume continues"
    ]
    assert not out.exists()
    done = resume(corpus, out)
    assert done.returncode == 0, done.stderr
    assert files(out) == files(reference)


def test_resume_refuses_changed_inputs(corpus, tmp_path):
    changed = tmp_path / "changed"
    changed.mkdir()
    (changed / "recipe.yaml").write_bytes((corpus / "recipe.yaml").read_bytes())
    (changed / "in.jsonl").write_bytes((corpus / "in.jsonl").read_bytes())
    out = tmp_path / "ds"
    kill_when(changed, out, POINTS["mid map stages"])
    with open(changed / "in.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "new", "text": "A late addition."}) + "\n")
    done = resume(changed, out)
    assert done.returncode == 2
    assert "cannot resume" in done.stderr and "changed" in done.stderr


def test_second_run_on_the_same_destination_is_locked_out(corpus, tmp_path):
    out = tmp_path / "ds"
    first = start(corpus, out)
    try:
        work = tmp_path / ".ds.curate-tmp" / ".work"
        wait_until(first, lambda: (work / "manifest.json").exists())
        # held still while the second run asks (its workers too): a run that starts its workers
        # fast may otherwise finish first, and the second would meet a published folder
        os.killpg(first.pid, signal.SIGSTOP)
        try:
            second = subprocess.run(
                command(corpus, out), cwd=ROOT, capture_output=True, text=True, timeout=300
            )
        finally:
            os.killpg(first.pid, signal.SIGCONT)
        assert second.returncode == 2
        assert f"another curate run (pid {first.pid}) is writing" in " ".join(second.stderr.split())
    finally:
        first.wait(timeout=600)
    assert first.returncode == 0 and validate_folder(out) == []
