"""A new user's first half hour, typed from README.md: what it shows runs, and the natural
mistakes answer in one shape, naming the file and line and what to do.

The README's Python API example and the quick start's `load_dataset` lines are read from
README.md (the first ```python block under "## The Python API", and the one after "`make
curate` writes `out/seeds/`"), and `make curate`'s command from the Makefile, so they cannot
drift from what the tests run.
"""

import re
import shlex

import datasets
import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.publish.validate import validate_folder
from tests.conftest import ROOT, SEEDS

runner = CliRunner()


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args], terminal_width=400)
    return result, " ".join(result.output.split())


def readme_block(after: str) -> str:
    """The first ```python block of README.md after the line holding `after`."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(after)  # a ValueError names a heading the README no longer has
    found = re.search(r"^```python\n(.*?)^```", text[start:], re.S | re.M)
    assert found, f"no python block after {after!r} in README.md"
    return found.group(1)


def make_curate_args() -> list[str]:
    """`make curate`'s command line, from the Makefile, with `$(OUT)` as the README says."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^curate:.*\n\t(.+)$", makefile, re.M).group(1)
    out = re.search(r"^OUT \?= (.+)$", makefile, re.M).group(1).strip()
    words = shlex.split(recipe.replace("$(OUT)", out))
    assert words[0] == "$(BIN)/curate", words
    return words[1:]


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory):
    """`make curate` in a fresh clone: out/seeds/ under the current folder."""
    home = tmp_path_factory.mktemp("clone")
    args = [SEEDS if a == "seeds" else a for a in make_curate_args()]
    out = home / args[args.index("--out") + 1]
    args[args.index("--out") + 1] = out
    result, text = invoke(*args, "--workers", "1")
    assert result.exit_code == 0, text
    assert f"published: {out}" in text
    return home


def test_quick_start_load_dataset_lines_run(seeds_out, monkeypatch):
    monkeypatch.chdir(seeds_out)
    code = readme_block("`make curate` writes `out/seeds/`")
    assert 'load_dataset("out/seeds", split="train")' in code
    scope: dict = {}
    exec(compile(code, "README.md (quick start)", "exec"), scope)  # noqa: S102
    ds = scope["ds"]
    assert ds.num_rows == 2 and ds[0]["title"] and ds[0]["lang"] == "en"
    assert ds[0]["edits"][0]["stage"] == "unicode"


