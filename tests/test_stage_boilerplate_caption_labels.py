"""The `plain` line model's caption examples (`boilerplate.caption_examples`): a page's plain
lines with its images' texts where its images stand, the captions labelled noise by the markup.

Made-up pages: an article of body paragraphs with a picture in the middle, given its text in
one of the ways pages give it (a `<figcaption>` that is a line of the page, an `alt` text that
is none); and the texts that are no caption: the headline an image repeats, a teaser's linked
headline, a logo's name, a table set as a figure, a gallery whose figures hold the story, a line
the page's own example already labels, an image inside a paragraph's text.
"""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from curate.document import line_key
from curate.evaluate.pages import page_blocks
from curate.stages.boilerplate import caption_examples, train
from curate.stages.boilerplate.caption_examples import NOISE, caption_document

TITLE = "Storm cuts power to thousands on the coast"
BODY = [
    "Floodwater rose through the harbour district overnight, and by dawn the river had topped "
    "its banks in three places along the old quay, the council said.",
    "About 2,000 households were without electricity on Tuesday morning after a substation "
    "near the bridge was switched off as a precaution, the network operator said.",
    "Volunteers from the rowing club filled sandbags through the night, and the fire service "
    "pumped water from the cellars of shops on Market Street until noon.",
    "The Environment Agency said the river would stay high until Thursday, when drier weather "
    "is expected to let the clean-up of the harbour front begin.",
]
CAPTION = "Volunteers stack sandbags outside the library on Tuesday."


def page(middle: str, title: str = TITLE) -> str:
    paragraphs = [f"<p>{text}</p>" for text in BODY]
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        + "".join(paragraphs[:2])
        + middle
        + "".join(paragraphs[2:])
        + "</body></html>"
    )


def document(html: str, labels: dict[str, int] | None = None):
    """`caption_document` of `html`, its plain lines its blocks as `evaluate.pages` reads them."""
    tree = load_html(html)
    lines = page_blocks(tree)
    given = [(labels or {}).get(line) for line in lines]
    return caption_document("page", tree, TITLE, lines, given)


def noise_lines(found) -> list[str]:
    if found is None:
        return []
    return [line for line, label in zip(found[1], found[2], strict=True) if label == NOISE]


