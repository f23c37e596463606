"""The Ray engine publishes the same bytes as the local engine (Ray started on this machine)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.synth import planted_news_corpus, write_jsonl
from tests.conftest import SEEDS

pytest.importorskip("ray")


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(engine: str, inputs: Path, out: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["run", str(inputs), "--out", str(out), "--engine", engine, "--workers", "2", "--quiet"],
    )
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ray")
    write_jsonl((doc for doc, _ in planted_news_corpus(240, seed=21)), folder / "crawl.jsonl")
    (folder / "recipe.yaml").write_text(
        "stages: [unicode, markup, boilerplate, language, dedup]\nengine: {batch_size: 16}\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("case", ["seeds", "generated"])
def test_same_bytes_as_local(tmp_path, corpus, case):
    inputs = SEEDS if case == "seeds" else corpus / "crawl.jsonl"
    run("local", inputs, tmp_path / "local" / "ds")
    run("ray", inputs, tmp_path / "ray" / "ds")
    local, ray = files(tmp_path / "local" / "ds"), files(tmp_path / "ray" / "ds")
    assert ray == local
    if case == "generated":
        assert b"near_duplicate" in b"".join(v for k, v in ray.items() if k == "report.json")
