"""The HTML reader labels the lines the page's markup gives to an image (`captioned_lines`).

Made-up pages: an article of four body paragraphs with, in its middle, a caption in one of the
shapes pages give it (a `<figcaption>`, a `<p>` beside an `<img>` in a `<div>`, an alt text that
stands again as a line, a credit under an image); and the counter-examples: a body paragraph
that shares a `<div>` with an image, a heading just above an image, a page with no image.
Each page goes through both readers (`EXTRACTORS`): the fast one (Resiliparse) labels by the
same rules on its own tree, and the texts the rules collect are the same on both trees.
"""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from curate.document import CAPTIONED_LINES, LINKED_LINES, line_key
from curate.io.captions import BESIDE_WORDS, caption_texts, captioned_lines
from curate.io.html import document_from_html, extract_page, page_document

EXTRACTORS = ["trafilatura", "resiliparse"]  # the reader's two extractors, one rule set


def resiliparse_tree(html: str):
    from resiliparse.parse.html import HTMLTree

    return HTMLTree.parse(html)


def both_trees(html: str) -> list[set[str]]:
    """The caption texts of `html` on lxml's tree and on Resiliparse's."""
    return [caption_texts(load_html(html)), caption_texts(resiliparse_tree(html))]


BODY = [
    "The storm reached the coast on Monday night, bringing winds of more than 100 miles an "
    "hour and heavy rain to towns along the shore, officials said.",
    "Thousands of homes lost power as trees fell on lines across the region, and emergency "
    "crews worked through the night to restore it, the utility said in a statement.",
    "Schools were closed on Tuesday and the authorities urged people to stay at home until the "
    "wind dropped, warning that more rain was on the way for the weekend.",
    "The council said it would open three shelters for families whose homes were damaged by "
    "the storm, and that volunteers were needed to staff them through the week ahead.",
]
# a body paragraph of its own, as long as many are: it shares a <div> with an image below
SHELTERS = (
    "The mayor said the town would open three shelters for families whose homes were damaged "
    "by the storm, and that volunteers were needed to staff them through the week ahead as the "
    "clean-up went on."
)


def page(middle: str, images: bool = True) -> str:
    """An article with `middle` between its second and third paragraphs."""
    logo = '<header><img src="/logo.png" alt="Example News logo"></header>' if images else ""
    return (
        "<html><head><title>Storm hits coast</title></head><body>"
        f"{logo}<article><h1>Storm hits coast</h1><p>{BODY[0]}</p><p>{BODY[1]}</p>{middle}"
        f"<p>{BODY[2]}</p><p>{BODY[3]}</p></article></body></html>"
    )


CAPTIONED = [
    # a <p> beside an <img> in a <div>
    (
        '<div class="media"><img src="b.jpg"><p>Residents clear debris from a street in Hove.</p>'
        "</div>",
        "Residents clear debris from a street in Hove.",
    ),
    # the image in a link in a wrapper of its own, the caption the wrapper's next element
    (
        '<div class="pic"><a href="/i/1"><img src="b.jpg"></a></div>'
        "<p>Volunteers fill sandbags outside the town hall in Lewes on Sunday.</p>",
        "Volunteers fill sandbags outside the town hall in Lewes on Sunday.",
    ),
    # an alt text standing again as a line
    (
        '<p><img src="c.jpg" alt="A fallen tree blocks a road in Lewes"></p>'
        "<p>A fallen tree blocks a road in Lewes</p>",
        "A fallen tree blocks a road in Lewes",
    ),
    # a credit under an image, inside its box
    ('<div><img src="d.jpg"><span>Photo: Jane Doe/Reuters</span></div>', "Photo: Jane Doe/Reuters"),
    # a credit under an image, the next block after it
    (
        '<div><picture><source srcset="d.webp"><img src="d.jpg"></picture></div>'
        "<p>Photograph: Jane Doe for The Times</p>",
        "Photograph: Jane Doe for The Times",
    ),
]


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize(("middle", "caption"), CAPTIONED)
def test_a_caption_beside_an_image_is_labelled_the_body_is_not(middle, caption, extractor):
    text, _, _, _, _, captioned = extract_page(page(middle), "page.html", extractor=extractor)
    assert caption in text.split("\n\n")  # the extractor's text: the label is all that is new
    assert captioned == [line_key(caption)]
    lxml, resiliparse = both_trees(page(middle))
    assert lxml == resiliparse and line_key(caption) in lxml


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_the_text_is_the_same_with_or_without_the_images(extractor):
    middle, caption = CAPTIONED[0]
    with_image = extract_page(page(middle), "page.html", extractor=extractor)
    without_markup = page(middle.replace('<img src="b.jpg">', ""))
    without = extract_page(without_markup, "page.html", extractor=extractor)
    assert with_image[0] == without[0]
    assert with_image[5] == [line_key(caption)] and without[5] == []


