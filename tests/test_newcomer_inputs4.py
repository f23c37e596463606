"""A newcomer's own data, fourth round: what was left from the third (splits published as
splits, Markdown, short KOI8-R) and what a first hour with a mixed folder still met."""

import json

import pytest
import yaml

from curate.publish.validate import validate_folder
from tests.test_newcomer_inputs import invoke
from tests.test_newcomer_inputs3 import _articles, _dataset_dict, kept_rows


def _card(out):
    text = (out / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text[4 : text.index("\n---\n", 4)]), text


def _run_two_splits(tmp_path, rows):
    """`curate run` of a saved DatasetDict with `--split train --split test`: the output folder."""
    out = tmp_path / "out"
    args = ("run", _dataset_dict(tmp_path, rows), "--out", out, "--workers", "1")
    result, text = invoke(*args, "--split", "train", "--split", "test")
    assert result.exit_code == 0, text
    return out


def test_splits_read_by_name_are_published_as_those_splits(tmp_path):
    # `--split train --split test` wrote both into one `train` split: load_dataset(out) gave
    # the test rows as training data and the card named train alone
    from datasets import load_dataset

    out = _run_two_splits(tmp_path, _articles(6))
    loaded = load_dataset(str(out))
    assert sorted(loaded) == ["test", "train"]
    assert sorted(loaded["train"]["id"]) == ["a0", "a1", "a2"]
    assert loaded["test"]["id"] == ["a5"]
    front, card = _card(out)
    assert front["configs"][0]["data_files"] == [
        {"split": "train", "path": "data/train-*.parquet"},
        {"split": "test", "path": "data/test-*.parquet"},
    ]
    assert {s["name"]: s["num_examples"] for s in front["dataset_info"]["splits"]} == {
        "train": 3,
        "test": 1,
    }
    assert "| test | 1 |" in card and 'split="train"' not in card
    assert sorted(p.name for p in (out / "jsonl").iterdir()) == [
        "test-00000-of-00001.jsonl",
        "train-00000-of-00001.jsonl",
    ]
    assert validate_folder(out) == []
    result, text = invoke("explain", out, "a5")
    assert result.exit_code == 0, text


def test_one_split_read_is_published_under_its_name(tmp_path):
    from datasets import load_dataset

    folder = _dataset_dict(tmp_path, _articles(6))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--split", "validation")
    assert result.exit_code == 0, text
    assert list(load_dataset(str(out))) == ["validation"]
    assert sorted(kept_rows(out)) == ["a3", "a4"]
    assert validate_folder(out) == []


def test_a_split_that_keeps_nothing_is_named_and_left_out_of_the_configs(tmp_path):
    from datasets import load_dataset

    rows = _articles(6)
    rows[5] = {"id": "a5", "text": "Too short."}  # the test split: quality removes it
    out = _run_two_splits(tmp_path, rows)
    assert list(load_dataset(str(out))) == ["train"]
    front, card = _card(out)
    assert [s["name"] for s in front["dataset_info"]["splits"]] == ["train"]
    assert "No document of test was kept" in card
    assert validate_folder(out) == []


def test_validate_names_a_card_whose_split_counts_are_wrong(tmp_path):
    out = _run_two_splits(tmp_path, _articles(6))
    readme = out / "README.md"
    readme.write_text(
        readme.read_text(encoding="utf-8").replace("num_examples: 1", "num_examples: 9"), "utf-8"
    )
    assert validate_folder(out) == [
        "README.md: split test has 9 rows in the card, data/test-*.parquet holds 1"
    ]


HUGO_POST = """---
title: "Council approves road budget"
date: 2024-03-05
draft: false
---

The **city council** voted 7-2 on Tuesday to approve a [$14 million budget](https://city.gov/b)
for road repairs, ending months of debate over how to fix the potholes.

![Crews at work](/img/crews.jpg)

> "This is money well spent," said council member _Maria Lopez_, who sponsored the measure.

## What comes next

Resurfacing of 40 miles of streets begins in April and runs for two years.
"""


