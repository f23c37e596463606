"""Session 49's newcomer round: web pages as people save them, and news in other languages.

A static page's name with the query wget kept after it (`index.html?p=2`, the second page of a
listing or of an article cut in pages) ended in no extension curate knew: the page was passed
over as a `.html?p=2` file, while `article.php?id=5` beside it was read."""

import json

import pytest

from curate.io.pages import is_saved_page
from tests.newcomer_runs import documents, read_all, run_counted, text_of


def _page(title: str, body: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><article>"
        f"<h1>{title}</h1>{body}</article></body></html>\n"
    )


def _article(k: int) -> str:
    return "".join(f"<p>{text_of(k * 10 + i)}</p>" for i in range(5))


def _published(out) -> dict[str, dict]:
    rows = [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl")) for line in f.open()]
    return {row["id"]: row for row in rows}


# ---- a static page's name with its query kept is read as its page -----------------------------

QUERIED = [
    "index.html?p=2",
    "archive.htm?page=3",
    "story.html@id=5",  # wget --restrict-file-names=windows
    "index.html?lang=de&page=2",
    "Index.HTML?p=4",
]


@pytest.mark.parametrize("name", QUERIED)
def test_a_static_page_named_with_its_query_is_read_as_a_page(tmp_path, name):
    site = tmp_path / "example.com"
    site.mkdir()
    (site / name).write_text(_page("Page two of the list", _article(1)), "utf-8")
    docs = documents(read_all(tmp_path))
    assert [d.id for d in docs] == [f"example.com/{name}"]
    assert docs[0].text.startswith(text_of(10))


LOOK_ALIKES = [  # (name, content): still passed over
    ("style.html?v=3", "body { color: red }"),  # a stylesheet under a page's name: no page
    ("data.html?format=json", '{"items": []}'),
    ("notes.txt?v=1", "<!DOCTYPE html><html><body><p>x</p></body></html>"),  # no page's extension
]


@pytest.mark.parametrize(("name", "content"), LOOK_ALIKES)
def test_a_queried_name_that_holds_no_page_is_still_passed_over(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, "utf-8")
    assert not is_saved_page(path)
    assert documents(read_all(tmp_path)) == []


def test_a_plain_page_keeps_its_id_without_extension(tmp_path):
    (tmp_path / "index.html").write_text(_page("Front page", _article(2)), "utf-8")
    assert [d.id for d in documents(read_all(tmp_path))] == ["index"]


def test_a_mirror_s_pages_through_the_run(tmp_path):
    site = tmp_path / "mirror" / "example.com" / "news"
    site.mkdir(parents=True)
    (site / "index.html").write_text(_page("News", _article(3)), "utf-8")
    (site / "index.html?p=2").write_text(_page("News, page 2", _article(4)), "utf-8")
    (site / "index.html?p=3").write_text(_page("News, page 3", _article(5)), "utf-8")
    out = tmp_path / "out"
    report, text = run_counted(tmp_path / "mirror", "--out", out, "--workers", "1")
    assert report["counts"]["read"] == 3, text
    assert "not read" not in text
    rows = _published(out)
    assert rows["example.com/news/index.html?p=2"]["title"] == "News, page 2"