# (the picture as the page gives it, the lines labelled noise)
CASES = [
    # a figure's caption, a line of the page: labelled where it stands
    (f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>", [CAPTION]),
    # an alt text that is no line: a line of its own where the image stands
    (f"<div><img src='a.jpg' alt='{CAPTION}'></div>", [CAPTION]),
    (f"<img src='a.jpg' title='{CAPTION}'>", [CAPTION]),
    # an alt text that repeats the figure's caption stands once
    (f"<figure><img alt='{CAPTION}'><figcaption>{CAPTION}</figcaption></figure>", [CAPTION]),
    # a caption closed by its credit, with no stop of its own at the end
    (
        "<figure><img src='a.jpg'><figcaption>Sandbags on Quay Street on Tuesday. "
        "Photo: J. Smith / AFP</figcaption></figure>",
        ["Sandbags on Quay Street on Tuesday. Photo: J. Smith / AFP"],
    ),
    (
        "<img src='a.jpg' alt='Sandbags on Quay Street (Photo: J. Smith / AFP)'>",
        ["Sandbags on Quay Street (Photo: J. Smith / AFP)"],
    ),
    # an image's description that is no sentence has a headline's shape: no caption
    (f"<img src='a.jpg' alt='{CAPTION.rstrip('.')}'>", []),
    # the headline an image repeats, a logo's name, a file name: no caption
    (f"<img src='a.jpg' alt='{TITLE}'>", []),
    ("<img src='a.jpg' alt='Gazette logo'>", []),
    ("<img src='a.jpg' alt='storm-coast-harbour-2026-03-14.jpg'>", []),
    # a teaser's image whose text is its link's: another story's headline, no caption
    (
        "<a href='/x'>Harbour wall repairs delayed again this spring</a>"
        "<img src='b.jpg' alt='Harbour wall repairs delayed again this spring'>",
        [],
    ),
    # a table set as a figure: its cells are the page's text
    (
        "<figure><table><tr><td>Homes without power on Tuesday morning</td></tr></table></figure>",
        [],
    ),
    # an image inside a paragraph's text: no line is cut in two, no caption placed
    (f"<p>Crews worked until dawn <img src='c.jpg' alt='{CAPTION}'> on the lines.</p>", []),
]


@pytest.mark.parametrize(("middle", "expected"), CASES)
def test_captions_labelled_noise(middle: str, expected: list[str]) -> None:
    assert noise_lines(document(page(middle))) == expected


def test_a_placed_caption_stands_where_its_image_stands() -> None:
    found = document(page(f"<div><img src='a.jpg' alt='{CAPTION}'></div>"))
    assert found is not None
    assert found[1] == [TITLE, *BODY[:2], CAPTION, *BODY[2:]]
    # every other line is a neighbour without a label: the page's own example labels it
    assert found[2] == [None, None, None, NOISE, None, None]


def test_a_line_the_page_already_labels_is_left_to_it() -> None:
    html = page(f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>")
    for label in (0, 1):  # read as a caption, or kept by a person: either way, not again
        assert document(html, {CAPTION: label}) is None


def test_a_gallery_whose_figures_hold_the_story_gives_no_document() -> None:
    figures = "".join(
        f"<figure><img src='{n}.jpg'><figcaption>{text}</figcaption></figure>"
        for n, text in enumerate(BODY)
    )
    html = f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{figures}</body></html>"
    assert document(html) is None


def test_page_blocks_place_image_texts_between_blocks_only() -> None:
    html = page(
        f"<div><img src='a.jpg' alt='{CAPTION}'></div><p>Water rose <img alt='x'> fast.</p>"
    )
    plain = page_blocks(html)
    placed = page_blocks(html, lambda image: image.get("alt"))
    assert CAPTION not in plain
    assert placed == plain[:3] + [CAPTION] + plain[3:]  # "Water rose fast." stays whole
    assert "Water rose fast." in placed


def test_off_makes_no_caption_examples(monkeypatch: pytest.MonkeyPatch) -> None:
    """At weight 0 no page is read again and the rows are as they were."""
    monkeypatch.setattr(caption_examples, "caption_examples", pytest.fail)
    monkeypatch.setattr(caption_examples, "WEIGHT", 0.0)
    assert train.examples(None, [])["captions"] == []


def test_caption_lines_reach_the_plain_rows() -> None:
    """A caption document's noise line becomes a row of the plain model, the rest none."""
    found = document(page(f"<div><img src='a.jpg' alt='{CAPTION}'></div>"))
    assert found is not None
    _, lines, labels, title, linked, captioned = found
    rows, targets, texts = train.rows_of(
        lines, labels, title, linked, False, train.rules_only(), captioned
    )
    assert [line_key(text) for text in texts] == [line_key(CAPTION)]
    assert targets == [1]  # 1: noise, as the trees learn it


def test_content_too_keeps_the_pages_content_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `CONTENT_TOO` the caption example carries the page's content lines as content
    (a short paragraph, a subhead), its noise lines stay unlabelled, the caption is noise."""
    monkeypatch.setattr(caption_examples, "CONTENT_TOO", True)
    html = page(
        f"<p>Power is back.</p><h2>What happens next</h2>"
        f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"
        "<p>Share this story</p>"
    )
    labels = {line: 1 for line in (TITLE, *BODY, "Power is back.", "What happens next")}
    labels["Share this story"] = 0
    found = document(html, labels)
    assert found is not None
    by_line = dict(zip(found[1], found[2], strict=True))
    assert by_line[CAPTION] == NOISE
    assert by_line["Power is back."] == by_line["What happens next"] == 1
    assert all(by_line[line] == 1 for line in BODY)
    assert by_line["Share this story"] is None  # the page's own example labels its noise
    monkeypatch.setattr(caption_examples, "CONTENT_TOO", False)
    assert set(document(html, labels)[2]) == {None, NOISE}  # off: neighbours, as before


def test_credited_only_keeps_the_captions_beside_a_credit(monkeypatch: pytest.MonkeyPatch) -> None:
    """With `CREDITED_ONLY` a caption row is learned only where `beside_credit` is set; content
    rows always; off, or without the column, every row."""
    names = ("chars", "beside_credit")
    rows = [[10.0, 1.0], [12.0, 0.0], [30.0, 0.0], [8.0, 1.0]]
    targets = [1, 1, 0, 0]  # 1: noise
    texts = ["by a credit", "alone", "content", "content by a credit"]
    monkeypatch.setattr(caption_examples, "CREDITED_ONLY", True)
    kept = caption_examples.credited_rows(rows, targets, texts, names)
    assert kept[2] == ["by a credit", "content", "content by a credit"]
    assert kept[1] == [1, 0, 0]
    assert caption_examples.credited_rows(rows, targets, texts, ("chars",))[2] == texts
    monkeypatch.setattr(caption_examples, "CREDITED_ONLY", False)
    assert caption_examples.credited_rows(rows, targets, texts, names)[2] == texts
