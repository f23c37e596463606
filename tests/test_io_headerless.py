"""A table written without a header is named as such (curate.io.headerless)."""

import csv

import pytest

from curate.io.headerless import headerless_reason
from curate.io.readers import records_without_text, walk_inputs

STORY = "The council approved the budget after a long debate in the town hall on Monday."


@pytest.mark.parametrize(
    "names, headerless",
    [
        (["id7", "https://example.com/7", STORY], True),
        (["id7", STORY], True),
        (["id", "url", "content"], False),
        (["Date of first publication", "Body"], False),
        ([], False),
    ],
)
def test_headerless_reason(names, headerless):
    assert (headerless_reason(names) is not None) == headerless


def test_a_csv_written_without_a_header_says_so(tmp_path):
    # Spark's df.write.csv: "no 'text' field (the row has 'The council approved ...'); if
    # ... holds the text: --text-field 'The council approved ...'", advice that reads nothing
    path = tmp_path / "part-00000-3f1a.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        # (id and text are read since round 13, with a label or more since round 16:
        # io.id_text_rows; a table of prose alone, no id or label beside it, is not)
        rows = [["Local news", STORY, "Jane Doe"], ["Local news", STORY + " Again.", "Jo Lee"]]
        csv.writer(handle).writerows(rows)
    assert walk_inputs([tmp_path]).paths == []
    why = records_without_text(path)
    assert why.startswith("its first row (line 1) is data, not a header")
    assert "header=True" in why and "--text-field" not in why
