"""A newcomer's folder from several scrapers, end to end through the command line: the text
under several names in one run (`--text-field` repeated, `reader.text_field` a list), and every
quarantined input row found again by `curate explain` through its id."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml
from typer.testing import CliRunner

from curate.pipeline import Pipeline
from curate.publish.validate import validate_folder
from tests.test_newcomer_inputs import invoke, kept_ids

runner = CliRunner()
TOPICS = ["council budget", "river flood", "school board", "harbor bridge", "museum", "rail strike"]


def article(number: int) -> str:
    """A distinct news-like text (no two are near duplicates), long enough to be kept."""
    topic = TOPICS[number % len(TOPICS)]
    return (
        f"The {topic} story number {number} drew wide attention across the region this week. "
        f"Officials said the question of the {topic} would be settled after public hearings in "
        f"{number + 3} districts, and residents lined up to speak about costs, schedules and "
        f"what it would mean for {number * 7 + 11} families. A spokesperson promised a written "
        "answer within days, and the council will publish its decision on its website."
    )


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture
def scrapers(tmp_path):
    """One folder, four scrapers, four names for the text (and a row with none of them)."""
    folder = tmp_path / "scraped"
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"id": "a1", "text": article(1)}])
    write_jsonl(
        folder / "b.jsonl",
        [{"id": "b1", "content": article(2)}, {"id": "b2", "headline": "No text at all"}],
    )
    # RedPajama's name; a row with a blank `text` and the article under `raw_content`
    pq.write_table(
        pa.table(
            {"id": ["r1", "r2"], "text": [None, "  "], "raw_content": [article(3), article(4)]}
        ),
        folder / "rp.parquet",
    )
    write_jsonl(folder / "c.jsonl", [{"id": "c1", "body": article(5)}])
    return folder


def test_a_folder_whose_scrapers_name_the_text_differently_is_read_in_one_run(tmp_path, scrapers):
    # one --text-field a run: rows under another name were quarantined, 4 runs for one folder
    out = tmp_path / "out"
    names = ["text", "content", "raw_content", "body"]
    result, text = invoke(
        "run",
        scrapers,
        "--out",
        out,
        "--workers",
        "1",
        *[x for n in names for x in ("--text-field", n)],
    )
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["a1", "b1", "c1", "r1", "r2"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["text_fields"] == {"body": 1, "content": 1, "raw_content": 2, "text": 1}
    assert "documents read from body 1, content 1, raw_content 2, text 1" in text
    recipe = yaml.safe_load((out / "recipe.yaml").read_text(encoding="utf-8"))
    assert recipe["reader"]["text_field"] == names  # the published recipe says how
    quarantined = [json.loads(line) for line in (out / "quarantine.jsonl").open()]
    assert [(q["id"], q["kind"]) for q in quarantined] == [("b2", "missing_field")]
    assert "no 'text', 'content', 'raw_content' or 'body' field" in quarantined[0]["error"]
    assert validate_folder(out) == []

    # one name: as before, a name in recipe.yaml and no counts by field
    single = tmp_path / "single"
    result, text = invoke(
        "run", scrapers, "--out", single, "--workers", "1", "--text-field", "content"
    )
    assert result.exit_code == 0, text
    assert kept_ids(single) == ["b1"]
    recipe = yaml.safe_load((single / "recipe.yaml").read_text(encoding="utf-8"))
    assert recipe["reader"]["text_field"] == "content"
    assert "text_fields" not in json.loads((single / "report.json").read_text(encoding="utf-8"))


def test_a_recipe_names_the_text_fields_as_a_list_and_a_bad_list_is_refused(tmp_path, scrapers):
    def run(value, name):
        recipe = tmp_path / f"{name}.yaml"
        recipe.write_text(
            yaml.safe_dump({"reader": {"text_field": value}, "stages": ["unicode"]}),
            encoding="utf-8",
        )
        return invoke(
            "run", scrapers, "--out", tmp_path / name, "--recipe", recipe, "--workers", "1"
        )

    result, text = run(["body", "content"], "good")
    assert result.exit_code == 0, text
    assert kept_ids(tmp_path / "good") == ["b1", "c1"]
    for bad in ([], ["text", 3], ["text", "text"]):
        result, text = run(bad, "bad")
        assert result.exit_code == 2, (bad, text)
        assert "reader/text_field" in text, text  # the message names the key
        assert not (tmp_path / "bad").exists()


def test_a_quarantined_input_row_is_found_by_explain_with_its_reason(tmp_path):
    # quarantine records of the reader had no id: `curate explain` said "no such document"
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "kept-1", "text": article(1)})
        + "\n"
        + json.dumps({"id": "story-77", "blurb": article(2)})  # no text field, none known
        + "\n{not json\n"  # line 3, no id of its own: it would have been feed-3
        + json.dumps({"text": 42})  # line 4: a number, no id field
        + "\n",
        encoding="utf-8",
    )
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 binary")  # a .txt read whole: its file id
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    rows = [json.loads(line) for line in (out / "quarantine.jsonl").open()]
    assert [(r.get("id"), r["kind"], r["line"]) for r in rows] == [
        ("story-77", "missing_field", 2),
        ("feed-3", "malformed_json", 3),
        ("feed-4", "wrong_type", 4),
        ("scan", "binary", None),
    ]
    assert validate_folder(out) == []
    for row in rows:
        result, text = invoke("explain", out, row["id"])
        assert result.exit_code == 0, text
        assert f"{row['id']}: quarantined" in text
        assert row["kind"] in text and row["file"] in text
    result, text = invoke("explain", out, "story-77", "--json")
    assert json.loads(result.output)["records"][0]["error"].startswith("no 'text' field")


def test_map_function_reads_the_first_text_column_a_row_has():
    import datasets

    pipe = Pipeline.from_recipe("news")
    listed = Pipeline({**pipe.recipe, "reader": {"text_field": ["text", "content"]}})
    data = datasets.Dataset.from_dict(
        {"id": ["x", "y"], "text": [None, article(1)], "content": [article(2), None]}
    )
    out = data.map(listed.map_function(), batched=True)
    assert [t.split(".")[0] for t in out["text"]] == [
        article(2).split(".")[0],
        article(1).split(".")[0],
    ]
    with pytest.raises(ValueError, match="no column 'text' or 'content'"):
        datasets.Dataset.from_dict({"body": [article(3)]}).map(listed.map_function(), batched=True)


@pytest.mark.parametrize(
    "row, named",
    [
        ({"id": "r0", "paragraphs": [{"text": "One."}, {"text": "Two more words."}]}, "paragraphs"),
        ({"id": "r0", "sections": ["One paragraph.", "Another."]}, "sections"),
        ({"id": "r0", "doc": {"sections": ["One paragraph.", "Another."]}}, "doc.sections"),
        ({"id": "r0", "tags": ["a"], "page": "A text of words."}, "page"),
    ],
)
def test_the_hint_names_a_field_of_paragraphs_not_the_id(tmp_path, row, named):
    # `{"id": "r0", "paragraphs": [{"text": ...}]}`: "if 'id' holds the text: --text-field id"
    from curate.io.readers import read_file

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [item] = list(read_file(path))
    assert f"if {named!r} holds the text: --text-field {named} " in item.error


@pytest.mark.parametrize("given", ["", " ", "\t\n", None])
def test_a_blank_id_is_the_file_s_id_and_line(tmp_path, given):
    # `{"id": " "}` (a spreadsheet's cell of spaces) was the id " ", which no one can type
    from curate.io.readers import read_file

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": given, "text": "A text."}) + "\n", encoding="utf-8")
    [doc] = list(read_file(path))
    assert doc.id == "a-1"


@pytest.mark.parametrize("tail", [b"\n\x1a", b"\x1a", b"\r\n\x1a"])
def test_dos_end_of_file_mark_after_json_lines_is_no_record(tmp_path, tail):
    # `copy /b a.jsonl+b.jsonl all.jsonl` ends the file with Ctrl-Z: a `malformed_json`
    # record, or the last record itself lost when no line break came before it
    from curate.io.readers import Document, read_file

    path = tmp_path / "a.jsonl"
    rows = [json.dumps({"id": f"r{k}", "text": "A text."}) for k in range(2)]
    path.write_bytes(("\n".join(rows)).encode() + tail)
    items = list(read_file(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["r0", "r1"] and len(items) == 2
