"""A WARC run on the Ray engine publishes the local engine's bytes (Ray started on this machine)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.synth_warc import pages, write_warc

pytest.importorskip("ray")


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_ray_publishes_the_local_bytes_from_a_warc(tmp_path):
    from curate.engines.ray import RayRunner

    crawl = write_warc(tmp_path / "crawl.warc.gz", pages(4)).path
    outputs = {}
    with RayRunner({}, 2):  # one Ray session for the run below
        for engine in ("local", "ray"):
            out = tmp_path / engine / "out"
            result = CliRunner().invoke(
                app,
                ["run", str(crawl), "--out", str(out), "--engine", engine, "--workers", "2"]
                + ["--recipe", "web", "--quiet"],
            )
            assert result.exit_code == 0, result.output
            outputs[engine] = files(out)
    assert outputs["ray"] == outputs["local"]
    assert b'"skipped_records"' in outputs["ray"]["report.json"]
