"""Authors and dates from a page's markup (`curate.io.page_metadata`) and the names the
`bylines` stage makes of a page's author fields (`curate.stages.author_names`)."""

from __future__ import annotations

import json

import pytest

from curate.document import Document
from curate.io.html import extract_page
from curate.stages.metadata import BylineExtractor
from tests.conftest import assert_linear

STAGE = BylineExtractor()
BODY = (
    "The city council voted on Tuesday to approve the new budget after a long debate that "
    "lasted well into the night, officials said."
)
ARTICLE = " ".join(
    f"<p>{BODY} Paragraph {n} tells more of the story, with the council's reasons and the "
    f"reactions of the residents who came to the meeting.</p>"
    for n in range(6)
)


def page(head: str = "", body: str = "") -> str:
    return (
        f"<html><head><title>Budget approved</title>{head}</head><body><article>"
        f"<h1>Budget approved</h1>{body}{ARTICLE}</article></body></html>"
    )


def authors_of(html: str, extractor: str) -> list[str]:
    found = extract_page(html, "page.html", extractor=extractor)
    assert isinstance(found, tuple), found
    doc = Document("t", BODY, labels={"page_metadata": found[4]})
    return STAGE.process(doc).labels["authors"]


def json_ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


GRAPH = json_ld(
    {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": "https://example.org/#site", "name": "Example News"},
            {
                "@type": "NewsArticle",
                "author": {"@id": "https://example.org/#/person/1"},
                "datePublished": "2022-11-20T05:00:00+01:00",
            },
            {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Karoline Herr"},
        ],
    }
)
MICRODATA = (
    '<div itemscope itemtype="https://schema.org/Article"><span itemprop="author" itemscope>'
    '<span itemprop="name">Joachim Hamberger</span></span></div>'
    '<div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Art Edwards'
    "</span></div>"
)


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        # JSON-LD `@graph`: the article's author is a reference to a Person of the graph, and
        # the site's <meta name="author"> names the publisher
        (GRAPH + '<meta name="author" content="Example Media">', "", ["Karoline Herr"]),
        # microdata: the article's author, not a comment's (an item of its own)
        ('<meta name="author" content="Forstwirtschaft">', MICRODATA, ["Joachim Hamberger"]),
        # <meta>: the name as written, initials' dots kept (trafilatura drops them)
        ('<meta name="dc.creator" content="Marwan H. Adwan">', "", ["Marwan H. Adwan"]),
        # a `rel=author` link's text, its lead words cut
        ("", '<a rel="author" href="/a/dl">View all posts by Daniel Lemire</a>', ["Daniel Lemire"]),
    ],
)
def test_the_pages_markup_names_its_author(head, body, expected, extractor):
    assert authors_of(page(head, body), extractor) == expected


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
def test_the_markups_date_fills_a_gap(extractor):
    found = extract_page(page(GRAPH), "page.html", extractor=extractor)
    assert isinstance(found, tuple)
    assert found[4]["structured_date"] == "2022-11-20T05:00:00+01:00"
    metadata = {**found[4], "date": None}
    doc = STAGE.process(Document("t", BODY, labels={"page_metadata": metadata}))
    assert doc.labels["published"].startswith("2022-11-20")


def stage_authors(author: str | None, stated: list[str] | None = None, site: str = "") -> list:
    metadata = {"author": author, "structured_authors": stated, "sitename": site or None}
    return STAGE.process(Document("t", BODY, labels={"page_metadata": metadata})).labels["authors"]


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # lead words before the name
        ("Von: Kathrin Führes", ["Kathrin Führes"]),
        ("责任编辑：孔德明", ["孔德明"]),
        ("Artikel von: hausinfo", ["hausinfo"]),
        # handles, e-mails and addresses are no names
        ("@FinCompareDE; Jane Doe", ["Jane Doe"]),
        ("jane.doe@example.org, John Smith", ["John Smith"]),
        # the publisher beside a person
        ("Frankfurter Allgemeine Zeitung GmbH; Benjamin Fischer", ["Benjamin Fischer"]),
        ("FOCUS Online; Robin Tschöpe", ["Robin Tschöpe"]),
        # quotes around the field, a name twice
        ("'Luana Patriolino, Raphael Felice'", ["Luana Patriolino", "Raphael Felice"]),
        ("Jane Doe; Jane Doe", ["Jane Doe"]),
        # a list of the site's every writer names none of this article's
        ("A Lee; B Kim; C Roe; D Poe; E Fox; F Cox; G Orr", []),
        # the editorial desk is an author
        ("Redaktion", ["Redaktion"]),
    ],
)
def test_a_page_author_field_becomes_names(author, expected):
    assert stage_authors(author) == expected


