"""No single document stops a run: a document cleaning empties, a row that breaks a schema."""

import json
from dataclasses import dataclass

from typer.testing import CliRunner

from curate.cli import app
from curate.corpus.dedup import NearDuplicateRemover
from curate.pipeline import Pipeline
from curate.stages.base import REGISTRY, MapStage, register
from tests.conftest import seed_paragraphs


@register
@dataclass(frozen=True)
class BreaksTheSchema(MapStage):
    """Test stage: a label of the wrong type on the documents whose id starts with `bad`."""

    name = "test_breaks_the_schema"

    def process(self, doc):
        if doc.id.startswith("bad"):
            doc.labels["lang"] = 5  # the record schema wants a string
        return doc


def _recipe(*stages):
    return {"name": "t", "stages": list(stages)}


def test_a_document_cleaning_empties_is_removed_with_its_own_rule():
    body = " ".join(seed_paragraphs()[:3])
    records = [
        {"id": "tags", "text": "< p>< p></p >"},  # markup takes it all
        {"id": "furniture", "text": "Read Also\n\nYou May Also Like"},  # the rules take it all
        {"id": "article", "text": body},
    ]
    result = Pipeline.from_recipe(_recipe("unicode", "markup", "boilerplate")).run(records)
    removed = {row["id"]: (row["stage"], row["rule"]) for row in result.removed}
    assert removed == {"tags": ("markup", "emptied"), "furniture": ("boilerplate", "emptied")}
    assert [row["id"] for row in result.kept] == ["article"]
    assert all(row["text"] for row in result.kept)


def test_a_row_that_breaks_a_schema_is_quarantined_and_the_run_goes_on():
    body = " ".join(seed_paragraphs()[:2])
    records = [{"id": f"{p}{i}", "text": f"{body} {i}"} for i in range(3) for p in ("ok", "bad")]
    result = Pipeline.from_recipe(_recipe("unicode", "test_breaks_the_schema")).run(records)
    assert sorted(row["id"] for row in result.kept) == ["ok0", "ok1", "ok2"]
    assert [q["kind"] for q in result.quarantined] == ["schema"] * 3
    assert all(
        "breaks the schema" in q["error"] and "'bad" in q["error"] for q in result.quarantined
    )
    counts = result.report["counts"]
    assert counts["read"] == 6


def test_a_page_of_furniture_does_not_stop_the_cli(tmp_path):
    # the case: `curate run pages/ --skip quality` stopped on an emptied page
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("Follow us on Twitter\n\nRead more", encoding="utf-8")
    (folder / "story.txt").write_text("\n\n".join(seed_paragraphs()[:4]), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(folder), "--out", str(out), "--skip", "quality"])
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["kept"] == 1 and report["counts"]["removed"] == 1


@dataclass(frozen=True)
class SketchFails(NearDuplicateRemover):
    """Test stage: dedup whose sketch raises on the documents whose id starts with `bad`
    (registered only while its test runs: its settings are dedup's, not a stage's of ours)."""

    name = "test_sketch_fails"

    def sketch(self, doc):
        if doc.id.startswith("bad"):
            raise ValueError("no shingles for you")
        return super().sketch(doc)

    def sketch_batch(self, docs):
        return [self.sketch(doc) for doc in docs]


def test_a_document_a_corpus_stage_cannot_sketch_is_quarantined_and_the_run_goes_on():
    body = " ".join(seed_paragraphs()[:2])
    records = [
        {"id": f"{p}{i}", "text": f"{body} {p} {i}"} for i in range(3) for p in ("ok", "bad")
    ]
    register(SketchFails)
    try:
        result = Pipeline.from_recipe(_recipe("unicode", "test_sketch_fails")).run(records)
    finally:
        REGISTRY.pop(SketchFails.name)
    assert sorted(row["id"] for row in result.kept + result.removed) == ["ok0", "ok1", "ok2"]
    assert sorted(q["id"] for q in result.quarantined) == ["bad0", "bad1", "bad2"]
    assert all(
        q["kind"] == "stage_error" and "ValueError in its sketch" in q["error"]
        for q in result.quarantined
    )
    counts = result.report["counts"]
    assert counts["read"] == 6 and counts["quarantined"] == 3
