"""The labelled lines the line model learns from: labels against the gold, blocks, site halves."""

import pytest

from curate.evaluate.pages import (
    CONTENT,
    NOISE,
    _gold_labeller,
    _segment_labeller,
    half,
    page_blocks,
    site_of,
)

GOLD = (
    "The council voted on Tuesday to expand the city's bike lanes by forty kilometres.\n"
    "Work starts in spring.\n"
    "Budget"
)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (
            "The council voted on Tuesday to expand the city's bike lanes by forty kilometres.",
            CONTENT,
        ),
        ("Work starts in spring.", CONTENT),
        ("Budget", CONTENT),  # a word or two: content only as a line of the gold itself
        ("Sign up for our newsletter and never miss a story", NOISE),
        ("Share", NOISE),
        ("Tuesday", None),  # a gold word, but no gold line: no evidence either way
        ("The council voted on Tuesday to expand its own pay by forty percent.", None),
    ],
)
def test_a_line_is_labelled_by_its_ngrams_in_the_gold(line, label):
    assert _gold_labeller(GOLD)(line) == label


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Die GEMA dreht völlig am Zeiger! Und das schon lange.", CONTENT),
        ("Geschichte", None),  # a one-word segment also names a menu entry
        ("Impressum", NOISE),
        ("Impressum und Datenschutz, Kontakt und alles andere hier unten", None),
    ],
)
def test_segments_label_the_lines_that_hold_them(line, label):
    label_of = _segment_labeller(["Die GEMA dreht völlig am Zeiger!", "Geschichte"], ["Impressum"])
    assert label_of(line) == label


def test_blocks_are_the_pages_text_blocks_in_order():
    html = (
        "<html><head><title>T</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        "<p>First <b>para</b>graph.</p><figure><figcaption>Photo: AFP</figcaption></figure>"
        "<ul><li>One</li><li>Two</li></ul><p>Last.</p></body></html>"
    )
    assert page_blocks(html) == [
        "Home World",
        "First paragraph.",
        "Photo: AFP",
        "One",
        "Two",
        "Last.",
    ]


def test_site_halves_are_fixed_and_both_used():
    assert site_of("https://www.example.com/a", "x") == site_of("http://example.com/b", "y")
    assert half("example.com") == half("example.com")
    assert {half(f"site{n}.example") for n in range(20)} == {"A", "B"}


def test_a_line_the_unicode_stage_repairs_counts_as_kept_not_lost():
    # "Not\u00adfall" leaves the pipeline as "Notfall": a repair, not a content block removed
    from curate.evaluate.lines import Page, report

    body = (
        "Laut Gesetz soll die ePA den Not\u00adfall\u00addaten\u00adsatz, den "
        "Medikationsplan und weitere medizinische Dokumente enthalten, sagte sie am Montag."
    )
    lines = ["Ein Titel der Geschichte", body, body.replace("Laut", "Nach dem")]
    page = Page(key="p", benchmark="aeb", site="example.org", url=None)
    page.plain_lines = lines
    page.plain_labels = [CONTENT, CONTENT, CONTENT]
    rows = [row.split() for row in report([page]).splitlines() if row.startswith("rules only")]
    kept = {row[3]: row[4] for row in rows if row[2] == "plain"}
    assert kept[page.half] == "1.000"


def test_the_whole_page_variant_keeps_what_the_article_window_cuts():
    # the second test set: every block of the page, menus far from the article included
    from curate.evaluate.pages import WINDOW, _read_page

    menu = [f"<li>Menu entry {n}</li>" for n in range(WINDOW + 4)]
    body = "The council voted on the new budget for the harbour and the schools on Monday."
    html = f"<html><body><ul>{''.join(menu)}</ul><p>{body}</p></body></html>".encode()
    page = _read_page(("k", "aeb", "https://example.org/a", html, body))
    assert page.whole_lines[-1] == body and page.plain_lines[-1] == body
    assert len(page.whole_lines) == len(menu) + 1
    assert len(page.plain_lines) == WINDOW + 1
    assert page.whole_labels[-1] == CONTENT and page.whole_labels[0] == NOISE


def test_each_half_is_scored_by_a_line_model_that_never_saw_its_sites():
    """make eval: half B by the shipped model (trained on half A), half A by the model of half
    B's sites that `make train` writes; neither file may be swapped for the other."""
    import json

    from curate import resources
    from curate.evaluate.pages import scoring_model
    from curate.stages.boilerplate.model import load

    assert scoring_model("B") is None  # the shipped model
    holdout = scoring_model("A")
    assert holdout is not None and holdout.endswith("line_model_half_B.json")
    shipped = json.loads((resources.DATA_DIR / "line_model.json").read_text(encoding="utf-8"))
    other = json.loads(open(holdout, encoding="utf-8").read())
    assert "site half A (half B held out)" in shipped["trained_on"]["eval_pages"]
    assert "site half B (half A held out)" in other["trained_on"]["eval_pages"]
    assert set(load(holdout)) == {"plain", "html"}
    assert other["models"] != shipped["models"]