def test_python_api_example_runs_as_written(tmp_path, monkeypatch):
    code = readme_block("## The Python API")
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (crawl / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    raw_text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    ds = datasets.Dataset.from_dict({"id": ["a", "b"], "text": [raw_text, "Too short."]})
    scope = {"__name__": "__main__", "raw_text": raw_text, "ds": ds}
    exec(compile(code, "README.md (The Python API)", "exec"), scope)  # noqa: S102
    result = scope["result"]
    assert [doc["id"] for doc in result.kept] == ["a"] and result.report["counts"]["kept"] == 1
    assert scope["ds"]["id"] == ["a"]  # the short text was removed, then filtered out
    assert "removed_rule" in scope["ds"].column_names
    assert validate_folder(tmp_path / "out" / "crawl") == []


# every unknown name: `unknown KIND 'NAME' (did you mean 'X'?); known: ...`, after its place
UNKNOWN_NAMES = [
    (["--recipe", "nwes"], "unknown recipe 'nwes' (did you mean 'news'?); known: news, web"),
    (["--recipe", "webb"], "unknown recipe 'webb' (did you mean 'web'?)"),
    (["--recipe", "{tmp}/stage.yaml"], ":3: stages[1]: unknown stage 'boilerplat' (did you mean"),
    (["--recipe", "{tmp}/setting.yaml"], ":4: stages[0] 'quality': unknown setting 'min_word' "),
    (["--recipe", "{tmp}/key.yaml"], ":3: top level: unknown key 'outptu' (did you mean 'output'"),
    (["--recipe", "{tmp}/subkey.yaml"], ":4: output: unknown key 'shard_row' (did you mean"),
    (
        ["--recipe", "{tmp}/value.yaml"],
        ":4: stages[0] 'unicode'.normalization: unknown value 'NFX'",
    ),
    (["--recipe", "{tmp}/reader.yaml"], ":4: reader/extractor: unknown value 'resiliparce' (did"),
    (["--recipe", "{tmp}/reader_key.yaml"], ":3: reader: unknown key 'language' (did you mean"),
    (["--skip", "boilerplat"], "--skip: unknown stage 'boilerplat' (did you mean 'boilerplate'?)"),
    (["--skip", "dedupe"], "--skip: unknown stage 'dedupe' (did you mean 'dedup'?); the recipe"),
    (["--only", "langauge"], "--only: unknown stage 'langauge' (did you mean 'language'?); the"),
    (["--engine", "rey"], "--engine: unknown engine 'rey' (did you mean 'ray'?); known: local"),
    (["--sample-by", "lines"], "--sample-by: unknown unit 'lines' (did you mean 'line'?); known"),
]

RECIPES = {
    "stage.yaml": "stages:\n  - unicode\n  - boilerplat\n",
    "setting.yaml": "stages:\n  - quality:\n      min_words: 80\n      min_word: 3\n",
    "key.yaml": "stages:\n  - unicode\noutptu:\n  shard_rows: 10\n",
    "subkey.yaml": "stages:\n  - unicode\noutput:\n  shard_row: 10\n",
    "value.yaml": "stages:\n  - unicode:\n      ftfy: true\n      normalization: NFX\n",
    "reader.yaml": "stages: [unicode]\nreader:\n  languages: [en]\n  extractor: resiliparce\n",
    "reader_key.yaml": "stages: [unicode]\nreader:\n  language: [en]\n",
    "far.yaml": "stages:\n  - unicode\n  - zzzzzz\n",
}


def write_recipes(folder):
    for name, text in RECIPES.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("options", "message"), UNKNOWN_NAMES)
def test_every_unknown_name_answers_in_one_shape(tmp_path, options, message):
    write_recipes(tmp_path)
    options = [o.replace("{tmp}", str(tmp_path)) for o in options]
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", *options)
    assert result.exit_code == 2, text
    assert message in text
    assert re.search(r"unknown \w+ '[^']+' \(did you mean '[^']+'\?\); [^:]+: \w", text), text
    assert "Traceback" not in text and "Additional properties" not in text
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--recipe", "zzzzzz"], "unknown recipe 'zzzzzz'; known: news, web"),
        (["--recipe", "{tmp}/far.yaml"], ":3: stages[1]: unknown stage 'zzzzzz'; known: "),
        (["--skip", "zzzzzz"], "--skip: unknown stage 'zzzzzz'; the recipe news has: unicode, "),
        (["--only", "names"], "--only: 'names' is a stage the recipe news lacks ("),
        (["--recipe", "web", "--skip", "common_lines"], "the recipe web lacks ("),
    ],
)
def test_an_unknown_name_with_no_close_one_offers_none(tmp_path, options, message):
    write_recipes(tmp_path)
    options = [o.replace("{tmp}", str(tmp_path)) for o in options]
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", *options)
    assert result.exit_code == 2 and message in text, text
    assert "did you mean" not in text