def test_markdown_files_are_read_as_text_with_their_title(tmp_path):
    # a static site's content folder: every .md was passed over ("rename it .txt"), and
    # renamed it kept `**`, `[...](...)` and the front matter in the text
    site = tmp_path / "content"
    (site / "posts").mkdir(parents=True)
    (site / "posts" / "budget.md").write_text(HUGO_POST, encoding="utf-8")
    storm = "# Storm knocks out power\n\nA powerful storm swept through the region overnight.\n"
    (site / "posts" / "storm.markdown").write_text(storm, encoding="utf-8")
    (site / "README.md").write_text("# My site\n\nHow to build it.\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", site, "--out", out, "--workers", "1", "--skip", "quality", "--skip", "dedup")
    result, text = invoke(*args)
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert sorted(rows) == ["posts/budget", "posts/storm"]
    budget = rows["posts/budget"]
    assert budget["title"] == "Council approves road budget"
    assert budget["text"].startswith("The city council voted 7-2 on Tuesday to approve a $14 mil")
    assert '"This is money well spent," said council member Maria Lopez' in budget["text"]
    assert "\nWhat comes next\n" in budget["text"]
    assert not any(mark in budget["text"] for mark in ("**", "](", "![", "---", "title:"))
    assert rows["posts/storm"]["title"] == "Storm knocks out power"
    assert rows["posts/storm"]["text"] == "A powerful storm swept through the region overnight."
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["skipped_files"] == [str(site / "README.md")]
    assert validate_folder(out) == []


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("5 * 3 = 15 and snake_case_name", "5 * 3 = 15 and snake_case_name"),
        ("a *word* and __two words__", "a word and two words"),
        ("see <https://city.gov> or [1]", "see https://city.gov or [1]"),
        ("`curate run` \\*not emphasis\\*", "curate run *not emphasis*"),
    ],
)
def test_markdown_syntax_comes_off_and_look_alikes_stay(raw, expected):
    from curate.document import Document
    from curate.io.markdown import markdown_document

    assert markdown_document(Document(id="x", text=raw)).text == expected


RUSSIAN = (
    "Правительство России объявило сегодня о новых мерах поддержки экономики страны. "
    "Министр финансов сообщил, что программа начнёт действовать с первого апреля."
)


@pytest.mark.parametrize("size", [40, 80, len(RUSSIAN)])
def test_short_russian_in_koi8_r_is_not_read_as_half_width_katakana(tmp_path, size):
    # charset_normalizer offered only Shift_JIS: "崹ﾁﾗﾉﾔﾅﾌﾘﾓﾔﾗﾏ 悰ﾓﾓﾉﾉ" for "Правительство России"
    from curate.io.readers import read_file

    text = RUSSIAN[:size]
    path = tmp_path / "pravda.txt"
    path.write_bytes(text.encode("koi8_r"))
    (doc,) = read_file(path)
    assert doc.text == text and doc.labels["encoding"] == "koi8_r"


def test_a_notebook_runs_the_pipeline_on_texts_a_dataframe_or_an_arrow_table():
    # run(["...", "..."]) quarantined every text ("a record must be a dict"), run(one_text)
    # made a record of each character, and a DataFrame was iterated by its column names
    import pandas as pd
    import pyarrow as pa

    from curate import Pipeline
    from tests.test_newcomer_fields import article

    pipe = Pipeline.from_recipe("news", skip=["dedup"])
    result = pipe.run([article(1), article(2)])
    assert result.report["counts"]["kept"] == 2 and result.quarantined == []
    assert [row["id"] for row in result.kept] == ["doc-0", "doc-1"]
    frame = pd.DataFrame({"id": ["p1", "p2"], "text": [article(3), article(4)]})
    assert [row["id"] for row in pipe.run(frame).kept] == ["p1", "p2"]
    table = pa.Table.from_pandas(frame, preserve_index=False)
    assert [row["id"] for row in pipe.run(table).kept] == ["p1", "p2"]
    with pytest.raises(TypeError, match=r"run\(\[text\]\)"):
        pipe.run(article(5))


def test_python_names_the_text_field_as_python_does(tmp_path):
    # the advice was "--text-field content", an option of a command line a notebook never runs
    from curate import Pipeline
    from curate.recipe import RecipeError
    from tests.test_newcomer_fields import article

    rows = [{"id": "x", "content": article(1)}]
    (quarantined,) = Pipeline.from_recipe("news").run(rows).quarantined
    assert 'Pipeline.from_recipe(..., text_field="content")' in quarantined["error"]
    assert "--text-field" not in quarantined["error"]
    result = Pipeline.from_recipe("news", text_field="content").run(rows)
    assert [row["id"] for row in result.kept] == ["x"]
    with pytest.raises(RecipeError, match="text_field"):
        Pipeline.from_recipe("news", text_field=[])


