"""The report pages in a real headless Chromium: no console error, no broken image, never
wider than the window (a desktop window and a phone's); a screenshot of each.

`CURATE_UPDATE_SCREENSHOT=1` also writes the generated corpus's page to docs/report.png (the
README's picture).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from curate.inspect.diff import compare
from curate.inspect.diff_view import page as diff_page
from tests.conftest import ROOT, SEEDS
from tests.headless import Browser, check_page, find_browser
from tests.inspect_corpus import run, write_inputs

BROWSER = find_browser()
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium found (chromium-headless-shell or chromium from the system packages; "
    ".ci/run installs it when missing)",
)
WINDOWS = [(1280, 900), (420, 800)]


@pytest.fixture(scope="module")
def browser():
    with Browser(BROWSER) as started:
        yield started


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    seeds = run(SEEDS, folder / "seeds")
    write_inputs(folder / "crawl")
    here = os.getcwd()
    os.chdir(folder)  # relative paths, so the page (and the README's picture) names no tmp folder
    try:
        generated = folder / run(Path("crawl"), Path("generated"))
    finally:
        os.chdir(here)
    (folder / "diff.html").write_text(diff_page(compare(seeds, generated)), encoding="utf-8")
    return {
        "seeds": seeds / "report.html",
        "generated": generated / "report.html",
        "diff": folder / "diff.html",
    }


@pytest.mark.parametrize("name", ["seeds", "generated", "diff"])
@pytest.mark.parametrize("width,height", WINDOWS)
def test_page_renders_cleanly(browser, pages, name, width, height, tmp_path):
    shot = tmp_path / f"{name}-{width}.png"
    found = check_page(browser, pages[name], width, height, screenshot=shot)
    assert found.problems == []
    assert found.width == width and found.title.startswith("curate")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if name == "generated" and width == 1280 and os.environ.get("CURATE_UPDATE_SCREENSHOT"):
        for section, target in ((None, "report.png"), ("distributions", "report-plots.png")):
            wide = tmp_path / target
            check_page(browser, pages[name], 1100, 1500, screenshot=wide, section=section)
            shutil.copyfile(wide, ROOT / "docs" / target)


def test_the_checks_catch_what_they_look_for(browser, tmp_path):
    """A page with each fault is reported with each: the checks above can fail."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        "<!DOCTYPE html><html><head><title>bad</title></head><body>"
        '<img src="missing.png" alt="x"><div style="width:3000px">wide</div>'
        "<script>console.error('planted error')</script></body></html>",
        encoding="utf-8",
    )
    found = check_page(browser, bad, 800, 600)
    problems = " | ".join(found.problems)
    assert "planted error" in problems
    assert "broken image" in problems and "missing.png" in problems
    assert "px wide in a 800px window" in problems
