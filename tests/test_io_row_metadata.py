"""A row's date and writers reach the record's `published` and `authors` (io.row_metadata).

The kind: an export of news whose rows carry each article's date and writer beside its text,
under the names the common tools give them; before, every record's `published` and `authors`
were empty unless the text opened with a byline or a time stamp."""

import json

import pytest
from typer.testing import CliRunner

from curate.cli import app
from curate.io.row_metadata import row_metadata

TEXT = (
    "Dock workers at the port returned to work on Tuesday after union leaders accepted a pay "
    "offer that ends a three-week strike which had left hundreds of containers on the quays.\n\n"
    "Shipping companies said it would take at least ten days to clear the backlog of vessels "
    "waiting outside the harbour, and warned that deliveries would stay late for weeks."
)


@pytest.mark.parametrize(
    ("fields", "published", "authors"),
    [
        (
            {"date_publish": "2024-03-05 10:12:00", "authors": ["Maria Lopez"]},  # news-please
            "2024-03-05T10:12:00",
            ["Maria Lopez"],
        ),
        (
            {"publishedAt": "2024-03-06T08:00:00Z", "author": "Jane Doe"},  # NewsAPI
            "2024-03-06T08:00:00Z",
            ["Jane Doe"],
        ),
        (
            {"datePublished": "2024-03-07", "author": {"@type": "Person", "name": "Ana Ruiz"}},
            "2024-03-07",
            ["Ana Ruiz"],
        ),
        (
            {"Date": "March 8, 2024", "Byline": "Tom Brown and Lisa Meier"},  # a CSV's headers
            "2024-03-08",
            ["Tom Brown", "Lisa Meier"],
        ),
        ({"pubDate": "Fri, 08 Mar 2024 09:30:00 GMT"}, "2024-03-08T09:30:00Z", []),
    ],
)
def test_a_row_s_date_and_writers_become_fields(tmp_path, fields, published, authors):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": "a", "title": "Harbour strike ends", "text": TEXT, **fields}))
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(rows), "--out", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in next((out / "jsonl").iterdir()).open()]
    assert record["published"] == published
    assert record["authors"] == authors


def test_the_text_s_own_byline_comes_first(tmp_path):
    rows = tmp_path / "rows.jsonl"
    row = {"id": "a", "text": f"By Maria Lopez\n\n{TEXT}", "author": "Desk Editor Two"}
    rows.write_text(json.dumps(row))
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["run", str(rows), "--out", str(out)]).exit_code == 0
    (record,) = [json.loads(line) for line in next((out / "jsonl").iterdir()).open()]
    assert record["authors"] == ["Maria Lopez"]


@pytest.mark.parametrize(
    "row",
    [
        {"text": TEXT},  # neither
        {"text": TEXT, "date": "", "author": []},  # empty
        {"text": TEXT, "date": 42, "author": 7},  # no date of any shape (io.date_values), no name
        {"text": TEXT, "updated": "2024-03-05", "editor": "Jane Doe"},  # other names
    ],
)
def test_rows_without_them_give_none(row):
    assert row_metadata(row) is None


def test_the_first_name_a_row_has_wins():
    row = {"date": "2024-01-01", "published": "2024-03-05", "creator": "B", "author": "A"}
    assert row_metadata(row) == {"date": "2024-03-05", "structured_authors": ["A"]}


def test_a_sidecar_s_date_and_writer(tmp_path):
    (tmp_path / "001.txt").write_text(f"Harbour strike ends\n\n{TEXT}", encoding="utf-8")
    meta = {"title": "Harbour strike ends", "published": "2024-03-05", "author": "Maria Lopez"}
    (tmp_path / "001.json").write_text(json.dumps(meta), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["run", str(tmp_path / "001.txt"), str(tmp_path / "001.json"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in next((out / "jsonl").iterdir()).open()]
    assert (record["published"], record["authors"]) == ("2024-03-05", ["Maria Lopez"])
