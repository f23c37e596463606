"""A database's tab-separated dump (curate.io.sql_escapes): `\\N` was a title, `\\n` text."""

import pytest

from curate.io.readers import Document, Quarantined, read_file
from curate.io.sql_escapes import escaped_dump, unescaped

HEADER = "id\ttitle\ttext\n"


@pytest.mark.parametrize(
    "rows, dump",
    [
        (["1\t\\N\tA text.\n"], True),  # MySQL's NULL
        (["1\tT\tOne.\\nTwo.\n", "2\tT\tThree.\\nFour.\n"], True),  # paragraphs, no NULL
        (["1\tT\tOne.\\nTwo.\n", "2\tT\tThree.\n"], False),  # one `\n`: a path, a formula
        (["1\tT\tC:\\Users\\me\n"], False),
        (["1\tT\tA text.\n"], False),
        (["1\tT\tsays \\N\n"], False),  # in a cell, not the cell
    ],
)
def test_escaped_dump(rows, dump):
    assert escaped_dump([HEADER, *rows]) is dump


@pytest.mark.parametrize(
    "values, expected",
    [
        ({"title": "\\N", "text": "x"}, {"text": "x"}),
        ({"text": "One.\\nTwo.\\tEnd"}, {"text": "One.\nTwo.\tEnd"}),
        ({"text": "C:\\\\new \\\\n"}, {"text": "C:\\new \\n"}),  # an escaped backslash
        ({"text": "\\q\\"}, {"text": "q\\"}),  # an unknown escape; a lone one at the end
        ({"id": 3, "text": None}, {"id": 3, "text": None}),
    ],
)
def test_unescaped(values, expected):
    assert unescaped(values) == expected


def test_a_mysql_dump_reads_null_as_no_value_and_escapes_as_characters(tmp_path):
    # `SELECT id, title, text INTO OUTFILE 'news.tsv'` with a header: the title `\N`, and the
    # text's paragraphs on one line joined by `\n`; a `"` is text (a dump never quotes)
    path = tmp_path / "news.tsv"
    path.write_text(
        HEADER
        + '1\t\\N\t"Yes," she said.\\nThe vote is Tuesday.\n'
        + "2\tBudget\tThe council met.\\tIt voted.\n"
        + "3\tEmpty\t\\N\n",
        encoding="utf-8",
    )
    items = list(read_file(path))
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.id, d.title, d.text) for d in docs] == [
        ("1", None, '"Yes," she said.\nThe vote is Tuesday.'),
        ("2", "Budget", "The council met.\tIt voted."),
    ]
    [null_text] = [i for i in items if isinstance(i, Quarantined)]
    assert null_text.kind == "missing_field" and null_text.line == 3
