"""A row's own date wins over the date its text states (`bylines` stage).

Kind of error: a JSONL row's own `published` (2023-11-02) came out as 2018-11-29, read from a
date line of its text (another story's date, a "first published" line). The row's stated
`date` was used only to fill what the text left empty. Now it wins; the text's line still
leaves the text, and its unused value is kept in `overruled_by_row`. Writers stay the text's
byline's first (the row's fill a text without one). A crawl's date
is `crawled_at` and never wins as `published`; an HTML page's derived metadata still comes
after the text's, as before.
"""

from __future__ import annotations

import json

import pytest

from curate.document import PAGE_METADATA, Document, Edit
from curate.stages.metadata import OVERRULED, BylineExtractor
from tests.newcomer_runs import documents, read_all

STAGE = BylineExtractor()
BODY = (
    "The harbour authority said on {day} that the old pier would reopen next spring after two "
    "years of repairs and a long dispute over who would pay for them."
)
TEXT_DATES = [  # (a date line of the text, the date the stage reads from it)
    ("November 29, 2018", "2018-11-29"),
    ("Published: 29 Nov 2018 10:14", "2018-11-29T10:14:00"),
    ("Updated 2019-04-03 08:00 GMT", "2019-04-03T08:00:00Z"),
    ("3. April 2017", "2017-04-03"),
]
ROW_DATES = [  # a row's own date under the names readers know, and its ISO form
    ({"published": "2023-11-02"}, "2023-11-02"),
    ({"date": "2021-06-15T09:30:00Z"}, "2021-06-15T09:30:00Z"),
    ({"metadata": {"date": "2020-02-29"}}, "2020-02-29"),
    ({"publishedAt": "2022-01-05T12:00:00Z"}, "2022-01-05T12:00:00Z"),
    ({"date_publish": "2016-08-01 07:45:00"}, "2016-08-01T07:45:00"),
]
BYLINES = [("By Jane Doe", ["Jane Doe"]), ("Von Lisa Petrich", ["Lisa Petrich"])]
ROW_WRITERS = [
    ({"author": "Sam Lee"}, ["Sam Lee"]),
    ({"authors": ["Ana Ruiz", "Tom Berg"]}, ["Ana Ruiz", "Tom Berg"]),
    ({"metadata": {"author": "Omar Haddad"}}, ["Omar Haddad"]),
]


def text(*head: str) -> str:
    paragraphs = [*head, BODY.format(day="Tuesday"), BODY.format(day="Monday")]
    return "\n\n".join(paragraphs)


def row_doc(tmp_path, row: dict) -> Document:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n")
    [doc] = documents(read_all(path))
    return STAGE.process(doc)


WINNERS = [  # (the text's line, the row's fields, the field, its value, what was overruled)
    *(
        (line, given, "published", date, {"published": {"text": text_date, "row": date}})
        for line, text_date in TEXT_DATES
        for given, date in ROW_DATES
    ),
    # writers: a byline heads its own story; a row's `author` is often a desk or the outlet
    *((line, given, "authors", names, None) for line, names in BYLINES for given, _ in ROW_WRITERS),
]


@pytest.mark.parametrize(("line", "given", "field", "value", "overruled"), WINNERS)
def test_a_row_s_date_wins_a_byline_s_writers_win_and_the_line_goes(
    tmp_path, line, given, field, value, overruled
):
    doc = row_doc(tmp_path, {"text": text(line), **given})
    assert doc.labels[field] == value
    assert line not in doc.text
    assert doc.labels.get(OVERRULED) == overruled


@pytest.mark.parametrize(("given", "names"), ROW_WRITERS)
def test_a_row_s_writers_fill_a_text_without_a_byline(tmp_path, given, names):
    doc = row_doc(tmp_path, {"text": text("November 29, 2018"), **given})
    assert doc.labels["authors"] == names


@pytest.mark.parametrize(("line", "text_date"), TEXT_DATES)
def test_a_row_without_a_date_still_gets_the_text_s(tmp_path, line, text_date):
    doc = row_doc(tmp_path, {"text": text("By Jane Doe", line), "author": "Sam Lee"})
    assert doc.labels["published"] == text_date
    assert OVERRULED not in doc.labels


@pytest.mark.parametrize(("line", "names"), BYLINES)
def test_a_row_without_writers_still_gets_the_text_s(tmp_path, line, names):
    doc = row_doc(tmp_path, {"text": text(line, "November 29, 2018"), "date": "2023-11-02"})
    assert doc.labels["authors"] == names
    assert doc.labels["published"] == "2023-11-02"


@pytest.mark.parametrize("bad", ["n/a", "last week", "TBD", "32/13/2020"])
def test_a_row_s_unparsable_date_leaves_the_text_s(tmp_path, bad):
    doc = row_doc(tmp_path, {"text": text("November 29, 2018"), "published": bad})
    assert doc.labels["published"] == "2018-11-29"
    assert OVERRULED not in doc.labels


