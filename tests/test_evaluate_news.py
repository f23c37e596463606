"""The news-shaped view of the labelled pages (`curate.evaluate.news`)."""

from __future__ import annotations

from curate.evaluate import news
from curate.evaluate.checked import CheckedPage, line_hash
from curate.evaluate.pages import Page, half

BODY = (
    "The council voted on Tuesday to expand the city's network of protected bike lanes by "
    "forty kilometres over the next three years, the mayor said."
)
MORE = (
    "Work on the first stretch starts in spring, and residents will be asked where the next "
    "lanes should go in a survey that opens next month across the city."
)


def test_a_page_is_news_shaped_when_its_content_is_mostly_sentences():
    article = ["Council votes on bike lanes", "Share on Facebook", BODY, MORE, BODY + " Again."]
    # content: the headline (no sentence) and three paragraphs: 3 of 4 sentences, under 85%
    assert not news.news_shaped(article, [1, 0, 1, 1, 1])
    # with the headline not labelled, every content line is a sentence; noise does not count
    assert news.news_shaped(article, [None, 0, 1, 1, 1])
    listing = ["Drink during your workout", "1 cup strawberries", BODY]
    assert not news.news_shaped(listing, [1, 1, 1])
    assert not news.news_shaped(listing, [0, 0, None])  # no content: no page of news


def _site_of_half(part):
    return next(f"site{n}.example" for n in range(100) if half(f"site{n}.example") == part)


def test_the_report_keeps_news_shaped_pages_of_both_label_sets_by_half():
    lines = ["Council votes on bike lanes", "Share on Facebook", BODY, MORE]
    labels = [None, 0, 1, 1]
    pages, checked = [], []
    for part in ("A", "B"):
        site = _site_of_half(part)
        page = Page(key=f"p{part}", benchmark="aeb", site=site, url=None,
                    plain_lines=lines, plain_labels=labels)  # fmt: skip
        listing = Page(key=f"l{part}", benchmark="aeb", site=site, url=None,
                       plain_lines=["Drink during your workout", "1 cup strawberries", BODY],
                       plain_labels=[1, 1, 1])  # fmt: skip
        pages += [page, listing]
        item = CheckedPage(f"p{part}", site, tuple(map(line_hash, lines)), (1, 0, 1, 1),
                           ("headline", "social", "body", "body"))  # fmt: skip
        checked.append((item, page))
    text = news.report(pages, checked)
    assert text.splitlines()[0].endswith(
        "overlap half A 1, read half A 0, overlap half B 1, read half B 0"
    )
    rows = [line.split() for line in text.splitlines() if line.startswith("rules only")]
    assert [(row[2], row[3]) for row in rows] == [
        ("overlap", "A"), ("overlap", "B"), ("read", "A"), ("read", "B")
    ]  # fmt: skip
    assert [row[-2:] for row in rows[:2]] == [["2", "1"], ["2", "1"]]  # content, noise lines
    assert [row[-2:] for row in rows[2:]] == [["0", "0"], ["0", "0"]]
