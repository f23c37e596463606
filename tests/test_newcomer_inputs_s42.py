"""Session 42's newcomer round: documents lost or misread before any cleaning. A pandas index
saved beside the columns (`__index_level_0__`, `index`, `Unnamed: 0`) taken for a second text
column; a Notion page's property lines under its title; a Jekyll or Hugo post's date in its
file name; a `.txt` of one dumped string whose breaks are `\\n`; a title given as a list of
two strings; FineWeb's `date`, its crawl's, read as the page's published date."""

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of
from tests.test_newcomer_inputs_s41 import _jsonl, _published, _rows_file

TWEETS = [
    f"just watched the {thing} come into the harbour, what a view on day {k}"
    for k, thing in enumerate(["ferry", "lifeboat", "trawler", "yacht", "tug", "barge"] * 2)
]
HEADLINES = [f"Harbour story number {k} told at length" for k in range(len(TWEETS))]


# ---- a pandas index saved as a column -----------------------------------------------------


def _indexed_frame(shape: str, column: str):
    """A frame of `TWEETS` under `column` whose index holds `HEADLINES`, as `shape` saves it:
    the rows and the index column's name."""
    import pandas as pd

    frame = pd.DataFrame({column: TWEETS}, index=HEADLINES)
    if shape == "index_level":  # pyarrow's and datasets' name for an index of its own
        return frame.reset_index(names="__index_level_0__")
    if shape == "reset_index":
        return frame.reset_index()
    if shape == "level_0":  # reset_index of a frame that holds an `index` column already
        return frame.reset_index(names="level_0")
    return frame.reset_index(names="Unnamed: 0")  # read_csv of a to_csv, written again


INDEX_SHAPES = ["index_level", "reset_index", "level_0", "unnamed"]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".csv"])
@pytest.mark.parametrize("shape", INDEX_SHAPES)
def test_a_saved_index_is_no_second_text_column(tmp_path, shape, suffix):
    # its headlines looked like short texts beside the tweets: every row was quarantined,
    # the advice naming `--text-field __index_level_0__`
    frame = _indexed_frame(shape, "tweet")
    path = _rows_file(tmp_path / f"posts{suffix}", frame.to_dict("records"))
    items = read_all(path)
    assert quarantined(items) == []
    assert [d.text for d in documents(items)] == TWEETS


def test_a_frame_s_own_index_written_by_pandas_and_datasets(tmp_path):
    import datasets
    import pandas as pd

    frame = pd.DataFrame({"message": TWEETS}, index=HEADLINES)
    frame.to_parquet(tmp_path / "a.parquet")  # `__index_level_0__`, pandas' metadata beside
    hub = datasets.Dataset.from_pandas(frame)
    hub.to_json(tmp_path / "b.jsonl")
    hub.to_parquet(tmp_path / "c.parquet")
    items = read_all(tmp_path)
    assert quarantined(items) == []
    assert sorted(d.text for d in documents(items)) == sorted(TWEETS * 3)


def test_an_index_named_as_the_text_is_still_read(tmp_path):
    frame = _indexed_frame("reset_index", "tweet")
    path = _rows_file(tmp_path / "posts.jsonl", frame.to_dict("records"))
    docs = documents(read_all(path, reader={"text_field": "index"}))
    assert [d.text for d in docs] == HEADLINES


