"""A feed saved under a name of no feed's (io.feeds): newcomer round 22. `news.feed`, `feed`
(wget's save of WordPress's `/feed/`), `index.php?feed=rss2`, `rss.aspx`, `feed.txt` were
passed over or read as ONE text of XML: 0 -> 31 of 31 items on 11 files."""

from __future__ import annotations

import gzip

import pytest

from curate.io.feeds import is_feed
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

TEXTS = texts_of(3)


def _rss(texts: list[str]) -> str:
    items = "".join(
        f"<item><title>T{k}</title><link>https://example.org/{k}</link><guid>g{k}</guid>"
        f"<description><![CDATA[<p>{t}</p>]]></description></item>"
        for k, t in enumerate(texts)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<rss version='2.0'><channel><title>News"
        f"</title><description>All the news of the town</description>{items}</channel></rss>"
    )


def _atom(texts: list[str]) -> str:
    entries = "".join(
        f"<entry><id>urn:{k}</id><title>T{k}</title><content type='text'>{t}</content></entry>"
        for k, t in enumerate(texts)
    )
    return f"<feed xmlns='http://www.w3.org/2005/Atom'><title>Blog</title>{entries}</feed>"


NAMES = [
    "news.feed",
    "feed",
    "index.php",
    "rss.aspx",
    "feed.php?type=rss2",
    "news.rss2",
    "feed.txt",
]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("make", [_rss, _atom])
def test_a_feed_under_any_name_is_read_an_item_a_document(tmp_path, name, make):
    (tmp_path / name).write_text(make(TEXTS), encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.title for d in docs] == ["T0", "T1", "T2"]
    assert [d.text.removeprefix("<p>").removesuffix("</p>") for d in docs] == TEXTS


def test_a_feed_under_such_a_name_kept_compressed_is_read(tmp_path):
    (tmp_path / "news.feed.gz").write_bytes(gzip.compress(_rss(TEXTS).encode(), mtime=0))
    assert len(documents(read_all(tmp_path))) == 3


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.txt", "The feed of the cattle was late.\n<rss> is a tag of XML."),
        ("page.php", "<!DOCTYPE html><html><body><p>A page, no feed.</p></body></html>"),
        ("config.feed", "<config><feed>https://example.org/rss</feed></config>"),
        ("script.aspx", "<%@ Page Language='C#' %><rss>"),
    ],
)
def test_text_or_a_page_under_those_names_is_no_feed(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert not is_feed(path)


def test_a_file_of_another_kind_with_a_feed_inside_keeps_its_kind(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text('{"text": "<rss><channel></channel></rss>"}\n', encoding="utf-8")
    assert not is_feed(path)
    [doc] = documents(read_all(tmp_path))
    assert doc.text.startswith("<rss>")
