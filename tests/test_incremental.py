"""`--dedup-against`: a new crawl is checked against an earlier output without its text."""

import json
import shutil

import pyarrow.parquet as pq
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from tests.conftest import SEED_003, SEEDS

runner = CliRunner()


def run(*args):
    result = runner.invoke(app, ["run", *map(str, args), "--workers", "1", "--quiet"])
    assert result.exit_code == 0, result.output
    return result


def test_second_crawl_deduplicated_against_the_first(tmp_path):
    first = tmp_path / "first"
    run(SEEDS, "--out", first)
    shutil.rmtree(first / "data")  # the index alone must be enough: no text is re-read
    shutil.rmtree(first / "jsonl")

    crawl = tmp_path / "crawl"
    crawl.mkdir()
    republished = SEED_003.read_text(encoding="utf-8").replace("Saturday", "Sunday")
    (crawl / "copy.txt").write_text(republished + "\n\nRead more", encoding="utf-8")
    fresh = " ".join(
        f"Paragraph {i} about a harvest festival in a mountain village, where "
        "farmers sold apples, pears and honey to visitors."
        for i in range(8)
    )
    (crawl / "fresh.txt").write_text(fresh, encoding="utf-8")
    second = tmp_path / "second"
    run(crawl, "--out", second, "--dedup-against", first)

    removed = pq.read_table(next((second / "removed").glob("*.parquet"))).to_pylist()
    assert [(r["id"], r["rule"], r["duplicate_of"]) for r in removed] == [
        ("copy", "near_duplicate", "003_e589d0cd6ea12ec2")
    ]
    kept = pq.read_table(next((second / "data").glob("*.parquet"))).to_pylist()
    assert [r["id"] for r in kept] == ["fresh"]
    index = pq.read_table(second / "dedup_index" / "index.parquet").column("id").to_pylist()
    assert {"000_b17ce84f0a17cb7d", "003_e589d0cd6ea12ec2", "fresh"} <= set(index)
    report = json.loads((second / "report.json").read_text(encoding="utf-8"))
    assert report["counts"] == {"read": 2, "kept": 1, "removed": 1, "quarantined": 0}
    assert validate_folder(second) == []


def test_dedup_against_a_folder_without_index(tmp_path):
    result = runner.invoke(
        app, ["run", str(SEEDS), "--out", str(tmp_path / "x"), "--dedup-against", str(tmp_path)]
    )
    assert result.exit_code == 2 and "no dedup index" in result.output
