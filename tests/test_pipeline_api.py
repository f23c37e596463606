"""The Python API: `Pipeline.from_recipe(...).run(records)` and the datasets.map function."""

import datasets
import pytest

from curate import Pipeline
from tests.conftest import SEED_000, SEED_003

RECIPE = {"stages": ["unicode", "markup", "language", {"quality": {"min_words": 5}}, "dedup"]}


def test_run_in_memory_accounts_for_everything():
    text = SEED_003.read_text(encoding="utf-8")
    records = [
        {"id": "a", "text": text},
        {"id": "b", "text": text.replace("Saturday", "Sunday")},
        {"id": "c", "text": "   "},
        {"id": "d", "text": None},
        {"id": "e", "text": "Tiny."},
    ]
    result = Pipeline.from_recipe(RECIPE).run(records)
    assert [r["id"] for r in result.kept] == ["a"]
    assert {r["id"]: r["rule"] for r in result.removed} == {
        "b": "near_duplicate",
        "c": "empty",
        "e": "too_short",
    }
    assert result.quarantined == [
        {
            "file": "<records>",
            "line": 4,
            "kind": "missing_field",
            "error": "'text' is null",
            "id": "d",  # the row's id: `curate explain` finds it
        }
    ]
    assert result.report["counts"] == {"read": 5, "kept": 1, "removed": 3, "quarantined": 1}
    assert result.kept[0]["dup_count"] == 2 and result.kept[0]["lang"] == "en"


def test_run_reads_the_recipe_fields_and_keeps_repeated_ids():
    text = SEED_003.read_text(encoding="utf-8")
    recipe = RECIPE | {"reader": {"text_field": "body", "id_field": "key"}}
    records = [{"key": "a", "body": text}, {"key": "a", "body": SEED_000.read_text("utf-8")}]
    result = Pipeline.from_recipe(recipe).run(records)
    assert sorted(r["id"] for r in result.kept) == ["a", "a@<records>:2"]
    assert result.report["counts"]["quarantined"] == 0


def test_map_function_on_a_hugging_face_dataset():
    pipe = Pipeline.from_recipe(RECIPE)
    ds = datasets.Dataset.from_dict(
        {
            "id": ["a", "b"],
            "text": [SEED_000.read_text(encoding="utf-8"), "x"],
            "title": [None, None],
        }
    )
    out = ds.map(pipe.map_function(), batched=True, batch_size=2)
    assert out[0]["lang"] == "en" and out[0]["removed_rule"] is None
    assert "\u00a0" not in out[0]["text"] and out[0]["edits"]
    assert out[1]["removed_rule"] == "too_short"
    assert len(out.filter(lambda row: row["removed_rule"] is None)) == 1
    # `edits` is the list the published records carry, not a count
    kept = pipe.run([{"id": "a", "text": SEED_000.read_text(encoding="utf-8")}]).kept[0]
    assert out[0]["edits"] == kept["edits"] and out[0]["text"] == kept["text"]


def test_map_function_types_hold_past_a_first_batch_of_nulls():
    """Over 1,000 rows with no title (nor translation label) first: types come from the schema."""
    pipe = Pipeline.from_recipe("news", skip=["dedup"])
    body = "The council met on Tuesday and voted to repair the old bridge over the river. " * 8
    count = 1200
    ds = datasets.Dataset.from_dict(
        {
            "text": [body] * count + ["M. Dupont said the vote was 1,5 million . " + body] * 5,
            "title": [None] * count + ["Bridge vote"] * 5,
            "date": ["2024-05-01"] * (count + 5),
        }
    )
    fn = pipe.map_function()
    out = ds.map(fn, batched=True)
    assert out[count]["title"] == "Bridge vote" and out[count]["date"] == "2024-05-01"
    assert out[count]["edits"] and out[0]["title"] is None
    assert out[count]["mt_evidence"] and out[0]["mt_evidence"] == []
    for name, feature in fn.features.items():
        assert name == "id" or out.features[name] == feature, name
    # the published record's columns, all of them, with the features they are published with
    from curate.publish.records import KEPT

    assert set(KEPT.names) - {"id"} <= set(out.column_names)


def test_map_function_refuses_rows_one_at_a_time_clearly():
    pipe = Pipeline.from_recipe(RECIPE)
    ds = datasets.Dataset.from_dict({"text": ["One short text.", "Another."]})
    with pytest.raises(TypeError, match="batched=True"):
        ds.map(pipe.map_function())


def test_process_one_document_runs_map_stages_only():
    from curate.document import Document

    doc = Pipeline.from_recipe(RECIPE).process(Document("x", "A\u00a0b c d e f g."))
    assert doc.text == "A b c d e f g." and "dup_cluster" not in doc.labels


def test_map_function_reads_the_recipe_text_field():
    """A dataset whose text is in `content` (and id in `doc_id`): `reader.text_field` is used."""
    reader = {"text_field": "content", "id_field": "doc_id"}
    pipe = Pipeline.from_recipe(RECIPE | {"reader": reader})
    seed = SEED_000.read_text(encoding="utf-8")
    ds = datasets.Dataset.from_dict({"doc_id": ["a", "b"], "content": [seed, "x"]})
    out = ds.map(pipe.map_function(), batched=True, batch_size=2)
    assert out["id"] == ["a", "b"] and out["content"] == [seed, "x"]  # the input kept as is
    assert out[0]["removed_rule"] is None and "\u00a0" not in out[0]["text"]
    assert out[1]["removed_rule"] == "too_short"
    assert out[0]["text"] == pipe.run([{"doc_id": "a", "content": seed}]).kept[0]["text"]


@pytest.mark.parametrize("batched", [True, False])
def test_map_function_names_the_missing_text_column(batched):
    pipe = Pipeline.from_recipe(RECIPE)
    ds = datasets.Dataset.from_dict({"content": ["One short text.", "Another."]})
    with pytest.raises(ValueError, match=r"no column 'text' \(its columns: content\)") as caught:
        ds.map(pipe.map_function(), batched=batched)
    assert "reader.text_field" in str(caught.value) and "batched" not in str(caught.value)