def test_indexed_frames_through_the_run(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for shape in INDEX_SHAPES:
        rows = _indexed_frame(shape, "post").to_dict("records")
        _rows_file(data / f"{shape}.parquet", rows)
    out = tmp_path / "out"
    report, _ = run_counted(str(data), "--out", str(out))
    assert report["counts"]["read"] == len(INDEX_SHAPES) * len(TWEETS)
    assert report["counts"]["quarantined"] == 0


# ---- Notion's property lines --------------------------------------------------------------

NOTION_PAGES = [
    (
        "plain",
        "# {title}\n\nCreated: March 5, 2024 3:12 PM\nTags: port, storm\nStatus: Done\n\n{text}\n",
        "2024-03-05",
    ),
    ("no-blank", "# {title}\nDate: March 5, 2024\nType: Meeting notes\n\n{text}\n", "2024-03-05"),
    ("created-alone", "# {title}\n\nCreated time: March 5, 2024 9:00 AM\n\n{text}\n", "2024-03-05"),
    (
        "author",
        "# {title}\n\nAuthor: Jane Roe\nLast edited time: April 2, 2024 10:15 AM\n"
        "Property 2: urgent\n\n{text}\n",
        None,
    ),
    ("iso-date", "# {title}\n\nPublished: 2024-03-05\nCategory: Ports\n\n{text}\n", "2024-03-05"),
]


@pytest.mark.parametrize(
    ("shape", "page", "date"), NOTION_PAGES, ids=[s for s, _, _ in NOTION_PAGES]
)
def test_a_notion_page_s_properties_are_no_text(tmp_path, shape, page, date):
    # the property lines were the text's first paragraph
    text = texts_of(1)[0]
    (tmp_path / "Harbour plan 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d.md").write_text(
        page.format(title="Harbour plan", text=text)
    )
    docs = documents(read_all(tmp_path))
    assert [(d.title, d.text) for d in docs] == [("Harbour plan", text)]
    assert docs[0].labels["properties"]
    assert ("date" in docs[0].labels.get("page_metadata", {})) == (date is not None)


# paragraphs of colons under a heading that stay the text (tests/test_newcomer_inputs_s43.py
# reads them beside session 43's)
LOOK_ALIKES = [
    "Note: the ferry leaves at nine",
    "JOHN: We were ready for the storm.\nMARY: So were all of us on the quay.",
    "Q: Did the harbour flood?\nA: It did, twice.",
    "Update: the council met again",
]


def test_notion_pages_through_the_run(tmp_path):
    pages = tmp_path / "export"
    pages.mkdir()
    texts = texts_of(len(NOTION_PAGES))
    for k, (shape, page, _) in enumerate(NOTION_PAGES):
        (pages / f"{shape}.md").write_text(page.format(title=f"Plan {k}", text=texts[k]))
    out = tmp_path / "out"
    report, _ = run_counted(str(pages), "--out", str(out))
    rows = {r["title"]: r for r in _published(out)}
    assert report["counts"]["read"] == len(NOTION_PAGES)
    assert sorted(r["text"] for r in rows.values()) == sorted(texts)
    assert rows["Plan 0"]["published"].startswith("2024-03-05")
    assert rows["Plan 3"]["authors"] == ["Jane Roe"]


# ---- a post's date in its file name -------------------------------------------------------

POST_NAMES = [
    ("_posts/2024-03-05-harbour-reopens.md", "2024-03-05"),
    ("_posts/2023-11-30-a.markdown", "2023-11-30"),
    ("content/posts/2024-01-09-storm-damage/index.md", "2024-01-09"),
    ("journal/2024-02-29.md", "2024-02-29"),
    ("posts/2022-07-04-quarto-post/index.qmd", "2022-07-04"),
]


@pytest.mark.parametrize(("name", "date"), POST_NAMES, ids=[n for n, _ in POST_NAMES])
def test_a_post_s_file_name_dates_it(tmp_path, name, date):
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    path.write_text(f"---\ntitle: Harbour reopens\nauthor: Jane Roe\n---\n\n{texts_of(1)[0]}\n")
    docs = documents(read_all(path))
    assert [d.labels["page_metadata"].get("date") for d in docs] == [date]


def test_a_front_matter_date_wins_and_a_name_of_no_day_gives_none(tmp_path):
    text = texts_of(1)[0]
    (tmp_path / "2024-03-05-a.md").write_text(f"---\ntitle: A\ndate: 2021-06-01\n---\n{text}\n")
    (tmp_path / "2024-13-45-b.md").write_text(f"---\ntitle: B\n---\n{text}\n")
    (tmp_path / "20240305-c.md").write_text(f"---\ntitle: C\n---\n{text}\n")
    docs = {d.title: d for d in documents(read_all(tmp_path))}
    assert docs["A"].labels["page_metadata"]["date"] == "2021-06-01"
    assert "page_metadata" not in docs["B"].labels
    assert "page_metadata" not in docs["C"].labels


def test_dated_posts_through_the_run(tmp_path):
    site = tmp_path / "site"
    texts = texts_of(len(POST_NAMES))
    for k, (name, _) in enumerate(POST_NAMES):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(f"---\ntitle: Post {k}\n---\n\n{texts[k]}\n")
    out = tmp_path / "out"
    report, _ = run_counted(str(site), "--out", str(out))
    assert report["counts"]["read"] == len(POST_NAMES)
    rows = {r["title"]: r["published"] for r in _published(out)}
    assert rows == {f"Post {k}": date for k, (_, date) in enumerate(POST_NAMES)}


# ---- a .txt of one dumped string ----------------------------------------------------------


def _article() -> str:
    first, second, third = texts_of(3)
    return f"{first}\n\n{second}\n{third}"


DUMPS = [
    ("escaped", lambda text: text.replace("\n", "\\n") + "\n"),
    ("no-end-break", lambda text: text.replace("\n", "\\n")),
    ("windows", lambda text: text.replace("\n", "\\r\\n") + "\r\n"),
    ("repr", lambda text: repr(text.replace("day", "day's")) + "\n"),
    ("json-dumps", lambda text: json.dumps(text.replace("day", "day\u2019s")) + "\n"),
]


@pytest.mark.parametrize(("shape", "dump"), DUMPS, ids=[s for s, _ in DUMPS])
def test_a_txt_of_escaped_breaks_is_read_with_breaks(tmp_path, shape, dump):
    # it was one line of `\n`, quotes and all
    (tmp_path / "dump.txt").write_text(dump(_article()), newline="")
    docs = documents(read_all(tmp_path / "dump.txt"))
    expected = _article()
    if shape == "repr":
        expected = expected.replace("day", "day's")
    elif shape == "json-dumps":
        expected = expected.replace("day", "day\u2019s")
    assert [d.text.rstrip("\r\n") for d in docs] == [expected]


TXT_LOOK_ALIKES = [
    "In C a line ends with \\n and Python's print adds one. " + texts_of(1)[0],
    texts_of(1)[0] + '\nWrite printf("%d\\n", x) to print.\n' + texts_of(1, 1)[0],
    "Saved in C:\\new\\notes and C:\\data\\new today. " + texts_of(1)[0],
    '"We were ready for it," she said.',
]


@pytest.mark.parametrize("text", TXT_LOOK_ALIKES)
def test_a_txt_that_mentions_a_backslash_n_stays(tmp_path, text):
    (tmp_path / "a.txt").write_text(text + "\n")
    assert [d.text.rstrip("\n") for d in documents(read_all(tmp_path / "a.txt"))] == [text]


def test_dumped_texts_through_the_run(tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    for k, (shape, dump) in enumerate(DUMPS[:3]):
        first, second = texts_of(2, start=3 * k)
        (folder / f"{shape}.txt").write_text(dump(f"{first}\n\n{second}"), newline="")
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out))
    assert report["counts"]["read"] == 3
    assert all("\\n" not in r["text"] and "\n\n" in r["text"] for r in _published(out))


