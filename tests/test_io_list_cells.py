"""A list written a column an element, as Apify's CSV export does (`paragraphs/0`,
`paragraphs/1`: io.list_cells), is read as that list."""

import csv

import pytest

from curate.io.list_cells import indexed_lists, listed_columns
from tests.newcomer_runs import documents, read_all, text_of


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            {"title": "T", "paragraphs/0": "a b", "paragraphs/1": "c d", "paragraphs/2": ""},
            {"title": "T", "paragraphs": ["a b", "c d"]},
        ),
        (  # two lists, an object's field beside them
            {"tags/0": "x", "tags/1": "y", "metadata/title": "T", "body/0": "p"},
            {"metadata/title": "T", "tags": ["x", "y"], "body": ["p"]},
        ),
    ],
)
def test_columns_of_a_list_s_elements_are_the_list(row, expected):
    assert indexed_lists(row) == expected


@pytest.mark.parametrize(
    "row",
    [
        {"scores/1": "a", "scores/2": "b"},  # no element 0: no list's numbering
        {"items/0": "a", "items/2": "b"},  # a gap
        {"body": "text", "body/0": "a", "body/1": "b"},  # the name itself is a column
        {"ratio/0": 1, "ratio/1": 2},  # no strings
        {"2024/03": "a"},  # a date's parts
    ],
)
def test_other_columns_stay(row):
    assert indexed_lists(row) == row


def test_a_header_names_its_lists():
    header = ["title", "paragraphs/0", "paragraphs/1", "authors/0/name"]
    assert listed_columns(header) == ["paragraphs"]
    assert listed_columns(["id", "text"]) == []


@pytest.mark.parametrize("rows", [3, 12])
def test_an_apify_csv_s_paragraph_columns_are_the_text(tmp_path, rows):
    # the title was read as the text, the one column of prose left once paragraphs were split
    path = tmp_path / "dataset_news.csv"
    bodies = [[text_of(10 * k + j) for j in range(1 + k % 3)] for k in range(rows)]
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "url", "paragraphs/0", "paragraphs/1", "paragraphs/2"])
        for k, body in enumerate(bodies):
            writer.writerow(
                [f"Headline {k}", f"https://n.example/{k}", *body, *[""] * (3 - len(body))]
            )
    docs = documents(read_all(path))
    assert [d.title for d in docs] == [f"Headline {k}" for k in range(rows)]
    assert [d.text.split("\n\n") for d in docs] == bodies
