"""The web reader's fast paths of session 55 against the ways first written: same labels.

`captions.captioned_lines` counts the letters the caption texts cover span by span, and
`html._link_share` the letters link texts cover, where each counted a character at a time.
Each must answer as the stepwise way did (`captioned_lines_stepwise`, `_covered_stepwise`,
`_link_share_stepwise`) on any text: the published bytes depend on it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import line_key
from curate.io import captions
from curate.io import html as html_reader
from curate.synth_warc import EVAL_DIR, eval_pages

# characters that move keys and shares: case folds that grow ("ß", "ﬁ") or part a word ("İ":
# "i" and a combining dot), digits of other scripts, underscores, blanks of every kind,
# punctuation, newlines inside and between lines
PIECES = [
    "a", "b", "Z", "É", "ß", "İ", "Σ", "ς", "ﬁ", "٣", "1", "_", " ", "  ", "\u00a0", "\t",
    "\n", "\n\n", "\n\n\n", "-", "- ", ".", "’", "“", "x y", "Photo", "AP", "news today",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(texts, max_size=6), st.lists(st.integers(0, 60), max_size=4))
def test_captioned_lines_as_stepwise(text, extra, cuts):
    # captions that are whole lines, parts of lines (cut at any place) and other texts
    lines = [line_key(line) for line in text.split("\n\n")]
    found = {line_key(piece) for piece in extra}
    for cut in cuts:
        for key in lines:
            found.add(key[cut:])
            found.add(key[: cut + 12])
    assert captions.captioned_lines(text, found) == captions.captioned_lines_stepwise(text, found)
    for key in lines:
        if key:
            pieces = [piece for piece in found if piece]
            assert captions._covered(key, pieces) == captions._covered_stepwise(key, pieces)


@pytest.mark.parametrize(
    ("key", "pieces"),
    [
        ("firefighters at the scene in leeds", ["firefighters at the scene"]),
        ("a b a b a b", ["a b", "b a"]),  # overlapping and repeated spans
        ("photo ap photo ap", ["ap", "photo ap", "photo"]),
        ("ap photo jane doe", ["jane doe", "ap photo"]),  # spans apart, in any order
        ("one two three", ["four"]),  # none held
        ("one two three", [""]),  # an empty piece covers nothing
        ("ﬁre ß σ", ["ß σ"]),
    ],
)
def test_covered_cases(key, pieces):
    assert captions._covered(key, pieces) == captions._covered_stepwise(key, pieces)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=5), texts)
def test_link_share_as_stepwise(line, cuts, other):
    item = html_reader._item_text(line)
    anchors = [item[start : start + size] for start, size in cuts] + [other, other.strip()]
    assert html_reader._link_share(line, anchors) == html_reader._link_share_stepwise(line, anchors)


def test_link_share_cases():
    for line, anchors in [
        ("- Pats place Olszewski on IR New England", ["Pats place Olszewski on IR"]),
        ("Read more: Council approves budget", ["Council approves", "approves budget"]),
        ("no link here at all", ["elsewhere"]),
        ("a_b c_d", ["a_b"]),  # the underscore is no letter
        ("٣ apples ٣", ["٣ apples"]),
    ]:
        assert html_reader._link_share(line, anchors) == html_reader._link_share_stepwise(
            line, anchors
        )


def test_real_pages_give_the_same_captioned_lines():
    """The evaluation pages through the fast reader: its captioned lines as stepwise."""
    if not (EVAL_DIR / "aeb").is_dir():
        pytest.skip("../shared/eval is not here")
    from curate.io.captions import caption_texts
    from curate.io.fast_html import _page_nodes, _parsed, extract_page_fast
    from curate.io.page_decode import decode_page

    labelled = 0
    for _, body in eval_pages(per_benchmark=40):
        page = decode_page(body)
        found = extract_page_fast(page, "page.html")
        if not isinstance(found, tuple):
            continue
        tree = _parsed(page)
        texts = caption_texts(tree, _page_nodes(tree))
        assert found[5] == captions.captioned_lines_stepwise(found[0], texts)
        labelled += bool(found[5])
    assert labelled >= 10  # pages carry caption labels: the comparison compared something
