"""A headed table whose text holds its separator unquoted, the text not its last column
(io.unquoted_commas `spread`): read when the other columns' cells place it, else quarantined
by row with a message that says why and what to do."""

from __future__ import annotations

import pytest

from curate.io.unquoted_commas import DATE_TIME, spread
from tests.newcomer_runs import documents, quarantined, read_all, run_counted

# texts with the separator unquoted, as `f.write(f"{id},{text},{lang}\n")` leaves them
TEXTS = [
    "Hello, world. The council met on Tuesday to vote on the budget",
    "The harbour, the market and the museum reopened after the storm",
    "Roads were closed, said the mayor, while the bridge was repaired",
    "No comma in this one about the schools and the library",
    "Prices rose, the minister said, and the river flooded the town",
]

# header, the row written from (k, text), for shapes whose other columns are values
READ = [
    ("id,text,lang", "{k},{t},en"),  # the text in the middle
    ("text,id,lang", "{t},{k},en"),  # the text first
    ("text,label", "{t},{odd}"),  # the text first, a label
    ("id,text,url,date", "{k},{t},https://news.example/a/{k},2024-03-0{day}"),
    ("id,text,published", "{k},{t},2024-03-0{day} 14:3{k}:00"),  # a time with a space
    ("id,content,lang", "{k},{t},en"),  # a known text field (io.text_aliases)
    ("doc_id,Text,lang,source", "d{k},{t},en,crawl"),  # a header in another case
]


def _rows(header: str, row: str, texts: list[str]) -> str:
    cells = [row.format(k=k, t=t, odd=k % 2, day=k + 1) for k, t in enumerate(texts)]
    return "\n".join([header, *cells]) + "\n"


@pytest.mark.parametrize(("header", "row"), READ)
def test_a_text_before_other_columns_is_read_whole(tmp_path, header, row):
    # every row with a comma in its text was quarantined as "N fields past the header"
    path = tmp_path / "scraped.csv"
    path.write_text(_rows(header, row, TEXTS), encoding="utf-8")
    items = read_all(path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == TEXTS


def test_the_other_columns_keep_their_values(tmp_path):
    path = tmp_path / "scraped.csv"
    path.write_text(_rows(*READ[3], TEXTS), encoding="utf-8")
    docs = documents(read_all(path))
    assert [d.id for d in docs] == ["0", "1", "2", "3", "4"]
    assert docs[2].source == "https://news.example/a/2"


def test_a_tsv_whose_text_holds_tabs_is_read(tmp_path):
    texts = [t.replace(", ", "\t") for t in TEXTS[1:]]  # pieces of several words
    path = tmp_path / "scraped.tsv"
    path.write_text(
        "id\ttext\tlang\n" + "".join(f"{k}\t{t}\ten\n" for k, t in enumerate(texts)),
        encoding="utf-8",
    )
    items = read_all(path)
    assert not quarantined(items)
    assert [d.text for d in documents(items)] == texts


def test_quoted_and_unquoted_rows_mixed_are_all_read(tmp_path):
    rows = [f'{k},"{t}",en' if k % 2 else f"{k},{t},en" for k, t in enumerate(TEXTS)]
    path = tmp_path / "scraped.csv"
    path.write_text("id,text,lang\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert [d.text for d in documents(read_all(path))] == TEXTS


@pytest.mark.parametrize(
    ("header", "row", "named"),
    [
        ("id,title,text,lang", "{k},Title {k},{t},en", "'title'"),  # two free-text columns
        ("title,text,id", "Title {k},{t},{k}", "'title'"),
        ("id,text,summary", "{k},{t},Short", "'summary'"),  # one word, but a free-text column
        ("id,text,author_name", "{k},{t},Jane", "'author_name'"),
    ],
)
def test_two_free_text_columns_are_quarantined_saying_why(tmp_path, header, row, named):
    base = "scraped"  # the id of a row whose id column stands after the text: the file's
    path = tmp_path / "scraped.csv"
    path.write_text(_rows(header, row, TEXTS), encoding="utf-8")
    items = read_all(path)
    quarantine = quarantined(items)
    assert len(documents(items)) + len(quarantine) == len(TEXTS)
    assert [q.line for q in quarantine] == [1, 2, 3, 5]  # row 4's text holds no comma
    for q in quarantine:
        assert q.kind == "malformed_row" and q.file == str(path)
        assert named in q.error and "cannot be told" in q.error
        assert "quoted" in q.error and "past the header" in q.error
        assert q.id == (f"{base}-{q.line}" if header.startswith("title") else str(q.line - 1))


@pytest.mark.parametrize(
    ("header", "row", "said"),
    [
        ("id,text,category", "{k},{t},World News", "'category' would be 'World News'"),
        ("id,text,date", "{k},{t},March 5, 2024", "'date' would be"),  # a date with a comma
    ],
)
def test_a_column_that_would_hold_words_keeps_the_row_quarantined(tmp_path, header, row, said):
    path = tmp_path / "scraped.csv"
    path.write_text(_rows(header, row, TEXTS[:3]), encoding="utf-8")
    items = read_all(path)
    assert not documents(items)
    for q in quarantined(items):
        assert said in q.error and "no id, label, address or date" in q.error


def test_spaces_skipped_after_the_separator_keep_the_row_quarantined(tmp_path):
    # `id, text, lang`: the spaces after each comma are the separator's, so a join of the
    # text's pieces could not put its own back
    path = tmp_path / "typed.csv"
    path.write_text("id, text, lang\n1, Hello, world said the mayor, en\n", encoding="utf-8")
    [item] = read_all(path)
    assert item.kind == "malformed_row" and "cannot be put back" in item.error


def test_a_lone_word_cut_off_is_no_piece_of_the_text(tmp_path):
    # `1<TAB>Hello<TAB>world. The council met<TAB>en`: `Hello` may be a column of its own
    path = tmp_path / "scraped.tsv"
    path.write_text("id\ttext\tlang\n1\tHello\tworld. The council met\ten\n", encoding="utf-8")
    [item] = read_all(path)
    assert item.kind == "malformed_row" and "no pieces of one text" in item.error


def test_spread_names_the_header_and_the_counts():
    row = {"id": "1", "title": "A", "text": "b", None: ["c", "d"]}
    why = spread(row, ["id", "title", "text"], ("text",), {"delimiter": ","})
    assert isinstance(why, str)
    assert why.startswith("2 fields past the header: the row has 5 fields for the header's 3")


@pytest.mark.parametrize(
    ("cell", "is_date"),
    [
        ("2024-03-05 14:30:00", True),
        ("2024-03-05T14:30Z", True),
        ("05/03/2024 14:30", True),
        ("2024-03-05 14:30:00+01:00", True),
        ("March 5 2024", False),
        ("said the mayor", False),
    ],
)
def test_a_date_and_time_is_a_value(cell, is_date):
    assert bool(DATE_TIME.fullmatch(cell)) is is_date


def test_a_run_counts_every_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(_rows(*READ[0], TEXTS), encoding="utf-8")
    (folder / "b.csv").write_text(_rows("id,title,text,lang", "{k},T {k},{t},en", TEXTS))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 10
    assert report["counts"]["quarantined"] == 4
