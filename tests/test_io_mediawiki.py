"""A MediaWiki XML export read a page a document (io.mediawiki): newcomer round 22. A
`Special:Export` `.xml` was passed over as "XML that is no feed", a dump's `.xml.bz2` read as
ONE document of its XML (0 -> 2 of 2 pages)."""

from __future__ import annotations

import bz2

import pytest

from curate.io.mediawiki import plain_wikitext
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)
BOLD = "'" * 3


@pytest.mark.parametrize(
    ("wikitext", "plain"),
    [
        ("{{Infobox storm|name=X|{{nested|y}}}}The storm hit.", "The storm hit."),
        (f"The {BOLD}storm{BOLD} hit ''Ayr''.", "The storm hit Ayr."),
        (
            "See [[Council|the council]] and [[Budget]] and [[:Category:Weather]].",
            "See the council and Budget and Category:Weather.",
        ),  # noqa: E501
        ("[[File:Flood.jpg|thumb|A [[road]] under water]]The river rose.", "The river rose."),
        ("The river rose.[[Category:Weather]][[de:Sturm]][[zh-yue:X]]", "The river rose."),
        ("Said [https://x.org the mayor] and [https://y.org].", "Said the mayor and ."),
        ("It rose.<ref name='a'>Source, 2024.</ref><ref name='a'/> More.", "It rose. More."),
        ("== Reaction ==\nThe council met.", "Reaction\n\nThe council met."),  # a paragraph
        ("* one\n# two\n: three", "one\ntwo\nthree"),
        ("{| class='wikitable'\n| a || b\n|}\nAfter the table.", "After the table."),
        ("x<!-- hidden -->y &amp; <small>z</small> __NOTOC__", "xy & z"),
        ("<gallery>\nA.jpg|x\n</gallery>Text.", "Text."),
    ],
)
def test_wikitext_becomes_its_words(wikitext, plain):
    assert plain_wikitext(wikitext) == plain


def test_unbalanced_markup_takes_linear_time_and_keeps_the_text():
    from tests.conftest import assert_linear

    def make(k: int) -> str:
        return "{{" * k + "[[" * k + "<ref>" * (k // 10) + "<!--" * (k // 10) + "text"

    assert_linear(plain_wikitext, make, 50_000)
    assert plain_wikitext("[[never closed and text") == "[[never closed and text"


def _page(k: int, title: str, text: str, ns: int = 0, redirect: bool = False) -> str:
    mark = f"<redirect title='{title} 2'/>" if redirect else ""
    return (
        f"<page><title>{title}</title><ns>{ns}</ns><id>{k}</id>{mark}<revision><id>{k}0</id>"
        f"<text xml:space='preserve'>{text}</text></revision></page>"
    )


def _export(*pages: str) -> str:
    return (
        "<mediawiki xmlns='http://www.mediawiki.org/xml/export-0.11/' version='0.11'>"
        f"<siteinfo><sitename>Wikinews</sitename></siteinfo>{''.join(pages)}</mediawiki>"
    )


EXPORT = _export(
    _page(1, "Storm", f"{{{{date|2024}}}}{A}"),
    _page(2, "Talk:Storm", "a talk page", ns=1),
    _page(3, "Storms", "#REDIRECT [[Storm]]", redirect=True),
    _page(4, "Budget", f"[[Council|{B[:8]}]]{B[8:]}"),
)


@pytest.mark.parametrize("name", ["Wikinews.xml", "enwikinews-pages-articles.xml.bz2"])
def test_an_export_is_read_an_article_a_document(tmp_path, name):
    data = EXPORT.encode()
    (tmp_path / name).write_bytes(bz2.compress(data) if name.endswith(".bz2") else data)
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.id, d.title, d.text) for d in documents(items)] == [
        ("1", "Storm", A),
        ("4", "Budget", B),
    ]
    assert sorted(i.kind for i in items if isinstance(i, Skipped)) == [
        "wiki page not an article (a talk page, a template)",
        "wiki redirect",
    ]


def test_a_page_of_templates_alone_is_quarantined_by_its_number(tmp_path):
    (tmp_path / "w.xml").write_text(_export(_page(1, "A", A), _page(2, "B", "{{stub}}")))
    [found] = quarantined(read_all(tmp_path))
    assert (found.kind, found.line, found.id) == ("missing_field", 2, "2")


def test_an_export_cut_short_keeps_its_pages_before_the_cut(tmp_path):
    (tmp_path / "w.xml").write_text(EXPORT[:-40])
    items = read_all(tmp_path)
    assert [d.title for d in documents(items)] == ["Storm"]
    assert [q.kind for q in quarantined(items)] == ["malformed_xml"]
