"""End to end through the CLI on a generated corpus with planted copies and look-alikes."""

import json

import datasets
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from curate.synth import planted_news_corpus, write_jsonl


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    pairs = list(planted_news_corpus(400, seed=11))
    write_jsonl([doc for doc, _ in pairs], folder / "crawl.jsonl")
    out = folder / "out"
    result = CliRunner().invoke(
        app, ["run", str(folder / "crawl.jsonl"), "--out", str(out), "--workers", "2", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    truth = {doc["id"]: planted for doc, planted in pairs}
    kept = pq.read_table(next((out / "data").glob("*.parquet"))).to_pylist()
    removed = [
        row
        for path in (out / "removed").glob("*.parquet")
        for row in pq.read_table(path).to_pylist()
    ]
    return out, truth, kept, removed


def test_accounted_and_valid(generated):
    out, truth, kept, removed = generated
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["read"] == len(truth) == len(kept) + len(removed)
    assert validate_folder(out) == []
    assert len(datasets.load_dataset(str(out), split="train")) == len(kept)


def test_one_document_kept_per_story(generated):
    _, truth, kept, removed = generated
    dropped_for_other_reasons = {r["id"] for r in removed if r["stage"] != "dedup"}
    clusters = {}
    for row in kept:
        clusters.setdefault(truth[row["id"]].cluster, []).append(row["id"])
    assert all(len(ids) == 1 for ids in clusters.values()), "a story was kept twice"
    for doc_id, planted in truth.items():
        if doc_id not in dropped_for_other_reasons:
            assert planted.cluster in clusters, f"story of {doc_id} lost entirely"


def test_duplicates_point_inside_their_story(generated):
    _, truth, _, removed = generated
    duplicates = [r for r in removed if r["stage"] == "dedup"]
    copies = [i for i, p in truth.items() if p.kind in ("copy", "exact_copy")]
    assert len(duplicates) >= 0.9 * len(copies)
    for row in duplicates:  # a look-alike is never merged into another story
        assert truth[row["id"]].cluster == truth[row["duplicate_of"]].cluster
        assert row["similarity"] >= 0.6


def test_languages_labeled(generated):
    _, truth, kept, _ = generated
    agree = sum(row["lang"] == truth[row["id"]].lang for row in kept)
    assert agree >= 0.98 * len(kept)
    assert {row["lang"] for row in kept} >= {"en", "fr"}
