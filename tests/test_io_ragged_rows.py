"""A headerless table with a row or a few of another width (io.ragged_rows): read, each odd row
mended when its shape leaves no doubt or quarantined with its file and line."""

from __future__ import annotations

import pytest

from curate.io.ragged_rows import mended, regular_rows
from curate.io.readers import walk_inputs
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of
from tests.test_newcomer_inputs import invoke

TEXTS = texts_of(30)
LABELS = ["sports", "world", "business"]


def _rows(shape: str, sep: str) -> list[str]:
    """30 rows of a headerless table of `shape`, the text spelled with no separator."""
    rows = []
    for k, text in enumerate(TEXTS):
        text = text.replace(sep, " ")
        label = LABELS[k % 3]
        rows.append(
            {
                "id,text,label": f"doc-{k}{sep}{text}{sep}{label}",
                "label,id,text,url": f"{label}{sep}d{k}{sep}{text}{sep}https://ex.com/{k}",
                "id,text": f"p{k}{sep}{text}",
                "text,label": f"{text}{sep}{label}",
            }[shape]
        )
    return rows


# (suffix, shape, separator, the odd row's index, the odd row, the text it holds)
MENDED = [
    # a text's unquoted comma: `9,Prices rose, the mayor said,world`
    (
        ".csv",
        "id,text,label",
        ",",
        9,
        "doc-9,Prices rose, the mayor said,world",
        "Prices rose, the mayor said",
    ),
    # a tab inside a text
    (
        ".tsv",
        "id,text,label",
        "\t",
        0,
        "doc-0\tFirst half of it.\tSecond half.\tworld",
        "First half of it.\tSecond half.",
    ),
    (
        ".txt",
        "id,text,label",
        "\t",
        29,
        "doc-29\tFirst half of it.\tSecond half.\tworld",
        "First half of it.\tSecond half.",
    ),
    # a trailing separator on one row
    (
        ".tsv",
        "label,id,text,url",
        "\t",
        3,
        "world\td3\tThe harbour story in full.\thttps://ex.com/3\t",
        "The harbour story in full.",
    ),
    (
        ".csv",
        "label,id,text,url",
        ",",
        3,
        "world,d3,The harbour story in full.,https://ex.com/3,,",
        "The harbour story in full.",
    ),
    # two commas in an `id,text` row
    (
        ".csv",
        "id,text",
        ",",
        20,
        "p20,One, two, three were counted at the market.",
        "One, two, three were counted at the market.",
    ),
    # the text first, a label after it, a semicolon in the text
    (
        ".txt",
        "text,label",
        ";",
        5,
        "Rain fell; the river rose over the bridge;sports",
        "Rain fell; the river rose over the bridge",
    ),
]


@pytest.mark.parametrize(("suffix", "shape", "sep", "index", "odd", "expected"), MENDED)
def test_an_odd_row_is_mended_and_every_row_read(
    tmp_path, suffix, shape, sep, index, odd, expected
):
    rows = _rows(shape, sep)
    rows[index] = odd
    path = tmp_path / f"rows{suffix}"
    path.write_text("\n".join(rows) + "\n")
    items = read_all(path)
    docs = documents(items)
    assert len(docs) == 30 and not quarantined(items)
    assert [doc.text for doc in docs].index(expected) == index


@pytest.mark.parametrize(
    ("shape", "odd"),
    [
        ("label,id,text,url", "world\td12"),  # cut short
        ("id,text,label", "doc-12\tA text\twith words\tand more words"),  # words, no label
        ("id,text,label", "doc-12\tcut\tshort row\tworld"),  # a piece of no prose
    ],
)
def test_a_row_that_cannot_be_mended_is_quarantined_by_line(tmp_path, shape, odd):
    rows = _rows(shape, "\t")
    rows[12] = odd
    path = tmp_path / "rows.tsv"
    path.write_text("\n".join(rows) + "\n")
    items = read_all(path)
    assert len(documents(items)) == 29
    [bad] = quarantined(items)
    assert (bad.file, bad.line, bad.kind) == (str(path), 13, "malformed_row")


def test_the_run_counts_every_row(tmp_path):
    rows = _rows("id,text,label", ",")
    rows[4] = "doc-4,Prices rose, the mayor said on Monday at noon,world"
    rows[7] = "doc-7,cut"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rows.csv").write_text("\n".join(rows) + "\n")
    assert walk_inputs([folder]).paths == [folder / "rows.csv"]
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    assert counts["read"] == 30 and counts["quarantined"] == 1