@pytest.mark.parametrize(
    "middle",
    [
        # a body paragraph sharing a <div> with an image: too long to be what the image shows
        f'<div><img src="e.jpg"><p>{SHELTERS}</p></div>',
        f'<div><img src="e.jpg"></div><p>{SHELTERS}</p>',
        # a heading just above or below a picture is no caption of it
        '<h2>What happens next</h2><div><img src="e.jpg"></div><p>' + SHELTERS + "</p>",
        '<div><img src="e.jpg"></div><h2>What happens next</h2><p>' + SHELTERS + "</p>",
        '<div><img src="e.jpg"><h3>What happens next</h3></div><p>' + SHELTERS + "</p>",
        # an image inside a paragraph: the paragraph is the story's
        f'<p><img src="e.jpg" width="20"> {SHELTERS}</p>',
    ],
)
@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_a_paragraph_near_an_image_is_not_labelled(middle, extractor):
    text, _, _, _, _, captioned = extract_page(page(middle), "page.html", extractor=extractor)
    assert SHELTERS in text
    assert captioned == []
    # the same place holds a caption when the block is short and no heading
    short = middle.replace(SHELTERS, "Crews at work in Lewes.").replace("h2>", "p>")
    short = page(short.replace("h3>", "p>"))
    assert extract_page(short, "page.html", extractor=extractor)[5] != []
    assert both_trees(page(middle))[0] == both_trees(page(middle))[1]
    assert both_trees(short)[0] == both_trees(short)[1]


@pytest.mark.parametrize("extractor", EXTRACTORS)
def test_a_page_without_images_labels_nothing(extractor):
    middle = "<p>Residents clear debris from a street in Hove.</p><p>Photo: Jane Doe/Reuters</p>"
    html = page(middle, images=False)
    text, _, _, _, _, captioned = extract_page(html, "page.html", extractor=extractor)
    assert "Photo: Jane Doe/Reuters" in text
    assert captioned == []


def test_figure_texts_are_caption_texts():
    """trafilatura leaves a `<figure>` out of the text; its texts still name the lines that
    stand elsewhere (a caption repeated in a gallery, a lead image's caption under it)."""
    html = page(
        '<figure><img src="a.jpg" alt="Waves over the sea wall"><figcaption>Waves crash over the '
        "sea wall in Brighton on Monday. <span>Photo: Jane Doe/AP</span></figcaption></figure>"
    )
    found, on_resiliparse = both_trees(html)
    assert found == on_resiliparse
    assert "waves crash over the sea wall in brighton on monday photo jane doe ap" in found
    assert "photo jane doe ap" in found and "waves over the sea wall" in found
    assert not any(line_key(paragraph) in found for paragraph in BODY)
    lines = [*BODY[:2], "Waves crash over the sea wall in Brighton on Monday.", *BODY[2:]]
    assert captioned_lines("\n\n".join(lines), found) == [line_key(lines[2])]


def test_a_line_mostly_made_of_caption_texts_is_labelled_a_line_holding_one_is_not():
    texts = {"firefighters at the scene in leeds", "photo jane doe ap"}
    lines = [
        "Firefighters at the scene in Leeds. Photo: Jane Doe/AP",  # all caption text
        "Firefighters at the scene in Leeds on Monday",  # most of it: 0.8 of its letters
        # a sentence that quotes a caption's words is not one
        "The report said firefighters at the scene in Leeds had waited two hours for water",
    ]
    assert captioned_lines("\n\n".join(lines), texts) == [line_key(line) for line in lines[:2]]