def test_an_article_with_a_stray_nul_byte_inside_is_text(tmp_path):
    # a scraper's C-string terminator after a paragraph: "binary file (NUL bytes)", lost whole
    from curate.io.readers import read_file
    from tests.test_newcomer_inputs import ARTICLE

    cut = ARTICLE.index(" Council member")
    path = tmp_path / "budget.txt"
    path.write_bytes(ARTICLE[:cut].encode() + b"\x00" + ARTICLE[cut:].encode())
    (doc,) = read_file(path)
    assert doc.text == ARTICLE[:cut] + "\x00" + ARTICLE[cut:]
    out = tmp_path / "out"
    result, text = invoke("run", path, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert kept_rows(out)["budget"]["text"] == ARTICLE
    # binary data with many NULs, or other control bytes, stays binary
    for blob in (b"text\x00more", ARTICLE.encode() + b"\x00\x01\x02" + ARTICLE.encode()):
        path.write_bytes(blob)
        assert [item.kind for item in read_file(path)] == ["binary"]


def test_json_lines_written_by_hand_with_raw_tabs_and_line_breaks_are_read(tmp_path):
    # f'{{"id": "{id}", "text": "{text}"}}': a raw tab was "Invalid control character", and a
    # raw line break cut the record into two quarantined halves
    from curate.io.readers import read_file
    from tests.test_newcomer_inputs import ARTICLE, STORM

    first, second = ARTICLE.split(". ", 1)
    lines = [
        '{"id": "tab", "text": "' + first + ".\t" + second + '"}',
        '{"id": "cut", "text": "' + STORM[:100],
        STORM[100:] + '"}',
        '{"id": "bad", "text": "no end',  # cut, and the next line is a record of its own
        '{"id": "after", "text": "' + ARTICLE + '"}',
        "not json",
    ]
    path = tmp_path / "hand.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(path))
    read = {item.id: item for item in items}
    assert read["tab"].text == first + ".\t" + second
    assert read["cut"].text == STORM[:100] + "\n" + STORM[100:]
    assert read["after"].text == ARTICLE and read["after"].labels["input_line"] == 5
    assert [(q.line, q.kind) for q in items if not hasattr(q, "text")] == [
        (4, "malformed_json"),
        (6, "malformed_json"),
    ]


def test_the_text_field_advice_keeps_the_fields_already_named(tmp_path):
    # with --text-field content, a row under `text` was told "--text-field text": taken as
    # said, it lost every `content` row instead
    from curate import Pipeline
    from tests.test_newcomer_fields import article

    folder = tmp_path / "scrapers"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps({"id": "a", "content": article(1)}) + "\n", "utf-8")
    (folder / "b.jsonl").write_text(json.dumps({"id": "b", "text": article(2)}) + "\n", "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--text-field", "content")
    assert result.exit_code == 0, text
    hint = "if 'text' holds the text: --text-field content --text-field text"
    assert hint in text
    result, text = invoke(
        "run", folder, "--out", tmp_path / "out2", "--text-field", "content", "--text-field", "text"
    )
    assert result.exit_code == 0, text
    assert sorted(kept_rows(tmp_path / "out2")) == ["a", "b"]
    pipe = Pipeline.from_recipe("news", text_field="content")
    (quarantined,) = pipe.run([{"id": "b", "text": article(2)}]).quarantined
    assert 'Pipeline.from_recipe(..., text_field=["content", "text"])' in quarantined["error"]


def test_only_runs_the_stages_named_and_an_unknown_one_is_named(tmp_path):
    # "No such option: --only": a datatrove user's first way to run dedup alone
    from tests.test_newcomer_inputs import ARTICLE

    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", folder, "--out", out, "--workers", "1", "--only", "dedup")
    result, text = invoke(*args, "--only", "language")
    assert result.exit_code == 0, text
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [stage["stage"] for stage in report["stages"]] == ["language", "dedup"]
    assert report["removed_by_rule"] == {"dedup/exact_duplicate": 1}
    result, text = invoke("run", folder, "--out", tmp_path / "o2", "--only", "dedupe")
    assert result.exit_code == 2
    assert "--only: unknown stage 'dedupe' (did you mean 'dedup'?); the recipe news has" in text
    result, text = invoke("run", folder, "--out", tmp_path / "o3", "--only", "names")
    assert "'names' is a stage the recipe news lacks (" in text