@pytest.mark.parametrize("publisher", ["example.com", "news.example.org"])
def test_a_row_naming_its_publisher_as_writer_names_nobody(tmp_path, publisher):
    doc = row_doc(tmp_path, {"text": text("November 29, 2018"), "author": publisher})
    assert doc.labels["authors"] == []


CRAWLED = [  # rows whose date is their crawl's: `crawled_at`, never `published`
    {"dump": "CC-MAIN-2024-10", "url": "https://a.example/x", "date": "2024-03-05T10:00:00Z"},
    {"id": "<urn:uuid:8a1b2c3d-0000-4000-8000-000000000001>", "metadata": {"date": "2024-03-05"}},
]


@pytest.mark.parametrize("crawl", CRAWLED)
def test_a_crawl_date_never_wins_as_published(tmp_path, crawl):
    doc = row_doc(tmp_path, {"text": text("November 29, 2018"), **crawl})
    assert doc.labels["published"] == "2018-11-29"
    assert doc.labels.get("crawled_at", "").startswith("2024-03-05")
    assert OVERRULED not in doc.labels


def test_a_row_s_date_wins_over_a_date_line_an_earlier_stage_removed():
    # the case found: the boilerplate stage removed the date line as noise, this stage read it
    doc = Document("d", text(), labels={PAGE_METADATA: {"date": "2023-11-02"}})
    doc.edits.append(Edit("boilerplate", "line_model", "text", 0, "29 November 2018\n\n", ""))
    doc = STAGE.process(doc)
    assert doc.labels["published"] == "2023-11-02"
    assert doc.labels[OVERRULED]["published"]["text"] == "2018-11-29"


@pytest.mark.parametrize(
    "page",
    [
        {"author": None, "date": "2020-01-01", "sitename": None},  # trafilatura's keys
        {"author": "Sam Lee", "date": "2021-05-05", "sitename": "Example", "structured_date": None},
    ],
)
def test_an_html_page_s_derived_metadata_still_comes_after_the_text(page):
    doc = STAGE.process(
        Document("h", text("By Jane Doe", "May 3, 2019"), labels={PAGE_METADATA: page})
    )
    assert doc.labels["published"] == "2019-05-03"
    assert doc.labels["authors"] == ["Jane Doe"]
    assert OVERRULED not in doc.labels


def test_the_same_value_in_row_and_text_is_no_overruling(tmp_path):
    doc = row_doc(
        tmp_path,
        {
            "text": text("By Jane Doe", "November 29, 2018"),
            "published": "2018-11-29",
            "author": "Jane Doe",
        },
    )
    assert (doc.labels["published"], doc.labels["authors"]) == ("2018-11-29", ["Jane Doe"])
    assert OVERRULED not in doc.labels


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        ("LONDON (Reuters) - " + BODY.format(day="Friday"), "dateline", "London"),
        ("LONDON (Reuters) - " + BODY.format(day="Friday"), "credit", "Reuters"),
        ("NAIROBI, Kenya (AP) — " + BODY.format(day="Sunday"), "credit", "AP"),
    ],
)
def test_dateline_and_credit_come_from_the_text_beside_a_row_s_date(tmp_path, head, field, value):
    # no reader carries a row's dateline or credit: the text's fill them, the row's date stays
    doc = row_doc(tmp_path, {"text": text(head), "date": "2023-11-02", "dateline": "Paris"})
    assert doc.labels[field] == value
    assert doc.labels["published"] == "2023-11-02"


def test_a_second_run_changes_nothing(tmp_path):
    doc = row_doc(
        tmp_path,
        {
            "text": text("By Jane Doe", "November 29, 2018"),
            "published": "2023-11-02",
            "author": "Sam Lee",
        },
    )
    before = (doc.text, dict(doc.labels), len(doc.edits))
    again = STAGE.process(doc)
    assert (again.text, again.labels, len(again.edits)) == before


def test_a_front_matter_s_and_a_sidecar_s_date_win_too(tmp_path):
    # a Markdown post's `date:` and a text file's JSON sidecar state a date as a row does
    (tmp_path / "post.md").write_text(
        f"---\ntitle: Pier\ndate: 2022-07-09\n---\n\n{text('May 3, 2019')}"
    )
    (tmp_path / "story.txt").write_text(text("Published: 29 Nov 2018 10:14"))
    (tmp_path / "story.json").write_text(json.dumps({"published": "2021-12-24"}))
    docs = [STAGE.process(doc) for doc in documents(read_all(tmp_path))]
    assert sorted(doc.labels["published"] for doc in docs) == ["2021-12-24", "2022-07-09"]
    assert sorted(doc.labels[OVERRULED]["published"]["text"] for doc in docs) == [
        "2018-11-29T10:14:00",
        "2019-05-03",
    ]
