"""The reader's link labels, fast path against slow: same link texts, same linked lines.

`fast_html._anchor_texts` finds a page's links with one pattern where `_anchor_texts_stepwise`
made two searches a link; `html.linked_lines` looks in each line only for the link texts the
page's text holds, where every line looked for every link text of the page. Both must give
what the slow path gives, on any markup and any text: the published bytes depend on it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.io import html as html_reader
from curate.io.fast_html import TAG, _anchor_texts, _anchor_texts_stepwise, _tag_split
from curate.synth_warc import EVAL_DIR, eval_pages
from tests.conftest import assert_linear


def linked_lines_every_anchor(text: str, anchors: set[str]) -> list[str]:
    """`linked_lines` before the fast path: every line against every link text."""
    low, high = html_reader.LINKED_WORDS
    found = []
    for line in text.split("\n\n"):
        if low <= len(line.split()) <= high and (
            html_reader._link_share(line, anchors) >= html_reader.LINK_SHARE
            or html_reader._glued_teaser(line, anchors)
        ):
            found.append(html_reader.line_key(line))
    return found


# link texts: the parts of markup that move a link's start or end --------------------------
@pytest.mark.parametrize(
    "html",
    [
        "<body><a href=x>Council approves the new budget</a></body>",
        "<body><A HREF=x>A headline <b>in bold</b> here</A ></body>",
        "<body><a>Cats &amp; dogs living together</a> <a>Second link text here</a></body>",
        "<head><a>In the head, not the body</a></head><body><a>In the body, read</a></body>",
        "<body><abbr>Not a link at all, an abbr</abbr><a>unclosed link text after it",
        "<body><a>first link, never closed <a>nested opening here</a> after</a></body>",
        "<body><a title='</a>'>Attribute holding a closing tag</a></body>",
        "<body><a>Link text before an article</a><article>body text</article></body>",
        "<body><a>Closed by a spaced tag, long enough</a\n></body>",
        "<body><a>Link text across\n\n  several   lines</a></body>",
        "<body><a>No closing tag anywhere in this page</body>",
        "<body><a>Ends the page with an opening</a><a href='x'",
        "<body></a><a>after a stray closing tag first</a></body>",
        "<body><a href=x>Pats place Olszewski on IR</a> New England</body><a>after body</a>",
        "no body tag: <a>Link text found from the start</a>",
        "<body><a>Caf\u00e9 \u2014 pr\u00eat-\u00e0-porter news</a></body>",
        "<body><a\u00a0href=x>Opened after a no-break space</a></body>",  # `\s`: Unicode
        "<body><a>Ends in a no-break closing tag here</a\u00a0></body>",
        # a link's pieces are read only when the whole is long enough, and a piece only when
        # it is long enough as markup: blanks between tags, entities that shrink, a piece
        # long enough as both, an entity cut by a tag
        "<body><a>\n            <img src=x>\n            <b>Short</b>\n        </a></body>",
        "<body><a><b>&amp;&amp;&amp;&amp;</b> and a long enough tail</a></body>",
        "<body><a><span>Headline in a span</span><span>Its teaser in a span</span></a></body>",
        "<body><a>Tom &am<i>p; Jerry</i> cartoon reruns</a></body>",
        "<body><a><i>&nbsp;&nbsp;&nbsp;</i><b>Twelve chars</b></a></body>",
    ],
)
def test_link_texts_match_the_stepwise_search(html):
    assert _anchor_texts(html) == _anchor_texts_stepwise(html)


MARKUP = st.sampled_from(
    [
        "<a>",
        "<a href='/x'>",
        "<A\nclass=big>",
        "</a>",
        "</A >",
        "</a\t>",
        "</abbr>",
        "<abbr>",
        "</article>",
        "<b>",
        "</b>",
        "<body>",
        "<a",
        ">",
        "&amp;",
        "&amp;&amp;&amp;&amp;",
        "&lt;",
        "            ",
        " ",
        "\n",
        "\u00a0",
        "Council approves",
        "the new budget",
        "Pats place Olszewski on IR",
        "x",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MARKUP, max_size=40).map("".join))
def test_link_texts_match_the_stepwise_search_on_any_markup(html):
    assert _anchor_texts(html) == _anchor_texts_stepwise(html)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="<>a b\n", max_size=30))
def test_tags_split_as_the_pattern_splits(inner):
    assert _tag_split(inner) == TAG.split(inner)


# markup where a search that tries every `<a` again runs in quadratic time
UNKIND = {
    "opens before the last closing tag": lambda n: "<body>" + "<a " * n + "</a>",
    "one link holding opens": lambda n: "<body><a>" + "<a " * n + "</a>",
    "closing and opening tags": lambda n: "<body>" + "</a <a " * n,
    "unclosed tags inside a link": lambda n: "<body><a>" + "<b " * n + "</a>",
    "opens after the last closing tag": lambda n: "<body><a>x</a>" + "<a " * n,
    "many opens, then more after": lambda n: "<body>" + "<a " * 50 + "</a>" + "<a " * n,
}


@pytest.mark.parametrize("make", UNKIND.values(), ids=UNKIND.keys())
def test_unkind_markup_takes_linear_time_and_gives_the_same_texts(make):
    small = make(300)
    assert _anchor_texts(small) == _anchor_texts_stepwise(small)
    # a quadratic search: 2 s (one link holding opens) to a minute at 50,000
    assert_linear(_anchor_texts, make, 200_000)


# linked lines: the lines mostly made of link text --------------------------------------------
LINK_TEXTS = [
    "Pats place Olszewski on IR",
    "Council approves the new budget",
    "Read more about the budget.",
    "Sign up for our newsletter",
    "Rams top Bears as offenses struggle",
]
WORDS = st.sampled_from(
    LINK_TEXTS + ["- ", "New", "England's", "roster", "is", "re-shuffling", "42", "the", "  "]
)
LINE = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(LINE, min_size=1, max_size=8).map("\n\n".join),
    st.sets(st.sampled_from(LINK_TEXTS + ["Menu item that never shows", "roster is"])),
)
def test_linked_lines_match_every_line_against_every_link_text(text, anchors):
    assert html_reader.linked_lines(text, anchors) == linked_lines_every_anchor(text, anchors)


def test_linked_lines_find_the_glued_teaser_and_the_linked_headline():
    text = "\n\n".join(
        [
            "- Pats place Olszewski on IR New England's roster is re-shuffling",
            "Council approves the new budget",
            "Read more about the budget. The council met on Tuesday to approve it",
            "A line of prose with no link in it at all, long enough to count",
        ]
    )
    anchors = set(LINK_TEXTS[:3]) | {"A menu link found on no line of the text"}
    found = html_reader.linked_lines(text, anchors)
    assert found == linked_lines_every_anchor(text, anchors)
    assert found == [
        html_reader.line_key("Pats place Olszewski on IR New England's roster is re-shuffling"),
        html_reader.line_key("Council approves the new budget"),
    ]


# the evaluation pages: real markup, both extractors' link texts --------------------------------
@pytest.fixture(scope="module")
def real_pages() -> list[str]:
    if not (EVAL_DIR / "aeb").is_dir():
        pytest.skip("../shared/eval is not here")
    from trafilatura.utils import decode_file

    return [decode_file(body) for _, body in eval_pages(per_benchmark=60)]


def test_real_pages_give_the_same_link_texts_and_linked_lines(real_pages):
    from curate.io.fast_html import extract_page_fast

    labelled = 0
    for page in real_pages:
        assert _anchor_texts(page) == _anchor_texts_stepwise(page)
        found = extract_page_fast(page, "page.html")
        if isinstance(found, tuple):
            text, linked = found[0], found[3]
            assert linked == linked_lines_every_anchor(text, _anchor_texts_stepwise(page))
            labelled += bool(linked)
    assert labelled >= 10  # the pages carry link labels: the comparison compared something


def test_real_pages_give_the_same_linked_lines_with_trafilatura(real_pages):
    from trafilatura.utils import load_html

    labelled = 0
    for page in real_pages[:20]:
        found = html_reader.extract_page(page, "page.html")
        if not isinstance(found, tuple):
            continue
        tree = load_html(page)
        html_reader._drop_popups(tree)
        anchors = html_reader._anchor_texts(tree)
        assert found[3] == linked_lines_every_anchor(found[0], anchors)
        labelled += bool(found[3])
    assert labelled >= 2  # trafilatura keeps fewer link lines than Resiliparse
