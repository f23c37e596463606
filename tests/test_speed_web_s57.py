"""The caption pass's fast paths of session 57 against the ways first written: same answers.

`captions._too_many_words` answers blanks and a text of `limit / 2` characters or fewer
without a pass (no character casefolds to three `line_key` words), and
`_ResiliparseNodes.markup_text` passes no comment pattern over markup with no `<!--`. Each
must answer as the full pass did, on the shared evaluation pages and on odd and hostile
markup: the published bytes depend on it.
"""

from __future__ import annotations

import re
import sys
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.io import captions, fast_html
from curate.synth_warc import EVAL_DIR, eval_pages

WORD = re.compile(r"\w+")


def _too_many_words_full(text: str, limit: int) -> bool:
    """The answer with no short cut: the words of the whole text counted."""
    return captions._more_words(limit).match(" ".join(text.split()).casefold()) is not None


def _markup_text_full(markup: str) -> str:
    """`markup_text`'s plain branch as first written: the comment pattern over every markup."""
    text = unescape(captions._TAGS.sub(" ", captions._COMMENTS.sub(" ", markup)))
    return captions._SPACES.sub(" ", text).strip()


def test_no_character_casefolds_to_three_words():
    # the bound behind the short cut: each character's casefold holds at most two words ("ᾷ"
    # is "ᾶι", three Greek letters so), so a text has at most twice as many words as
    # characters ("İ" is "i" and a combining dot: one)
    most = max(
        len(WORD.findall(chr(code).casefold()))
        for code in range(sys.maxunicode + 1)
        if len(chr(code).casefold()) > 1
    )
    assert most == 2
    assert [w for c in "ᾷῇῷ" for w in WORD.findall(c.casefold())] == list("αιηιωι")


PIECES = ["a", "ᾷ", "İ", "ß", "ﬁ", "ΐ", "٣", "_", " ", "\u00a0", "\t", "\n", "-", ".", "’", "x y"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts, st.integers(0, 30))
def test_too_many_words_as_full(text, limit):
    assert captions._too_many_words(text, limit) == _too_many_words_full(text, limit)


@pytest.mark.parametrize("limit", [0, 1, 2, 25, 40, 80])
def test_too_many_words_at_the_bound(limit):
    half = limit // 2
    for text in (
        *("İ" * n for n in (half, half + 1, limit, limit + 1)),
        *("ᾷ" * n for n in (half, half + 1, limit)),
        "a " * limit,
        ("a " * (limit + 1)).strip(),
        "",
        " \u00a0\n" * (limit + 5),
    ):
        assert captions._too_many_words(text, limit) == _too_many_words_full(text, limit)


ODD = [
    "<figure><img alt='x'><figcaption>Firefighters <!-- a note --> at the scene</figcaption>"
    "</figure>",
    "<div><p>No comment &amp; an entity &lt;b&gt;</p><img src=a.jpg><span>Photo: AP</span></div>",
    "<div><!--<p>hidden</p>--><img>Jane Doe / Reuters<!-- unclosed",
    "<div><img><p>a<!---->b<!-- -- -->c</p></div>",
    "<div><img><p>text with <!-- inside and --> after, then &lt;!-- escaped --&gt;</p></div>",
    "<div><img>" + "<!--" * 3000 + "</div>",  # hostile: thousands of comment openers
    "<div><img><p>" + "x " * 20000 + "</p></div>",  # hostile: 40 kB of text, no comment
]


def _boxes(html: str) -> list:
    """Every element of the page's tree (boxes of any kind), by Resiliparse."""
    tree = fast_html._parsed(html)
    return list(tree.document.query_selector_all("*").values())


@pytest.mark.parametrize("html", ODD)
def test_markup_text_as_full_on_odd_markup(html):
    for node in _boxes(html):
        markup = node.html
        if captions.RAW_TEXT.search(markup) is None:
            assert captions._ResiliparseNodes.markup_text(node, markup) == _markup_text_full(markup)


@pytest.mark.parametrize("html", ODD)
def test_too_many_words_as_full_on_odd_markup(html):
    for node in _boxes(html):
        for limit in (captions.BESIDE_WORDS, captions.CAPTION_WORDS, captions.FIGURE_WORDS):
            text = node.text
            assert captions._too_many_words(text, limit) == _too_many_words_full(text, limit)


@pytest.mark.skipif(not EVAL_DIR.is_dir(), reason="../shared/eval is not here")
def test_as_full_on_shared_pages():
    from curate.io.page_decode import decode_page

    checked = 0
    for _, body in eval_pages(per_benchmark=15):
        tree = fast_html._parsed(decode_page(body))
        found = fast_html._page_nodes(tree)
        for node in found:  # the images, the boxes and the blocks around them
            for near in (node, node.parent, node.next_element):
                if near is None or near.tag.startswith("#"):
                    continue
                markup = near.html
                if captions.RAW_TEXT.search(markup) is None:
                    assert captions._ResiliparseNodes.markup_text(
                        near, markup
                    ) == _markup_text_full(markup)
                for limit in (captions.BESIDE_WORDS, captions.CAPTION_WORDS):
                    text = near.text
                    assert captions._too_many_words(text, limit) == _too_many_words_full(
                        text, limit
                    )
                checked += 1
    assert checked > 100