@pytest.mark.parametrize("tree", [load_html, resiliparse_tree])
def test_blocks_beside_an_image_are_short(tree):
    words = " ".join(["word"] * (BESIDE_WORDS + 1))
    html = page(f'<div><img src="e.jpg"><p>{words}.</p></div>')
    assert line_key(words) not in caption_texts(tree(html))
    shorter = " ".join(words.split()[1:])
    assert line_key(shorter) in caption_texts(tree(html.replace(words, shorter)))


@pytest.mark.parametrize(
    "middle",
    [
        # text nodes split by inline tags and comments: lxml's `itertext` joins them by a space
        '<div><img src="a.jpg"><p>Crews<!-- x --> at <b>work</b>in Lewes &amp; Hove</p></div>',
        # a script in the block: its text counts, as in lxml's (`<` in it is no tag)
        '<div><img src="a.jpg"><p>Crews at work <script>if (a<b) go()</script></p></div>',
        # an entity and a `>` in an attribute of an inner tag
        '<figure><img src="a.jpg" alt="a &gt; b"><figcaption><span title="x > y">Rain '
        "&amp; wind</span> in Lewes&nbsp;today</figcaption></figure>",
        # a gallery: many images in one box, the caption after it
        '<ul class="gallery">' + '<li><img src="g.jpg"></li>' * 12 + "</ul><p>The storm.</p>",
        # a heading's tag in a script's text is no heading: the box is still short and read
        '<div><img src="a.jpg"><p>Crews at work <script>x = "<h2>"</script></p></div>',
        # a style, a script after a comment, inside one box
        '<div><img src="a.jpg"><p>Crews <style>p > b {}</style>at work <!-- c --><script>'
        "if (a<b) go()</script> in Hove</p></div>",
        # a figure's box whose text is all in a template's content (no text node of its own)
        '<figure><img src="a.jpg"><div><template><p>Crews at work in Lewes</p></template> </div>'
        "</figure>",
    ],
)
def test_both_trees_give_the_same_caption_texts(middle):
    """The Resiliparse tree's texts are read from its serialised markup (a walk of its nodes
    costs a Python object each): the same words as lxml's `itertext` on these shapes."""
    lxml, resiliparse = both_trees(page(middle))
    assert lxml == resiliparse and len(lxml) > 1  # the logo's alt text and the block's


def test_every_reader_of_html_carries_the_label():
    middle, caption = CAPTIONED[0]
    html = page(middle)
    from_file = page_document(html.encode("utf-8"), "page.html", "p", "trafilatura")
    from_row = document_from_html(html, "rows.jsonl", 1, {"id": "p"}, "p")
    for doc in (from_file, from_row):
        assert doc.labels[CAPTIONED_LINES] == [line_key(caption)]
        assert LINKED_LINES in doc.labels  # the html model's other label, as before


def test_warc_records_carry_the_label(tmp_path):
    from curate.document import Document
    from curate.io.warc import read_warc
    from curate.synth_warc import write_warc

    middle, caption = CAPTIONED[0]
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [("https://example.com/storm", page(middle).encode("utf-8"))], damage=False)
    # the crawl's other records (a text conversion of the page) are no HTML page
    pages = [doc for doc in read_warc(path) if isinstance(doc, Document) and "\n\n" in doc.text]
    found = {doc.source: doc.labels.get(CAPTIONED_LINES) for doc in pages}
    assert found["https://example.com/storm"] == [line_key(caption)]


@pytest.mark.parametrize("tree", [load_html, resiliparse_tree])
def test_a_page_of_many_images_costs_linear_time(tree):
    """Each image asks of its boxes whether they hold text and what: one long article holding
    them all is read once, not once an image."""
    from tests.conftest import assert_linear

    def make(n: int) -> str:
        block = '<div><img src="a.jpg"></div><p>Crews at work in Lewes.</p><p>' + BODY[0]
        return page(f"<div>{(block + '</p>') * n}</div>")

    assert_linear(lambda html: caption_texts(tree(html)), make, 800)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Crews at <b>work</b><script>if (a<b) go('</p>')</script> in Hove</p>",
        "<div><style>p > b { color: red }</style><p>Rain &amp; wind</p><script></script></div>",
        "<div><script>document.write('<style>')</script><span>Photo: Jane Doe</span></div>",
        "<div><svg><style><b>bold</b></style></svg><p>Waves in Brighton</p></div>",
        "<div><!-- <script> --><script><!--<script>x</script>y--></script><p>Lewes</p></div>",
        "<div><noscript><img src=a.jpg> Enable scripts</noscript><p>Hove</p></div>",
        "<div><template><p>Hidden</p></template><script>var t = 1;</script><p>Seen</p></div>",
    ],
)
def test_a_box_with_raw_text_reads_as_its_walk(markup):
    """Scripts and styles are read from the serialised markup, their text as it stands: the
    same words as the walk of the box's text nodes, on every element of these shapes that
    holds raw text (walked before)."""
    from curate.io.captions import RAW_TEXT, _ResiliparseNodes

    tree = resiliparse_tree(f"<html><body>{markup}</body></html>")
    boxes = [node for node in tree.body.query_selector_all("*").values()]
    raw = [node for node in boxes if RAW_TEXT.search(node.html)]
    assert raw
    for node in raw:
        walked = _ResiliparseNodes.walked_text(node)
        assert _ResiliparseNodes.markup_text(node, node.html) == walked


