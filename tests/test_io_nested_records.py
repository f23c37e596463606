import pytest

from curate.io.nested_records import first_nested, nested_records

T = ("text",)


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            {"rows": [{"row_idx": 0, "row": {"text": "a"}}], "features": [{"name": "text"}]},
            [{"text": "a"}],
        ),
        ({"train": [{"text": "a"}], "test": [{"text": "b"}]}, [{"text": "a"}, {"text": "b"}]),
        ({"data": {"articles": [{"text": "a"}]}}, [{"text": "a"}]),
        ({"a": {"b": {"c": [{"text": "deep"}]}}}, [{"text": "deep"}]),
        ({"a": {"b": {"c": {"d": [{"text": "too deep"}]}}}}, None),
        ({"text": "a record itself", "more": [{"text": "b"}]}, None),
        ({"runs": [{"started": 1}]}, None),
        ([{"text": "a"}], None),
        ({}, None),
    ],
)
def test_nested_records(value, expected):
    assert nested_records(value, T) == expected


def test_first_nested_is_the_first_record_or_none():
    assert first_nested({"x": {"y": [{"text": "a"}, {"text": "b"}]}}, T) == {"text": "a"}
    assert first_nested({"x": 1}, T) is None


def test_a_row_list_keeps_items_without_a_row_as_they_are():
    value = {"rows": [{"row": {"text": "a"}}, {"other": 1}]}
    assert nested_records(value, T) == [{"text": "a"}, {"other": 1}]
