"""A `.txt` that is a table with a header (io.tab_text): a tab, and since session 28 `|`, `;`
or `,` between single-word names, one of them the text field."""

from __future__ import annotations

import pytest

from curate.io.tab_text import txt_delimiter
from tests.newcomer_runs import documents, quarantined, read_all, run_counted

TEXTS = [
    "Hello, world. The council met on Tuesday to vote on the budget",
    "The harbour, the market and the museum reopened after the storm",
    "No comma in this one about the schools and the library",
    "Roads were closed, said the mayor, while the bridge was repaired",
]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("id|text|lang", "{k}|{t}|en"),  # Hive's, `psql -A`'s
        ("id;text;label", "{k};{t};world"),  # Excel in a European locale
        ("id,lang,text", "{k},en,{t}"),  # a script's f.write, the text last
        ("id,text,lang", "{k},{t},en"),  # ... the text in the middle (io.unquoted_commas)
        ("text|id", "{t}|{k}"),
        ("\ufeffID,Text", "{k},{t}"),  # a byte order mark, names in another case
    ],
)
def test_a_txt_of_rows_under_a_header_is_read_a_row_a_document(tmp_path, header, row):
    # it was ONE document: the header and every row glued
    path = tmp_path / "export.txt"
    lines = [header, *(row.format(k=k, t=t) for k, t in enumerate(TEXTS))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_all(path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == TEXTS


@pytest.mark.parametrize(
    "first",
    [
        "Text, photos and video from the scene",  # prose with a comma
        "Text",  # one name
        "Summary; text follows below",
        "id|title",  # a header without the text field
        # a title line holding a separator above paragraphs: it was quarantined as a row of
        # another width and each paragraph read as a document (a one-column table)
        "Budget vote: council split; mayor abstains",
        "Live | City council votes on the budget",
        "Sport\tLocal teams win",
    ],
)
def test_a_txt_whose_first_line_is_no_such_header_stays_one_document(tmp_path, first):
    path = tmp_path / "story.txt"
    path.write_text(first + "\n\n" + "\n\n".join(TEXTS) + "\n", encoding="utf-8")
    [doc] = documents(read_all(path))
    assert TEXTS[-1] in doc.text


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("id\ttext", "\t"),
        ("id|text|lang", "|"),
        ("id;text", ";"),
        ("id,text,published_at", ","),
        ("id, text", ","),
        ("Breaking, news from the town", None),
        ("text", None),
    ],
)
def test_the_delimiter_of_a_txt_header(header, delimiter):
    assert txt_delimiter(header) == delimiter


def test_a_run_counts_every_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "id|text\n" + "".join(f"{k}|{t}\n" for k, t in enumerate(TEXTS)), encoding="utf-8"
    )
    (folder / "b.txt").write_text("\n\n".join(TEXTS), encoding="utf-8")  # an article
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 5
