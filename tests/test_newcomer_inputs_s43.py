"""Session 43's newcomer round: documents misread before any cleaning. A page whose own text
opens with `Word: text` lines under its title taken for Notion's properties (the lines lost);
news-please's article of no text quarantined naming `text`, the field it leaves null, not
`maintext`; the crawl times of C4, RedPajama, Dolma, HPLT, OSCAR, news-please and datatrove's
FineWeb dropped (no `crawled_at`); a row's date and writers under datatrove's `metadata` or
RedPajama's `meta` dropped; a TOML front matter's arrays (`title = [...]`, `authors = [...]`)
and any front matter's title list of one string giving no title."""

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of
from tests.test_newcomer_inputs_s41 import _jsonl, _published, _rows_file
from tests.test_newcomer_inputs_s42 import LOOK_ALIKES

# ---- a page's own `Word: text` lines are no Notion properties -------------------------------

OPENINGS = [
    "Update: the council met again on Monday to discuss the sea wall\n"
    "Note: the ferry leaves at nine from the north pier",
    "Harbour master: we saw the water rise faster than any year I remember\n"
    "Reporter: and what did you do then",
    "Background: Fishermen have cooked this stew on the quay for a hundred years\n"
    "Method: Put the cleaned fish in the pot with the onions and the wine",
    "Q: why did the wall fail\nA: the storm came at high tide, and the gates were open",
    "Editor's note: this story was changed after the council meeting\n"
    "Correction: the ferry leaves at nine, not at ten as we said",
    "Location: the old fish market behind the north pier\nWhen: early on the morning of the storm",
]


NOTION_PROPERTIES = [
    "Created: March 5, 2024 3:12 PM\nTags: port, storm, sea wall, harbour board, ferry",
    "Status: In progress\nAssignee: Jane Roe\nDue: 2024-03-05",
    "Type: Meeting notes\nURL: https://harbour.example/plans/sea-wall-repair-after-the-storm",
    "Last edited time: April 2, 2024 10:15 AM\nProject: Harbour wall",
]
PARAGRAPHS = [  # (the paragraph under a page's title, whether it is Notion's properties)
    *((opening, False) for opening in [*OPENINGS, *LOOK_ALIKES]),
    *((properties, True) for properties in NOTION_PROPERTIES),
]


@pytest.mark.parametrize(("paragraph", "properties"), PARAGRAPHS)
def test_a_paragraph_under_a_title_is_notion_s_properties_or_text(tmp_path, paragraph, properties):
    # OPENINGS: the two lines were taken for the page's properties and cut from its text
    text = texts_of(1)[0]
    (tmp_path / "a.md").write_text(f"# Harbour plan\n\n{paragraph}\n\n{text}\n")
    docs = documents(read_all(tmp_path / "a.md"))
    kept = text if properties else f"{paragraph}\n\n{text}"
    assert [(d.title, d.text) for d in docs] == [("Harbour plan", kept)]
    found = docs[0].labels.get("properties", {})
    assert len(found) == (paragraph.count("\n") + 1 if properties else 0)


# ---- news-please's article of no text -----------------------------------------------------


def _news_please(maintext, **fields) -> dict:
    record = {
        "authors": ["Jane Roe"],
        "date_download": "2024-01-02 10:00:00",
        "date_publish": "2023-12-30 08:00:00",
        "description": "The storm broke two moorings.",
        "language": "en",
        "maintext": maintext,
        "source_domain": "news.example",
        "title": "Storm on the quay",
        "title_page": None,
        "url": "https://news.example/a",
    }
    return {**record, **fields}


