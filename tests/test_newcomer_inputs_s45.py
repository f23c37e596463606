"""Session 45's newcomer round: documents lost at the reader. An article kept as its title
beside a list of paragraph strings under a name of its own (`paragraphs`, `sentences`,
`text_blocks`, `articleParagraphs`): a file of two or three such rows was read from the title,
the article lost, one such row was quarantined, and a `.json` of one such article was read a
paragraph a document, its title lost (io.paragraph_objects.named_strings)."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of


def _rows_file(path, rows):
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif path.suffix == ".json":
        path.write_text(json.dumps(rows[0] if len(rows) == 1 else rows))
    else:
        path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# ---- an article's paragraphs as strings beside its title -----------------------------------

LISTED = [  # (title's name, paragraphs' name)
    ("title", "paragraphs"),
    ("headline", "sentences"),
    ("title", "text_blocks"),
    ("Title", "articleParagraphs"),
    ("headline", "paras"),
    ("title", "story_parts"),
]


def _article(k: int, title: str, name: str) -> dict:
    return {"id": f"a{k}", title: f"Ferry timetable changes {k}", name: texts_of(3, start=5 * k)}


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".json"])
@pytest.mark.parametrize("rows", [1, 2, 3])
@pytest.mark.parametrize(("title", "name"), LISTED)
def test_paragraph_strings_beside_a_title_are_the_article(tmp_path, suffix, rows, title, name):
    # 2-3 rows: the text was the title alone; 1 row: quarantined; a .json: a paragraph a doc
    written = [_article(k, title, name) for k in range(rows)]
    docs = documents(read_all(_rows_file(tmp_path / f"a{suffix}", written)))
    assert [d.text for d in docs] == ["\n\n".join(row[name]) for row in written]
    assert [d.title for d in docs] == [row[title] for row in written]
    assert all(d.labels.get("text_field") == name for d in docs)


LEFT = [  # a list beside a title that is no article's body: its strings read a document each
    {"title": "Saved posts", "tweets": texts_of(3)},  # a name of no paragraphs
    {"status": "ok", "texts": texts_of(3)},  # no title: a wrapper's texts
]


@pytest.mark.parametrize("value", LEFT)
def test_a_list_that_is_no_body_stays_records(tmp_path, value):
    docs = documents(read_all(_rows_file(tmp_path / "a.json", [value])))
    assert [d.text for d in docs] == texts_of(3)


def test_a_few_words_under_a_paragraphs_name_are_no_body(tmp_path):
    value = {"title": "Ferry timetable", "text_tags": ["ferry", "winter", "harbour"]}
    assert not documents(read_all(_rows_file(tmp_path / "a.json", [value])))


def test_a_table_of_many_rows_reads_its_paragraph_lists_as_before(tmp_path):
    written = [_article(k, "title", "paragraphs") for k in range(6)]
    docs = documents(read_all(_rows_file(tmp_path / "a.parquet", written)))
    assert [d.title for d in docs] == [row["title"] for row in written]


def test_a_run_over_three_such_rows_keeps_three_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _rows_file(folder / "a.jsonl", [_article(k, "headline", "paragraphs") for k in range(3)])
    report, _ = run_counted(folder, "--out", tmp_path / "out", "--overwrite")
    assert report["counts"]["kept"] == 3
    assert not quarantined(read_all(folder))


def _one_txt(tmp_path, text):
    """The one document of a `.txt` of `text`, its bytes as written (CRLF, a BOM)."""
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = documents(read_all(path))
    return doc


# ---- Markdown saved as .txt: its `# heading` the title, its marks off ----------------------

BODY = "\n\n".join(texts_of(3, start=40))
MARKDOWN_TXT = [  # (the file's text, its title)
    (f"# Ferry timetable changes\n\n{BODY}\n", "Ferry timetable changes"),  # a bare page
    (  # Firecrawl's / crawl4ai's Markdown: sections, links, emphasis
        f"# Harbour reopens after the storm\n\n{texts_of(1, 50)[0]} See [the map](https://x.ex/m)."
        f"\n\n## What changes\n\n**Boats** run {BODY}\n",
        "Harbour reopens after the storm",
    ),
    (f"\ufeff# Bridge works begin #\r\n\r\n{BODY}\r\n", "Bridge works begin"),  # BOM, CRLF, closed
    (f"\n\n#   Schools reopen on Monday\n\n{BODY}", "Schools reopen on Monday"),  # blank first
    (f"# Café prices rise in 2024\n\n> {BODY}\n", "Café prices rise in 2024"),  # a quote
    (f"# Élections : le maire réélu\n\n{BODY}\n", "Élections : le maire réélu"),
]


@pytest.mark.parametrize(("text", "title"), MARKDOWN_TXT)
def test_markdown_saved_as_txt_gives_its_heading_as_the_title(tmp_path, text, title):
    # the title was the heading with its mark ("# Ferry ..."), `## What changes` in the text
    doc = _one_txt(tmp_path, text)
    assert doc.title == title
    assert "#" not in doc.text and "**" not in doc.text and "](" not in doc.text
    assert texts_of(1, start=41)[0] in doc.text


PLAIN_TXT = [  # no level-one heading over a blank line: read as before, the text as written
    f"#budget2024 is trending\n\n{BODY}\n",  # a hashtag
    f"#1 in sales for the third year\n\n{BODY}\n",
    f"# build the site\nmake all\n\n{BODY}\n",  # a comment over a command
    f"## Notes\n\n{BODY}\n",  # a section, not a page's heading
    f"# 2024\n\n{BODY}\n",  # no words
    f"Council meets on **Tuesday**\n\n# {BODY}\n",  # the mark further down
]


@pytest.mark.parametrize("text", PLAIN_TXT)
def test_a_txt_opening_with_no_heading_stays_as_it_was(tmp_path, text):
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = documents(read_all(path))
    assert doc.text == text.strip("\n") or doc.text == text
    assert doc.title is None


def test_articles_parted_by_rules_each_give_their_heading(tmp_path):
    texts = ["\n\n".join(texts_of(5, start=10 * k)) for k in (1, 2, 3)]
    pieces = [f"# Story {k} of the day\n\n{text}" for k, text in enumerate(texts, start=1)]
    path = tmp_path / "all.txt"
    path.write_text("\n\n---\n\n".join(pieces) + "\n", encoding="utf-8")
    docs = documents(read_all(path))
    assert [d.title for d in docs] == [f"Story {k} of the day" for k in (1, 2, 3)]
    assert [d.text for d in docs] == texts


def test_a_windows_md_heading_s_closing_marks_are_not_its_title_s(tmp_path):
    path = tmp_path / "page.md"
    path.write_bytes(f"# Bridge works begin ##\r\n\r\n{BODY}\r\n".encode())
    [doc] = documents(read_all(path))
    assert doc.title == "Bridge works begin"


# ---- a partitioned table's fields in its folders' names -------------------------------------

PARTITIONED = [  # (column partitioned by, its value, the folder's name)
    ("date", "2024-03-01", "date=2024-03-01"),
    ("published", "2023-11-30", "published=2023-11-30"),
    ("publish_date", "2022-01-02 10:11:12", "publish_date=2022-01-02%2010%3A11%3A12"),  # escaped
    ("date_published", "2021-07-08", "date_published=2021-07-08"),
]


def _partitioned(root, name, value, engine):
    rows = {"headline": ["Ferry timetable changes", "Harbour reopens"], "content": texts_of(2)}
    if engine == "pandas":
        import pandas as pd

        frame = pd.DataFrame({**rows, name: [value, value]})
        frame.to_parquet(root, partition_cols=[name])
    else:
        import pyarrow.dataset as ds

        table = pa.table({**rows, name: [value, value]})
        ds.write_dataset(
            table, root, format="parquet", partitioning=[name], partitioning_flavor="hive"
        )


@pytest.mark.parametrize("engine", ["pandas", "pyarrow"])
@pytest.mark.parametrize(("name", "value", "folder"), PARTITIONED)
def test_a_partition_column_s_value_is_each_row_s(tmp_path, engine, name, value, folder):
    # the column is only in the folder's name: every row lost its date
    _partitioned(tmp_path / "news", name, value, engine)
    assert [p.parent.name for p in (tmp_path / "news").rglob("*.parquet")] == [folder]
    docs = documents(read_all(tmp_path / "news"))
    assert [d.labels.get("page_metadata", {}).get("date") for d in docs] == [value] * 2
    assert [d.title for d in docs] == ["Ferry timetable changes", "Harbour reopens"]


def test_a_file_s_own_column_wins_over_its_folder_s_name(tmp_path):
    folder = tmp_path / "date=2024-03-01"
    folder.mkdir()
    pq.write_table(pa.table({"text": texts_of(1), "date": ["2020-02-02"]}), folder / "a.parquet")
    [doc] = documents(read_all(folder))
    assert doc.labels["page_metadata"]["date"] == "2020-02-02"


@pytest.mark.parametrize("folder", ["date=__HIVE_DEFAULT_PARTITION__", "date=a=b", "2024-03-01"])
def test_a_folder_of_no_partition_value_gives_no_date(tmp_path, folder):
    (tmp_path / folder).mkdir()
    pq.write_table(pa.table({"text": texts_of(1)}), tmp_path / folder / "a.parquet")
    [doc] = documents(read_all(tmp_path / folder))
    assert "page_metadata" not in doc.labels


# ---- a .txt opening with its address and its date, a line each -----------------------------

JP_BODY = (
    "　もうすぐ六月。港の新しい時刻表について、市は火曜日に説明会を開いた。"
    "\n\n　住民からは歓迎の声が上がった。"
)
BARE = [  # (the file's text, its address, its date, its title, its text)
    (
        f"http://news.livedoor.com/article/detail/4778030/\n2010-05-22T14:30:00+0900\n"
        f"港の時刻表、冬に変更へ\n{JP_BODY}\n",
        "http://news.livedoor.com/article/detail/4778030/",
        "2010-05-22T05:30:00Z",  # its +0900 time in UTC (io.date_zones)
        "港の時刻表、冬に変更へ",
        JP_BODY,
    ),
    (
        f"https://news.example/2024/ferry\n2024-03-05\nFerry timetable changes\n{BODY}\n",
        "https://news.example/2024/ferry",
        "2024-03-05",
        "Ferry timetable changes",
        BODY,
    ),
    (  # CRLF, slashes and a time
        f"https://ex.org/a?id=5\r\n2024/03/05 10:11\r\nHarbour reopens\r\n{BODY}\r\n",
        "https://ex.org/a?id=5",
        "2024-03-05 10:11",  # as io.row_metadata writes a date
        "Harbour reopens",
        BODY,
    ),
    (  # no title: a blank line under the date
        f"https://ex.org/b\n2021-07-08\n\n{BODY}\n",
        "https://ex.org/b",
        "2021-07-08",
        None,
        BODY,
    ),
]


@pytest.mark.parametrize(("text", "url", "date", "title", "body"), BARE)
def test_a_txt_s_address_and_date_lines_are_its_fields(tmp_path, text, url, date, title, body):
    # the address stayed the text's first line and the date was lost
    doc = _one_txt(tmp_path, text)
    assert (doc.source, doc.labels.get("page_metadata"), doc.title) == (url, {"date": date}, title)
    assert doc.text.replace("\r\n", "\n").strip() == body.strip()


UNDATED = [  # no address and date a line each over the text: read as it was
    f"https://news.example/2024/ferry\n{BODY}\n",  # an address over prose
    f"2024-03-05\nFerry timetable changes\n{BODY}\n",  # a date with no address above it
    f"https://news.example/a\nPosted 2024-03-05 by the desk\nFerry\n{BODY}\n",  # a byline
    f"https://news.example/a\n2024-03-05\n{'Ferry news ' * 40}\n{BODY}\n",  # no title's length
    "see https://news.example/a\n2024-03-05\nFerry\n" + BODY,  # words around the address
]


@pytest.mark.parametrize("text", UNDATED)
def test_a_txt_with_no_such_lines_stays_as_it_was(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = documents(read_all(path))
    assert doc.text.strip() == text.strip()
    assert "page_metadata" not in doc.labels


# ---- a feed item's date and writers -----------------------------------------------------------

ITEM_TEXT = texts_of(1, start=70)[0]
RSS_HEAD = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<channel><title>Harbour News</title>"
)
FEEDS = [  # (the feed, its item's date as written, its writers)
    (
        f"{RSS_HEAD}<item><title>Ferry</title><link>https://x.ex/a</link>"
        f"<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>desk@x.ex (Jane Roe)</author>"
        f"<description>{ITEM_TEXT}</description></item></channel></rss>",
        "Tue, 05 Mar 2024 10:00:00 GMT",
        ["desk@x.ex (Jane Roe)"],
    ),
    (
        f"{RSS_HEAD}<item><title>Ferry</title><dc:creator>Maria de la Cruz</dc:creator>"
        f"<dc:creator>Ali Khan</dc:creator><dc:date>2024-03-08T07:00:00+01:00</dc:date>"
        f"<description>{ITEM_TEXT}</description></item></channel></rss>",
        "2024-03-08T06:00:00Z",  # in UTC (io.date_zones)
        ["Maria de la Cruz", "Ali Khan"],
    ),
    (  # RSS 1.0 (RDF)
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<item rdf:about="https://x.ex/r"><title>Ferry</title><link>https://x.ex/r</link>'
        f"<dc:date>2023-12-01</dc:date><description>{ITEM_TEXT}</description></item></rdf:RDF>",
        "2023-12-01",
        None,
    ),
    (  # Atom: published first, its authors' names
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>H</title>'
        "<entry><title>Ferry</title><id>urn:x:1</id><published>2024-03-06T09:00:00Z</published>"
        "<updated>2024-03-07T09:00:00Z</updated><author><name>Jane Roe</name></author>"
        f"<summary>{ITEM_TEXT}</summary></entry></feed>",
        "2024-03-06T09:00:00Z",
        ["Jane Roe"],
    ),
    (  # Atom with updated alone
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>H</title>'
        "<entry><title>Ferry</title><id>urn:x:2</id><updated>2022-02-02T02:02:02Z</updated>"
        f"<summary>{ITEM_TEXT}</summary></entry></feed>",
        "2022-02-02T02:02:02Z",
        None,
    ),
]


@pytest.mark.parametrize(("feed", "date", "writers"), FEEDS)
def test_a_feed_item_s_date_and_writers_are_read(tmp_path, feed, date, writers):
    # every item was undated and unsigned: the reader dropped them
    path = tmp_path / "news.xml"
    path.write_text(feed, encoding="utf-8")
    [doc] = documents(read_all(path))
    metadata = doc.labels.get("page_metadata", {})
    assert (metadata.get("date"), metadata.get("structured_authors")) == (date, writers)
    assert doc.text == ITEM_TEXT


def test_an_undated_item_stays_undated(tmp_path):
    feed = (
        f"{RSS_HEAD}<item><title>Ferry</title><pubDate> </pubDate>"
        f"<description>{ITEM_TEXT}</description></item></channel></rss>"
    )
    path = tmp_path / "news.rss"
    path.write_text(feed, encoding="utf-8")
    [doc] = documents(read_all(path))
    assert "page_metadata" not in doc.labels


# ---- a .txt's underlined first line is its title --------------------------------------------

UNDERLINED = [  # (the file's text, its title)
    (f"Ferry timetable changes\n=======================\n\n{BODY}\n", "Ferry timetable changes"),
    (f"Harbour reopens\n{'=' * 40}\n\n{BODY}\n", "Harbour reopens"),  # a program's underline
    (f"Bridge works begin\n------------------\n\n{BODY}\n", "Bridge works begin"),
    (f"\ufeffSchools reopen\r\n==============\r\n\r\n{BODY}\r\n", "Schools reopen"),  # BOM, CRLF
    (f"港の時刻表、冬に変更へ\n====================\n\n{JP_BODY}\n", "港の時刻表、冬に変更へ"),
    (f"Ferry news\n==========\n\n{BODY}\n\n==========\n\n{BODY}\n", "Ferry news"),  # a rule
]


@pytest.mark.parametrize(("text", "title"), UNDERLINED)
def test_a_txt_s_underlined_first_line_is_its_title(tmp_path, text, title):
    # the title stage took the line, its underline left as the text's first line
    doc = _one_txt(tmp_path, text)
    assert doc.title == title
    assert doc.text.lstrip("\r\n")[:1] not in ("=", "-")


NOT_UNDERLINED = [  # read as before: the text as written, no title at the reader
    f"Ferry timetable changes\n---\n\n{BODY}\n",  # a short rule, not the line's underline
    f"Ferry timetable changes\n=======\n{BODY}\n",  # no blank line under it
    f"2024\n====\n\n{BODY}\n",  # no words
    f"Ferry\n-----\nHarbour\n=====\n{BODY}\n",  # sections, not a title over a text
]


@pytest.mark.parametrize("text", NOT_UNDERLINED)
def test_a_txt_with_no_underlined_title_stays_as_it_was(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [doc] = documents(read_all(path))
    assert (doc.title, doc.text.strip()) == (None, text.strip())
