"""The shape columns' cheap gates never hide a match of the pattern they stand before.

`date_shape` searches `DATE` from a little before the line's first digit, `time_shape` and
`year` from that digit (and `ZONE` only where a capital stands before a "T"); `credit_shape` and
`address` search only lines holding what each of their alternatives holds. Each must answer
as the plain search does, on date- and address-shaped text and on anything else.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import features
from curate.stages.boilerplate.features import ADDRESS, CREDIT, DATE, TIME, YEAR, ZONE
from tests.conftest import hostile_text
from tests.test_stage_boilerplate_features_same import SHAPED

PIECES = [
    "Sept.",
    "September",
    "März",
    "janvier",
    "5",
    "14",
    "2008",
    "2008-01-14",
    "14.01.2008",
    "3rd",
    ",",
    ".",
    " ",
    "  ",
    "\u00a0",
    "١٤",
    "²",
    "via ",
    "VIA",
    "AP / Reuters",
    "©",
    "(c)",
    "http://",
    "www.",
    "a@b",
    "@x",
    "Getty",
    "é",
    "10:30",
    "9h45",
    "1.05",
    "p.m.",
    "AM",
    "GMT",
    "EST",
    "UTC",
    "CEST",
    "PDT",
    "ET",
    "T",
    "t",
    "The",
    "1999",
    "20",
    "x",
]
SHAPE_TEXT = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.sampled_from(SHAPED),
    hostile_text,
    st.text(),
)


def _shape(line: str) -> list[float]:
    return features._measure(line).columns


@settings(max_examples=2000, deadline=None)
@given(SHAPE_TEXT)
def test_the_gated_searches_answer_as_the_plain_ones(line):
    assert features._has_date(line) == (DATE.search(line) is not None)
    columns = _shape(line)
    names = features.LINE
    assert columns[names.index("credit_shape")] == float(CREDIT.search(line) is not None)
    assert columns[names.index("address")] == float(ADDRESS.search(line) is not None)
    # a time and a year searched from the first decimal digit, a date a little before it
    assert columns[names.index("date_shape")] == float(DATE.search(line) is not None)
    time = TIME.search(line) is not None or ZONE.search(line) is not None
    assert columns[names.index("time_shape")] == float(time)
    assert columns[names.index("year")] == float(YEAR.search(line) is not None)


def test_a_date_far_into_a_line_is_found():
    line = "x" * 50 + " Published Sept.  5, 2019"
    assert features._has_date(line)
    assert not features._has_date("x" * 50 + " Sept. 5")
    assert features._has_date("Sept.  5 2019") and features._has_date("2008-01-14")
    # the farthest a match starts before its digit: 10 letters, a stop, two spaces
    assert features._has_date("on " * 20 + "Septembers.  5, 2019")
