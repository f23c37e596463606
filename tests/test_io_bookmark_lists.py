"""Lists of saved links (Pocket's export, browsers' bookmarks) skipped by kind
(io.bookmark_lists): newcomer round 23. Each was ONE document of link titles."""

from __future__ import annotations

import pytest

from curate.io.bookmark_lists import BOOKMARKS
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, read_all, texts_of

POCKET = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Pocket Export</title></head><body><h1>Unread</h1><ul>
<li><a href="https://n.example/a" time_added="1704099600" tags="">Council approves budget</a></li>
</ul><h1>Read Archive</h1><ul>
<li><a href="https://n.example/c" time_added="1704099602" tags="">Museum opens new wing</a></li>
</ul></body></html>"""
NETSCAPE = """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file. -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p><DT><H3 ADD_DATE="1704099600">News</H3>
<DL><p><DT><A HREF="https://n.example/a" ADD_DATE="1704099600">Council approves budget</A>
</DL><p></DL><p>"""
INSTAPAPER = POCKET.replace("Pocket Export", "Instapaper Export")


@pytest.mark.parametrize(
    "name, page",
    [("ril_export.html", POCKET), ("bookmarks.html", NETSCAPE), ("export.htm", INSTAPAPER)],
)
def test_a_list_of_links_is_skipped_by_kind(tmp_path, name, page):
    (tmp_path / name).write_text(page, encoding="utf-8")
    [item] = read_all(tmp_path)
    assert item == Skipped(BOOKMARKS)


def test_a_page_about_bookmarks_is_read(tmp_path):
    text = texts_of(1)[0]
    head = "<head><title>How to export bookmarks</title></head>"
    page = f"<html>{head}<body><p>{text}</p></body></html>"
    (tmp_path / "article.html").write_text(page)
    assert [d.text for d in documents(read_all(tmp_path))] == [text]
