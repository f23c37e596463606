"""`transfer`: a line model trained on one benchmark's pages scores the other benchmark's.

The split is the point: no page of the scored benchmark may be among the training pages, in
either direction, whatever its site half or its read labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from curate.evaluate import MODULES, OPTIONAL, transfer
from curate.evaluate import pages as pages_module
from curate.evaluate.checked import CheckedPage
from curate.evaluate.pages import Page, half
from curate.stages.boilerplate import BoilerplateRemover, train
from tests.conftest import seed_paragraphs

BODY = (
    "The council voted on Tuesday to expand the city's network of protected bike lanes by "
    "forty kilometres over the next three years, the mayor said."
)


def _sites():
    """Two sites of each half: each benchmark gets one of each half."""
    found: dict[str, list[str]] = {"A": [], "B": []}
    for n in range(200):
        site = f"site{n}.example"
        if len(found[half(site)]) < 2:
            found[half(site)].append(site)
    return found


def _pages() -> list[Page]:
    pages = []
    sites = _sites()
    for index, benchmark in enumerate(transfer.BENCHMARKS):
        for part in ("A", "B"):
            site = sites[part][index]
            key = f"{benchmark}-{part}"
            lines = [f"Headline of {key}", f"By Reporter {key}", f"In {key}, t{BODY[1:]}"]
            pages.append(
                Page(
                    key=key,
                    benchmark=benchmark,
                    site=site,
                    url=f"https://{site}/{key}",
                    plain_lines=lines,
                    plain_labels=[1, 0, 1],
                    whole_lines=[*lines, f"Menu of {key}"],
                    whole_labels=[1, 0, 1, 0],
                    html_lines=lines,
                    html_labels=[1, 0, 1],
                )
            )
    return pages


def _benchmarks_of(lines: list[str], pages: list[Page]) -> set[str]:
    return {page.benchmark for page in pages if set(page.plain_lines) & set(lines)}


def test_no_benchmark_is_both_trained_on_and_scored(monkeypatch):
    pages = _pages()
    monkeypatch.setattr(pages_module, "pages_of", lambda eval_dir: pages)
    later = [
        (CheckedPage(page.key, page.site, (), (1, 0, 1), ("headline", "byline", "body")), page)
        for page in pages
    ]
    for source, target in transfer.directions():
        assert source != target
        sites: dict[str, str] = {}
        found = train.examples(Path("eval"), (), transfer.HALVES, sites, (source,))
        trained = {key for kind in found.values() for key, *_ in kind}
        # every page of the source, of both site halves, and no page of the other benchmark
        assert trained == {page.key for page in pages if page.benchmark == source}
        assert {pages_module.half(site) for site in sites.values()} == {"A", "B"}
        scored = transfer.news_pages(pages, target, later, later)
        assert len(scored) == 2  # both halves of the target
        for lines, _ in scored:
            assert _benchmarks_of(lines, pages) == {target}
    # the default (no benchmark named) still learns both, of the halves asked
    both = train.examples(Path("eval"), (), ("A",), None)
    assert {key.split("-")[0] for key, *_ in both["plain"]} == set(transfer.BENCHMARKS)


def test_scored_pages_take_their_best_labels_and_must_be_news_shaped():
    pages = _pages()
    aeb = [page for page in pages if page.benchmark == "aeb"]
    # overlap labels [1, 0, 1]: the headline is content and no sentence, so half the content
    # is sentences and the page is no news; read, the headline is left out and it is
    read = (aeb[0].key, aeb[0].site, (), (None, 0, 1), (None, "byline", "body"))
    read2 = (aeb[1].key, aeb[1].site, (), (None, 0, 0), ("headline", "byline", "byline"))
    found = transfer.news_pages(
        pages, "aeb", [(CheckedPage(*read), aeb[0])], [(CheckedPage(*read2), aeb[1])]
    )
    # the read labels replace the overlap ones; a read2 page stays though it has no content
    assert [labels for _, labels in found] == [[None, 0, 1], [None, 0, 0]]
    assert transfer.news_pages(pages, "aeb", [], []) == []  # overlap labels alone: no news
    listing = Page(
        key="list", benchmark="aeb", site="x.example", url=None,
        plain_lines=["Drink during your workout", "1 cup strawberries", BODY],
        plain_labels=[1, 1, 1],
    )  # fmt: skip
    assert transfer.news_pages([listing], "aeb", [], []) == []  # no news: left out


def test_auc_is_the_chance_noise_outscores_content_ties_half():
    assert transfer.auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]) == 0.75
    assert transfer.auc([0.5, 0.5, 0.5], [0, 1, 1]) == 0.5
    assert transfer.auc([0.9, 0.1], [1, 0]) == 1.0 and transfer.auc([0.9, 0.1], [0, 1]) == 0.0
    assert transfer.auc([0.2, 0.3], [1, 1]) != transfer.auc([0.2, 0.3], [1, 1])  # nan: one class


def test_the_98_threshold_keeps_98_percent_and_is_the_lowest_found():
    body = [p for p in seed_paragraphs() if len(p.split()) >= 30][1:5]
    noise = ["By JOHN SMITH and agencies", "Share this on Facebook", "More Sports news", "AFP"]
    docs = []
    for n in range(6):
        lines = [f"Storm number {n} hits the coast", noise[n % 4], *body, noise[(n + 1) % 4]]
        docs.append((lines, [None, 0, 1, 1, 1, 1, 0]))
    stage = BoilerplateRemover()
    at, kept, removed = transfer.at_content(stage, docs)
    assert transfer.LOWEST <= at <= 1.0
    assert kept >= transfer.TARGET_CONTENT
    assert (kept, removed) == transfer.shares(
        BoilerplateRemover(threshold=at, prose_threshold=None, tag_veto=min(0.2, at)), docs
    )
    assert removed >= transfer.shares(BoilerplateRemover(threshold=1.0), docs)[1]


def test_transfer_runs_only_when_named(tmp_path, capsys):
    assert "transfer" in OPTIONAL and "transfer" not in MODULES
    from curate.evaluate import __main__ as evaluate_main

    assert evaluate_main.main(["--eval-dir", str(tmp_path / "none"), "transfer"]) == 0
    assert "skipping evaluations" in capsys.readouterr().out


@pytest.mark.parametrize("source", transfer.BENCHMARKS)
def test_each_direction_scores_the_other_benchmark(source):
    assert [target for s, target in transfer.directions() if s == source] == [
        next(b for b in transfer.BENCHMARKS if b != source)
    ]