# ---- a title and its subtitle as a list ---------------------------------------------------

TITLE_LISTS = [
    (
        ["Harbour reopens", "What the storm left behind"],
        "Harbour reopens: What the storm left behind",
    ),
    (
        ["Why did the harbour flood?", "The engineers answer"],
        "Why did the harbour flood? The engineers answer",
    ),
    (["Harbour reopens", ""], "Harbour reopens"),
    (["Harbour reopens", "Harbour reopens"], "Harbour reopens"),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("value", "title"), TITLE_LISTS)
def test_a_row_s_title_of_two_strings(tmp_path, suffix, value, title):
    # a list of one string was read; of two, the row had no title
    text = texts_of(1)[0]
    path = _rows_file(tmp_path / f"a{suffix}", [{"title": value, "text": text}])
    assert [(d.title, d.text) for d in documents(read_all(path))] == [(title, text)]


FRONT_LISTS = [
    ("flow", '---\ntitle: ["Main", "Subtitle"]\n---\n'),
    ("block", "---\ntitle:\n  - Main\n  - Subtitle\n---\n"),
    ("json", '{\n"title": ["Main", "Subtitle"]\n}\n'),
]


@pytest.mark.parametrize(("shape", "front"), FRONT_LISTS, ids=[s for s, _ in FRONT_LISTS])
def test_a_front_matter_s_title_of_two_strings(tmp_path, shape, front):
    text = texts_of(1)[0]
    (tmp_path / "a.md").write_text(f"{front}\n{text}\n")
    assert [(d.title, d.text) for d in documents(read_all(tmp_path / "a.md"))] == [
        ("Main: Subtitle", text)
    ]


