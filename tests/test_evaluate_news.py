"""The news-shaped view of the labelled pages (`curate.evaluate.news`)."""

from __future__ import annotations

from curate.evaluate import checked, news
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
        "overlap half A 1, read half A 0, read2 half A 0, overlap half B 1, read half B 0, "
        "read2 half B 0"
    )
    rows = [line.split() for line in text.splitlines() if line.startswith("rules only")]
    assert [(row[2], row[3]) for row in rows] == [
        ("overlap", "A"), ("overlap", "B"), ("read", "A"), ("read", "B"), ("read2", "A"),
        ("read2", "B"),
    ]  # fmt: skip
    assert [row[-2:] for row in rows[:2]] == [["2", "1"], ["2", "1"]]  # content, noise lines
    assert [row[-2:] for row in rows[2:]] == [["0", "0"]] * 4
    assert "read2 by kind" not in text  # no later set given


def test_the_later_set_counts_every_page_given_and_reports_its_kinds():
    """`read2` pages were chosen as news-shaped before they were read: the report keeps each
    one, even when its reading finds it is not (here a listing), and names the kinds."""
    lines = ["Council votes on bike lanes", "Share on Facebook", BODY, MORE]
    listing = ["Drink during your workout", "1 cup strawberries", BODY]
    pages, later = [], []
    for part in ("A", "B"):
        site = _site_of_half(part)
        for key, text, labels, kinds in (
            (f"p{part}", lines, (1, 0, 1, 1), ("headline", "social", "body", "body")),
            (f"l{part}", listing, (1, 1, 1), ("headline", "list_item", "body")),
        ):
            page = Page(key=key, benchmark="aeb", site=site, url=None, plain_lines=text,
                        plain_labels=[None] * len(text))  # fmt: skip
            pages.append(page)
            later.append((CheckedPage(key, site, tuple(map(line_hash, text)), labels, kinds), page))
    text = news.report(pages, [], later)
    assert "read2 half A 2" in text.splitlines()[0] and "read2 half B 2" in text.splitlines()[0]
    rows = [line.split() for line in text.splitlines() if line.startswith("rules only")]
    assert [row[-2:] for row in rows if row[2] == "read2"] == [["6", "1"], ["6", "1"]]
    kinds = {line.split()[0]: line for line in text.splitlines()[-5:] if line.startswith("  ")}
    assert set(kinds) == {"body", "headline", "social", "list_item"}
    assert "removed A 1.00 of   1   B 1.00 of   1" in kinds["social"]  # the share bar goes


def test_the_shipped_later_set_is_apart_from_the_first_read_set():
    """A second test set only tests what the first tuned when no site is in both."""
    later = checked.load_checked(news.NEWS_CHECKED)
    first = {page.site for page in checked.load_checked()}
    sites = [page.site for page in later]
    assert len(sites) == len(set(sites)) and not first & set(sites)
    assert all(page.labels[0] == 1 and page.kinds[0] == "headline" for page in later)
    assert {page.half for page in later} == {"A", "B"} and len(later) >= 100