@pytest.mark.parametrize(
    "record",
    [
        _news_please(None, text=None),  # news-please 1.5's deprecated `text` beside it
        _news_please(None, text=None, description=None, title=None),
        {"maintext": None, "text": None, "url": "https://news.example/a"},
        _news_please(None),  # no `text` at all (named right before and after)
    ],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_an_article_of_no_text_names_maintext(tmp_path, record, suffix):
    # quarantined, "'text' is null": the field news-please leaves null for all articles
    path = tmp_path / f"a{suffix}"
    path.write_text(json.dumps(record) + "\n")
    items = read_all(path)
    assert documents(items) == []
    assert ["'maintext' is" in q.error for q in quarantined(items)] == [True]


def test_news_please_s_articles_beside_one_of_no_text(tmp_path):
    first, second = texts_of(2)
    rows = [_news_please(None, text=None), _news_please(first, text=None), _news_please(second)]
    items = read_all(_jsonl(tmp_path / "a.jsonl", rows))
    assert [d.text for d in documents(items)] == [first, second]
    assert [q.error for q in quarantined(items)] == ["'maintext' is null"]


def test_a_row_of_text_null_alone_still_names_text(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [{"text": None, "title": "Storm", "id": "a"}])
    assert [q.error for q in quarantined(read_all(path))] == ["'text' is null"]


# ---- a crawl's time of capture is crawled_at ---------------------------------------------

CRAWL_ROWS = [  # (corpus, the row of its text, its crawl time)
    (
        "c4",
        lambda t: {"text": t, "timestamp": "2019-04-25T12:57:54Z", "url": "https://c.example/1"},
    ),
    (
        "redpajama-c4",
        lambda t: {
            "text": t,
            "meta": {
                "timestamp": "2019-04-25T12:57:54Z",
                "url": "https://c.example/1",
                "language": "en",
                "source": "c4",
            },
        },
    ),
    (
        "redpajama-v2",
        lambda t: {
            "raw_content": t,
            "doc_id": "2023-06/0000/en_head.json.gz/0",
            "meta": {
                "url": "https://c.example/1",
                "date_download": "2019-04-25T12:57:54Z",
                "source_domain": "c.example",
                "title": "Harbour",
                "digest": "sha1:X",
            },
        },
    ),
    (
        "dolma-c4",
        lambda t: {
            "id": "1",
            "text": t,
            "source": "c4",
            "added": "2023-03-01T00:00:00.000Z",
            "created": "2019-04-25T12:57:54Z",
            "metadata": {"url": "https://c.example/1", "length": len(t)},
        },
    ),
    (
        "dolma-cc",
        lambda t: {
            "id": "1",
            "text": t,
            "source": "common-crawl",
            "version": "v1",
            "added": "2023-03-01T00:00:00Z",
            "created": "2019-04-25T12:57:54Z",
            "metadata": {"url": "https://c.example/1"},
        },
    ),
    (
        "hplt-v2",
        lambda t: {
            "f": "x.warc.gz",
            "u": "https://c.example/1",
            "ts": "2019-04-25T12:57:54Z",
            "text": t,
        },
    ),
    (
        "oscar",
        lambda t: {
            "content": t,
            "warc_headers": {
                "warc-target-uri": "https://c.example/1",
                "warc-date": "2019-04-25T12:57:54Z",
                "warc-type": "conversion",
            },
            "metadata": {"identification": {"label": "en", "prob": 0.9}},
        },
    ),
    (
        "datatrove-fineweb",
        lambda t: {
            "text": t,
            "id": "<urn:uuid:1>",
            "metadata": {
                "dump": "CC-MAIN-2019-18",
                "url": "https://c.example/1",
                "date": "2019-04-25T12:57:54Z",
                "file_path": "s3://commoncrawl/crawl-data/CC-MAIN-2019-18/x.warc.gz",
                "language": "en",
            },
        },
    ),
    (
        "scraper",
        lambda t: {"text": t, "url": "https://c.example/1", "scraped_at": "2019-04-25T12:57:54Z"},
    ),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("corpus", "row"), CRAWL_ROWS, ids=[c for c, _ in CRAWL_ROWS])
def test_a_corpus_row_s_crawl_time_is_crawled_at(tmp_path, corpus, row, suffix):
    # each row's crawl time was dropped: crawled_at empty, published empty
    text = texts_of(1)[0]
    docs = documents(read_all(_rows_file(tmp_path / f"a{suffix}", [row(text)])))
    assert [(d.text, d.source) for d in docs] == [(text, "https://c.example/1")]
    assert docs[0].labels.get("crawled_at") == "2019-04-25T12:57:54Z"
    assert docs[0].labels.get("page_metadata", {}).get("date") is None


def test_news_please_s_download_is_crawled_and_its_publish_published(tmp_path):
    path = _jsonl(tmp_path / "a.jsonl", [_news_please(texts_of(1)[0])])
    [doc] = documents(read_all(path))
    assert doc.labels["crawled_at"] == "2024-01-02T10:00:00"  # in ISO 8601 (session 44)
    assert doc.labels["page_metadata"]["date"] == "2023-12-30 08:00:00"


LOOK_ALIKE_ROWS = [
    # a tweet's time stamp is when it was written
    {"text": "x", "timestamp": "2023-05-02T10:00:00Z", "url": "https://t.example/3", "user": "bob"},
    # Dolma's collections not crawled from the web: `created` is no crawl's
    {"text": "x", "source": "wiki", "added": "2023-03-01", "created": "2019-04-25"},
    {"text": "x", "source": "pes2o", "added": "2023-03-01", "created": "2019-04-25"},
    # a RedPajama book or arXiv row's own time stamp beside its other fields
    {
        "text": "x",
        "meta": {"timestamp": "2019-04-25", "url": "https://a.example/1", "arxiv_id": "1"},
    },
    {"text": "x", "ts": "2019-04-25T12:57:54Z"},  # no HPLT address beside it
]


@pytest.mark.parametrize("row", LOOK_ALIKE_ROWS)
def test_other_time_stamps_are_no_crawl_s(tmp_path, row):
    text = texts_of(1)[0]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", [{**row, "text": text}])))
    assert [d.text for d in docs] == [text]
    assert "crawled_at" not in docs[0].labels


def test_crawl_rows_through_the_run(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for k, (corpus, row) in enumerate(CRAWL_ROWS):
        record = row(texts_of(1, k)[0])
        _jsonl(data / f"{corpus}.jsonl", [json.loads(json.dumps(record).replace("/1", f"/{k}"))])
    out = tmp_path / "out"
    report, _ = run_counted(str(data), "--out", str(out))
    assert report["counts"]["read"] == len(CRAWL_ROWS)
    records = _published(out)
    assert sorted(r["source"] for r in records) == sorted(
        f"https://c.example/{k}" for k in range(len(CRAWL_ROWS))
    )
    assert {(r["crawled_at"], r["published"]) for r in records} == {("2019-04-25T12:57:54Z", None)}


# ---- a row's date and writers under `metadata` or `meta` ----------------------------------

HELD_ROWS = [
    (
        "datatrove",
        "metadata",
        {"url": "https://n.example/1", "date": "2023-05-01", "author": "Jane Roe"},
    ),
    (
        "redpajama",
        "meta",
        {"url": "https://n.example/1", "published": "2023-05-01", "authors": ["Jane Roe"]},
    ),
    ("data-juicer", "meta", {"date_publish": "2023-05-01", "byline": "Jane Roe", "src": "news"}),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("tool", "holder", "fields"), HELD_ROWS, ids=[t for t, _, _ in HELD_ROWS])
def test_a_row_s_date_and_writers_one_object_down(tmp_path, tool, holder, fields, suffix):
    # datatrove's writers keep every field but text and id in `metadata`: both were dropped
    text = texts_of(1)[0]
    path = _rows_file(tmp_path / f"a{suffix}", [{"text": text, "id": "1", holder: fields}])
    docs = documents(read_all(path))
    assert [d.labels.get("page_metadata") for d in docs] == [
        {"date": "2023-05-01", "structured_authors": ["Jane Roe"]}
    ]


def test_the_row_s_own_date_comes_first(tmp_path):
    text = texts_of(1)[0]
    row = {"text": text, "date": "2024-01-01", "metadata": {"date": "2023-05-01", "author": "Jo"}}
    [doc] = documents(read_all(_jsonl(tmp_path / "a.jsonl", [row])))
    assert doc.labels["page_metadata"] == {"date": "2024-01-01", "structured_authors": ["Jo"]}


# ---- a front matter's arrays and a title list of one --------------------------------------

FRONT_TITLES = [
    (
        '+++\ntitle = ["Storm on the quay", "Night of the flood"]\n+++\n',
        "Storm on the quay: Night of the flood",
    ),
    (
        "+++\ntitle = [\n  'Storm on the quay',\n  'Night of the flood',\n]\n+++\n",
        "Storm on the quay: Night of the flood",
    ),
    ('+++\ntitle = ["Storm on the quay"]  # the page\n+++\n', "Storm on the quay"),
    (
        '+++\ntitle = ["Storm #2 on the quay", "Night [one]"]\n+++\n',
        "Storm #2 on the quay: Night [one]",
    ),
    ("---\ntitle: [Storm on the quay]\n---\n", "Storm on the quay"),
    ("---\ntitle:\n  - Storm on the quay\n---\n", "Storm on the quay"),
]


@pytest.mark.parametrize(("front", "title"), FRONT_TITLES)
def test_a_front_matter_s_title_list(tmp_path, front, title):
    text = texts_of(1)[0]
    (tmp_path / "a.md").write_text(f"{front}\n{text}\n")
    docs = documents(read_all(tmp_path / "a.md"))
    assert [(d.title, d.text) for d in docs] == [(title, text)]


def test_a_toml_front_matter_s_writers(tmp_path):
    text = texts_of(1)[0]
    front = (
        '+++\ntitle = "Storm"\ndate = 2024-03-05\n'
        'authors = [\n  "Jane Roe", # lead\n  "John Doe",\n]\n+++\n'
    )
    (tmp_path / "a.md").write_text(f"{front}\n{text}\n")
    [doc] = documents(read_all(tmp_path / "a.md"))
    assert doc.labels["page_metadata"] == {
        "date": "2024-03-05",
        "structured_authors": ["Jane Roe", "John Doe"],
    }


@pytest.mark.parametrize(
    "front",
    [
        '+++\ntitle = ["Port", "Storm", "Flood"]\n+++\n',  # three strings: tags, no title
        "+++\ntitle = [1, 2]\n+++\n",
        '+++\ntitle = ["Storm on the quay",\n',  # never closed
    ],
)
def test_arrays_of_no_title_give_none(tmp_path, front):
    (tmp_path / "a.md").write_text(f"{front}\n{texts_of(1)[0]}\n")
    assert [d.title for d in documents(read_all(tmp_path / "a.md"))] == [None]


def test_front_matter_arrays_through_the_run(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for k, (front, _) in enumerate(FRONT_TITLES):
        (data / f"{k}.md").write_text(f"{front}\n{texts_of(1, k)[0]}\n")
    out = tmp_path / "out"
    report, _ = run_counted(str(data), "--out", str(out))
    assert report["counts"]["read"] == len(FRONT_TITLES)
    assert sorted(r["title"] for r in _published(out)) == sorted(t for _, t in FRONT_TITLES)
