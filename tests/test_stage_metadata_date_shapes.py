"""Dates the `bylines` stage reads in the shapes scraped text gives them.

Three kinds the date parser missed, found on the read pages' furniture lines (session 40):
- an ISO 8601 date and time written with its `T` ("2021-10-27T20:35:36+01:00": the date's
  digits touch the `T`, so a word boundary never closed the date);
- a date whose digits touch letters, where a page's pieces were glued without a space
  ("Erstellt am09.02.2022", "27.01.2022Mineralöl", a day glued to its month word,
  "8.Dezember 2010");
- a numeric date that cannot exist read the usual way and can the other ("01.21.2020": month
  first with dots, as wired.com writes it).
What must still not read as a date: version numbers, longer runs of digits and dots, a
telephone number, a date that exists neither way.
"""

from __future__ import annotations

import pytest

from curate.document import Document
from curate.stages.boilerplate import BoilerplateRemover
from curate.stages.metadata import BylineExtractor

STAGE = BylineExtractor()
SHAPES = STAGE._shapes
BODY = (
    "The council approved the new budget on Tuesday after a long debate about school funding "
    "and road repairs across the district."
)
MORE = "Officials said the plan would be reviewed again in the spring once revenue figures arrive."


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("2021-10-27T20:35:36+01:00", "2021-10-27T20:35:36"),
        ("2019-11-19T08:57:40Z", "2019-11-19T08:57:40Z"),
        ("2023-01-01T07:00", "2023-01-01T07:00:00"),
        ("Updated 2020-06-12T09:49:00-04:00", "2020-06-12T09:49:00"),
    ],
)
def test_iso_date_and_time_with_its_t(text, published):
    assert SHAPES.published(text) == published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Erstellt am09.02.2022", "2022-02-09"),
        ("27.01.2022MineralölINFO November 2021", "2022-01-27"),
        ("Isabell Angele2022-12-07T10:10:52+01:00", "2022-12-07T10:10:52"),
        ("8.Dezember 2010 um 09:43 · Rezepte von Mutti", "2010-12-08T09:43:00"),
        ("Publié le3.mars 2021", "2021-03-03"),
        ("Datum:13.04.2017Autor: Jan", "2017-04-13"),
    ],
)
def test_a_date_glued_to_the_words_around_it(text, published):
    assert SHAPES.published(text) == published


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("01.21.2020 07:00 AM", "2020-01-21T07:00:00"),
        ("12.31.2019", "2019-12-31"),
        ("03.25.21", "2021-03-25"),
        ("13/04/2019", "2019-04-13"),  # the usual reading: day first when the first is > 12
        ("03.01.2008", "2008-01-03"),  # both exist: day first with dots, as before
        ("01/03/2008", "2008-01-03"),  # both exist: month first with slashes, as before
    ],
)
def test_a_numeric_date_is_read_the_only_way_it_exists(text, published):
    assert SHAPES.published(text) == published


@pytest.mark.parametrize(
    "text",
    [
        "v1.2.2022",
        "Version 1.2.2022.5",
        "release 2.10.2021.3 is out",
        "Tel. 030.12.3456",
        "IP 192.168.10.2012",
        "31.31.2020",
        "2021-13-45",
        "ISBN 978-3-16-148410-0",
        "item 12345.06.2021",
    ],
)
def test_digits_that_are_no_date(text):
    assert SHAPES.published(text) is None


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Erstellt am09.02.2022", "2022-02-09"),
        ("01.21.2020 07:00 AM", "2020-01-21T07:00:00"),
        ("8.Dezember 2010 um 09:43 · Rezepte von Mutti · 6 Kommentare", "2010-12-08T09:43:00"),
        ("2021-10-27T20:35:36+01:00 | Pressemitteilung", "2021-10-27T20:35:36"),
    ],
)
def test_a_furniture_line_the_line_model_removed_gives_its_date(line, published):
    """The fields come from lines the boilerplate stage removed (`_harvest`), as before."""
    doc = Document("t", f"{line}\n\n{BODY}\n\n{MORE}")
    BoilerplateRemover().remove_blocks(doc, [("line_model", 0, len(line), 0.9)])
    assert doc.text == f"{BODY}\n\n{MORE}"
    assert STAGE.process(doc).labels["published"] == published


def test_page_metadata_dates_read_as_before():
    """The page's own date (`page_metadata`) with its `T` was read before; it still is."""
    doc = Document("t", f"{BODY}\n\n{MORE}")
    doc.labels["page_metadata"] = {"date": "2022-11-20T05:00:00+01:00"}
    assert STAGE.process(doc).labels["published"] == "2022-11-20T05:00:00"
