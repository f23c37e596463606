"""Session 40's newcomer inputs through the command line: the shapes a newcomer's scraper,
CMS export, API client or DataFrame writes that lost documents before any stage saw them (an
article kept as paragraph blocks read from its title, an XML element's `#text` turned to JSON,
an API's pages kept whole, a text under its `Title:` and `URL:` lines, a list column saved as
CSV)."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TITLES = [f"Council names headline number {k} today" for k in range(5)]


def _paragraphs(k: int) -> list[str]:
    texts = texts_of(10)
    return [texts[k], texts[k + 5]]


# (field, its value for the k-th article): paragraph blocks under a known text field or under
# a name of its own, as CMSs and block editors write them
BLOCK_ROWS = [
    ("body", lambda k: [{"type": "p", "text": p} for p in _paragraphs(k)]),
    ("content", lambda k: [{"type": "paragraph", "content": p} for p in _paragraphs(k)]),
    (
        "content_elements",
        lambda k: [
            {"type": "text", "content": _paragraphs(k)[0]},
            {"type": "image", "url": "https://example.com/a.jpg"},
            {"type": "text", "content": _paragraphs(k)[1]},
        ],
    ),
    ("blocks", lambda k: [{"kind": "para", "value": p} for p in _paragraphs(k)]),
]


# typed blocks with no title beside them may be records (`{"data": [{"type": ..., "text"}]}`)
BLOCK_CASES = [
    (field, value, with_title)
    for field, value in BLOCK_ROWS
    for with_title in (True, False)
    if with_title or field != "content_elements"
]


@pytest.mark.parametrize(
    ("field", "value", "with_title"),
    BLOCK_CASES,
    ids=[f"{f}-{'title' if t else 'no title'}" for f, _, t in BLOCK_CASES],
)
def test_an_article_kept_as_paragraph_blocks_is_read_from_its_blocks(
    tmp_path, field, value, with_title
):
    # `{"title": ..., "body": [{"type": "p", "text": ...}]}`: the title, the one column of
    # short text, was read as each document's text and the article lost (5 documents of
    # their headline alone); with no title every row was quarantined (0 documents)
    rows = [
        {"id": f"b{k}", **({"title": TITLES[k]} if with_title else {}), field: value(k)}
        for k in range(5)
    ]
    path = tmp_path / "cms.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == ["\n\n".join(_paragraphs(k)) for k in range(5)]
    assert all(d.labels["text_field"] == field for d in docs)
    if with_title:
        assert [d.title for d in docs] == TITLES


def test_a_parquet_column_of_paragraph_blocks_is_read_from_its_blocks(tmp_path):
    # `list<struct<type: string, text: string>>` beside a title: read from the title
    for field in ("body", "paragraph_blocks"):
        table = pa.table(
            {
                "id": [f"p{k}" for k in range(5)],
                "title": TITLES,
                field: [[{"type": "p", "text": p} for p in _paragraphs(k)] for k in range(5)],
            }
        )
        path = tmp_path / f"{field}.parquet"
        pq.write_table(table, path)
        docs = documents(read_all(path))
        assert [d.text for d in docs] == ["\n\n".join(_paragraphs(k)) for k in range(5)], field
        assert [d.title for d in docs] == TITLES


def test_a_chat_s_turns_are_still_not_guessed_as_an_article(tmp_path):
    # a chat's turns (`role`/`content`, ShareGPT's `from`/`value`) are read when named only
    turns = [
        [{"role": "user", "content": p}, {"role": "assistant", "content": p}] for p in texts_of(5)
    ]
    sharegpt = [[{"from": "human", "value": p}, {"from": "gpt", "value": p}] for p in texts_of(5)]
    for name, rows in (("messages", turns), ("conversations", sharegpt)):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("".join(json.dumps({name: row}) + "\n" for row in rows))
        items = read_all(path)
        assert not documents(items) and len(quarantined(items)) == 5, name


def test_blocks_beside_a_text_string_keep_the_string(tmp_path):
    # a known field holding a string still wins over another of blocks
    rows = [
        {"title": TITLES[k], "content": texts_of(5)[k], "body": [{"text": "Caption of a photo."}]}
        for k in range(5)
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts_of(5)


XML_TEXTS = [
    # xmltodict's element text beside its attributes, under a name of its own or a known one
    ("description", lambda t: {"#text": t, "@type": "html"}),
    ("summary", lambda t: {"@lang": "en", "#text": t}),
    ("body", lambda t: {"#text": t}),
]


@pytest.mark.parametrize(("field", "value"), XML_TEXTS, ids=[f for f, _ in XML_TEXTS])
def test_an_xml_element_s_text_turned_to_json_is_read(tmp_path, field, value):
    # `xmltodict.parse(feed)` dumped as JSON: `{"title": ..., "description": {"#text": ...}}`
    # was read from its title (5 documents of a headline alone)
    items = [
        {"title": TITLES[k], "link": f"https://example.com/{k}", field: value(t)}
        for k, t in enumerate(texts_of(5))
    ]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"rss": {"channel": {"item": items}}}))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts_of(5)
    assert [d.title for d in docs] == TITLES


def test_blocks_and_xml_texts_through_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    rows = [
        {"title": TITLES[k], "body": [{"type": "p", "text": p} for p in _paragraphs(k)]}
        for k in range(5)
    ]
    (folder / "cms.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    items = [{"title": TITLES[k], "description": {"#text": texts_of(10, 20)[k]}} for k in range(5)]
    (folder / "feed.json").write_text(json.dumps({"rss": {"channel": {"item": items}}}))
    report, _ = run_counted(folder, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 10
    assert report["counts"]["kept"] == 10
    assert report["text_fields"] == {"body": 5, "description.#text": 5}


@pytest.mark.parametrize(("field", "value"), BLOCK_ROWS[:3], ids=[f for f, _ in BLOCK_ROWS[:3]])
def test_one_article_of_typed_blocks_in_a_json_file_is_one_document(tmp_path, field, value):
    # a `.json` of one article was read as a wrapper of records: a paragraph a document, the
    # title lost, an image block quarantined (2 documents and 1 quarantined, or 0 and 1)
    path = tmp_path / "story.json"
    path.write_text(
        json.dumps({"title": TITLES[0], "url": "https://example.com/0", field: value(0)})
    )
    items = read_all(path)
    assert not quarantined(items)
    [doc] = documents(items)
    assert doc.text == "\n\n".join(_paragraphs(0))
    assert doc.title == TITLES[0]


def test_records_under_a_wrapper_are_still_its_records(tmp_path):
    # `{"data": [{"type": ..., "title": ..., "text": ...}]}`: records with a title and a type
    rows = [{"type": "article", "title": TITLES[k], "text": t} for k, t in enumerate(texts_of(5))]
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"status": "ok", "data": rows}))
    assert [d.text for d in documents(read_all(path))] == texts_of(5)
    rows = [{"type": "comment", "text": t} for t in texts_of(5)]  # untyped by title: 2 keys
    path.write_text(json.dumps({"status": "ok", "data": rows}))
    assert [d.text for d in documents(read_all(path))] == texts_of(5)


def _pages(field: str = "text", key: str = "articles") -> list[dict]:
    rows = [
        {"title": TITLES[k], "url": f"https://example.com/{k}", field: t}
        for k, t in enumerate(texts_of(5))
    ]
    return [
        {"status": "ok", "page": 1, "totalResults": 5, key: rows[:3]},
        {"status": "ok", "page": 2, "totalResults": 5, key: rows[3:]},
        {"status": "ok", "page": 3, "totalResults": 5, key: []},  # the API's last page
    ]


PAGE_FILES = [
    # an API's responses kept whole: a `.json` array of them, or one a line
    ("pages.json", lambda pages: json.dumps(pages)),
    ("pages.json", lambda pages: json.dumps(pages, indent=2)),
    ("pages.jsonl", lambda pages: "".join(json.dumps(page) + "\n" for page in pages)),
    ("pages.ndjson", lambda pages: "".join(json.dumps(page) + "\n" for page in pages[:2])),
]


@pytest.mark.parametrize(("field", "key"), [("text", "articles"), ("content", "data")])
@pytest.mark.parametrize(
    ("name", "write"), PAGE_FILES, ids=[f"{n}-{i}" for i, (n, _) in enumerate(PAGE_FILES)]
)
def test_an_api_s_pages_saved_whole_are_read_a_record_each(tmp_path, name, write, field, key):
    # `json.dump(pages, f)` / a page a line: each page was quarantined as one row with no
    # text field (2 or 3 quarantined, 0 documents of 5)
    path = tmp_path / name
    path.write_text(write(_pages(field, key)))
    items = read_all(path)
    docs = documents(items)
    assert [d.text for d in docs] == texts_of(5)
    assert [d.title for d in docs] == TITLES
    assert len(quarantined(items)) == (1 if name.endswith("l") and len(items) == 6 else 0)


def test_a_list_of_objects_that_are_no_pages_keeps_its_reading(tmp_path):
    # records holding a list of objects of their own (tags) beside their text stay records;
    # pages of records of no text are still no documents, quarantined as before
    rows = [{"text": t, "tags": [{"name": "city"}]} for t in texts_of(3)]
    path = tmp_path / "a.json"
    path.write_text(json.dumps(rows))
    assert [d.text for d in documents(read_all(path))] == texts_of(3)
    path.write_text(json.dumps([{"page": 1, "items": [{"id": 1}, {"id": 2}]}, {"page": 2}]))
    items = read_all(path)
    assert not documents(items) and quarantined(items)
    # a post titled beside its comments is one row, not a page of comments
    path = tmp_path / "posts.jsonl"
    posts = [{"title": TITLES[k], "comments": [{"text": t}]} for k, t in enumerate(texts_of(3))]
    path.write_text("".join(json.dumps(post) + "\n" for post in posts))
    assert not any(d.text in texts_of(3) for d in documents(read_all(path)))
    # one text's paragraphs, objects of a paragraph alone, are one row (tests/test_newcomer_fields)
    rows = [
        {"id": f"r{k}", "paragraphs": [{"text": t}, {"type": "p", "text": t}]}
        for k, t in enumerate(texts_of(3))
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert len(read_all(path)) == 3


def test_an_api_s_pages_through_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pages.json").write_text(json.dumps(_pages()))
    (folder / "more.jsonl").write_text(
        "".join(json.dumps(page) + "\n" for page in _pages("body", "results")[:2])
    )
    report, _ = run_counted(folder, "--out", tmp_path / "out")
    assert report["counts"]["read"] == 10
    assert report["counts"]["quarantined"] == 0


HEADERS = [
    # (the header a scraper wrote, the title, the source, the date)
    (
        "Title: {t}\nURL: https://example.com/{k}\nDate: 2024-03-0{k}\nAuthor: Jane Roe\n\n",
        "https://example.com/{k}",
        "2024-03-0{k}",
    ),
    ("title: {t}\nurl: https://example.com/{k}\n\n", "https://example.com/{k}", None),
    (
        "Headline: {t}\nSource: https://example.com/{k}\nPublished: 2024-03-0{k}\n---\n",
        "https://example.com/{k}",
        "2024-03-0{k}",
    ),
    (
        "\ufeffTitle: {t}\r\nPublish Date: 2024-03-0{k}\r\nLink: https://example.com/{k}\r\n\r\n",
        "https://example.com/{k}",
        "2024-03-0{k}",
    ),
    ("Title: {t}\nAuthor: Jane Roe\nCategory: Politics\n==========\n", None, None),
]


@pytest.mark.parametrize(
    ("header", "source", "date"),
    HEADERS,
    ids=["four fields", "lower case", "under a rule", "bom and crlf", "no address"],
)
def test_a_text_opening_with_its_fields_gives_its_title_source_and_date(
    tmp_path, header, source, date
):
    # the header was read as the text's first lines: the title stage then took `Title: ...`
    # (its name with it) for the title, the address and the date stayed in the text
    for k, text in enumerate(texts_of(3), start=1):
        path = tmp_path / f"article{k}.txt"
        path.write_text(header.format(t=TITLES[k], k=k) + text + "\n", newline="")
        [doc] = documents(read_all(path))
        assert doc.text == text
        assert doc.title == TITLES[k]
        assert doc.source == (source.format(k=k) if source else str(path))
        metadata = doc.labels.get("page_metadata") or {}
        assert metadata.get("date") == (date.format(k=k) if date else None)


def test_pelican_s_markdown_metadata_gives_the_title_and_leaves_the_text(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "Title: My super title\nDate: 2010-12-03 10:20\nCategory: Python\n"
        "Tags: pelican, publishing\nAuthors: Alexis Metaireau\n\n"
        f"This is the *content* of my post. {texts_of(1)[0]}\n"
    )
    [doc] = documents(read_all(path))
    assert doc.title == "My super title"
    assert doc.text == f"This is the content of my post. {texts_of(1)[0]}"
    assert doc.labels["page_metadata"]["structured_authors"] == ["Alexis Metaireau"]


NO_HEADERS = [
    # (a label alone, `Title: Ferry` over a blank line, keeps its text as written but is
    # titled by its value since session 45: tests/test_title_label_txt.py)
    "Note: read this first\nTime: 3pm\n\n{text}\n",  # no title among them
    "Title: Budget talks\nCategory: Politics\n\n{text}\n",  # no address, date or writer
    "From: jane@example.com\nSubject: Budget\n\n{text}\n",  # a mail's header
    "Title: Budget talks\nDate: 2024-03-01\n{text}\n",  # no blank line nor rule after it
    "MAYOR: We will vote today.\nREPORTER: When exactly?\n\n{text}\n",  # a transcript
]


@pytest.mark.parametrize(
    "opening",
    NO_HEADERS,
    ids=["no title", "no page field", "a mail", "no blank line", "transcript"],
)
def test_a_text_opening_with_other_lines_of_names_stays_as_it_was(tmp_path, opening):
    text = opening.format(text=texts_of(1)[0])
    path = tmp_path / "notes.txt"
    path.write_text(text)
    [doc] = documents(read_all(path))
    assert doc.text == text and not doc.title


def test_a_dump_of_articles_each_under_its_fields_is_read_with_their_titles(tmp_path):
    # `all_articles.txt`: a header, the text and a rule for each article (io.separated_articles)
    bodies = [" ".join(texts_of(4, 4 * k)) for k in range(4)]
    dump = "".join(
        f"Title: {TITLES[k]}\nURL: https://example.com/{k}\n\n{bodies[k]}\n\n---\n\n"
        for k in range(4)
    )
    path = tmp_path / "all_articles.txt"
    path.write_text(dump)
    docs = documents(read_all(path))
    assert [d.title for d in docs] == TITLES[:4]
    assert [d.text for d in docs] == bodies
    assert [d.source for d in docs] == [f"https://example.com/{k}" for k in range(4)]


def test_articles_under_their_fields_through_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k, text in enumerate(texts_of(5)):
        (folder / f"a{k}.txt").write_text(
            f"Title: {TITLES[k]}\nURL: https://example.com/{k}\nDate: 2024-03-01\n\n{text}\n"
        )
    out = tmp_path / "out"
    report, _ = run_counted(folder, "--out", out)
    assert report["counts"]["kept"] == 5
    rows = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    assert sorted(row["title"] for row in rows) == TITLES
    assert all(not row["text"].startswith(("Title:", "URL:")) for row in rows)
    assert sorted(row["source"] for row in rows) == [f"https://example.com/{k}" for k in range(5)]


# a paragraph's own line break is printed `\n`: two rows of it make a `.tsv` a database's dump
# (io.sql_escapes), so the TSV's paragraphs hold none
LAST_LINE = '\nIt\'s "done", they said.'


def _list_rows(column: str, last: str = LAST_LINE) -> list[dict]:
    texts = texts_of(10)
    return [
        {
            "id": f"l{k}",
            "title": TITLES[k],
            column: [texts[k], f"{texts[k + 5]}{last}"],
            "authors": ["Jane Roe", "John Doe"],
        }
        for k in range(5)
    ]


def _joined(k: int, last: str = LAST_LINE) -> str:
    texts = texts_of(10)
    return f"{texts[k]}\n\n{texts[k + 5]}{last}"


def _pandas_csv(rows, path, sep=","):
    import pandas as pd

    pd.DataFrame(rows).to_csv(path, index=False, sep=sep)


def _datasets_csv(rows, path, sep=","):
    import datasets

    datasets.Dataset.from_list(rows).to_csv(str(path), index=False, sep=sep)


def _polars_csv(rows, path, sep=","):
    # a JSON array a cell, as a cast to a string writes a list (`pl.col(...).list.join`
    # aside): `["...", "..."]`
    import csv

    with path.open("w", newline="") as handle:
        out = csv.writer(handle, delimiter=sep)
        out.writerow(list(rows[0]))
        for row in rows:
            out.writerow([json.dumps(v) if isinstance(v, list) else v for v in row.values()])


@pytest.mark.parametrize("writer", [_pandas_csv, _datasets_csv, _polars_csv])
@pytest.mark.parametrize(("column", "name"), [("text", "a.csv"), ("paragraphs", "b.tsv")])
def test_a_list_column_saved_as_csv_is_read_as_its_paragraphs(tmp_path, writer, column, name):
    # `['p1', 'p2']` in a cell: read with its brackets and quotes (5 documents whose text
    # opened with `['`), or under a name of its own passed over (0 of 5)
    path = tmp_path / name
    last = ' It\'s "done", they said.' if name.endswith("tsv") else LAST_LINE
    writer(_list_rows(column, last), path, sep="\t" if name.endswith("tsv") else ",")
    docs = documents(read_all(path))
    assert [d.text for d in docs] == [_joined(k, last) for k in range(5)]
    assert [d.title for d in docs] == TITLES
    assert docs[0].labels["page_metadata"]["structured_authors"] == ["Jane Roe", "John Doe"]


CELLS = [
    "[Editor's note: this story was updated.] The council met.",
    "['Quoted' list] of words in brackets",
    "[1, 2, 3]",
    "['a', None]",
    "['cut short'",
    "[b'bytes']",
    "[]",
]


def test_a_cell_in_brackets_that_prints_no_list_of_strings_stays_as_it_is(tmp_path):
    import csv

    path = tmp_path / "a.csv"
    with path.open("w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "text"])
        out.writerows([[f"c{k}", cell] for k, cell in enumerate(CELLS)])
    assert [d.text for d in documents(read_all(path))] == CELLS


def test_a_list_column_saved_as_csv_through_the_run(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _pandas_csv(_list_rows("text"), folder / "a.csv")
    _datasets_csv(_list_rows("paragraphs"), folder / "b.csv")
    out = tmp_path / "out"
    report, _ = run_counted(folder, "--out", out)
    assert report["counts"]["read"] == 10
    rows = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    assert rows and all(not row["text"].startswith("[") for row in rows)
