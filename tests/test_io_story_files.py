"""CNN / Daily Mail `.story` files (io.story_files): the article read, its highlights not."""

from __future__ import annotations

import pytest

from curate.io.readers import walk_inputs
from curate.io.story_files import article_of
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(4)
ARTICLE = "\n\n".join(TEXTS[:2])


@pytest.mark.parametrize(
    "tail",
    [
        "\n\n@highlight\n\nCouncil votes\n\n@highlight\n\nBudget passes\n",
        "\r\n\r\n@highlight\r\n\r\nCouncil votes\r\n",  # Windows line ends
        "\n\n@highlight \n\nCouncil votes",  # a space after the mark
        "",  # no highlight: read whole
    ],
)
def test_a_story_file_is_its_article(tmp_path, tail):
    # a folder of them was "no readable input files ... (.story 3)"
    folder = tmp_path / "cnn" / "stories"
    folder.mkdir(parents=True)
    path = folder / "0001d1afc246a7964130f43ae940af6bc6c57f01.story"
    path.write_bytes((ARTICLE + tail).encode())
    assert walk_inputs([tmp_path]).paths == [path]
    items = read_all(path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert doc.text.replace("\r\n", "\n") == ARTICLE
    assert doc.id == "0001d1afc246a7964130f43ae940af6bc6c57f01"


def test_a_highlight_word_inside_the_text_is_no_mark():
    text = "He said @highlight was a tag.\n\nMore text."
    assert article_of(text) == text


def test_a_folder_of_stories_counts_each(tmp_path):
    folder = tmp_path / "stories"
    folder.mkdir()
    for k, text in enumerate(TEXTS):
        (folder / f"{k:040x}.story").write_text(f"{text}\n\n@highlight\n\nA summary {k}")
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"), "--skip", "dedup")
    assert report["counts"]["read"] == 4 and not report.get("skipped_files")
