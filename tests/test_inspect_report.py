"""`curate report` and the report.html that `curate run` publishes."""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from pathlib import Path

import datasets
import pytest
import yaml
from typer.testing import CliRunner

from curate.cli import app
from curate.explain import explain
from curate.inspect.collect import EXAMPLES_PER_RULE, collect
from curate.inspect.html import render_report
from curate.publish.validate import validate_folder
from tests.conftest import ROOT, SEEDS
from tests.inspect_corpus import run, write_inputs

runner = CliRunner()


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory) -> Path:
    return run(SEEDS, tmp_path_factory.mktemp("seeds") / "seeds")


@pytest.fixture(scope="module")
def generated_out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    return run(write_inputs(folder / "in"), folder / "out")


@pytest.fixture(params=["seeds", "generated"])
def published(request, seeds_out, generated_out) -> Path:
    return seeds_out if request.param == "seeds" else generated_out


class _Keyed(HTMLParser):
    """Every element with a `data-key`, and its text."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[list, str]] = []
        self._open: list[tuple[str, list | None, list[str]]] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        key = json.loads(attrs["data-key"]) if "data-key" in attrs else None
        if tag not in ("br", "meta", "line", "rect", "path"):
            self._open.append((tag, key, []))

    def handle_endtag(self, tag):
        while self._open:
            name, key, text = self._open.pop()
            if self._open:
                self._open[-1][2].extend(text)
            if key is not None:
                self.found.append((key, "".join(text)))
            if name == tag:
                break

    def handle_data(self, data):
        if self._open:
            self._open[-1][2].append(data)


def parse(page: str) -> _Keyed:
    parser = _Keyed()
    parser.feed(page)
    parser.close()
    return parser


def leaves(value, path=()):
    """Every number in report.json, with its JSON path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from leaves(item, (*path, index))
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield path, value


def lookup(report, path):
    for key in path:
        report = report[key]
    return report


def test_every_number_of_report_json_is_on_the_page_and_equal(published):
    report = json.loads((published / "report.json").read_text(encoding="utf-8"))
    found = parse((published / "report.html").read_text(encoding="utf-8")).found
    assert found, "no number on the page is tagged with its place in report.json"
    shown = {}
    for keys, text in found:
        for key in keys:  # one number, and every place in report.json that holds it
            value = lookup(report, key)  # a key that is not in report.json raises here
            assert float(text.replace(",", "")) == value, (key, text, value)
            shown[tuple(key)] = value
    missing = [path for path, _ in leaves(report) if path not in shown]
    assert missing == [], f"numbers of report.json not on the page: {missing[:10]}"


def test_ledger_counts_agree_with_report_json(published):
    report = json.loads((published / "report.json").read_text(encoding="utf-8"))
    data = collect(published)
    assert {rule: s.edits for rule, s in data.rules.items()} == report["edits_by_rule"]
    assert {rule: s.documents for rule, s in data.rules.items()} == report[
        "documents_edited_by_rule"
    ]
    assert len(data.length_after) == report["counts"]["kept"]
    assert len(data.length_before) == report["counts"]["kept"] + report["counts"]["removed"]
    assert data.quarantine_total == report["counts"]["quarantined"]


def test_examples_are_real_edits_of_their_rule_and_bounded(generated_out):
    data = collect(generated_out)
    assert data.rules
    for rule, stats in data.rules.items():
        assert 1 <= len(stats.examples) <= EXAMPLES_PER_RULE
        assert len({e.doc_id for e in stats.examples}) == len(stats.examples)
        for example in stats.examples:
            found = explain(generated_out, example.doc_id)
            assert found.kind == example.kind
            assert any(
                f"{e.stage}/{e.rule}" == rule
                and e.before == example.before
                and e.after == example.after
                for e in found.edits
            )
    page = (generated_out / "report.html").read_text(encoding="utf-8")
    assert "<del>" in page and "<ins>" in page
    assert f"curate explain out {data.rules[next(iter(data.rules))].examples[0].doc_id}" in page