def test_a_list_of_three_strings_is_no_title(tmp_path):
    text = texts_of(1)[0]
    path = _jsonl(tmp_path / "a.jsonl", [{"title": ["port", "storm", "council"], "text": text}])
    assert [d.title for d in documents(read_all(path))] == [None]


# ---- FineWeb's crawl date -----------------------------------------------------------------


def _fineweb_rows(n: int, start: int = 0) -> list[dict]:
    return [
        {
            "text": text,
            "id": f"<urn:uuid:{k:08d}-0000-0000-0000-000000000000>",
            "dump": f"CC-MAIN-2024-{10 + k % 3}",
            "url": f"https://harbour.example/{k}",
            "date": f"2024-02-{21 + k % 5}T05:11:0{k % 10}Z",
            "file_path": f"s3://commoncrawl/crawl-data/CC-MAIN-2024-10/segments/{k}/warc/x.warc.gz",
            "language": "en",
            "language_score": 0.93,
            "token_count": 40,
        }
        for k, text in enumerate(texts_of(n, start), start=start)
    ]


FINEWEB_SHAPES = [
    ("fineweb", lambda row: row),
    ("no-dump", lambda row: {k: v for k, v in row.items() if k != "dump"}),
    ("no-file", lambda row: {k: v for k, v in row.items() if k != "file_path"}),
    ("fineweb-2", lambda row: {**row, "language": "deu", "language_script": "Latn"}),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("shape", "form"), FINEWEB_SHAPES, ids=[s for s, _ in FINEWEB_SHAPES])
def test_a_crawl_s_date_is_no_published_date(tmp_path, shape, form, suffix):
    # the crawl's `date` became every page's `published`
    rows = [form(row) for row in _fineweb_rows(3)]
    docs = documents(read_all(_rows_file(tmp_path / f"000_00000{suffix}", rows)))
    assert [d.labels.get("page_metadata", {}).get("date") for d in docs] == [None] * 3
    assert [d.labels.get("crawled_at") for d in docs] == [row["date"] for row in rows]


def test_a_news_row_s_date_is_still_published(tmp_path):
    text = texts_of(1)[0]
    rows = [
        {"text": text, "url": "https://harbour.example/a", "date": "2024-02-21", "title": "A"},
        {"text": text, "dump": "march", "date": "2024-02-21", "file_path": "notes/a.txt"},
        {**_fineweb_rows(1)[0], "published": "2019-05-01"},
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.labels["page_metadata"]["date"] for d in docs] == [
        "2024-02-21",
        "2024-02-21",
        "2019-05-01",
    ]


@pytest.mark.parametrize(
    ("date", "author"),
    [("date", "author"), ("published_at", "authors"), ("date_publish", "byline")],
)
def test_a_parquet_row_s_date_and_writers_are_read(tmp_path, date, author):
    # a columnar file read the columns it needed only: its date and writers never reached
    # the document, while the same rows as JSON Lines gave both
    text = texts_of(1)[0]
    writer = ["Jane Roe"] if author == "authors" else "Jane Roe"
    row = {"text": text, "url": "https://news.example/a", date: "2023-05-01", author: writer}
    docs = documents(read_all(_rows_file(tmp_path / "a.parquet", [row])))
    assert [d.labels.get("page_metadata") for d in docs] == [
        {"date": "2023-05-01", "structured_authors": ["Jane Roe"]}
    ]


