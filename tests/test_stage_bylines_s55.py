"""The `bylines` stage on 2007-2012 wire copy (session 55): a wire code of more shapes and an
editors' advisory of any length are slugs; a byline's role or tail that names an agency fills
`credit` ("By JOHN SMITH, Associated Press Writer", "..., For The Associated Press") and is no
author; a paper's name after the writer's is no reason to drop the byline. The fields of the
made-up wire set (`tests/wire_shapes_s55.py`) through the boilerplate stage and `bylines`."""

from __future__ import annotations

import pytest

from curate.evaluate.lines import _through
from curate.recipe import build_stage, load
from curate.stages.metadata import BylineExtractor
from curate.stages.metadata_leadless import advisory, slug
from tests.conftest import assert_contract
from tests.wire_shapes_s55 import BODY, HEADLINE, NOISE, article

STAGE = BylineExtractor()
NEWS = build_stage(next(s for s in load("news")["stages"] if s["stage"] == "boilerplate"))
THROUGH = _through(NEWS, bylines=True)
FIELDS = ("authors", "dateline", "published", "credit")


def _fields(doc) -> dict:
    return {name: doc.labels[name] for name in FIELDS if doc.labels[name] not in (None, [])}


@pytest.mark.parametrize("line", NOISE["slug"][1])
def test_wire_slugs_of_the_set(line: str) -> None:
    assert slug(line)


@pytest.mark.parametrize(
    "line",
    [
        "TANZANIA-GOLD/ (UPDATE 1)",
        "CNA-Chile-Quake/",
        "CNA-Fiji-Election/Results",
        "FINANCIAL-MARKETS/ (REFILE)",
        "BC-US--Obama-Health Care,4th Ld-Writethru",
        "BC-Bridge-Costs,500",
    ],
)
def test_wire_codes_of_more_shapes(line: str) -> None:
    assert slug(line)


@pytest.mark.parametrize(
    "line",
    [
        "Anti-Aging/Beauty",
        "COVID-19",
        "U.S.-China/Trade",
        "NATO-Russia/Ukraine",
        "US-China trade, 2019",
        "COVID-19/ (Update)",
        "HIV/AIDS",
        "Rolls-Royce/BMW",
        "Council delays vote on harbour bridge",
    ],
)
def test_look_alikes_are_no_slugs(line: str) -> None:
    assert not slug(line)


def test_an_advisory_of_any_length_leaves_the_head() -> None:
    eds = (
        "Eds: Updates toll in paragraph 1, adds quote from governor in paragraph 4 and "
        "background on the floods of 2007."
    )
    assert advisory(eds) and not advisory("Edson Arantes said the team would win.")
    doc = assert_contract(STAGE, "\n\n".join([HEADLINE, eds, *BODY]))
    assert "Eds:" not in doc.text and BODY[0] in doc.text


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("By JOHN SMITH, Associated Press Writer", {"authors": ["John Smith"], "credit": "AP"}),
        (
            "By MARIA LOPEZ and DAVID CHEN, Associated Press Writers",
            {"authors": ["Maria Lopez", "David Chen"], "credit": "AP"},
        ),
        ("By PAUL ANDERSEN, AP Business Writer", {"authors": ["Paul Andersen"], "credit": "AP"}),
        (
            "By ROBERT KING and SUSAN WELLS, For The Associated Press",
            {"authors": ["Robert King", "Susan Wells"], "credit": "AP"},
        ),
        ("By Ana Ruiz, Reuters correspondent", {"authors": ["Ana Ruiz"], "credit": "Reuters"}),
        ("By Michael Torres, The Daily Courier", {"authors": ["Michael Torres"]}),
        ("By Emma Clarke, Sunday Herald", {"authors": ["Emma Clarke"]}),
        ("By Helen Dwyer, Staff Writer", {"authors": ["Helen Dwyer"]}),
        ("By Sarah Whitfield, Reuters", {"authors": ["Sarah Whitfield"], "credit": "Reuters"}),
    ],
)
def test_byline_roles_and_tails(line: str, fields: dict) -> None:
    doc = assert_contract(STAGE, "\n\n".join([HEADLINE, line, *BODY]))
    assert line not in doc.text
    assert _fields(doc) == fields


@pytest.mark.parametrize(
    ("kind", "line", "fields"),
    [
        ("dateline", "WASHINGTON (AP) --", {"dateline": "Washington", "credit": "AP"}),
        (
            "dateline",
            "NEW DELHI, Jan 3 (Reuters) -",
            {"dateline": "New Delhi", "credit": "Reuters"},
        ),
        ("dateline", "OTTAWA (CP) --", {"dateline": "Ottawa", "credit": "The Canadian Press"}),
        ("timestamp", "Posted: 10:12 PM Jan 3, 2008", {"published": "2008-01-03T22:12:00"}),
        (
            "timestamp",
            "Last Updated: Thursday, 3 January 2008, 11:05 GMT",
            {"published": "2008-01-03T11:05:00Z"},
        ),
        (
            "timestamp",
            "Page last updated at 16:42 GMT, Wednesday, 7 October 2009 17:42 UK",
            {"published": "2009-10-07T16:42:00Z"},
        ),
        ("credit", "(Photo: Reuters)", {"credit": "Reuters"}),
        ("credit", "With files from The Canadian Press", {"credit": "The Canadian Press"}),
        (
            "byline",
            "By Kevin O'Hara and Priya Nair, Reuters",
            {"authors": ["Kevin O'Hara", "Priya Nair"], "credit": "Reuters"},
        ),
    ],
)
def test_wire_set_fields_through_the_news_stages(kind: str, line: str, fields: dict) -> None:
    kept, doc = THROUGH(article(line, NOISE[kind][0]))
    assert _fields(doc) == fields


def test_fields_under_slugs_and_the_headline_as_title() -> None:
    lines = [
        "BC-EU--Britain-Bridge,2nd Ld-Writethru",
        "Eds: Adds background in paragraph 6.",
        HEADLINE,
        "By JOHN SMITH, Associated Press Writer",
        "LONDON (AP) -- " + BODY[0],
        *BODY[1:],
    ]
    _, doc = THROUGH(lines)
    assert doc.title == HEADLINE
    assert _fields(doc) == {"authors": ["John Smith"], "dateline": "London", "credit": "AP"}
    assert doc.text.startswith(BODY[0])