def test_the_markups_names_win_as_written():
    # trafilatura's "Marwan H Adwan" is the markup's "Marwan H. Adwan", and where they differ
    # the markup names the writer ("Badische Zeitung" is the site's <meta name="author">)
    assert stage_authors("Marwan H Adwan", ["Marwan H. Adwan"]) == ["Marwan H. Adwan"]
    assert stage_authors("Badische Zeitung", ["Lisa Petrich"]) == ["Lisa Petrich"]


@pytest.mark.parametrize(
    ("stated", "site"),
    [(["Helmholtz Klima"], "Helmholtz-Klima-Initiative"), (["mdr.de"], ""), (["Acme GmbH"], "")],
)
def test_markup_naming_only_the_site_gives_way_to_a_person(stated, site):
    assert stage_authors("Christian Mihatsch", stated, site) == ["Christian Mihatsch"]


@pytest.mark.parametrize(
    ("author", "stated", "site", "expected"),
    [
        # the site's name, its domain or an organisation, and no person anywhere: no author
        ("Eurosport", None, "Eurosport", []),
        ("tennisnet.com", None, "", []),
        (None, ["Deutsches Rotes Kreuz e.V."], "", []),
        ("Acme Media", ["Acme Media"], "Acme", []),
        # a publisher beside a person in the markup: the person alone
        (None, ["Rob Picheta", "CNN"], "CNN", ["Rob Picheta"]),
        (None, ["Nordwest Zeitung", "Jane Roe"], "", ["Jane Roe"]),
        # a person whose name is not the site's stays
        ("Jane Roe", None, "Eurosport", ["Jane Roe"]),
    ],
)
def test_a_publisher_named_as_author_is_no_author(author, stated, site, expected):
    assert stage_authors(author, stated, site) == expected


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a byline element, when no source above names a person: the name after the last lead
        ('<p class="post-byline">Posted on September 21, 2020 by Adi Tzlil</p>', ["Adi Tzlil"]),
        # one holding no name gives none (a guard: trafilatura finds none either)
        ('<p>Jacobo Betancur | <span class="autor">Publicado hace 3 horas</span></p>', []),
        # its label alone is no name: the next element's text is
        (
            '<span class="author-label">By</span><span class="author">Daniel Moser</span>',
            ["Daniel Moser"],
        ),
        # a comment's author is not the article's
        ('<div class="comments"><p class="author">Art Edwards</p></div>', []),
    ],
)
def test_a_byline_element_names_the_author_last(body, expected, extractor):
    assert authors_of(page(body=body), extractor) == expected


def test_a_name_particle_makes_no_publisher():
    # "de" is a particle of names ("Jose de la Cruz"), not the ".de" trafilatura writes "De"
    assert stage_authors("Acme Media; Jose de la Cruz") == ["Jose de la Cruz"]


