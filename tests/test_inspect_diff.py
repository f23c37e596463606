"""`curate diff OLD NEW`: nothing for a run against itself, exactly a rule's documents when
that rule is turned off."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from curate.cli import app
from curate.inspect.diff import compare
from tests.conftest import ROOT
from tests.inspect_corpus import run, write_inputs

RULE = "translation/sentence_case"
runner = CliRunner()


def recipe_without(rule: str, folder: Path) -> Path:
    """The news recipe with one rule of one stage turned off."""
    from curate.recipe import build_stage

    stage, name = rule.split("/")
    recipe = yaml.safe_load((ROOT / "curate" / "recipes" / "news.yaml").read_text(encoding="utf-8"))
    entries = recipe["stages"]
    index = next(
        i for i, e in enumerate(entries) if (e if isinstance(e, str) else next(iter(e))) == stage
    )
    settings = {} if isinstance(entries[index], str) else dict(entries[index][stage] or {})
    rules = list(build_stage({"stage": stage, **settings}).rules)
    settings["rules"] = [r for r in rules if r != name]
    entries[index] = {stage: settings}
    path = folder / "recipe.yaml"
    path.write_text(yaml.safe_dump(recipe), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("diff")
    inputs = write_inputs(folder / "in")
    first = run(inputs, folder / "first")
    again = run(inputs, folder / "again")
    off = run(inputs, folder / "off", "--recipe", str(recipe_without(RULE, folder)))
    shutil.rmtree(inputs)  # the diff must not need the input
    return first, again, off


def touched_by(folder: Path, rule: str) -> dict[str, int]:
    """Documents with edits of `rule` in a folder's ledger, and how many."""
    found = {}
    for sub in ("data", "removed"):
        for path in sorted((folder / sub).glob("*.parquet")):
            for row in pq.read_table(path, columns=["id", "edits"]).to_pylist():
                n = sum(f"{e['stage']}/{e['rule']}" == rule for e in row["edits"])
                if n:
                    found[row["id"]] = n
    return found


def test_a_run_against_itself_says_no_difference(runs):
    first, again, _ = runs
    for other in (first, again):
        result = compare(first, other)
        assert result.same and not result.changed_ids
        shown = runner.invoke(app, ["diff", str(first), str(other)])
        assert shown.exit_code == 0, shown.output
        assert "no difference" in shown.output


def test_one_rule_off_lists_exactly_the_documents_it_touched(runs, tmp_path):
    first, _, off = runs
    touched = touched_by(first, RULE)
    assert touched, f"the corpus should exercise {RULE}"
    assert touched_by(off, RULE) == {}
    result = compare(first, off)
    assert not result.same
    assert result.changed_ids == set(touched)
    assert result.docs_by_rule == {RULE: sorted(touched)}
    assert result.edits_gone == {RULE: sum(touched.values())}
    assert not result.edits_added and not result.moved
    report = json.loads((first / "report.json").read_text(encoding="utf-8"))
    assert result.edits_gone[RULE] == report["edits_by_rule"][RULE]
    assert len(result.docs_by_rule[RULE]) == report["documents_edited_by_rule"][RULE]
    assert [key for key, _, _ in result.recipe] == ["stages.translation.rules"]
    assert result.word_diffs and all(
        any(op == "delete" for op, _ in diff) for _, diff in result.word_diffs
    )
    page = tmp_path / "diff.html"
    shown = runner.invoke(app, ["diff", str(first), str(off), "--report", str(page)])
    assert shown.exit_code == 0, shown.output
    assert RULE in shown.output and "no difference" not in shown.output
    html = page.read_text(encoding="utf-8")
    assert all(doc_id in html for doc_id in sorted(touched)[:50])
    assert "<script" not in html and "<del>" in html


def test_kept_in_one_removed_in_the_other_by_rule(runs, tmp_path):
    """A stricter quality filter: the documents it removes are listed under its rule."""
    first, _, _ = runs
    stricter = tmp_path / "stricter"
    shutil.copytree(first, stricter)
    # rewrite NEW's rows as if quality removed two kept documents: the diff reads rows only
    kept_path = next((stricter / "data").glob("*.parquet"))
    kept = pq.read_table(kept_path)
    moved = kept.column("id").to_pylist()[:2]
    result = compare(first, _without(stricter, kept_path, kept, moved))
    assert result.kept_vs_removed()["removed in new"] == {"quality/too_short": moved}


def _without(folder: Path, kept_path: Path, kept, ids: list[str]) -> Path:
    import pyarrow as pa

    from curate.publish.records import REMOVED

    rows = [r for r in kept.to_pylist() if r["id"] not in ids]
    pq.write_table(pa.Table.from_pylist(rows, schema=kept.schema), kept_path)
    removed = [
        {
            **{name: None for name in REMOVED.names},
            **{k: v for k, v in r.items() if k in REMOVED.names},
            "stage": "quality",
            "rule": "too_short",
            "reason": "planted",
        }
        for r in kept.to_pylist()
        if r["id"] in ids
    ]
    pq.write_table(
        pa.Table.from_pylist(removed, schema=REMOVED), folder / "removed" / "planted.parquet"
    )
    return folder


def test_not_an_output_fails_in_one_line(tmp_path, runs):
    shown = runner.invoke(app, ["diff", str(tmp_path), str(runs[0])])
    assert shown.exit_code == 2 and "not a curate output" in shown.output
