import pytest

from curate.io.json_columns import column_rows, json_rows, keyed_rows

T = ("text",)
LONG = "A text of several words."


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            {"id": ["a", "b"], "text": ["x", "y"]},
            [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}],
        ),
        ({"title": ["A"], "text": ["x"], "n": [1]}, [{"title": "A", "text": "x", "n": 1}]),
        ({"id": ["a", "b"], "text": ["x"]}, None),  # lengths differ
        ({"id": "a", "text": ["p1", "p2"]}, None),  # one record of paragraphs
        ({"text": ["p1", "p2"]}, None),  # no id, title or url beside it
        ({"id": ["a"], "text": [["p1"]]}, None),  # texts that are lists
        ({"id": ["a"], "body": ["x"]}, None),  # no text field
        ({"columns": ["id", "text"], "index": [0, 1], "data": [[1, 2], [3, 4]]}, None),
        ([{"text": "x"}], None),
    ],
)
def test_column_rows(value, expected):
    assert column_rows(value, T) == expected


@pytest.mark.parametrize(
    "value, expected",
    [
        ({"u1": LONG, "u2": LONG}, [{"id": "u1", "text": LONG}, {"id": "u2", "text": LONG}]),
        ({"u1": LONG}, None),  # one: a record, not a collection
        ({"name": "crawl", "version": "1.0"}, None),  # a config's short values
        ({"u1": LONG, "u2": 3}, None),
        ({"text": LONG, "title": LONG}, None),  # a record with its text field
    ],
)
def test_keyed_rows(value, expected):
    assert keyed_rows(value, T) == expected


def test_keyed_rows_use_the_first_text_field_and_json_rows_tries_columns_first():
    assert keyed_rows({"a": LONG, "b": LONG}, ("content", "text"))[0] == {
        "id": "a",
        "content": LONG,
    }
    assert json_rows({"id": ["a"], "text": ["x"]}, T) == [{"id": "a", "text": "x"}]
