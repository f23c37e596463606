"""An `.xml` file that is one page's text, the root its record (io.xml_records `_root_record`):
trafilatura's `--xml` and `--xml-tei` output, a single article exported as XML."""

from __future__ import annotations

import pytest

from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(3)
PARAGRAPHS = "".join(f"<p>{t}</p>" for t in TEXTS)

PAGES = [
    # trafilatura --xml
    (
        '<doc sitename="News" title="Council votes" author="A. Writer" date="2024-03-05" '
        f'url="https://news.example/a" hostname="news.example"><main>{PARAGRAPHS}</main>'
        "<comments/></doc>",
        "https://news.example/a",
    ),
    # trafilatura --xml-tei
    (
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>'
        '<title type="main">Council votes</title></titleStmt></fileDesc></teiHeader>'
        f'<text><body><div type="entry">{PARAGRAPHS}</div></body></text></TEI>',
        None,
    ),
    # one article exported whole
    (f"<article><title>Council votes</title><body>{PARAGRAPHS}</body></article>", None),
]


@pytest.mark.parametrize(("xml", "url"), PAGES)
def test_a_page_as_xml_is_one_document(tmp_path, xml, url):
    # it was passed over: "XML that is no RSS or Atom feed (a sitemap): no reader"
    path = tmp_path / "page.xml"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + xml, encoding="utf-8")
    assert walk_inputs([tmp_path]).paths == [path]
    items = read_all(path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert doc.text == "\n\n".join(TEXTS)
    assert doc.title == "Council votes"
    if url:
        assert doc.source == url


def test_a_sitemap_is_still_passed_over(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://news.example/a</loc></url></urlset>",
        encoding="utf-8",
    )
    assert walk_inputs([tmp_path]).paths == []


def test_a_folder_of_scraped_pages_counts_each(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k, (xml, _) in enumerate(PAGES):
        (folder / f"page{k}.xml").write_text(xml.replace("Report", f"R{k}"), encoding="utf-8")
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"), "--skip", "dedup")
    assert report["counts"]["read"] == 3
