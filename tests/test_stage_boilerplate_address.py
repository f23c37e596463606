"""A scraper's plain text that opens with the page's address, then the headline.

Hand-written scrapers save `url`, `title`, then the text (`f.write(f"{url}\\n{title}\\n\\n
{body}")`). The address is no headline and no label: the headline under it was lost (no title,
and the line model judged it like any line). Now a web address alone on the first line is passed
over as a section label is, the line under it becomes the title when it reads as a headline, and
the address goes as page metadata (rule `url`)."""

import pytest

from curate.stages.boilerplate import RULES, BoilerplateRemover
from tests.conftest import run_stage

STAGE = BoilerplateRemover()
RULES_ONLY = BoilerplateRemover(rules=tuple(r for r in RULES if r != "line_model"))
HEADLINE = "Harbour workers end three-week strike after pay deal"
BODY = [
    "Dock workers at the port returned to work on Tuesday after union leaders accepted a pay "
    "offer that ends a three-week strike which had left hundreds of containers on the quays.",
    "The agreement gives workers a rise of 6 percent this year and a further 4 percent next "
    "year, the union said in a statement released on Monday night.",
]
ADDRESSES = [
    "https://www.example-news.com/world/2024/03/05/harbour-strike-ends",
    "http://example.org/story?id=4471&lang=en",
    "www.example-news.co.uk/business/harbour-strike",
    "HTTPS://NEWS.EXAMPLE.COM/A/B",
]


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("stage", [STAGE, RULES_ONLY], ids=["shipped", "rules"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_address_goes_and_the_line_under_it_is_the_headline(stage, address, gap):
    doc = run_stage(stage, f"{address}{gap}{HEADLINE}\n\n" + "\n\n".join(BODY))
    assert doc.title == HEADLINE
    assert address not in doc.text
    assert doc.text == "\n\n".join(BODY)
    assert [e.before.strip() for e in doc.edits if e.rule == "url"] == [address]
    # a second run changes nothing
    assert run_stage(stage, doc.text, doc.title).text == doc.text


def test_an_address_inside_the_text_stays():
    # article-extraction-benchmark's gold keeps a deals post's shop links
    raw = "\n\n".join([HEADLINE, BODY[0], "http://amzn.to/2iJFhRj", BODY[1]])
    doc = run_stage(RULES_ONLY, raw)
    assert "http://amzn.to/2iJFhRj" in doc.text
    assert not [e for e in doc.edits if e.rule == "url"]


@pytest.mark.parametrize(
    "second",
    [
        BODY[0],  # a sentence: no headline under the address
        "Strike",  # too short to be a headline
        "By Maria Lopez",  # a byline
    ],
)
def test_no_headline_under_the_address_leaves_it_to_the_rest(second):
    raw = "\n\n".join([ADDRESSES[0], second, BODY[1], BODY[0] + " More."])
    doc = run_stage(RULES_ONLY, raw)
    assert doc.title != second
    assert not [e for e in doc.edits if e.rule == "url"]


def test_an_address_that_is_not_alone_on_its_line_is_no_address():
    first = "Source: https://www.example-news.com/world/2024/03/05/harbour-strike-ends"
    raw = "\n\n".join([first, HEADLINE, *BODY])
    doc = run_stage(RULES_ONLY, raw)
    assert doc.title != HEADLINE or first in doc.text
    assert not [e for e in doc.edits if e.rule == "url"]
