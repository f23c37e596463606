"""A headed table whose text holds its separator unquoted, the text not its last column
(io.unquoted_commas `spread`): read when the other columns' cells place it, else quarantined
by row with a message that says why and what to do."""

from __future__ import annotations

import pytest

from curate.io.unquoted_commas import DATE_TIME, by_spaces, spread
from tests.newcomer_runs import documents, quarantined, read_all, run_counted

# texts with the separator unquoted, as `f.write(f"{id},{text},{lang}\n")` leaves them
TEXTS = [
    "Hello, world. The council met on Tuesday to vote on the budget",
    "The harbour, the market and the museum reopened after the storm",
    "Roads were closed, said the mayor, while the bridge was repaired",
    "No comma in this one about the schools and the library",
    "Prices rose, the minister said, and the river flooded the town",
]

# the texts with commas no space follows (`Hello,world.`): no evidence of where a field ends
TIGHT = [text.replace(", ", ",") for text in TEXTS]

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
        ("id,title,text", "{k},Title {k},{t}", "'title'"),  # the text last, a title before it
    ],
)
def test_two_free_text_columns_are_quarantined_saying_why(tmp_path, header, row, named):
    # (session 29: with a space after each of the text's commas, such rows are read: below)
    base = "scraped"  # the id of a row whose id column stands after the text: the file's
    path = tmp_path / "scraped.csv"
    path.write_text(_rows(header, row, TIGHT), encoding="utf-8")
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
    path = tmp_path / "scraped.csv"  # (with spaces after the text's commas, `by_spaces` reads
    path.write_text(_rows(header, row, TIGHT[:3]), encoding="utf-8")  # `World News`: below)
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
    (folder / "b.csv").write_text(_rows("id,title,text,lang", "{k},T {k},{t},en", TIGHT))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 10
    assert report["counts"]["quarantined"] == 4


# -- a free-text column beside the text, each may hold commas (`by_spaces`, session 29) ------

TITLES = ["Storm hits, coast braces", "Budget passes", "Bridge, road and rail", "Plain title"]
BODIES = [
    "Heavy rain fell overnight. Roads closed.",
    "The council approved it, and schools get more, said the mayor.",
    "Work begins in June, and 1,500 trains will run less often.",
    "No comma in this one about the schools and the library",
]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("id,title,text", "{k},{title},{text}"),  # the title's comma moved into the text
        ("title,text", "{title},{text}"),
        ("id,text,title,lang", "{k},{text},{title},en"),  # the text inside, quarantined
        ("id,title,text,url", "{k},{title},{text},https://n.example/{k}"),
        ("id;title;text", "{k};{title};{text}"),  # a European locale's `;`
        ("id,title,summary,text", "{k},{title},{title},{text}"),  # three free-text columns
    ],
)
def test_a_title_and_a_text_with_commas_are_placed_by_their_spaces(tmp_path, header, row):
    lines = [
        row.format(k=k, title=t, text=b)
        for k, (t, b) in enumerate(zip(TITLES, BODIES, strict=True))
    ]
    path = tmp_path / "news.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.title, d.text) for d in docs] == list(zip(TITLES, BODIES, strict=True))
    if "id" in header.replace(";", ",").split(","):
        assert [d.id for d in docs] == ["0", "1", "2", "3"]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("2,Storm hits,coast braces,Heavy rain fell. Roads closed.", "'title' may hold"),
        ("2,Storm hits, coast braces, Heavy rain fell. Roads closed.", "'title' may hold"),
        ("2,Storm hits, coast braces,Heavy rain,and more", "'title' may hold"),
    ],
)
def test_a_row_its_separators_do_not_place_is_quarantined_by_its_line(tmp_path, line, why):
    # no space to tell a title's comma from the field's, or one too many: which words are
    # the title's cannot be told; the row is named by its file and line, the others read
    path = tmp_path / "news.csv"
    path.write_text(f"id,title,text\n1,Budget,The council met.\n{line}\n", encoding="utf-8")
    items = read_all(path)
    assert [d.text for d in documents(items)] == ["The council met."]
    [item] = quarantined(items)
    assert (item.file, item.line, item.kind, item.id) == (str(path), 2, "malformed_row", "2")
    assert why in item.error and "quoted" in item.error


def test_a_category_of_words_after_the_text_is_placed_by_its_spaces(tmp_path):
    # `id,text,category` with `World News`: quarantined as "'category' would be 'World News'"
    path = tmp_path / "scraped.csv"
    path.write_text(_rows("id,text,category", "{k},{t},World News", TEXTS), encoding="utf-8")
    docs = documents(read_all(path))
    assert [d.text for d in docs] == TEXTS


def test_an_id_or_a_value_column_takes_no_cells_joined():
    # `id,text`: `7,5,Hello, world`: the id `7,5` is no id; a `lang` of two cells neither
    row = {"id": "7", "text": "5", None: ["Hello", " world"]}
    assert by_spaces(row, ["id", "text"], ("text",), {"delimiter": ","}, "id") is None
    row = {"id": "7", "text": "Hello", "lang": " world", None: ["en", " us"]}
    assert by_spaces(row, ["id", "text", "lang"], ("text",), {"delimiter": ","}, "id") is None
    row = {"id": "7", "text": "Hello", None: [" world"]}  # a tab is no prose separator
    assert by_spaces(row, ["id", "text"], ("text",), {"delimiter": "\t"}, "id") is None
    row = {"id": "7", "text": "Hello", None: [" world"]}
    assert by_spaces(row, ["id", "text"], ("text",), {"delimiter": ","}, "id") == {
        "id": "7",
        "text": "Hello, world",
    }