@pytest.mark.parametrize(
    ("date", "stated", "expected"),
    [
        # htmldate's January 1 is a year alone (a copyright line): no publication date ...
        ("2013-01-01", None, None),
        ("2020-01-01T00:00:00", None, None),
        # ... and the markup's own date, where it has one, fills the gap
        ("2013-01-01", "2013-05-04T09:30:00+02:00", "2013-05-04"),
        ("2019-01-01", "2019-01-01T10:00:00Z", "2019-01-01"),
        # a day of any other date, and a New Year's Day with its time, stand
        ("2020-03-05", None, "2020-03-05"),
        ("2021-01-01T18:45:00", None, "2021-01-01"),
    ],
)
def test_a_year_alone_dates_no_article(date, stated, expected):
    metadata = {"date": date, "structured_date": stated}
    doc = STAGE.process(Document("t", BODY, labels={"page_metadata": metadata}))
    published = doc.labels.get("published")
    assert (published[:10] if published else None) == expected


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a line under the headline that opens with an author's lead, when nothing else names
        # anyone: inline tags part its words, a lead alone on its line joins the next
        ("<p>By <b>Jane Roe</b></p>", ["Jane Roe"]),
        ("<div><span>By</span><span>Alex Bozarjian</span></div>", ["Alex Bozarjian"]),
        ("<div>Von</div><div>Lisa Petrich</div><div>Mi, 18. Oktober 2023</div>", ["Lisa Petrich"]),
        ("<p>Par Matthieu Hy le 07 Mai 2020</p>", ["Matthieu Hy"]),
        # a lead inside a line is no byline, nor is one that names no person
        ("<p>Hinweis zur Verwendung von Cookies</p>", []),
        ("<p>powered by Comfit Systems</p>", []),
        ("<p>By Example News</p>", []),  # the site's own name (its <title> says so below)
        # a line that dates the article, then names its writer
        ("<p>11.12.2019 - Amelie Loevenich</p>", ["Amelie Loevenich"]),
        ("<p>3. März 2021 | Jane Roe</p>", ["Jane Roe"]),
        ("<p>Stars (1 / 1) 06.11.2023 13:30 von Olga</p>", ["Olga"]),
        ("<p>Posted 2020-05-04 by Adi Tzlil</p>", ["Adi Tzlil"]),
        # a lead with no date before it, a date before one word, or more parts: no byline
        ("<p>Ein Bericht von Jane Roe</p>", []),
        ("<p>12.03.2020 - Update</p>", []),
        ("<p>11.12.2019 - Berlin - Jane Roe</p>", []),
    ],
)
def test_a_byline_under_the_headline_names_the_author(body, expected, extractor):
    head = '<meta property="og:site_name" content="Example News">'
    assert authors_of(page(head, body), extractor) == expected


@pytest.mark.parametrize("extractor", ["trafilatura", "resiliparse"])
def test_a_byline_below_the_body_is_not_read(extractor):
    html = page().replace("</article>", "<p>By Jane Roe</p></article>")
    assert authors_of(html, extractor) == []


@pytest.mark.parametrize(
    "make",
    [
        lambda k: "<script" * k,
        lambda k: "<style>" + "x" * k,
        lambda k: "<" * k,
        lambda k: "<h1>" * k,
        lambda k: "<h1>T</h1><p>x" * k,
    ],
)
def test_the_lines_under_the_headline_resist_hostile_markup(make):
    from curate.io.page_metadata import header_texts

    assert_linear(lambda tail: header_texts(f"<h1>T</h1>{tail}"), make, 200_000)
    assert header_texts(b"<h1>T</h1><p>By J\xc3\xa9r\xc3\xb4me Roe</p>") == ["By Jérôme Roe"]
    assert header_texts("<p>By Jane Roe</p>") == []  # no headline, no place to read


def _many(kind: str, k: int) -> str:
    """A page whose markup holds `k` elements every page-metadata query of its kind matches."""
    one = {
        "meta": '<meta name="author" content="Jane Roe {n}">',
        "byline": '<span class="author-bio">About {n}</span>',  # a byline class, not a byline
        "micro": '<span itemprop="author">Jane Roe {n}</span>',
        "rel": '<a rel="author" href="/{n}">Jane Roe {n}</a>',
        "time": '<time datetime="2024-05-{n}">May</time>',
    }[kind]
    items = "".join(one.format(n=n) for n in range(k))
    head, body = (items, "") if kind == "meta" else ("", items)
    return page(head, f"<div>{body}</div>")


@pytest.mark.parametrize("kind", ["meta", "byline", "micro", "rel", "time"])
def test_page_metadata_of_many_matching_elements_is_linear(kind):
    # a Resiliparse node list indexed or iterated made the whole list again for each item, and
    # the names were kept distinct by a search of a list: both quadratic in the matches
    from resiliparse.parse.html import HTMLTree

    from curate.io.page_metadata import from_resiliparse

    def read(html: str) -> dict:
        return from_resiliparse(HTMLTree.parse(html), html)

    assert_linear(read, lambda k: _many(kind, k), 8_000)
    found = read(_many(kind, 3))
    if kind in ("meta", "micro", "rel"):  # three names, as written, in page order
        assert found["structured_authors"] == ["Jane Roe 0", "Jane Roe 1", "Jane Roe 2"]
    if kind == "time":
        assert found["structured_date"] == "2024-05-0"
    assert read(_many(kind, 40))["structured_authors"] is None  # a list of 40: no author's


