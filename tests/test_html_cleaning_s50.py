"""Session 50: an HTML article's own subheadings survive cleaning; the measure that found them.

`python -m curate.evaluate cleaning_moves` scores each benchmark page as extracted and as
cleaned: the line model's removals were the largest kind of loss on the pages cleaning made
worse, and most of the content it took was subheadings, which the page's markup names
(`<h2>`...) and a table of contents' links made look like link text. The reader labels the
lines that are a heading's text (`headed_lines`); the `boilerplate` stage keeps such a line
over a body paragraph that stays.
"""

from __future__ import annotations

import pytest

from curate.document import HEADED_LINES, Document, Edit, line_key
from curate.evaluate.cleaning_moves import (
    EMPTIED,
    REWRITE,
    loss_kind,
    removed_lines,
    segment_f,
    shingle_f1,
)
from curate.io.html import page_document, read_page
from curate.io.page_headings import headed_lines
from curate.pipeline import Pipeline

PARAGRAPHS = [
    "The city council voted on Tuesday night to approve a new budget for the coming year, after "
    "a long debate that stretched past midnight and drew dozens of residents to the chamber.",
    "Council members said the plan balances the need for new services with the reality of a "
    "shrinking tax base, and several of them praised the staff for months of careful work.",
    "The budget sets aside money for road repairs across the east side, where residents have "
    "complained for years about potholes and broken pavements near the schools.",
    "It also adds two new positions at the public library, which will extend its opening hours "
    "into the evening on weekdays starting in the spring.",
    "Officials expect the first contracts to be signed before the end of the summer, and the "
    "mayor said she would report on the progress at every monthly meeting.",
    "Residents who want to comment on the projects can attend the public hearings, which will be "
    "held at the community centre on the first Monday of each month.",
]
TITLE = "Council approves the new budget"

# (subheadings, their tags): a story's sections, a guide's questions, a report's parts
SECTIONS = [
    (("What the council decided", "Where the money goes", "The next steps for residents"), "h2"),
    (("Who pays for the repairs?", "How long will the works take?", "What happens next?"), "h3"),
    (("Background and history", "The vote in detail", "Reactions from the public"), "h4"),
]


def article(headings: tuple[str, ...], tag: str, contents: bool = True) -> str:
    """A story in sections, with a table of contents linking to them (in-page links, whose
    texts the reader's link label also finds in the headings)."""
    toc = "".join(f'<li><a href="#s{i}">{h}</a></li>' for i, h in enumerate(headings))
    first, second, third = headings
    p = [f"<p>{text}</p>" for text in PARAGRAPHS]
    body = (
        f"{p[0]}{'<ul>' + toc + '</ul>' if contents else ''}{p[1]}"
        f"<{tag} id='s0'>{first}</{tag}>{p[2]}{p[3]}<{tag} id='s1'>{second}</{tag}>{p[4]}"
        f"<{tag} id='s2'>{third}</{tag}>{p[5]}"
    )
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>{body}"
        "</article></body></html>"
    )


def cleaned(html: str, drop_label: bool = False) -> Document:
    doc = page_document(html.encode(), "page.html", "page", "trafilatura")
    if drop_label:
        doc.labels.pop(HEADED_LINES)
    for stage in Pipeline.from_recipe("web").stages:
        if stage.name in ("unicode", "markup", "boilerplate"):
            doc = stage.process(doc)
    return doc


# The reader's label ---------------------------------------------------------------------------
@pytest.mark.parametrize(("headings", "tag"), SECTIONS)
def test_the_reader_labels_the_lines_that_are_a_headings_text(headings, tag):
    doc = page_document(article(headings, tag).encode(), "page.html", "page", "trafilatura")
    assert {line_key(h) for h in headings} <= set(doc.labels[HEADED_LINES])
    assert not {line_key(p) for p in PARAGRAPHS} & set(doc.labels[HEADED_LINES])


def test_a_heading_split_by_inline_tags_is_one_text():
    html = article(("Ad<b>blue</b> facts", "Where the money goes", "The vote"), "h2")
    _, headed = read_page(html.encode(), "page.html")
    assert "adblue facts" in headed


def test_a_bold_paragraph_is_no_heading():
    html = article(("What the council decided", "Where it goes", "Next"), "h2").replace(
        "<h2 id='s1'>Where it goes</h2>", "<p><b>Where it goes</b></p>"
    )
    _, headed = read_page(html.encode(), "page.html")
    assert "where it goes" not in headed and "what the council decided" in headed


