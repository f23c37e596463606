"""A newcomer's own data on day one, end to end through the command line: the small defects
that lost documents before any stage saw them (a folder tree with links, a field not found)."""

import json
import os

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder

runner = CliRunner()
ARTICLE = (
    "The city council voted 7-2 on Tuesday to approve a $14 million budget for road repairs, "
    "ending months of debate over how to fix the potholes that residents have complained about "
    "since the winter. Council member Maria Lopez, who sponsored the measure, said the money "
    "would pay for resurfacing 40 miles of streets over the next two years. Opponents argued "
    "that the plan relies too heavily on borrowing and will cost residents more over time."
)
STORM = (
    "A powerful storm swept through the region overnight, knocking out power to more than "
    "30,000 homes and businesses and toppling trees onto roads and cars. Utility crews worked "
    "through the morning to restore electricity, and the company said most customers should "
    "have power back by Thursday evening. Schools in three districts closed for the day, and "
    "residents were urged to stay away from downed lines."
)


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args], terminal_width=300)
    return result, " ".join(result.output.split())


def kept_ids(out):
    rows = (out / "jsonl").glob("*.jsonl")
    return sorted(json.loads(line)["id"] for path in rows for line in path.open(encoding="utf-8"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_broken_link_in_the_tree_does_not_stop_the_run(tmp_path):
    # `ln -s` to a file since moved: the run failed with FileNotFoundError, nothing published
    tree = tmp_path / "news"
    tree.mkdir()
    (tree / "budget.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "moved.txt").symlink_to(tmp_path / "gone.txt")
    out = tmp_path / "out"
    result, text = invoke("run", tree, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["budget"]
    assert "broken link 1" in text
    assert validate_folder(out) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_linked_folder_is_read_once_and_a_link_loop_ends(tmp_path):
    # `ln -s ~/archive/2023 news/2023`: its articles were passed over silently (a linked file
    # was read, a linked folder not); a link back up the tree must not walk forever
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "storm.txt").write_text(STORM, encoding="utf-8")
    tree = tmp_path / "news"
    tree.mkdir()
    (tree / "budget.txt").write_text(ARTICLE, encoding="utf-8")
    (tree / "2023").symlink_to(archive, target_is_directory=True)
    (archive / "up").symlink_to(tree, target_is_directory=True)  # a loop: news/2023/up = news
    (tree / "parent").symlink_to(tmp_path, target_is_directory=True)  # up the tree, out of it
    (tmp_path / "elsewhere.txt").write_text(ARTICLE + " Not in the input.", encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", tree, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_ids(out) == ["2023/storm", "budget"]
    assert validate_folder(out) == []


def test_rows_without_the_text_field_say_on_the_terminal_which_option_reads_them(tmp_path):
    # CommonCrawl/RedPajama-style rows under `page_text`: every row was quarantined and the run
    # said only "quarantined: missing_field 2 (... in quarantine.jsonl)" over an empty dataset
    # (session 29: one field of prose is read as the text, io.prose_columns; two are not
    # guessed between, as here, a page's text beside its copy)
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": 1, "page_text": ARTICLE, "copy": ARTICLE}, {"id": 2, "page_text": STORM}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", feed, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    assert f"2 quarantined as missing_field, e.g. {feed} line 1: no 'text' field" in text
    assert "--text-field page_text" in text
    result, _ = invoke("run", feed, "--out", out, "--overwrite", "--text-field", "page_text")
    assert result.exit_code == 0 and kept_ids(out) == ["1", "2"]


def test_json_and_csv_records_under_another_field_are_named_not_just_counted(tmp_path):
    # an array of {"content": ...}, JSON Lines of {"post": ...} and a Kaggle table with an
    # `article` column beside a .txt: the run said only "skipped: 3 not read (.json 1, ...)",
    # as it says of a crawl's meta.json; their articles were lost with no hint
    tree = tmp_path / "news"
    tree.mkdir()
    (tree / "brief.txt").write_text(STORM, encoding="utf-8")
    (tree / "export.json").write_text(json.dumps([{"id": "a", "page_text": ARTICLE}]))
    lines = [{"id": "b", "post": ARTICLE}, {"id": "c", "post": STORM}]
    (tree / "feed.json").write_text("".join(json.dumps(r) + "\n" for r in lines))
    (tree / "kaggle.csv").write_text(f'title,story_text\nBudget,"{ARTICLE}"\n', encoding="utf-8")
    (tree / "meta.json").write_text(json.dumps({"crawl": "2024-05", "note": "x" * 300}))
    out = tmp_path / "out"
    result, text = invoke("run", tree, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    # session 29: each file's one field of prose is its text (io.prose_columns), named
    assert "2 document(s) read from field 'post'" in text and "meta.json" not in text
    report = json.loads((out / "report.json").read_text())
    assert report["counts"]["read"] == 5
    assert report["text_fields"] == {"page_text": 1, "post": 2, "story_text": 1}
    # with a second field of prose beside it, a file is not read, and the advice names both
    (tree / "export.json").write_text(json.dumps([{"id": "a", "page_text": ARTICLE, "x": STORM}]))
    result, text = invoke("run", tree, "--out", out, "--workers", "1", "--quiet", "--overwrite")
    assert result.exit_code == 0, text
    assert "1 .json/.csv/.tsv file(s) hold records with no 'text' field, not read" in text
    assert f"e.g. {tree / 'export.json'}: no 'text' field" in text
    assert "--text-field page_text" in text and "--text-field x" in text


def test_a_txt_file_of_json_lines_says_to_name_it_jsonl(tmp_path):
    # a scraper's `output.txt` holding a JSON object a line: read as ONE document of JSON text,
    # and the warning advised --sample-by line, which makes each raw JSON line a document
    path = tmp_path / "scrape_output.txt"
    rows = [{"id": f"r{i}", "text": f"{ARTICLE} ({i})"} for i in range(25)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", path, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    assert f"{path}: 25 lines, each a JSON object (fields 'id', 'text')" in text
    assert "rename it scrape_output.jsonl" in text and "--sample-by line" not in text
