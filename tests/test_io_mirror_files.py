"""What a site mirror keeps beside its pages, skipped by kind (io.mirror_files): newcomer
round 22. An HTTrack project read 7 documents for 2 pages (its cache's zip of the pages, its
log, its listing page), a `wget --mirror` of a site 5 for 2 (`robots.txt`, `ads.txt`,
`humans.txt`)."""

from __future__ import annotations

import zipfile

import pytest

from curate.io.readers import walk_inputs
from curate.io.tool_files import skipped_kind
from tests.newcomer_runs import documents, read_all, texts_of

A, B = texts_of(2)


def _page(text: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>{text}</p></article></body></html>"  # noqa: E501


def _site(root, with_cache: bool = True) -> None:
    pages = root / "www.example.org" / "news"
    pages.mkdir(parents=True)
    (pages / "a.html").write_text(_page(A))
    (pages / "b.html").write_text(_page(B))
    if with_cache:
        cache = root / "hts-cache"
        cache.mkdir()
        with zipfile.ZipFile(cache / "new.zip", "w") as archive:
            archive.writestr("http://www.example.org/news/a.html", _page(A))
        (cache / "doit.log").write_text("-qwC2%Pns2u1%s%uN0 https://www.example.org/news/\n")
        (cache / "new.txt").write_text("date\tsize\tflags\tstatusCode\tMIME\tURL\n")
    (root / "hts-log.txt").write_text("HTTrack3.49-2 launched on Mon, 01 Jan 2024 at x\n" * 3)
    listing = "<html><body><h1>HTTrack Website Copier - Open Source offline browser</h1>"
    (root / "index.html").write_text(
        listing + "<a href='www.example.org/news/'>news</a></body></html>"
    )


def test_an_httrack_project_is_read_as_its_pages(tmp_path):
    _site(tmp_path)
    assert sorted(d.text for d in documents(read_all(tmp_path))) == sorted([A, B])
    skipped = walk_inputs([tmp_path]).skipped
    kinds = sorted(skipped_kind(name) for name in skipped)
    assert kinds == ["httrack cache"] * 3 + ["httrack project file"] * 2


def test_an_index_page_without_httracks_cache_is_read(tmp_path):
    _site(tmp_path, with_cache=False)
    (tmp_path / "www.example.org" / "index.html").write_text(
        _page("A front page of the site, read.")
    )
    texts = [d.text for d in documents(read_all(tmp_path))]
    assert len(texts) == 4  # the pages, the listing (no cache beside it), and the front page


@pytest.mark.parametrize(
    "name", ["robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "ROBOTS.TXT"]
)
def test_a_sites_files_for_robots_are_skipped(tmp_path, name):
    _site(tmp_path, with_cache=False)
    (tmp_path / "hts-log.txt").unlink()
    (tmp_path / "index.html").unlink()
    (tmp_path / "www.example.org" / name).write_text("User-agent: *\nDisallow: /admin/\n")
    assert sorted(d.text for d in documents(read_all(tmp_path))) == sorted([A, B])
    [skipped] = walk_inputs([tmp_path]).skipped
    assert skipped_kind(skipped) == "site file (robots.txt, ads.txt)"


def test_such_a_file_given_by_name_is_read(tmp_path):
    path = tmp_path / "robots.txt"
    path.write_text("User-agent: *\nDisallow: /admin/\n")
    [doc] = documents(read_all(path))
    assert doc.text.startswith("User-agent")