def test_a_heading_linking_to_another_page_is_another_storys_headline():
    html = article(("What the council decided", "Where the money goes", "The next steps"), "h2")
    html = html.replace(
        "<h2 id='s1'>Where the money goes</h2>",
        "<h2><a href='/2021/10/money-story.html'>Where the money goes</a></h2>",
    )
    _, headed = read_page(html.encode(), "page.html")
    assert "where the money goes" not in headed and "what the council decided" in headed


def test_headed_lines_are_whole_lines_only():
    text = "Where the money goes\n\nWhere the money goes is the question the council asked."
    assert headed_lines(text, {"Where the money goes"}) == ["where the money goes"]
    assert headed_lines(text, set()) == []


# The stage ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("headings", "tag"), SECTIONS)
def test_an_articles_subheadings_stay_over_their_paragraphs(headings, tag):
    doc = cleaned(article(headings, tag))
    lines = doc.text.split("\n\n")
    for heading in headings:
        assert heading in lines
        below = lines[lines.index(heading) + 1]
        assert below in PARAGRAPHS  # the body paragraph it heads is there too


def test_without_the_label_the_same_subheadings_were_removed():
    """The kind of error: the same text as plain text (no markup to say) loses them."""
    headings, tag = SECTIONS[0]
    doc = cleaned(article(headings, tag), drop_label=True)
    removed = removed_lines(doc).get("line_model", [])
    assert set(headings) <= set(removed)


def test_a_heading_over_other_stories_headlines_still_goes():
    items = "".join(
        f"<li><a href='/2021/10/story-{i}.html'>{text}</a></li>"
        for i, text in enumerate(
            (
                "Mayor opens the new bridge over the river",
                "Schools close early as the storm nears the coast",
                "Police name the driver in the motorway crash",
                "Library extends its opening hours into the evening",
            )
        )
    )
    html = article(*SECTIONS[0]).replace(
        "</article>", f"<h2>More from the city desk</h2><ul>{items}</ul></article>"
    )
    doc = cleaned(html)
    assert "More from the city desk" not in doc.text.split("\n\n")


@pytest.mark.parametrize(("headings", "tag"), SECTIONS)
def test_the_stage_is_idempotent_with_the_label(headings, tag):
    html = article(headings, tag)
    once = cleaned(html)
    again = page_document(html.encode(), "page.html", "page", "trafilatura")
    again.text = once.text
    for stage in Pipeline.from_recipe("web").stages:
        if stage.name in ("unicode", "markup", "boilerplate"):
            again = stage.process(again)
    assert again.text == once.text


# The measure ----------------------------------------------------------------------------------
def test_page_scores():
    body = " ".join(PARAGRAPHS)
    assert shingle_f1(body, body) == 1.0
    assert shingle_f1("", "") == 1.0 and shingle_f1("", body) == 0.0
    assert 0 < shingle_f1(PARAGRAPHS[0], body) < 1
    segments = (["voted on Tuesday night", "the public library"], ["Share this article"])
    assert segment_f(body, segments) == 1.0
    assert segment_f(body + " Share this article", segments) == pytest.approx(0.8)
    assert segment_f("nothing", segments) == 0.0


def test_a_worse_page_is_given_the_rule_whose_lines_win_back_most():
    body = " ".join(PARAGRAPHS)
    text = "\n\n".join(p for p in PARAGRAPHS if p != PARAGRAPHS[2])
    doc = Document(id="page", text=text)
    doc.edits = [  # the ledger's removals (offsets play no part in the measure)
        Edit("boilerplate", "line_model", "text", 0, PARAGRAPHS[2] + "\n\n", ""),
        Edit("boilerplate", "social", "text", 0, "Share this article\n\n", ""),
    ]
    kind, gains = loss_kind(doc, text, body, shingle_f1)
    assert kind == "line_model" and gains["line_model"] > 0 >= gains["social"]
    doc.edits = doc.edits[1:]
    assert loss_kind(doc, text, body, shingle_f1)[0] == REWRITE  # nothing wins anything back
    doc.remove("boilerplate", "emptied", "no text left")
    assert loss_kind(doc, "", body, shingle_f1)[0] == EMPTIED
