"""The local engine: same bytes for any worker count, atomic output, safe destinations."""

import filecmp
import json
import os
import pickle
import random

import pytest

from curate import Pipeline
from curate.engines.local import LocalEngine
from curate.publish.validate import validate_folder
from curate.publish.writer import OutputError
from tests.conftest import seed_paragraphs

RECIPE = {
    "name": "engine-test",
    "stages": ["unicode", "markup", "language", {"quality": {"min_words": 20}}, "topics", "dedup"],
    "engine": {"batch_size": 7},
    "output": {"shard_rows": 40},
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Shuffled seed paragraphs: 120 documents, with exact and near copies and junk lines."""
    folder = tmp_path_factory.mktemp("corpus")
    paragraphs = seed_paragraphs()
    rows = []
    for i in range(120):
        rng = random.Random(i)
        if i % 10 == 9:
            row = dict(rows[i - 3], id=f"doc{i}")  # exact copy
        elif i % 10 == 8:
            row = dict(rows[i - 2], id=f"doc{i}", text=rows[i - 2]["text"] + "\n\nRead Also")
        elif i % 17 == 0:
            row = {"id": f"doc{i}", "text": "too short"}
        else:
            chosen = rng.sample(paragraphs, 4)
            row = {"id": f"doc{i}", "text": f"Story {i}. " + "\n\n".join(chosen) + " < p>"}
        rows.append(row)
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{broken\n", encoding="utf-8")
    return path


def run(corpus, out, workers, **kwargs):
    return LocalEngine(workers=workers).run(Pipeline.from_recipe(RECIPE), [corpus], out, **kwargs)


def test_byte_identical_for_any_worker_count(corpus, tmp_path):
    one = run(corpus, tmp_path / "one" / "ds", 1)
    two = run(corpus, tmp_path / "two" / "ds", 2)
    assert one == two
    compare = filecmp.dircmp(tmp_path / "one" / "ds", tmp_path / "two" / "ds")
    files = []

    def walk(cmp):
        assert not cmp.diff_files and not cmp.left_only and not cmp.right_only
        files.extend(cmp.same_files)
        for sub in cmp.subdirs.values():
            walk(sub)

    walk(compare)
    assert {"train-00000-of-00003.parquet", "report.json", "README.md"} <= set(files)


def test_accounting_and_validity(corpus, tmp_path):
    report = run(corpus, tmp_path / "ds", 2)
    counts = report["counts"]
    assert counts["read"] == 121
    assert counts["quarantined"] == 1
    assert counts["kept"] + counts["removed"] + counts["quarantined"] == 121
    dedup = report["corpus_stages"]["dedup"]
    # 12 exact copies and 12 copies with a teaser added; a copy of a copy joins its cluster
    assert dedup["exact_pairs"] == 12
    assert dedup["removed_exact"] + dedup["removed_near"] >= 24
    assert report["removed_by_rule"]["quality/too_short"] == 6  # 8 planted, 2 overwritten
    assert validate_folder(tmp_path / "ds") == []


def test_failed_run_publishes_nothing(corpus, tmp_path, monkeypatch):
    from curate.publish import writer

    def crash(self, files):
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer.DatasetWriter, "finish", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        run(corpus, tmp_path / "ds", 1)
    # no output and no lock; only the hidden staging folder with checkpoints for --resume
    assert sorted(os.listdir(tmp_path)) == [".ds.curate-tmp"]
    assert not (tmp_path / ".ds.curate-tmp" / "report.json").exists()


def test_existing_destination_needs_overwrite_and_must_be_ours(corpus, tmp_path):
    out = tmp_path / "ds"
    run(corpus, out, 1)
    with pytest.raises(OutputError, match="--overwrite"):
        run(corpus, out, 1)
    run(corpus, out, 1, overwrite=True)
    assert validate_folder(out) == []
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("years of work", encoding="utf-8")
    with pytest.raises(OutputError, match="not a curate output"):
        run(corpus, precious, 1, overwrite=True)
    assert (precious / "thesis.tex").read_text(encoding="utf-8") == "years of work"


def test_second_writer_is_locked_out(corpus, tmp_path):
    out = tmp_path / "ds"
    lock = tmp_path / ".ds.curate-lock"
    lock.write_text(str(os.getppid()), encoding="utf-8")  # a live process holds it
    with pytest.raises(OutputError, match="another curate run"):
        run(corpus, out, 1)
    lock.write_text("999999999", encoding="utf-8")  # a dead one: the lock is stale
    run(corpus, out, 1)
    assert not lock.exists()


def test_inputs_are_not_modified(corpus, tmp_path):
    before = corpus.read_bytes(), corpus.stat().st_mtime_ns
    run(corpus, tmp_path / "ds", 2)
    assert (corpus.read_bytes(), corpus.stat().st_mtime_ns) == before


def test_checkpoints_and_progress_are_the_same_for_any_worker_count(corpus, tmp_path, monkeypatch):
    """A pool's checkpoints hold what one process's hold, and progress counts every document of
    the sketch phase (120: the broken line is quarantined at read)."""
    from curate.engines import local

    seen: dict[str, int] = {}

    def progress(phase: str, done: int) -> None:
        seen[phase] = seen.get(phase, 0) + done

    def plain(value):
        if isinstance(value, tuple):  # (seq, id, Sketch): arrays as lists, to compare
            return [v.tolist() if hasattr(v, "tolist") else plain(v) for v in value]
        if isinstance(value, list):
            return [plain(v) for v in value]
        if hasattr(value, "docs"):  # a BatchResult
            return (value.docs, value.rows, value.rejected)
        return value

    saved: dict[int, list] = {}
    real_finish = local.DatasetWriter.finish
    for workers in (1, 2):
        kept: list = []

        def finish(self, files, kept=kept):
            for path in sorted(self.work_dir().glob("segment0-*.pkl")):
                kept.append(plain(pickle.loads(path.read_bytes())))
            return real_finish(self, files)

        monkeypatch.setattr(local.DatasetWriter, "finish", finish)
        seen.clear()
        engine = LocalEngine(workers=workers, progress=progress)
        engine.run(Pipeline.from_recipe(RECIPE), [corpus], tmp_path / f"w{workers}" / "ds")
        saved[workers] = kept
        assert seen == {"dedup (sketch)": 120, "write": seen["write"]} and seen["write"] > 0
    assert saved[1] and saved[1] == saved[2]
