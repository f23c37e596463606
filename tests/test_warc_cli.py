"""`curate run crawl.warc.gz --recipe web`: published, validated, the same bytes for any number of
workers and after a resume, and the reading libraries' log lines kept off the terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.engines.local import LocalEngine
from curate.pipeline import Pipeline
from curate.publish.validate import validate_folder
from curate.publish.writer import DatasetWriter
from curate.recipe import RecipeError, load
from curate.synth_warc import pages, write_warc

EMPTY_PAGE = b"<!-- a page that is only a comment -->"  # trafilatura: "empty HTML tree"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crawl")
    found = pages(6)
    noisy = [("https://empty.example/a", EMPTY_PAGE), ("https://empty.example/b", EMPTY_PAGE)]
    manifest = write_warc(folder / "crawl.warc.gz", found[:3] + noisy + found[3:])
    return manifest


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(*args: str) -> object:
    return CliRunner().invoke(app, ["run", *args])


@pytest.fixture(scope="module")
def published(crawl, tmp_path_factory):
    out = tmp_path_factory.mktemp("runs") / "one"
    result = run(str(crawl.path), "--out", str(out), "--recipe", "web", "--workers", "1")
    assert result.exit_code == 0, result.output
    return out, result


def test_run_publishes_a_valid_dataset_with_every_record_counted(crawl, published):
    out, _ = published
    assert validate_folder(out) == []
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = report["counts"]
    assert counts["read"] == crawl.records
    assert counts["skipped"] == sum(crawl.skipped.values())
    assert report["skipped_records"] == dict(sorted(crawl.skipped.items()))
    assert report["quarantine"]["warc_record"] == 1
    assert report["quarantine"]["truncated"] == 1
    assert report["quarantine"]["html_extraction"] == 2  # the two comment-only pages
    rows = [json.loads(line) for line in (out / "quarantine.jsonl").read_text().splitlines()]
    assert all(row["file"] == str(crawl.path) and row["offset"] >= 0 for row in rows)
    card = (out / "README.md").read_text(encoding="utf-8")
    total = sum(crawl.skipped.values())
    assert f"## Archive records that are no page ({total}; counted as read)" in card


def test_crawled_at_is_published_as_a_column(published):
    import pyarrow.parquet as pq

    out, _ = published
    table = pq.read_table(out / "data").to_pylist()
    assert table and all(row["crawled_at"].startswith("2024-05-01T12:00:") for row in table)


def test_library_log_lines_go_to_read_log_and_are_named_once(published):
    out, result = published
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    empty = [k for k in report["read_log"] if "empty HTML tree" in k]
    assert len(empty) == 1 and report["read_log"][empty[0]] == 2
    logged = (out / "read.log").read_text(encoding="utf-8").splitlines()
    assert sum("empty HTML tree" in line for line in logged) == 2
    assert sum(report["read_log"].values()) == len(logged)
    terminal = result.output  # stdout and stderr together
    assert terminal.count("empty HTML tree") == 1
    assert "2 times; see read.log" in terminal


def test_two_workers_publish_the_same_bytes(crawl, published, tmp_path):
    out, _ = published
    two = tmp_path / "one"  # the card names the folder
    result = run(str(crawl.path), "--out", str(two), "--recipe", "web", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert files(two) == files(out)


def test_resume_after_an_interrupt_gives_the_same_bytes(crawl, published, tmp_path, monkeypatch):
    out, _ = published
    recipe = load("web")
    recipe["engine"]["batch_size"] = 2
    reference = tmp_path / "reference" / "out"
    LocalEngine(1).run(Pipeline(recipe), [crawl.path], reference)
    written = []
    original = DatasetWriter.write

    def interrupt_after_two_batches(self, kind, row):
        written.append(row["id"])
        if len(written) > 4:
            raise KeyboardInterrupt
        original(self, kind, row)

    target = tmp_path / "resumed" / "out"
    monkeypatch.setattr(DatasetWriter, "write", interrupt_after_two_batches)
    with pytest.raises(KeyboardInterrupt):
        LocalEngine(1).run(Pipeline(recipe), [crawl.path], target)
    monkeypatch.setattr(DatasetWriter, "write", original)
    engine = LocalEngine(1)
    engine.run(Pipeline(recipe), [crawl.path], target, resume=True)
    assert engine.resumed["reused"] > 0
    assert files(target) == files(reference)


def test_a_reader_filter_in_a_recipe_is_counted(crawl, tmp_path):
    recipe = tmp_path / "news_only.yaml"
    recipe.write_text(
        "name: news_only\nstages: [unicode, markup]\n"
        "reader:\n  exclude_domains: [empty.example]\n  extractor: resiliparse\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run(str(crawl.path), "--out", str(out), "--recipe", str(recipe), "--workers", "1")
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped_records"]["filter/exclude_domains"] == 2
    assert "html_extraction" not in report["quarantine"]
    assert validate_folder(out) == []
    assert "extractor: resiliparse" in (out / "recipe.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("reader", "named"),
    [
        ("  domian: [a.com]\n", "domian"),
        ("  extractor: boilerpipe\n", "extractor"),
        ("  url_pattern: '('\n", "url_pattern"),
    ],
)
def test_a_bad_reader_setting_stops_the_run_naming_the_key(crawl, tmp_path, reader, named):
    recipe = tmp_path / "bad.yaml"
    recipe.write_text(f"stages: [unicode]\nreader:\n{reader}", encoding="utf-8")
    with pytest.raises(RecipeError, match=named):
        load(recipe)
    result = run(str(crawl.path), "--out", str(tmp_path / "out"), "--recipe", str(recipe))
    assert result.exit_code == 2
    assert named in result.output
    assert not (tmp_path / "out").exists()


def test_validate_catches_skipped_counts_that_do_not_add_up(published, tmp_path):
    out, _ = published
    copy = tmp_path / "copy"
    for name, data in files(out).items():
        (copy / name).parent.mkdir(parents=True, exist_ok=True)
        (copy / name).write_bytes(data)
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    report["skipped_records"]["request"] += 1
    (copy / "report.json").write_text(json.dumps(report), encoding="utf-8")
    assert any("skipped_records" in p for p in validate_folder(copy))
