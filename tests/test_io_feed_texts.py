"""A feed item's text where it stands outside content and description (io.feed_texts):
newcomer round 22. Atom's XHTML content, a YouTube channel's `videos.xml`, a podcast's
`itunes:summary` and `dc:description` items were each quarantined "no content or description"
(0 -> 8 of 8 items on 4 feeds)."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B = texts_of(2)
NAMESPACES = (
    "xmlns:media='http://search.yahoo.com/mrss/' "
    "xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd' "
    "xmlns:dc='http://purl.org/dc/elements/1.1/'"
)


def _rss(inner: str) -> str:
    items = "".join(
        f"<item><title>T{k}</title>{inner.format(t=t)}</item>" for k, t in enumerate((A, B))
    )
    return f"<rss version='2.0' {NAMESPACES}><channel><title>F</title>{items}</channel></rss>"


def _atom(inner: str) -> str:
    entries = "".join(
        f"<entry><id>urn:{k}</id><title>T{k}</title>{inner.format(t=t)}</entry>"
        for k, t in enumerate((A, B))
    )
    return (
        f"<feed xmlns='http://www.w3.org/2005/Atom' {NAMESPACES}><title>F</title>{entries}</feed>"
    )


XHTML = "<{tag} type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>{{t}}</p></div></{tag}>"
FEEDS = {
    "atom xhtml content": (_atom(XHTML.format(tag="content")), "<div><p>{t}</p></div>"),
    "atom xhtml summary": (_atom(XHTML.format(tag="summary")), "<div><p>{t}</p></div>"),
    "youtube media:group": (
        _atom(
            "<media:group><media:title>V</media:title><media:description>{t}"
            "</media:description></media:group>"
        ),
        "{t}",
    ),
    "rss media:content": (
        _rss(
            "<media:content url='x.jpg'><media:description>{t}</media:description></media:content>"
        ),
        "{t}",
    ),
    "podcast itunes:summary": (_rss("<itunes:summary>{t}</itunes:summary>"), "{t}"),
    "dc:description": (_rss("<dc:description>{t}</dc:description>"), "{t}"),
}


@pytest.mark.parametrize("case", FEEDS)
def test_an_items_text_elsewhere_is_read(tmp_path, case):
    feed, text = FEEDS[case]
    (tmp_path / "feed.xml").write_text(feed, encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [(d.title, d.text) for d in documents(items)] == [
        ("T0", text.format(t=A)),
        ("T1", text.format(t=B)),
    ]


@pytest.mark.parametrize(
    ("summary", "content", "expected"),
    [
        ("<summary>Short.</summary>", XHTML.format(tag="content"), "<div><p>{t}</p></div>"),
        ("<summary>Short.</summary>", "<content type='html'>{t}</content>", "{t}"),
        ("<summary>{t}</summary>", "<content type='xhtml'/>", "{t}"),  # an empty content
        (XHTML.format(tag="summary"), "", "<div><p>{t}</p></div>"),
    ],
)
def test_an_atom_entry_s_xhtml_content_comes_before_its_summary(
    tmp_path, summary, content, expected
):
    # session 52: a plain `<summary>` beside XHTML content was the text, the body lost
    (tmp_path / "feed.atom").write_text(_atom(summary + content), encoding="utf-8")
    docs = documents(read_all(tmp_path))
    assert [d.text for d in docs] == [expected.format(t=A), expected.format(t=B)]


def test_content_or_description_comes_first(tmp_path):
    feed = _rss("<description>{t}</description><itunes:summary>other</itunes:summary>")
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    assert [d.text for d in documents(read_all(tmp_path))] == [A, B]


@pytest.mark.parametrize(
    "inner",
    [
        "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'> </div></content>",
        "<media:group><media:description> </media:description></media:group>",
        "<content type='xhtml'/>",
    ],
)
def test_an_item_of_no_text_anywhere_stays_quarantined(tmp_path, inner):
    (tmp_path / "feed.atom").write_text(_atom(inner), encoding="utf-8")
    assert [q.kind for q in quarantined(read_all(tmp_path))] == ["missing_field"] * 2
