"""A generated corpus for the report, diff and publish tests: planted duplicates, noise and
inputs that cannot be read, run once per test module through the CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from curate.cli import app
from curate.synth import planted_news_corpus, write_jsonl


def write_inputs(folder: Path, docs: int = 240, seed: int = 5) -> Path:
    """Generated news (copies, exact copies, look-alikes, other languages) plus noise the
    stages remove (too short, repeated lines, all furniture) and three unreadable inputs."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [doc for doc, _ in planted_news_corpus(docs, seed=seed)]
    rows.append({"id": "noise-short", "text": "Too short to keep."})
    rows.append(
        {"id": "noise-repeated", "title": "Scores", "text": "\n".join(["# 1 ... 2 ... 3 #"] * 12)}
    )
    rows.append(
        {
            "id": "noise-furniture",
            "text": "\n".join(["Subscribe to our newsletter for more updates today."] * 30),
        }
    )
    write_jsonl(rows, folder / "crawl.jsonl")
    with open(folder / "crawl.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"id": "broken", "text": \n')  # malformed JSON
        handle.write('{"id": "notext"}\n')  # no text
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # binary
    return folder


def run(inputs: Path, out: Path, *options: str) -> Path:
    result = CliRunner().invoke(
        app, ["run", str(inputs), "--out", str(out), "--workers", "1", "--quiet", *options]
    )
    assert result.exit_code == 0, result.output
    return out