def test_page_shows_removals_duplicates_and_quarantine(generated_out):
    report = json.loads((generated_out / "report.json").read_text(encoding="utf-8"))
    page = (generated_out / "report.html").read_text(encoding="utf-8")
    data = collect(generated_out)
    for rule in report["removed_by_rule"]:
        assert data.removed_examples[rule], rule
        for example in data.removed_examples[rule]:
            assert example.doc_id in page
    assert data.clusters and all(c.copies for c in data.clusters)
    assert data.clusters_total == report["corpus_stages"]["dedup"]["clusters"]
    for cluster in data.clusters:
        assert all(sim is None or 0.6 <= sim <= 1 for _, _, sim in cluster.copies)
    for row in data.quarantine_rows:
        assert row["file"] in page
    assert data.removed_measures["words"], "documents the quality stage removed are not measured"
    assert "min_words 50 removes" in page  # the filter's threshold drawn on its measure


def test_self_contained_and_deterministic(published):
    page = (published / "report.html").read_text(encoding="utf-8")
    tags = parse(page).tags
    assert not [t for t, _ in tags if t in ("script", "link", "img", "iframe", "object")]
    assert not [a for _, a in tags if "src" in a or "href" in a and "//" in a["href"]]
    assert "https://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    again = render_report(published)
    assert again == page  # what `curate run` wrote is what `curate report` writes


def test_folder_with_the_page_is_still_valid_and_loads(generated_out):
    assert validate_folder(generated_out) == []
    report = json.loads((generated_out / "report.json").read_text(encoding="utf-8"))
    loaded = datasets.load_dataset(str(generated_out), split="train")
    assert len(loaded) == report["counts"]["kept"]


def test_card_edits_table_counts_documents_and_edits(generated_out):
    report = json.loads((generated_out / "report.json").read_text(encoding="utf-8"))
    card = (generated_out / "README.md").read_text(encoding="utf-8")
    assert "| stage/rule | documents | edits |" in card
    for rule, edits in report["edits_by_rule"].items():
        documents = report["documents_edited_by_rule"][rule]
        assert f"| {rule} | {documents} | {edits} |" in card
    assert any(
        report["documents_edited_by_rule"][r] != n for r, n in report["edits_by_rule"].items()
    ), "the corpus should have a rule with more edits than documents"
    assert "[report.html](report.html)" in card


def test_cli_report_writes_the_page(seeds_out, tmp_path):
    target = tmp_path / "page.html"
    result = runner.invoke(app, ["report", str(seeds_out), "--out", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == (seeds_out / "report.html").read_bytes()
    result = runner.invoke(app, ["report", str(tmp_path)])
    assert result.exit_code == 2 and "not a curate output" in result.output


def test_recipe_can_turn_the_page_off(tmp_path):
    recipe = yaml.safe_load((ROOT / "curate" / "recipes" / "news.yaml").read_text(encoding="utf-8"))
    recipe["output"]["report"] = False
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(recipe), encoding="utf-8")
    out = run(SEEDS, tmp_path / "out", "--recipe", str(tmp_path / "r.yaml"))
    assert not (out / "report.html").exists()
    assert "report.html" not in (out / "README.md").read_text(encoding="utf-8")
    assert validate_folder(out) == []


def test_a_run_whose_page_fails_publishes_nothing(tmp_path, monkeypatch):
    import curate.inspect.html

    def broken(*args, **kwargs):
        raise RuntimeError("page failed")

    monkeypatch.setattr(curate.inspect.html, "render_report", broken)
    result = runner.invoke(
        app, ["run", str(SEEDS), "--out", str(tmp_path / "out"), "--workers", "1", "--quiet"]
    )
    assert result.exit_code == 1 and "page failed" in result.output
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")] == []


def test_an_output_from_before_documents_edited_by_rule(generated_out, tmp_path):
    """An older report.json lacks the documents per rule: the page counts them from the ledger."""
    older = tmp_path / "older"
    shutil.copytree(generated_out, older)
    report = json.loads((older / "report.json").read_text(encoding="utf-8"))
    documents = report.pop("documents_edited_by_rule")
    (older / "report.json").write_text(json.dumps(report), encoding="utf-8")
    result = runner.invoke(app, ["report", str(older)])
    assert result.exit_code == 0, result.output
    page = (older / "report.html").read_text(encoding="utf-8")
    keys = {tuple(k) for keys, _ in parse(page).found for k in keys}
    assert not any(k[0] == "documents_edited_by_rule" for k in keys)
    for rule, count in documents.items():
        name = rule.split("/", 1)[1]
        assert f'{name}</a></td><td class="n">{count:,}</td>' in page
