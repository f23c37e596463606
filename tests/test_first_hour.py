"""A newcomer's first hour, end to end through the command line (issue 19).

Date-named files, two mirrored sites, mixed formats, an output folder inside the input, an empty
result, the card's claims, `validate` on `jsonl/`, `--dedup-against` with other settings, and
the small things (`--version`, `--help`, resume messages).
"""

import gzip
import json

import datasets
import pytest
import yaml
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from curate.synth import news_corpus

runner = CliRunner()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args], terminal_width=300)
    return result, " ".join(result.output.split())


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """Date-named files, two mirrored sites with the same page names, and mixed formats."""
    root = tmp_path_factory.mktemp("first-hour") / "crawl"
    docs = iter(news_corpus(12, seed=19))
    names = [
        "2024.05.01-storm.txt",
        "2024.05.02-battery.txt",
        "2024.05.03-vote.txt.gz",
        "siteA/index.txt",
        "siteA/news/today.txt",
        "siteB/index.txt",
        "siteB/news/today.txt",
    ]
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = next(docs)["text"].encode("utf-8")
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    rows = [{"text": next(docs)["text"]} for _ in range(2)]
    (root / "feed.ndjson").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    (root / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (root / "meta.json").write_text("{}", encoding="utf-8")
    (root / "more.json").write_text("{}", encoding="utf-8")
    return root


EXPECTED_IDS = {
    "2024.05.01-storm",
    "2024.05.02-battery",
    "2024.05.03-vote",
    "siteA/index",
    "siteA/news/today",
    "siteB/index",
    "siteB/news/today",
    "feed-1",
    "feed-2",
}


def _ids(out):
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    ids = set()
    for name in ("data", "removed"):
        for shard in sorted((out / name).glob("*.parquet")):
            ids |= set(datasets.Dataset.from_parquet(str(shard)).to_dict()["id"])
    return report, ids


def test_every_document_of_a_dated_mirrored_crawl_is_kept(crawl):
    out = crawl / "clean"  # inside the input, as a newcomer does
    result, text = invoke("run", crawl, "--out", out, "--workers", "1", "--skip", "dedup")
    assert result.exit_code == 0, text
    report, ids = _ids(out)
    assert ids == EXPECTED_IDS
    assert report["counts"]["quarantined"] == 0
    assert report["counts"]["read"] == len(EXPECTED_IDS)
    # the summary and the card say what was not read, by kind
    assert "skipped: 3 not read (.json 2, .csv 1)" in text
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "| .json | 2 |" in card and "| .csv | 1 |" in card and "| kind | files |" in card
    # a second run over the same folder does not read the first run's output back in
    again, text = invoke(
        "run", crawl, "--out", out, "--workers", "1", "--skip", "dedup", "--overwrite"
    )
    assert again.exit_code == 0, text
    report, ids = _ids(out)
    assert report["counts"]["read"] == len(EXPECTED_IDS) and ids == EXPECTED_IDS
    other = crawl.parent / "other"
    third, text = invoke("run", crawl, "--out", other, "--workers", "1", "--skip", "dedup")
    assert third.exit_code == 0, text
    report, _ = _ids(other)
    assert report["counts"]["read"] == len(EXPECTED_IDS)  # crawl/clean is an output: passed over
    assert "curate output folder 1" in text


def test_empty_result_is_published_loadable_and_warned(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Too short.", encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", tmp_path / "in", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert "warning: no document was kept" in text
    assert validate_folder(out) == []
    ds = datasets.load_dataset(str(out), split="train", streaming=True)
    assert list(ds) == []
    assert "text" in ds.features and "edits" in ds.features
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "No document was kept" in card and "streaming=True" in card


def _front(card: str) -> dict:
    return yaml.safe_load(card.split("---\n")[1])


def test_card_labels_its_counts_and_claims_only_what_ran(tmp_path):
    docs = list(news_corpus(30, seed=3))
    rows = [{"id": f"doc-{i}", "text": d["text"]} for i, d in enumerate(docs + docs)]  # copies
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    result, text = invoke(
        "run", tmp_path / "in.jsonl", "--out", out, "--workers", "1", "--license", "cc-by-4.0"
    )
    assert result.exit_code == 0, text
    card = (out / "README.md").read_text(encoding="utf-8")
    front = _front(card)
    assert front["license"] == "cc-by-4.0" and "deduplicated" in front["tags"]
    assert "| stage/rule | documents | edits |" in card  # documents edited, and edits
    assert "| documents in the cluster | clusters |" in card
    assert f"- `{tmp_path / 'in.jsonl'}`" in card  # the inputs are listed
    assert "Licence: `cc-by-4.0`" in card
    assert yaml.safe_load((out / "recipe.yaml").read_text())["output"]["license"] == "cc-by-4.0"
    skipped = tmp_path / "skipped"
    result, text = invoke(
        "run", tmp_path / "in.jsonl", "--out", skipped, "--workers", "1", "--skip", "dedup"
    )
    assert result.exit_code == 0, text
    card = (skipped / "README.md").read_text(encoding="utf-8")
    assert "deduplicated" not in _front(card)["tags"] and "license" not in _front(card)
    assert "Not deduplicated" in card and "Licence: not stated" in card


def test_validate_reads_jsonl_too(tmp_path, crawl):
    out = tmp_path / "out"
    result, text = invoke("run", crawl / "siteA", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert validate_folder(out) == []
    (shard,) = (out / "jsonl").glob("*.jsonl")
    lines = shard.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[0])
    row["lang"] = 5
    shard.write_text("\n".join([json.dumps(row), *lines[1:]]) + "\n", encoding="utf-8")
    problems = validate_folder(out)
    assert any("jsonl/" in p and "line 1" in p for p in problems), problems
    shard.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")  # a row missing
    assert any("rows" in p for p in validate_folder(out))
    result, text = invoke("validate", out)
    assert result.exit_code == 1


def test_dedup_against_an_index_with_other_settings_stops_before_any_work(tmp_path, crawl):
    first = tmp_path / "first"
    result, text = invoke("run", crawl / "siteA", "--out", first, "--workers", "1")
    assert result.exit_code == 0, text
    recipe = tmp_path / "r.yaml"
    recipe.write_text("stages:\n  - unicode\n  - dedup:\n      num_perm: 64\n", encoding="utf-8")
    second = tmp_path / "second"
    result, text = invoke(
        "run", crawl / "siteB", "--out", second, "--recipe", recipe, "--dedup-against", first
    )
    assert result.exit_code == 2, text
    assert "dedup.num_perm" in text and "64" in text and "128" in text
    assert len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first", "r.yaml"]


def test_version_help_and_resume_messages(tmp_path, crawl):
    from curate import __version__

    result, text = invoke("--version")
    assert result.exit_code == 0 and text == f"curate {__version__}"
    result, text = invoke("run", "--help")
    for kind in (".txt", ".html", ".ndjson", ".parquet", ".jsonl"):
        assert kind in text
    out = tmp_path / "out"
    work = tmp_path / ".out.curate-tmp" / ".work"
    work.mkdir(parents=True)
    (work / "segment0-0000000.batch.pkl").write_bytes(b"left by an interrupted run")
    result, text = invoke("run", crawl / "siteA", "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert "discarded" in text and "--resume" in text
    result, text = invoke(
        "run", crawl / "siteA", "--out", tmp_path / "b", "--workers", "1", "--resume"
    )
    assert result.exit_code == 0, text
    assert "resumed: no checkpoint of an interrupted run to reuse" in text


def test_python_api_errors_speak_python(tmp_path, crawl):
    from curate import Pipeline
    from curate.engines.local import LocalEngine
    from curate.publish.writer import OutputError

    (tmp_path / "taken").mkdir()  # an earlier output (an empty folder is taken as is)
    (tmp_path / "taken" / "report.json").write_text('{"curate": "0.1.0"}', encoding="utf-8")
    with pytest.raises(OutputError, match="overwrite=True"):
        LocalEngine(1).run(Pipeline.from_recipe("news"), [crawl / "siteA"], tmp_path / "taken")


def test_web_recipe_dedup_threshold_is_the_measured_one():
    from curate.recipe import load

    web = {e["stage"]: e for e in load("web")["stages"]}
    news = {e["stage"]: e for e in load("news")["stages"]}
    assert web["dedup"]["threshold"] == news["dedup"]["threshold"] == 0.6


def test_shards_with_their_own_ids_and_another_text_field_lose_nothing(tmp_path):
    """Two shards numbered from 0, the text under `page_text` (no known text field): every
    document is read and kept, the repeated ids renamed where they were read, and the run says
    so."""
    crawl = tmp_path / "shards"
    crawl.mkdir()
    docs = iter(news_corpus(6, seed=23))
    for shard in ("part-0", "part-1"):
        rows = [{"id": i, "page_text": next(docs)["text"]} for i in range(3)]
        (crawl / f"{shard}.jsonl").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )
    out = tmp_path / "out"
    args = ("run", crawl, "--out", out, "--workers", "1", "--skip", "dedup", "--skip", "stories")
    result, text = invoke(*args)
    assert result.exit_code == 0, text  # its one field of prose read, and the run says which
    assert "6 document(s) read from field 'page_text'" in text  # (io.prose_columns)
    assert "quarantined" not in json.loads((out / "report.json").read_text())["counts"] or (
        json.loads((out / "report.json").read_text())["counts"]["quarantined"] == 0
    )
    result, text = invoke(*args, "--text-field", "page_text", "--overwrite")
    assert result.exit_code == 0, text
    report, ids = _ids(out)
    assert report["counts"] == {"read": 6, "kept": 6, "removed": 0, "quarantined": 0}
    assert sorted(ids) == sorted(["0", "1", "2", "0@part-1:1", "1@part-1:2", "2@part-1:3"])
    assert "ids: 3 repeated input ids renamed" in text
    assert yaml.safe_load((out / "recipe.yaml").read_text())["reader"]["text_field"] == "page_text"
    assert validate_folder(out) == []
    shown, text = invoke("explain", out, "1@part-1:2", "--edits-only")
    assert shown.exit_code == 0 and "read/duplicate_id id@0: '1' -> '1@part-1:2'" in text


def test_a_news_table_with_its_text_under_content_is_read_when_named(tmp_path):
    """A Kaggle-style CSV: without --text-field its `content` column is read, and the run says
    so with the option that reads another (it stopped: no readable input); with it, every row
    is a document."""
    crawl = tmp_path / "kaggle"
    crawl.mkdir()
    docs = news_corpus(3, seed=29)
    lines = ["id,title,content"] + [
        f'{i},"{d["title"]}","{d["text"].replace(chr(34), chr(34) * 2)}"'
        for i, d in enumerate(docs)
    ]
    (crawl / "articles.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result, text = invoke("run", crawl, "--out", out, "--workers", "1")
    assert result.exit_code == 0, text
    assert "3 document(s) read from field 'content'" in text and "--text-field NAME" in text
    assert _ids(out)[0]["counts"]["read"] == 3
    result, text = invoke(
        "run", crawl, "--out", out, "--workers", "1", "--text-field", "content", "--overwrite"
    )
    assert result.exit_code == 0, text
    report, ids = _ids(out)
    assert report["counts"]["read"] == 3 and ids == {"0", "1", "2"}
    assert validate_folder(out) == []


def test_a_text_file_of_one_document_a_line_is_flagged_then_read_by_line(tmp_path):
    """A corpus dumped a document a line in one .txt: read whole it is one document, and the run
    says so before it starts; with --sample-by line every line is a document."""
    crawl = tmp_path / "dump"
    crawl.mkdir()
    texts = [" ".join(doc["text"].split()) for doc in news_corpus(24, seed=31)]
    (crawl / "corpus.txt").write_text("".join(t + "\n" for t in texts), encoding="utf-8")
    out = tmp_path / "out"
    args = ("run", crawl, "--out", out, "--workers", "1", "--skip", "dedup", "--skip", "stories")
    result, text = invoke(*args)
    assert result.exit_code == 0, text
    assert "read as ONE document; if each line is a document, pass --sample-by line" in text
    assert json.loads((out / "report.json").read_text())["counts"]["read"] == 1
    result, text = invoke(*args, "--sample-by", "line", "--overwrite")
    assert result.exit_code == 0, text
    assert "ONE document" not in text
    report, ids = _ids(out)
    assert report["counts"]["read"] == 24
    assert ids == {f"corpus-{n}" for n in range(1, 25)}  # kept or removed, each with its line
    assert yaml.safe_load((out / "recipe.yaml").read_text())["reader"]["sample_by"] == "line"
    assert validate_folder(out) == []
    result, text = invoke(*args, "--sample-by", "lines", "--overwrite")
    assert (
        result.exit_code != 0 and "--sample-by: unknown unit 'lines' (did you mean 'line'?)" in text
    )
