"""The fast extractor (`reader.extractor: resiliparse`): the trafilatura reader's page shape."""

from __future__ import annotations

import pytest

from curate.io.fast_html import BULLET, _anchor_texts, extract_page_fast
from curate.io.html import extract_page
from curate.io.readers import Quarantined

PARAGRAPH = (
    "The city council voted on Tuesday to extend the night bus network to the northern "
    "districts, after a two-year trial that carried more passengers than expected. "
)
PAGE = f"""<!doctype html><html lang="en"><head><title>Night buses extended</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="City Post">
<meta property="article:published_time" content="2024-05-01T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Night buses extended</h1><p>{PARAGRAPH * 3}</p><p>{PARAGRAPH * 2}</p>
<ul><li>Line N1 runs every 20 minutes</li><li>Line N2 runs every 30 minutes</li></ul>
<p><a href="/x">Council approves the new budget for the coming year</a></p></article>
<footer>Copyright City Post</footer></body></html>"""


def test_the_page_comes_back_in_the_readers_shape():
    text, title, url, linked, metadata, _ = extract_page_fast(PAGE, "page.html")
    assert title == "Night buses extended" and url is None
    assert PARAGRAPH.strip() in text
    assert "Copyright" not in text and "Home" not in text  # main content only
    assert metadata == {
        "author": "Jane Roe",
        "date": "2024-05-01T08:00:00Z",
        "sitename": "City Post",
        # what the markup states, as written (io.page_metadata)
        "structured_authors": ["Jane Roe"],
        "structured_date": "2024-05-01T08:00:00Z",
        "byline_texts": [],
    }
    assert linked == ["council approves the new budget for the coming year"]


def test_the_html_reader_dispatches_on_the_extractor_setting():
    fast = extract_page(PAGE.encode("utf-8"), "page.html", extractor="resiliparse")
    assert fast == extract_page_fast(PAGE, "page.html")
    slow = extract_page(PAGE.encode("utf-8"), "page.html")
    assert isinstance(slow, tuple) and slow[0] != fast[0]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<body><a href=x>Short</a></body>", set()),
        (
            "<body><A HREF=x>A headline <b>in bold</b> here</A></body>",
            {"A headline in bold here"},
        ),
        (
            "<body><a>Cats &amp; dogs living together</a></body>",
            {"Cats & dogs living together"},
        ),
        (
            "<head><a>In the head, not the body</a></head><body></body>",
            set(),
        ),
        ("<body><abbr>Not a link at all, an abbr</abbr><a>unclosed link text", set()),
    ],
)
def test_link_texts_are_read_from_the_body(html, expected):
    assert _anchor_texts(html) == expected


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<!-- only a comment -->"])
def test_a_page_without_text_is_quarantined(html):
    found = extract_page_fast(html, "empty.html")
    assert isinstance(found, Quarantined) and found.kind == "html_extraction"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  \u2022 Line N1 runs\n  \u2022 Line N2 runs", "- Line N1 runs\n- Line N2 runs"),
        ("Prices rose \u2022 again", "Prices rose \u2022 again"),  # only at a line start
    ],
)
def test_resiliparse_bullets_become_the_readers_list_items(raw, expected):
    assert BULLET.sub("- ", raw) == expected


@pytest.mark.parametrize(
    "head",
    [
        PAGE,
        # JSON-LD, metas in every case and both attributes, a figure: one search finds them all
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '{"@type": "Person", "name": "Ann Lee"}, "datePublished": "2024-05-02"}</script>'
        '<meta NAME="Author" content="Site Desk"><meta property="OG:SITE_NAME" content="Post">'
        '<meta name="description" content="Not read"></head><body><figure><img src="a.jpg">'
        f"<figcaption>Rain in Hove</figcaption></figure><p>{PARAGRAPH * 3}</p></body></html>",
        f"<html><body><p>{PARAGRAPH * 3}</p></body></html>",  # no head, no metadata
    ],
)
def test_the_one_search_gives_the_metadata_and_captions_of_separate_ones(head):
    """The fast reader searches its tree once for the captions' nodes and the metadata's
    `<meta>` and JSON-LD: the same as each module's own search."""
    from resiliparse.parse.html import HTMLTree

    from curate.io.captions import caption_texts
    from curate.io.fast_html import PAGE_CSS
    from curate.io.page_metadata import from_resiliparse

    tree = HTMLTree.parse(head)
    found = tree.document.query_selector_all(PAGE_CSS).values()
    assert from_resiliparse(tree, head, found) == from_resiliparse(tree, head)
    assert caption_texts(tree, found) == caption_texts(tree)


SOURCES = [
    # microdata and `<time>` as written, in capitals, as a `<meta>`, inside a script's tag
    '<html><head><meta ITEMPROP="author" content="Ann Lee"><script itemprop="author">x</script>'
    '</head><body><TIME DATETIME="2024-05-02">May 2</TIME><time>undated</time>'
    '<span itemprop="Author">Not read</span><div itemscope><span itemprop="author">Bo Chan'
    "</span></div></body></html>",
    # the `<meta>` keys in any case, by `name` or `property`, and a JSON-LD script's type
    '<html><head><meta Name="AUTHOR" content="Site Desk"><meta property="og:site_name" '
    'content="Post"><meta name="description" content="Not read"><script '
    'type="Application/ld+json">{"author": {"name": "Ann Lee"}}</script></head><body>'
    '<p itemprop="author" datetime="2024">Cy Doe</p><meta itemprop="author" name="pubdate" '
    'content="2024-06-01"></body></html>',
    "<html><body><p>No sources at all.</p></body></html>",
    # `rel=author` links: a token among others, in capitals (the value's too: Resiliparse's
    # selector takes it in any case), as a microdata author too, in SVG, nested, among tabs
    # and newlines; not a link, not a token that only contains the word
    '<html><body><a rel="nofollow author" href="/a">Ann Lee</a><A REL="author">Bo Chan</A>'
    '<a rel="Author">Gil Ng</a><a rel="authors">Not read</a><span rel="author">Not read'
    '</span><a itemprop="author" rel="me author">Cy Doe</a><a itemprop="author">Dee Roe</a>'
    '<svg><a rel="author">Ed Poe</a></svg><div><div><a rel="\tauthor\n">Flo Wu</a></div></div>'
    "</body></html>",
    '<html><head><link rel="author" href="/me"></head><body><a rel="author"></a></body></html>',
]


