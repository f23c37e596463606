"""Scrapy's CSV feed export writes a list of paragraphs as one cell joined by commas
(io.joined_values): the paragraphs are split again; prose's own commas stay."""

import csv

import pytest

from curate.io.joined_values import split_joined
from tests.newcomer_runs import documents, read_all, text_of

PARAGRAPHS = [text_of(k) for k in range(3)]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (",".join(PARAGRAPHS), "\n\n".join(PARAGRAPHS)),
        ("The council met.,It voted.", "The council met.\n\nIt voted."),
        ('She said "yes.",The vote passed!,Why?,\u201cNow.\u201d', None),
        ("It rose in 2024.,In 2025 it fell.", "It rose in 2024.\n\nIn 2025 it fell."),
        (
            "\u201cWe are ready.\u201d,The mayor left.",
            "\u201cWe are ready.\u201d\n\nThe mayor left.",
        ),
    ],
)
def test_paragraphs_joined_by_the_export_are_split(cell, expected):
    if expected is None:  # each join: after a sentence's end (and its quote), before a start
        expected = 'She said "yes."\n\nThe vote passed!\n\nWhy?\n\n\u201cNow.\u201d'
    assert split_joined(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "The council, which met on Monday, voted 7 to 2.",  # prose's commas, spaced
        "About 1,000 people came, and 2,500 more watched.",  # a number's
        "Offices in Washington, D.C.,Virginia and Ohio.",  # an abbreviation's capitals
        "Talks between the U.S.,China and India resumed.",
        "He said no.,and left.",  # a small letter after: no paragraph's start
        "a,b,c",  # a list of words
        "",
    ],
)
def test_other_commas_stay(cell):
    assert split_joined(cell) == cell


def test_a_scrapy_csv_s_paragraphs_are_the_text_s(tmp_path):
    # `Report 0: ... day 0.,Report 1: ...` was the text, its paragraphs glued
    path = tmp_path / "items.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["title", "url", "body", "tags"])
        for k in range(3):
            body = ",".join(text_of(10 * k + j) for j in range(3))
            writer.writerow([f"Headline {k}", f"https://n.example/{k}", body, "politics,harbour"])
    docs = documents(read_all(path))
    assert [d.text.split("\n\n") for d in docs] == [
        [text_of(10 * k + j) for j in range(3)] for k in range(3)
    ]
    assert [d.title for d in docs] == [f"Headline {k}" for k in range(3)]