@pytest.mark.parametrize(
    "selector",
    ["meta", "p", "span", '[itemprop="author"]', "nothing-here", "time[datetime], meta"],
)
def test_resiliparse_node_lists_are_read_whole_in_order(selector):
    from resiliparse.parse.html import HTMLTree

    from curate.io.page_metadata import _nodes

    html = page(
        '<meta name="a" content="1"><meta name="b" content="2">',
        '<p>one <span itemprop="author">two</span></p><p>three</p><time datetime="x">t</time>',
    )
    found = HTMLTree.parse(html).document.query_selector_all(selector)
    nodes = _nodes(found)
    assert [(n.tag, n.text) for n in nodes] == [(n.tag, n.text) for n in found]
    assert _nodes([1, 2]) == [1, 2]  # a plain sequence (no `values`) as it is


def page_authors(**metadata: object) -> list:
    return STAGE.process(Document("t", BODY, labels={"page_metadata": metadata})).labels["authors"]


@pytest.mark.parametrize(
    ("author", "site", "expected"),
    [
        # a name inside one of the site's words is the writer's, not the site's
        ("Ela", "Elavegan", ["Ela"]),
        ("Mia Roe", "Miami Roentgen News", ["Mia Roe"]),
        ("Anna", "Annas Kochbuch", ["Anna"]),
        # the site's words, however trafilatura writes them, are the site
        ("Katholisch At", "katholisch.at", []),
        ("Tennisnet", "tennisnet.com", []),
        ("Helmholtz Klima", "Helmholtz-Klima-Initiative", []),
        ("Example News Group", "Example News", []),
        ("The Guardian", "The Guardian", []),  # a pen name's shape, the site's words
    ],
)
def test_the_site_is_matched_word_by_word(author, site, expected):
    assert stage_authors(author, None, site) == expected


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        # a lone letter is a name cut short ("Beitrag von r23" -> "Beitrag von r")
        ("Beitrag von r", []),
        ("J.", []),
        ("Q; Jane Roe", ["Jane Roe"]),
        # two letters or more may be a name or a handle
        ("Jo", ["Jo"]),
        ("kj", ["kj"]),
        # an address trafilatura wrote with its dots as spaces is none either
        ("Www Haufe De", []),
        ("www Example Org; Jane Roe", ["Jane Roe"]),
        ("Wwwilliam Roe", ["Wwwilliam Roe"]),
        # a pen name of one word and its article is a name ...
        ("Der Michel", ["Der Michel"]),
        ("Der Spendenteddy", ["Der Spendenteddy"]),
        ("La Chouette", ["La Chouette"]),
        # ... not a desk or a CMS's user, nor an article before more than one word
        ("Die Redaktion", []),
        ("The Admin", []),
        ("The Big Bone", []),
    ],
)
def test_a_fields_shape_tells_a_name(author, expected):
    assert stage_authors(author) == expected


@pytest.mark.parametrize(
    ("metadata", "expected"),
    [
        # trafilatura drops an initial's full stop; the page's own lines keep it
        ({"author": "Joe S", "byline_texts": ["By : Joe S."]}, ["Joe S."]),
        ({"author": "Ana María Roe C", "header_texts": ["Ana María Roe C."]}, ["Ana María Roe C."]),
        (  # a byline's other parts aside
            {"author": "Marwan H Adwan", "byline_texts": ["Marwan H. Adwan | 3 May"]},
            ["Marwan H. Adwan"],
        ),
        # a login of the same letters is no spelling of the name, nor is another person
        (
            {"author": "Christian Stadtfeld", "byline_texts": ["christian.stadtfeld"]},
            ["Christian Stadtfeld"],
        ),
        ({"author": "Joe S", "byline_texts": ["Joe Smith"]}, ["Joe S"]),
        # a difference of case alone changes nothing
        ({"author": "Jane Roe", "header_texts": ["JANE ROE"]}, ["Jane Roe"]),
    ],
)
def test_a_name_is_kept_as_the_page_writes_it(metadata, expected):
    assert page_authors(**metadata) == expected