@pytest.mark.parametrize(
    ("recipe", "line", "message"),
    [
        ("stages:\n\t- unicode\n", 2, "a tab indents line 2"),
        ("stages:\n  - quality:\n  \t  min_words: 3\n", 3, "a tab indents line 3"),
        ("name: x\nstages:\n  - unicode\noutput:\n\tshard_rows: 5\n", 5, "a tab indents line 5"),
        (
            "name: x\n\nstages:\n  - quality:\n\t\tmin_words: 3\n\t\tfilter: []\n",
            5,
            "a tab indents",
        ),
        ("stages:\n  - unicode\n\nengine:\n\tbatch_size: 5\noutput: {}\n", 5, "a tab indents line"),
        ("stages: [unicode\n", 2, "did not find expected ',' or ']' (while parsing a flow"),
        ("stages:\n  - unicode\n  - quality:\n    min_words: 80\n", 3, "not indented under it"),
        ("stages:\n  - unicode\n  - unicode\n", 3, "stages[1] 'unicode': named twice"),
        ("stages:\n  - dedup:\n      threshold: 7\n", 3, "dedup.threshold must be in (0, 1]"),
        ("stages:\n  - quality:\n      min_words: ten\n", 3, "expected int, got str 'ten'"),
        ("stages:\n  - unicode\nengine:\n  batch_size: lots\n", 4, "expected int, got str 'lots'"),
        ("stages:\n  - topics:\n      rules_file: none.yaml\n", 3, "none.yaml: no such file (from"),
        ("stages: [unicode]\nreader:\n  languages: [en]\n  url_pattern: '(/20'\n", 4, "not a reg"),
        ("stages: [unicode]\nreader:\n  domains_file: none.txt\n", 3, "reader.domains_file: none"),
    ],
)
def test_a_recipe_error_names_its_file_and_line(tmp_path, recipe, line, message):
    path = tmp_path / "my.yaml"
    path.write_text(recipe, encoding="utf-8")
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", "--recipe", path)
    assert result.exit_code == 2
    assert f"{path}:{line}: " in text and message in text, text


def test_tabs_that_yaml_reads_are_no_error(tmp_path):
    # look-alikes of a tab that indents: one inside a quoted value, one after a value
    path = tmp_path / "my.yaml"
    path.write_text(
        'name: "a\tb"\ndescription: |\n  a\ttable\nstages:\n  - unicode   \t# a comment\n',
        encoding="utf-8",
    )
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", "--recipe", path, "--quiet")
    assert result.exit_code == 0, text


def test_a_tab_in_a_data_file_a_recipe_names_says_so(tmp_path):
    (tmp_path / "topics.yaml").write_text("topics:\n\tsport: [goal]\n", encoding="utf-8")
    path = tmp_path / "my.yaml"
    path.write_text(f"stages:\n  - topics:\n      rules_file: {tmp_path}/topics.yaml\n", "utf-8")
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", "--recipe", path)
    assert result.exit_code == 2
    assert f"{path}:3: stages[0] 'topics'.rules_file: {tmp_path}/topics.yaml:2: " in text
    assert "a tab indents line 2" in text