def test_a_recursive_pattern_reads_every_depth_and_one_matching_nothing_says_so(tmp_path):
    # "news/**/*.txt" (datatrove's glob_pattern): `**` was one level, so news/top.txt and
    # news/2024/03/deep.txt were not read; a pattern matching nothing said "no such file"
    from tests.test_newcomer_inputs import ARTICLE, STORM

    news = tmp_path / "news"
    (news / "2024" / "03").mkdir(parents=True)
    (news / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "2024" / "03" / "deep.txt").write_text(STORM, encoding="utf-8")
    (news / "2024" / "notes.jsonl").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", f"{news}/**/*.txt", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["deep", "top"]
    result, text = invoke("run", f"{news}/*.json", "--out", tmp_path / "none")
    assert result.exit_code == 2
    assert f"{news}/*.json: the pattern matches no file; {news}/ holds .jsonl 1, .txt 2" in text


def test_an_html_fragment_is_read_as_the_body_of_a_page(tmp_path):
    # a CMS body field, "<p>...</p><p>...</p>", as a row's html or a .html file: quarantined
    # "no main text found in the page" (lxml took it for no document)
    from tests.test_newcomer_inputs import ARTICLE, STORM

    folder = tmp_path / "cms"
    folder.mkdir()
    first, second = ARTICLE.split(" Council member")
    body = f"<p>{first}</p>\n<p>Council member{second}</p>"
    (folder / "budget.html").write_text(body, encoding="utf-8")
    row = {"id": "storm", "html": f"<p>{STORM}</p>"}
    (folder / "rows.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    result, text = invoke(*args)
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert rows["budget"]["text"] == f"{first}\n\nCouncil member{second}"
    assert rows["storm"]["text"] == STORM
    assert not (out / "quarantine.jsonl").exists()


def test_stage_settings_not_indented_under_the_stage_say_so(tmp_path):
    # "stages/1/min_words: 80 is not of type 'object', 'null'": the mistake is two spaces
    recipe = tmp_path / "my.yaml"
    recipe.write_text(
        "name: mine\nstages:\n  - unicode\n  - quality:\n"
        "    min_words: 80\n    filter: [too_short]\n",
        encoding="utf-8",
    )
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Some text of an article.", encoding="utf-8")
    result, text = invoke("run", folder, "--out", tmp_path / "out", "--recipe", recipe)
    assert result.exit_code == 2
    assert "stages[1] 'quality': its settings (min_words, filter) are not indented under it" in text
    assert "- quality: min_words: 80 filter: ['too_short']" in text
    assert not (tmp_path / "out").exists()


def test_a_dataframe_saved_with_to_feather_is_read_a_row_each(tmp_path):
    # df.to_feather("news.feather"): "skipped: 1 not read (.feather 1)", with no advice
    import pandas as pd

    rows = _articles(3)
    folder = tmp_path / "frames"
    folder.mkdir()
    pd.DataFrame(rows).to_feather(folder / "news.feather")  # LZ4-compressed Arrow IPC file
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["a0", "a1", "a2"]
    assert validate_folder(out) == []


@pytest.mark.parametrize(
    "write",
    [
        lambda row: json.dumps(row) + ",",  # an array's items, brackets off: "Extra data"
        lambda row: json.dumps(row) + " , ",
        str,  # f.write(str(row)): "Expecting property name enclosed in double quotes"
    ],
    ids=["trailing-comma", "comma-and-spaces", "python-repr"],
)
def test_json_lines_with_a_trailing_comma_or_python_dicts_are_read(tmp_path, write):
    # every line of such a file was quarantined
    from curate.io.readers import read_file

    rows = _articles(3)
    rows[1]["title"] = None  # None, not null, in a Python repr
    path = tmp_path / "scrape.jsonl"
    path.write_text("".join(write(row) + "\n" for row in rows), encoding="utf-8")
    items = list(read_file(path))
    assert [(item.id, item.text) for item in items] == [(r["id"], r["text"]) for r in rows]
    # not JSON, not a comma after an object, not a dict: still quarantined with the reason
    path.write_text('{"id": 1}, {"id": 2}\n{\'id\': __import__("os")}\n', encoding="utf-8")
    assert [(q.kind, q.error.split(":")[1].strip()) for q in read_file(path)] == [
        ("malformed_json", "Extra data"),
        ("malformed_json", "Expecting property name enclosed in double quotes"),
    ]


def test_explain_given_a_file_name_lists_the_ids_of_its_documents(tmp_path):
    # `curate explain out news/budget.txt`: "no such document", and no word of the ids
    from tests.test_newcomer_inputs import ARTICLE, STORM

    news = tmp_path / "news"
    news.mkdir()
    (news / "budget.txt").write_text(ARTICLE, encoding="utf-8")
    feed = "".join(json.dumps({"text": text}) + "\n" for text in (STORM, "Too short."))
    (news / "feed.jsonl").write_text(feed, encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", news, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    result, text = invoke("explain", out, news / "budget.txt")
    assert result.exit_code == 1
    assert f"documents read from or named after it: budget (curate explain {out} budget)" in text
    result, text = invoke("explain", out, "feed.jsonl")
    assert "documents read from or named after it: feed-1, feed-2" in text
    result, text = invoke("explain", out, "nothing-like-it")
    assert f"ids are in the id column of {out}/data and {out}/removed" in text


def test_overlapping_inputs_read_each_file_once(tmp_path):
    # `curate run news news/2024 "news/**/*.txt"`: 5 documents from 2 files, published 3 times
    # over with --skip dedup, under ids 2024/03/deep, 03/deep and deep
    from tests.test_newcomer_inputs import ARTICLE, STORM

    news = tmp_path / "news"
    (news / "2024" / "03").mkdir(parents=True)
    (news / "top.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "2024" / "03" / "deep.txt").write_text(STORM, encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", news, news / "2024", f"{news}/**/*.txt", "--out", out, "--workers", "1")
    result, text = invoke(*args, "--skip", "dedup")
    assert result.exit_code == 0, text
    assert sorted(kept_rows(out)) == ["2024/03/deep", "top"]
    assert "3 file(s) named again by overlapping inputs" in text
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["read"] == 2


def test_a_spreadsheet_saved_as_unicode_text_is_read_a_row_each(tmp_path):
    # Excel's "Unicode Text (*.txt)": UTF-16, tab-separated under a header; it was one
    # document of every article and the header, joined by tabs
    rows = _articles(3)
    lines = ["id\ttitle\ttext"] + [f"{r['id']}\tTitle {r['id']}\t{r['text']}" for r in rows]
    folder = tmp_path / "sheet"
    folder.mkdir()
    (folder / "articles.txt").write_bytes("\r\n".join(lines).encode("utf-16"))
    # a text whose first line holds a tab is still one document
    (folder / "note.txt").write_text("Budget\tvote report\n" + _articles(4)[3]["text"], "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    kept = kept_rows(out)
    assert sorted(kept) == ["a0", "a1", "a2", "note"]
    assert kept["a1"]["title"] == "Title a1" and kept["a1"]["text"] == rows[1]["text"]


def test_markdown_read_by_paragraph_loses_its_syntax_too(tmp_path):
    from curate.io.readers import read_file

    path = tmp_path / "post.md"
    path.write_text("# Budget vote\n\nThe **council** voted [yes](https://x.org).\n", "utf-8")
    units = list(read_file(path, reader={"sample_by": "paragraph"}))
    assert [unit.text for unit in units] == ["Budget vote", "The council voted yes."]


@pytest.mark.parametrize("overwrite", [False, True])
def test_an_output_that_is_a_file_says_out_names_a_folder(tmp_path, overwrite):
    # --out clean.jsonl, an existing file: "pass --overwrite", then with it "not a curate
    # output; refusing": the advice led nowhere
    from tests.test_newcomer_inputs import ARTICLE

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "clean.jsonl"
    target.write_text("{}\n", encoding="utf-8")
    args = ("run", tmp_path / "a.txt", "--out", target) + ("--overwrite",) * overwrite
    result, text = invoke(*args)
    assert result.exit_code != 0
    assert f"{target} is a file; --out names the folder a dataset is published to" in text
    assert f"--out {tmp_path / 'clean'}_dataset" in text
    assert target.read_text(encoding="utf-8") == "{}\n"


def test_utf8_text_with_a_stray_windows_byte_is_read(tmp_path):
    # UTF-8 but for one cp1252 byte: "invalid UTF-8 ..., and no other encoding fits", lost whole
    from curate.io.readers import read_file

    text = "The café on Main Street — known for its crème brûlée — reopened on Tuesday. " * 3
    path = tmp_path / "cafe.txt"
    path.write_bytes(text.encode("utf-8") + b"Entr\xe9e libre, caf\x81.")
    (doc,) = read_file(path)
    assert doc.text == text + "Entrée libre, caf\x81."
    assert doc.labels["encoding"] == "utf-8+cp1252"
    # many such bytes are no stray: still quarantined with the reason
    path.write_bytes(text.encode("utf-8") + b"\xe9\xe8" * 40)
    assert [item.kind for item in read_file(path)] == ["encoding"]


def _warc_record(headers, body):
    block = body.encode("utf-8")
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"


def test_a_common_crawl_wet_file_is_read_a_page_each(tmp_path):
    # CC-MAIN-...warc.wet.gz: "no readable input files ... passed over (.gz 1)"
    import gzip

    from tests.test_newcomer_inputs import ARTICLE, STORM

    folder = tmp_path / "cc"
    folder.mkdir()
    info = {"WARC-Type": "warcinfo", "WARC-Record-ID": "<urn:uuid:0>", "Content-Type": "x"}
    with gzip.open(folder / "CC-MAIN-20240101-00000.warc.wet.gz", "wb") as handle:
        handle.write(_warc_record(info, "software: crawler\r\n"))
        for number, text in enumerate((ARTICLE, STORM), 1):
            conversion = {
                "WARC-Type": "conversion",
                "WARC-Target-URI": f"https://news.example/{number}",
                "WARC-Date": "2024-01-01T00:00:00Z",
                "WARC-Record-ID": f"<urn:uuid:{number}>",
                "Content-Type": "text/plain",
            }
            handle.write(_warc_record(conversion, text))
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    rows = kept_rows(out)
    assert rows["urn:uuid:1"]["text"] == ARTICLE and rows["urn:uuid:2"]["text"] == STORM
    assert rows["urn:uuid:1"]["source"] == "https://news.example/1"
    assert rows["urn:uuid:2"]["crawled_at"] == "2024-01-01T00:00:00Z"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["read"] == 3 and report["skipped_records"] == {"warcinfo": 1}
    assert validate_folder(out) == []


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".jsonl.bz2", ".jsonl.xz"])
def test_a_file_named_compressed_that_is_not_is_read_as_it_is(tmp_path, suffix):
    # a .jsonl.gz that requests or a browser decompressed on download, keeping its name:
    # "could not read past line 0: Not a gzipped file"
    from curate.io.readers import read_file

    rows = _articles(2)
    path = tmp_path / f"news{suffix}"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    assert [(doc.id, doc.text) for doc in read_file(path)] == [(r["id"], r["text"]) for r in rows]


def test_a_corpus_outside_the_allowed_languages_is_told_which_setting_removed_it(tmp_path):
    # German news under `language: {allow: [en]}`: "3 of 3 removed as language/language" and
    # no word of the setting
    german = (
        "Der Stadtrat hat am Dienstag einen Haushalt von 14 Millionen Euro für "
        "Straßenreparaturen beschlossen und damit eine monatelange Debatte beendet. Die "
        "Stadträtin sagte, mit dem Geld würden in den nächsten zwei Jahren viele Straßen erneuert."
    )
    folder = tmp_path / "de"
    folder.mkdir()
    for number in range(3):
        (folder / f"{number}.txt").write_text(f"{german} Nummer {number * 17}.", "utf-8")
    recipe = tmp_path / "en.yaml"
    recipe.write_text("name: en\nstages:\n  - language:\n      allow: [en]\n", "utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", folder, "--out", out, "--recipe", recipe, "--workers", "1")
    assert result.exit_code == 0, text
    assert (
        "3 of 3 documents (100%) removed as language/language: a language outside ['en'] "
        "(language.allow: ['en']); add the corpus's languages to language.allow"
    ) in text