def test_a_parquet_row_s_timestamp_is_its_date(tmp_path):
    import pandas as pd

    dates = pd.to_datetime(["2023-05-01 08:30:00", "2023-05-02 00:00:00"])
    frame = pd.DataFrame({"text": texts_of(2), "date": dates})
    frame.to_parquet(tmp_path / "a.parquet")
    docs = documents(read_all(tmp_path / "a.parquet"))
    assert [d.labels["page_metadata"]["date"] for d in docs] == [
        "2023-05-01T08:30:00",
        "2023-05-02T00:00:00",
    ]


def test_fineweb_rows_through_the_run(tmp_path):
    rows = _fineweb_rows(4)
    news = {"text": texts_of(1, 5)[0], "url": "https://news.example/a", "date": "2023-05-01"}
    path = _rows_file(tmp_path / "mixed.jsonl", [*rows, news])
    out = tmp_path / "out"
    report, _ = run_counted(str(path), "--out", str(out))
    assert report["counts"]["read"] == 5
    published = {r["source"]: (r["published"], r["crawled_at"]) for r in _published(out)}
    assert published["https://news.example/a"] == ("2023-05-01", None)
    for row in rows:
        assert published[row["url"]] == (None, row["date"])


# ---- WikiText's rows, the lines of articles -----------------------------------------------


def _wikitext_rows(k: int = 0) -> tuple[list[str], list[tuple[str, str]]]:
    """WikiText's rows of two articles, and the (title, text) each should read as."""
    first, second, third, fourth = texts_of(4, start=4 * k)
    rows = [
        "",
        f" = Valkyria Chronicles {k} = \n",
        "",
        f" {first} It sold 1 @,@ 000 copies . \n",
        f" {second} \n",
        "",
        " = = Gameplay = = \n",
        "",
        f" A well @-@ known {third} \n",
        "",
        f" = Tower Building {k} = \n",
        "",
        f" {fourth} It stands 3 @.@ 5 metres tall . \n",
        "",
    ]
    articles = [
        (
            f"Valkyria Chronicles {k}",
            f"{first} It sold 1,000 copies .\n{second}\n\nGameplay\n\nA well-known {third}",
        ),
        (f"Tower Building {k}", f"{fourth} It stands 3.5 metres tall ."),
    ]
    return rows, articles


def _wikitext_file(path, rows):
    import datasets

    hub = datasets.Dataset.from_dict({"text": rows})
    if path.suffix == ".arrow":  # `save_to_disk`: a folder of `.arrow` shards
        hub.save_to_disk(str(path.with_suffix("")))
        return path.with_suffix("")
    if path.suffix == ".jsonl":
        hub.to_json(path)
    else:
        hub.to_parquet(path)
    return path


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".arrow"])
def test_wikitext_rows_are_read_an_article_a_document(tmp_path, suffix):
    # a row a document: 14 documents, 6 of them empty, the titles texts of their own
    rows, articles = _wikitext_rows()
    path = _wikitext_file(tmp_path / f"train-00000-of-00001{suffix}", rows)
    items = read_all(path)
    assert quarantined(items) == []
    assert [(d.title, d.text) for d in documents(items)] == articles


def test_rows_of_headings_and_prose_that_are_no_wikitext_stay_a_row_each(tmp_path):
    texts = texts_of(3)
    rows = [{"text": " = Notes = \n"}, *({"text": text} for text in texts)]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.text for d in docs] == [" = Notes = \n", *texts]


def test_wikitext_through_the_run(tmp_path):
    data = tmp_path / "wikitext"
    data.mkdir()
    for k, suffix in enumerate([".parquet", ".jsonl"]):
        _wikitext_file(data / f"part-{k}{suffix}", _wikitext_rows(k)[0])
    out = tmp_path / "out"
    report, _ = run_counted(str(data), "--out", str(out))
    assert report["counts"]["read"] == 4
    titles = sorted(r["title"] for r in _published(out))
    assert titles == sorted(title for k in range(2) for title, _ in _wikitext_rows(k)[1])
