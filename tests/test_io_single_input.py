"""One path given alone, not in a list, is one input (`curate/io/input_list.py`).

Before, a string was read as the list of its characters (`"news"` -> `n`, `e`, `w`, `s`: "n:
no such file or directory"; an absolute path walked `/`) and a `Path` alone stopped with
"'PosixPath' object is not iterable". The tests give relative paths so the old code fails
fast instead of walking the whole disk.
"""

from pathlib import Path

import pytest

from curate import Pipeline
from curate.engines.local import LocalEngine
from curate.io.input_list import input_list
from curate.io.readers import Document, read_inputs, walk_inputs
from tests.newcomer_runs import texts_of

RECIPE = {
    "name": "single-input",
    "stages": [{"unicode": {}}, {"dedup": {}}],
}


@pytest.fixture
def news(tmp_path, monkeypatch):
    """A folder `news/` of three documents (a `.txt`, a nested `.txt`, a `.jsonl` row), the
    working folder its parent."""
    one, two, three = texts_of(3)
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(one, encoding="utf-8")
    (tmp_path / "news" / "2024" / "b.txt").write_text(two, encoding="utf-8")
    (tmp_path / "news" / "rows.jsonl").write_text(f'{{"id": "r1", "text": "{three}"}}\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "given",
    ["news", "news/", "./news", Path("news"), Path("news/a.txt"), "news/a.txt", b"news"],
    ids=repr,
)
def test_input_list_makes_one_input_of_a_path_alone(given):
    assert input_list(given) == [given if not isinstance(given, bytes) else "news"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [(["news", "more"], ["news", "more"]), (("news",), ["news"]), (iter(["a", "b"]), ["a", "b"])],
)
def test_input_list_keeps_a_list_of_inputs(given, expected):
    assert input_list(given) == expected


@pytest.mark.parametrize("given", ["news", "news/", "news/2024/..", Path("news")], ids=repr)
def test_read_inputs_of_one_folder_alone_reads_its_documents(news, given):
    documents = [item for item in read_inputs(given) if isinstance(item, Document)]
    assert sorted(d.id for d in documents) == ["2024/b", "a", "r1"]


@pytest.mark.parametrize("given", ["news/a.txt", Path("news/a.txt")], ids=repr)
def test_walk_inputs_of_one_file_alone_finds_that_file(news, given):
    assert walk_inputs(given).paths == [Path("news/a.txt")]


@pytest.mark.parametrize("given", ["news", Path("news"), "news/"], ids=repr)
def test_engine_run_of_one_folder_alone_publishes_its_documents(news, given):
    report = LocalEngine(workers=1).run(Pipeline.from_recipe(RECIPE), given, news / "out")
    assert report["counts"] == {"read": 3, "kept": 3, "removed": 0, "quarantined": 0}
    assert report["inputs"] == [str(given)]


@pytest.mark.parametrize(
    "given", [Path("news"), Path("news/a.txt"), "news", "news/", "news/rows.jsonl"], ids=repr
)
def test_pipeline_run_of_a_path_names_the_engine_call_that_reads_it(news, given):
    with pytest.raises(TypeError, match=r"not a path: .*LocalEngine\(\)\.run\(pipe, \["):
        Pipeline.from_recipe(RECIPE).run(given)


@pytest.mark.parametrize("text", ["A text that names no file.", "news and more", "a\nnews"])
def test_pipeline_run_of_one_text_still_says_to_pass_a_list(news, text):
    with pytest.raises(TypeError, match=r"not one string: pass run\(\[text\]\)"):
        Pipeline.from_recipe(RECIPE).run(text)
