"""The `bylines` stage: a dateline standing on a line of its own becomes the `dateline` field.

Plain-text news split by a scraper leaves the dateline a paragraph of its own above the lead
("NAIROBI", "ELDORET, Kenya —", "HARARE, May 3 (Xinhua) --"). Its shape (a place in capitals,
perhaps a region, a date, an agency, an end mark) and its place (near the top, above the first
paragraph of prose, prose after it) make it one; a kicker, an acronym, a label, a subhead or a
list's line in capitals stays in the text. Every place, outlet and story here is made up.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.metadata import BylineExtractor
from tests.conftest import assert_contract, run_stage

STAGE = BylineExtractor()
LEAD = (
    "Heavy rain overnight flooded several low-lying streets and forced the closure of two "
    "primary schools, the county disaster office said on Monday."
)
MORE = "Residents were advised to stay away from the river banks until the water went down."


def _story(*head: str) -> str:
    return "\n\n".join([*head, LEAD, MORE])


@pytest.mark.parametrize(
    ("line", "place", "credit"),
    [
        ("NAIROBI", "Nairobi", None),
        ("PORT LOUIS", "Port Louis", None),
        ("ULAANBAATAR", "Ulaanbaatar", None),
        ("TROMSØ", "Tromsø", None),
        ("ELDORET, Kenya —", "Eldoret, Kenya", None),
        ("VALPARAÍSO, Chile", "Valparaíso, Chile", None),
        ("PORT MORESBY, Papua New Guinea -", "Port Moresby, Papua New Guinea", None),
        ("DEWEY COUNTY, Kan. —", "Dewey County, Kan.", None),
        ("LYON (AFP) -", "Lyon", "AFP"),
        ("DURBAN (Sapa)", "Durban", "Sapa"),
        ("HARARE, May 3 (Xinhua) --", "Harare", "Xinhua"),
        ("WELLINGTON, Nov. 4 —", "Wellington", None),
        ("CHIANG MAI, Thailand, 12 March", "Chiang Mai, Thailand", None),
        ("KANDY:", "Kandy", None),
        ("NORTHERN BUREAU:", "Northern Bureau", None),
        ("AUSTIN, Texas, March 9, 2026 /PRNewswire/ --", "Austin, Texas", "PRNewswire"),
    ],
)
def test_a_dateline_on_its_own_line_under_the_byline_is_the_field(line, place, credit):
    doc = run_stage(STAGE, _story("By Amina Wanjiru", "Updated 14 May 2026, 09:12", line))
    assert doc.labels["dateline"] == place
    assert line not in doc.text and LEAD in doc.text
    assert doc.labels["credit"] == credit
    assert any(edit.rule == "dateline" for edit in doc.edits)


@pytest.mark.parametrize("line", ["GDAŃSK —", "ST. JOHN'S, N.L. —", "OSLO (NTB)"])
def test_a_dateline_just_above_the_lead_opening_the_text_is_the_field(line):
    doc = run_stage(STAGE, _story(line))
    assert doc.labels["dateline"] is not None
    assert doc.text.startswith(LEAD)


def test_a_bare_place_opening_the_text_needs_the_place_named_in_the_story():
    named = f"Officials in Marrakech said the storm was the worst in a decade. {LEAD}"
    doc = run_stage(STAGE, "\n\n".join(["MARRAKECH", named, MORE]))
    assert doc.labels["dateline"] == "Marrakech"


@pytest.mark.parametrize(
    "head",
    [
        ("BREAKING NEWS",),  # a kicker
        ("By Amina Wanjiru", "TOP STORIES"),  # a kicker, its words elsewhere in lower case
        ("WORLD CUP 2026",),  # a headline in capitals
        ("UPDATE",),
        ("By Amina Wanjiru", "NATO"),  # an acronym, which the story writes in capitals
        ("Q:",),  # a Q&A label
        ("SPORT", "By Amina Wanjiru"),  # a section label opening the page
        ("TOMATOES", "ONIONS", "GARLIC"),  # a list's lines
        ("FLOODS HIT VALLEY",),  # a short headline in capitals
    ],
)
def test_look_alikes_in_capitals_stay(head):
    lead = LEAD.replace("said on Monday", "said on Monday, as NATO stories of floods and sport")
    text = "\n\n".join([*head, lead, MORE])
    doc = run_stage(STAGE, text)
    assert doc.labels["dateline"] is None
    for line in head:
        if not line.startswith("By "):
            assert line in doc.text


@pytest.mark.parametrize(
    "head",
    [
        ("AMINA WANJIRU", "Updated 14 May 2026, 09:12"),  # a byline in capitals
        ("KYODO", "Updated 14 May 2026, 09:12"),  # an agency in capitals: a credit
        ("Updated 14 May 2026, 09:12", "KQB NMX"),  # a line of ticker symbols
        ("Updated 14 May 2026, 09:12", "SOLAR", "WIND", "HYDRO"),  # a list of tags
    ],
)
def test_other_metadata_in_capitals_is_no_dateline(head):
    doc = run_stage(STAGE, _story(*head))
    assert doc.labels["dateline"] is None


def test_a_subhead_in_capitals_in_the_body_stays():
    text = "\n\n".join([LEAD, MORE, "THE ROAD AHEAD", LEAD.replace("Heavy", "More"), MORE])
    doc = run_stage(STAGE, text)
    assert "THE ROAD AHEAD" in doc.text and doc.labels["dateline"] is None


def test_a_place_in_capitals_not_followed_by_prose_stays():
    doc = run_stage(STAGE, "\n\n".join(["By Amina Wanjiru", "NAIROBI", "Flood map", LEAD]))
    assert "NAIROBI" in doc.text and doc.labels["dateline"] is None


def test_a_place_below_the_first_paragraph_of_prose_stays():
    doc = run_stage(STAGE, "\n\n".join([LEAD, "NAIROBI", MORE]))
    assert "NAIROBI" in doc.text and doc.labels["dateline"] is None


def test_a_standing_dateline_the_line_model_removed_still_fills_the_field():
    text = _story("By Amina Wanjiru", "LAGOS")
    doc = Document("t", text)
    at = text.index("LAGOS")
    BoilerplateRemover().remove_blocks(doc, [("line_model", at, at + len("LAGOS"), 0.9)])
    assert "LAGOS" not in doc.text
    assert STAGE.process(doc).labels["dateline"] == "Lagos"


@pytest.mark.parametrize("line", ["NAIROBI", "HARARE, May 3 (Xinhua) --", "TOP STORIES"])
def test_the_stage_keeps_its_contract_around_a_standing_line(line):
    assert_contract(STAGE, _story("By Amina Wanjiru", line))


def test_fields_only_leaves_the_line():
    doc = run_stage(BylineExtractor(remove=False), _story("By Amina Wanjiru", "NAIROBI"))
    assert doc.labels["dateline"] == "Nairobi" and "NAIROBI" in doc.text