def test_too_many_odd_rows_keep_the_advice():
    rows = [["d1", "a text of words", "x"]] * 10 + [["d2", "a text"]] * 3
    assert regular_rows(rows) is None
    assert regular_rows([["d1", "a text of words", "x"]] * 3 + [["d2", "a text"]]) is None
    assert regular_rows([["d1", "a text of words", "x"]] * 4 + [["d2", "a text"]]) is not None


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (["d1", "Prices rose", " the mayor said", "x"], ["d1", "Prices rose, the mayor said", "x"]),
        (["d1", "One", " two", " three of them", "x"], ["d1", "One, two, three of them", "x"]),
        (["d1", "cut", "short row", "x"], None),  # no prose on both sides of the comma
        (["d1", "A text of words", "1", "x"], None),  # a stray cell, not the text's piece
        (["d1", "a", "x", ""], ["d1", "a", "x"]),
        (["d 1", "a", "b", "x"], None),  # no token where the id stands
        (["d1", "a"], None),
    ],
)
def test_mended(row, expected):
    assert mended(row, 3, 1, True, ",") == expected


@pytest.mark.parametrize("odd_lines", [(3, 7), (1, 2, 10), (5, 6, 8, 9)])
def test_too_many_odd_rows_are_named_in_the_advice(tmp_path, odd_lines):
    # the advice said only "its first row is data, not a header" (io.headerless)
    rows = _rows("id,text,label", "\t")[:10]
    for line in odd_lines:
        rows[line - 1] = f"d{line}\tshort"
    (tmp_path / "rows.tsv").write_text("\n".join(rows) + "\n")
    result, text = invoke("run", tmp_path, "--out", tmp_path / "out")
    flat = " ".join(text.split())
    assert result.exit_code != 0
    shown = ", ".join(str(n) for n in odd_lines)
    assert f"{len(odd_lines)} of its first 10 rows have another number (line {shown})" in flat


# a table with a header: (header, the odd row, its text, or None: quarantined)
HEADED = [
    ("id,text,label", "r4,The harbour story in full.,world,", "The harbour story in full."),
    ("id,text,label", "r4,The harbour story in full.,world,,", "The harbour story in full."),
    ("id\ttext\tlabel", "r4\tThe harbour story in full.\tworld\t", "The harbour story in full."),
    ("id,label,text", "r4,world,The harbour story in full.,", "The harbour story in full."),
    ("id,text,label", "r4,The harbour story in full.,world,,x", None),  # a field of something
    # a text before the last column with its commas unquoted, the other columns values: read
    # since session 28 (io.unquoted_commas `spread`; a `title` beside it keeps the quarantine:
    # test_newcomer_inputs5, tests/test_io_unquoted_commas.py)
    ("id,text,label", "r4,Prices rose, the mayor said,world", "Prices rose, the mayor said"),
    ("url,text,id", "https://ex.com/4,One, two, three of them,r4", "One, two, three of them"),
    # a note of words: placed by the space after the text's comma since session 29
    # (io.unquoted_commas `by_spaces`), quarantined without it
    ("id,text,note", "r4,Prices rose, the mayor said,a note", "Prices rose, the mayor said"),
    ("id,text,note", "r4,Prices rose,the mayor said,a note", None),
]


@pytest.mark.parametrize(("header", "odd", "expected"), HEADED)
def test_a_headed_table_row_past_its_header_is_mended_or_quarantined(
    tmp_path, header, odd, expected
):
    # `5,"text",world,` (a trailing separator) was quarantined, "1 fields past the header"
    sep = "\t" if "\t" in header else ","
    names = header.split(sep)
    rows = []
    for k, text in enumerate(TEXTS[:8]):
        cells = {"id": f"r{k}", "text": text.replace(",", ";"), "label": "world"}
        cells |= {"url": f"https://ex.com/{k}", "note": "a note"}
        rows.append(sep.join(cells[name] for name in names))
    rows[4] = odd
    path = tmp_path / ("rows.tsv" if sep == "\t" else "rows.csv")
    path.write_text(sep.join(names) + "\n" + "\n".join(rows) + "\n")
    items = read_all(path)
    if expected is None:
        assert len(documents(items)) == 7
        # `line` of a table with a header: the row's number under it (io.readers.read_table)
        assert [(q.line, q.kind) for q in quarantined(items)] == [(5, "malformed_row")]
    else:
        assert len(documents(items)) == 8 and not quarantined(items)
        assert documents(items)[4].text == expected