def test_a_recipe_path_that_is_not_there_names_the_folder_it_was_looked_for_in(
    tmp_path, monkeypatch
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    for given in ("my.yaml", "recipes/news", "../my.yml"):
        result, text = invoke("run", SEEDS, "--out", tmp_path / "x", "--recipe", given)
        assert result.exit_code == 2
        assert f"recipe {given!r}: no such file (from {elsewhere}); the shipped recipes: " in text
    result, text = invoke("run", SEEDS, "--out", tmp_path / "x", "--recipe", tmp_path)
    assert f"recipe {str(tmp_path)!r}: a folder; a recipe is a YAML file or one of news" in text


def test_an_input_path_that_is_not_there_names_the_folder_it_was_looked_for_in(
    tmp_path, monkeypatch
):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result, text = invoke("run", "seeds", "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert f"seeds: no such file or directory (from {elsewhere})" in text
    absolute = tmp_path / "nowhere"
    result, text = invoke("run", absolute, "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert f"{absolute}: no such file or directory" in text and "(from " not in text


@pytest.mark.parametrize(
    "command",
    [
        ["explain", "{dir}", "some-id"],
        ["report", "{dir}"],
        ["diff", "{dir}", "{dir}"],
        ["publish", "{dir}", "user/name", "--dry-run"],
        ["validate", "{dir}"],
        ["run", SEEDS, "--out", "{tmp}/x", "--dedup-against", "{dir}"],
    ],
)
def test_every_command_reading_a_published_folder_says_what_the_folder_is(tmp_path, command):
    (tmp_path / "a_file.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs" / "a.txt").write_text("An input, not an output.", encoding="utf-8")
    shown = {
        "nothing": "no such folder (from",
        "a_file.jsonl": "a file; give the folder `curate run ... --out DIR` published",
        "inputs": "not a curate output (no report.json); give the folder `curate run",
    }
    for name, message in shown.items():
        if command[0] in ("validate", "run") and name == "inputs":
            continue  # validate lists what such a folder lacks; run says it has no dedup index
        args = [str(a).replace("{dir}", str(tmp_path / name)) for a in command]
        result, text = invoke(*[a.replace("{tmp}", str(tmp_path)) for a in args])
        assert result.exit_code == 2, (command, name, text)
        assert f"{tmp_path / name}: {message}" in text, (command, name, text)
        assert "Traceback" not in text


def test_report_and_diff_pages_go_where_named(seeds_out, tmp_path):
    published = seeds_out / "out" / "seeds"
    deep = tmp_path / "pages" / "today" / "report.html"  # a folder that is not there yet
    result, text = invoke("report", published, "--out", deep)
    assert result.exit_code == 0, text
    assert deep.read_bytes() == (published / "report.html").read_bytes()
    for args in (["report", published, "--out"], ["diff", published, published, "--report"]):
        result, text = invoke(*args, tmp_path)
        option = args[-1]
        assert result.exit_code == 2 and "Traceback" not in text, text
        assert f"{option} {tmp_path}: a folder; {option} names the page's file, such as" in text
    result, text = invoke("diff", published, published, "--report", tmp_path / "new" / "d.html")
    assert result.exit_code == 0 and (tmp_path / "new" / "d.html").is_file(), text


def test_an_empty_out_folder_is_used_and_a_folder_of_other_files_refused_at_once(tmp_path):
    empty = tmp_path / "out"
    empty.mkdir()  # `mkdir out` before the run
    result, text = invoke("run", SEEDS, "--out", empty, "--workers", "1", "--quiet")
    assert result.exit_code == 0, text
    assert validate_folder(empty) == []
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work", encoding="utf-8")
    for extra in ([], ["--overwrite"]):  # the same answer: --overwrite would not help
        result, text = invoke("run", SEEDS, "--out", mine, *extra)
        assert result.exit_code == 2
        assert "holds files and is not a curate output; curate never replaces it" in text
        assert "give a new or empty folder" in text and "pass --overwrite" not in text
    assert [p.name for p in mine.iterdir()] == ["thesis.tex"]


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("000_b17ce84f0a17cb7", "(did you mean '000_b17ce84f0a17cb7d'?)"),  # a hash cut short
        ("003_e589d0cd6ea12ec3", "(did you mean '003_e589d0cd6ea12ec2'?)"),  # a digit changed
        ("nothing-like-it", "such as '000_b17ce84f0a17cb7d', '003_e589d0cd6ea12ec2'"),
    ],
)
def test_explain_of_an_id_not_there_names_the_ids_meant(seeds_out, given, message):
    result, text = invoke("explain", seeds_out / "out" / "seeds", given)
    assert result.exit_code == 1
    assert f"{given!r}: no such document in" in text and message in text, text


def test_usage_lines_name_arguments_as_the_readme_does():
    for command, usage in [
        ("run", "curate run [OPTIONS] {INPUT}..."),
        ("explain", "curate explain [OPTIONS] {DIR} {ID}"),
        ("validate", "curate validate [OPTIONS] {DIR}"),
        ("report", "curate report [OPTIONS] {DIR}"),
        ("diff", "curate diff [OPTIONS] {OLD} {NEW}"),
        ("publish", "curate publish [OPTIONS] {DIR} {REPO_ID}"),
    ]:
        result = runner.invoke(app, [command, "--help"], prog_name="curate")
        assert usage in result.output, result.output


def test_the_python_api_takes_one_stage_name_as_a_name():
    # `skip="dedup"` was read as the stages 'd', 'e', 'd', 'u', 'p': "unknown stage 'd'"
    from curate import Pipeline

    for given in ("dedup", ["dedup"], ("dedup",)):
        names = [stage.name for stage in Pipeline.from_recipe("news", skip=given).stages]
        assert "dedup" not in names and len(names) == 11
    assert [s.name for s in Pipeline.from_recipe("news", only="language").stages] == ["language"]
    with pytest.raises(ValueError, match="unknown stage 'dedupe' \\(did you mean 'dedup'"):
        Pipeline.from_recipe("news", skip="dedupe")