def test_a_box_is_too_long_by_its_first_words_as_by_all_of_them():
    """`_too_many_words` reads a box's first blank-separated pieces when they hold enough
    words: the same answer as the word pattern on the whole casefolded text, on made-up texts
    of blanks, marks, and characters casefold splits ("İ") or joins (U+0345) into words."""
    import random

    from curate.io.captions import _more_words, _too_many_words

    rng = random.Random(15)
    alphabet = ["a", "b", " ", ".", "\n", "\u0130", "\u0345", "_", "1", "\u1ff7", "\xa0"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(90)))
        text = text if rng.random() < 0.8 else " " * 3000 + text + "\n" * 2000
        limit = rng.choice([1, 2, 3, 5, 10, 25])
        expected = _more_words(limit).match(text.casefold()) is not None
        assert _too_many_words(text, limit) == expected, (text, limit)


@pytest.mark.parametrize("tree", [load_html, resiliparse_tree])
def test_a_page_of_many_figures_and_long_blank_boxes_costs_linear_time(tree):
    """Each figure's boxes are read once; a box of kilobytes of blanks around an image is
    counted by its pieces, not matched character by character."""
    from tests.conftest import assert_linear

    def make(n: int) -> str:
        figure = '<figure><img src="a.jpg" alt="Waves"><figcaption>Rain <b>in</b> Hove</figcaption>'
        blanks = "<div>" + " " * 400 + '<img src="b.jpg">' + "\n" * 400 + "</div>"
        return page(f"<div>{(figure + '</figure>' + blanks) * n}</div>")

    assert_linear(lambda html: caption_texts(tree(html)), make, 400)


@pytest.mark.parametrize(
    "siblings",
    [
        "",  # the image's wrapper is the last child
        "<p>Firefighters at the scene</p>",  # the element right after it
        " Photo: Jane Doe <p>Next</p>",  # a text, then an element
        "<!-- credit --><p>Next</p>",  # a comment, then an element
        " Photo: Jane Doe <!-- x --> more <span>Next</span>",  # text, comment, text, element
        "\n  \n",  # blanks alone
        " Photo: Jane Doe",  # a text alone
    ],
)
def test_what_follows_a_wrapper_reads_as_its_tail_and_next_element(siblings):
    """`after` steps once to the wrapper's next sibling: the text there (lxml's tail: a
    comment or an element first is none) and the next element are what Resiliparse's
    `next`/`next_element` give, and what lxml's `tail`/`getnext` give, on each shape."""
    from curate.io.captions import _LxmlNodes, _ResiliparseNodes

    html = f"<html><body><div><a href=x><img src=a.jpg alt=Storm></a>{siblings}</div></body></html>"
    wrapper = resiliparse_tree(html).body.query_selector("a")
    other = wrapper.next
    tail = other.text if other is not None and other.tag == "#text" else None
    following = wrapper.next_element
    found_tail, found_following = _ResiliparseNodes().after(wrapper)
    assert found_tail == tail
    assert (found_following is None) == (following is None)
    if following is not None:
        assert found_following.html == following.html
    lxml_wrapper = load_html(html).find(".//a")
    lxml_tail, lxml_following = _LxmlNodes.after(lxml_wrapper)
    assert lxml_tail == lxml_wrapper.tail
    assert (lxml_following is None) == (following is None)
    if following is not None:
        assert lxml_following.tag == following.tag