@pytest.mark.parametrize("html", SOURCES)
def test_the_one_walk_for_the_metadata_finds_what_each_sources_own_search_finds(html):
    """`page_metadata` reads JSON-LD, `<meta>`, microdata, `<time>` and `rel=author` links
    from one search of the tree: the nodes each source's own selector finds, whatever the
    markup's case, in page order (a search of their own for the links cost a walk of the
    tree on a third of the pages)."""
    from resiliparse.parse.html import HTMLTree

    from curate.io.page_metadata import LD_CSS, META_KEYS, _ResiliparsePage

    tree = HTMLTree.parse(html)
    page = _ResiliparsePage(tree)

    def search(css: str) -> list:
        return list(tree.document.query_selector_all(css).values())

    metas = ", ".join(f'meta[{a}="{k}" i]' for k in sorted(META_KEYS) for a in ("name", "property"))
    assert page.scripts() == [node.text for node in search(LD_CSS)]
    assert page.scripts_and_metas == search(f"{LD_CSS}, {metas}")
    assert page.authors == search('[itemprop="author"]')
    assert page.times() == [node.getattr("datetime") for node in search("time[datetime]")]
    assert page.rel_links == search('a[rel~="author"]')
    assert page.rel() == [" ".join(node.text.split()) for node in search('a[rel~="author"]')]


@pytest.mark.parametrize(
    ("html", "key", "expected"),
    [
        (
            '<div itemscope><span ITEMPROP="author">Ann Lee</span></div>',
            "structured_authors",
            ["Ann Lee"],
        ),
        (
            '<div><span Itemprop="author" content="Bo Chan">x</span></div>',
            "structured_authors",
            ["Bo Chan"],
        ),
        ('<p>Posted <time DATETIME="2024-05-02">May 2</time></p>', "structured_date", "2024-05-02"),
        ('<p>Posted <TIME dateTime="2023-01-09">Jan 9</TIME></p>', "structured_date", "2023-01-09"),
    ],
)
def test_microdata_and_times_are_read_whatever_the_case_of_their_attributes(html, key, expected):
    """HTML attribute names have no case: the fast reader reads what lxml's reader reads (a
    search of the markup for the lower-case name once stood before the tree's)."""
    from lxml import html as lxml_html
    from resiliparse.parse.html import HTMLTree

    from curate.io.page_metadata import from_lxml, from_resiliparse

    page = f"<html><body>{html}<p>{PARAGRAPH}</p></body></html>"
    assert from_resiliparse(HTMLTree.parse(page), page)[key] == expected
    assert from_lxml(lxml_html.fromstring(page), page)[key] == expected


HEADS = [
    # the first `<meta>` of a pair has no content: the next pair is read, not the next node
    '<meta name="author" content=" "><meta name="author" content="Not read">'
    '<meta property="article:author" content="Ann Lee">',
    # values compared as written; a `<meta>` of the body is not the head's
    '<meta name="Author" content="Not read"><meta name="date" content="2024-05-02">'
    '<meta itemprop="datePublished" content="2023-01-01"></head><body>'
    '<meta name="application-name" content="Not read"><meta name="author" content="Body">',
    '<meta name="application-name" content="Post"><meta property="og:site_name" content=" ">'
    '<meta name="pubdate" content="2022"><meta property="article:published_time" content="">',
    "",
]


@pytest.mark.parametrize("head", HEADS)
def test_the_head_metas_come_from_the_one_search_as_from_a_query_a_selector(head):
    """The author, date and site name `<meta>`s are read from the one search of the tree:
    as `head.query_selector` of each (attribute, value) in turn reads them."""
    from resiliparse.parse.html import HTMLTree

    from curate.io.fast_html import META, _metadata, _page_nodes

    tree = HTMLTree.parse(f"<html><head>{head}</head><body><p>{PARAGRAPH}</p></body></html>")
    expected = {}
    for key, pairs in META.items():
        expected[key] = None
        for attribute, value in pairs:
            node = tree.head.query_selector(f'meta[{attribute}="{value}"]')
            content = node.getattr("content") if node is not None else None
            if content and content.strip():
                expected[key] = content.strip()
                break
    assert _metadata(tree, _page_nodes(tree)) == expected


@pytest.mark.parametrize(
    "value",
    [
        "author",
        "AUTHOR",
        "Og:Site_Name",
        "author ",
        "\u0130author",
        "dc.creator",
        "description",
        "article:\u212aey",
        "pubdate",
        "PUBDATE",
        "parsely-author",
        "dc.date\u00a0",
    ],
)
def test_a_meta_is_one_of_the_named_ones_as_the_selector_says(value):
    """`_named_meta` is `META_CSS`'s test (the `i` flag: ASCII case alone)."""
    from resiliparse.parse.html import HTMLTree

    from curate.io.page_metadata import META_CSS, _named_meta

    for attribute in ("name", "property"):
        tree = HTMLTree.parse(f'<html><head><meta {attribute}="{value}" content="x"></head></html>')
        node = tree.head.query_selector("meta")
        assert _named_meta(node) == node.matches(META_CSS)
