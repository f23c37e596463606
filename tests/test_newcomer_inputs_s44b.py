"""Session 44's newcomer leftovers at the reader: a crawl's time written with a space
(news-please's `date_download: "2024-05-06 10:11:12"`) reached `crawled_at` as written, not in
ISO 8601 as a WARC's `WARC-Date` is; a JSON row of both `html` and `text` (a crawler's export)
took nothing from its page (title, date, writers, address); a WET record whose headline is not
repeated in its text kept its `<title>`'s ` | Site Name`."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, read_all, texts_of


def _rows_file(path, rows):
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# ---- a crawl's time with a space is crawled_at in ISO 8601 --------------------------------

SPACED_TIMES = [  # (name, as written, in ISO 8601)
    ("date_download", "2024-05-06 10:11:12", "2024-05-06T10:11:12"),
    ("date_download", "2019-11-30 23:59:01.123456", "2019-11-30T23:59:01.123456"),
    ("crawled_at", "2021-02-03 04:05", "2021-02-03T04:05"),
    ("scraped_at", "2023-07-08 09:10:11+02:00", "2023-07-08T09:10:11+02:00"),
    ("fetched_at", "2022-01-01 00:00:00Z", "2022-01-01T00:00:00Z"),
    ("download_date", " 2020-06-15 18:30:00 ", "2020-06-15T18:30:00"),
    ("crawl_date", "2024/05/06 10:11:12", "2024-05-06T10:11:12"),  # year first, slashes
    ("scraped_at", 1714990272, "2024-05-06T10:11:12Z"),  # Unix time (io.date_values)
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("name", "written", "iso"), SPACED_TIMES)
def test_a_crawl_time_with_a_space_is_crawled_at_in_iso_8601(tmp_path, suffix, name, written, iso):
    # crawled_at was "2024-05-06 10:11:12" where a WARC's is "2024-05-06T10:11:12Z"
    text = texts_of(1)[0]
    row = {"text": text, "url": "https://news.example/a", name: written}
    [doc] = documents(read_all(_rows_file(tmp_path / f"a{suffix}", [row])))
    assert doc.labels.get("crawled_at") == iso


def test_news_please_s_download_in_its_meta_is_crawled_at_in_iso_8601(tmp_path):
    row = {"raw_content": texts_of(1)[0], "meta": {"date_download": "2024-05-06 10:11:12"}}
    [doc] = documents(read_all(_rows_file(tmp_path / "a.jsonl", [row])))
    assert doc.labels.get("crawled_at") == "2024-05-06T10:11:12"


NO_TIMES = [  # under a crawl time's name, no time: as on the base (None, or as written)
    ("fetch_time", 1532, None),  # a fetch's duration in milliseconds
    ("fetch_time", 0.53, None),  # in seconds
    ("crawl_time", True, None),
    ("crawled_at", "   ", None),
    ("crawled_at", "2024-05-06", "2024-05-06"),  # a day alone stays a day
    ("crawled_at", "2024-05-06T10:11:12Z", "2024-05-06T10:11:12Z"),
    ("crawled_at", "2024-05-06 10:11:12 by bot-7", "2024-05-06 10:11:12 by bot-7"),
    ("crawled_at", "Mon, 06 May 2024 10:11:12 GMT", "Mon, 06 May 2024 10:11:12 GMT"),
]


@pytest.mark.parametrize(("name", "value", "kept"), NO_TIMES)
def test_what_is_no_crawl_time_of_that_shape_is_left(tmp_path, name, value, kept):
    row = {"text": texts_of(1)[0], name: value}
    [doc] = documents(read_all(_rows_file(tmp_path / "a.jsonl", [row])))
    assert doc.labels.get("crawled_at") == kept


# ---- a row of both html and text: its page fills what the row lacks ------------------------


def _page(k: int, head: str, body_title: str = "") -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in texts_of(3, start=10 * k))
    return (
        f"<html><head>{head}</head><body><article>{body_title}{paragraphs}</article></body></html>"
    )


LD = '<script type="application/ld+json">{}</script>'
PAGES = [  # (head and body title, the page's title, writers, date, address)
    (
        '<title>Storm on the quay</title><meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
        '<link rel="canonical" href="https://harbour.example/storm">',
        "Storm on the quay",
        ["Jane Roe"],
        "2024-03-05",
        "https://harbour.example/storm",
    ),
    (
        "<title>Ferry fares rise</title>"
        + LD.format(
            json.dumps(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Ferry fares rise",
                    "author": [{"@type": "Person", "name": "Ana Lima"}],
                    "datePublished": "2023-11-20",
                }
            )
        )
        + '<meta property="og:url" content="https://ferries.example/fares">',
        "Ferry fares rise",
        ["Ana Lima"],
        "2023-11-20",
        "https://ferries.example/fares",
    ),
    (
        '<meta property="og:title" content="Library opens late"><meta name="date" '
        'content="2022-06-01"><meta name="author" content="Tomas Berg">',
        "Library opens late",
        ["Tomas Berg"],
        "2022-06-01",
        None,
    ),
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("k", "page"), list(enumerate(PAGES)))
def test_a_row_s_page_fills_what_the_row_lacks(tmp_path, suffix, k, page):
    # title None, no date, no writers, the file as its source: the page was never read
    head, title, authors, date, url = page
    text = texts_of(1, start=50 + k)[0]  # the row's own text, not the page's
    row = {"text": text, "html": _page(k, head)}
    [doc] = documents(read_all(_rows_file(tmp_path / f"a{suffix}", [row])))
    assert doc.text == text
    assert doc.title == title
    found = doc.labels.get("page_metadata") or {}
    assert found.get("structured_authors") == authors
    assert (found.get("date") or found.get("structured_date") or "").startswith(date)
    if url is not None:
        assert doc.source == url


@pytest.mark.parametrize("k", range(len(PAGES)))
def test_what_the_row_states_wins_over_its_page(tmp_path, k):
    head, title, authors, date, url = PAGES[k]
    text = texts_of(1, start=60 + k)[0]
    row = {
        "text": text,
        "html": _page(k, head),
        "title": "The row's own headline",
        "date": "2019-02-03",  # the page says another day: the row's field wins
        "author": "Row Writer",
        "url": "https://row.example/own",
    }
    [doc] = documents(read_all(_rows_file(tmp_path / "a.jsonl", [row])))
    found = doc.labels["page_metadata"]
    assert (doc.text, doc.title, doc.source) == (text, "The row's own headline", row["url"])
    assert (found["date"], found["structured_authors"]) == ("2019-02-03", ["Row Writer"])
    assert "structured_date" not in found and "author" not in found


@pytest.mark.parametrize(
    ("lacking", "extracted"),
    [(None, 0), ("title", 1), ("url", 1), ("date", 1), ("author", 1)],
)
def test_a_page_is_extracted_only_for_what_its_row_lacks(tmp_path, monkeypatch, lacking, extracted):
    # a page's extraction costs a page's time; a row naming everything takes nothing from it
    import curate.io.html as html_reader

    calls = []
    real = html_reader.extract_page
    monkeypatch.setattr(
        html_reader, "extract_page", lambda *a, **k: calls.append(1) or real(*a, **k)
    )
    head, *_ = PAGES[0]
    row = {
        "text": texts_of(1, start=80)[0],
        "html": _page(0, head),
        "title": "The row's own headline",
        "date": "2019-02-03",
        "author": "Row Writer",
        "url": "https://row.example/own",
    }
    row.pop(lacking, None)
    documents(read_all(_rows_file(tmp_path / "a.jsonl", [row])))
    assert len(calls) == extracted


@pytest.mark.parametrize("html", ["", "   ", None, 17, "<html><body></body></html>"])
def test_a_row_of_no_page_to_read_is_read_by_its_text_alone(tmp_path, html):
    text = texts_of(1, start=70)[0]
    row = {"text": text, "html": html, "title": "Kept"}
    [doc] = documents(read_all(_rows_file(tmp_path / "a.jsonl", [row])))
    assert (doc.text, doc.title) == (text, "Kept")
    assert "page_metadata" not in doc.labels


# ---- a WET record's title keeps its site's name when the headline is not repeated -------

WET_TITLES = [  # (the record's first line, its address, the title without the site's name)
    ("Storm breaks two moorings | Harbour Times", "https://www.harbourtimes.example/a", None),
    ("Council votes on the plan - The Daily Ledger", "https://dailyledger.example/x/1", None),
    ("Ferry fares rise :: Island-Post", "https://island-post.co.uk/fares", None),
    ("Library opens late — Kestrel Gazette", "http://kestrelgazette.example/", None),
    ("Road works: what changes | Valley Courier News", "https://valleycourier.example/r", None),
]
WET_KEPT = [  # a real separator inside a title, or a last part that is not the site's name
    ("Harbour plan - what it means for fishermen", "https://news.example/2"),
    ("Storm on the quay | Harbour Times", "https://weather.example/s"),
    ("Prices up - again", "https://cnn.example/p"),  # a host name too short to tell
    ("Markets | Harbour Times", None),
    ("A plain headline of no separator", "https://harbourtimes.example/h"),
]


def _wet_file(tmp_path, pages):
    from tests.test_io_wet import _record

    records = [_record("warcinfo", 0, "software: crawler\r\n")]
    records += [_record("conversion", n, text, url) for n, (text, url) in enumerate(pages, 1)]
    path = tmp_path / "crawl.warc.wet"
    path.write_bytes(b"".join(records))
    return path


@pytest.mark.parametrize(("line", "url", "_"), WET_TITLES)
def test_a_wet_title_s_site_name_goes_when_the_address_names_the_site(tmp_path, line, url, _):
    # the stage made the line the title, "| Harbour Times" kept: nothing below repeats it
    body = "\n".join(texts_of(2, start=80))
    [doc] = documents(read_all(_wet_file(tmp_path, [(f"{line}\n{body}", url)])))
    sep = max(line.rfind(s) for s in (" | ", " - ", " :: ", " — "))
    assert (doc.title, doc.text) == (line[:sep], body)


@pytest.mark.parametrize(("line", "url"), WET_KEPT)
def test_a_wet_title_of_no_site_name_is_left_to_the_stage(tmp_path, line, url):
    text = line + "\n" + "\n".join(texts_of(2, start=90))
    [doc] = documents(read_all(_wet_file(tmp_path, [(text, url or "x")])))
    assert (doc.title, doc.text) == (None, text)


def test_wet_titles_through_the_run(tmp_path):
    from tests.newcomer_runs import run_counted

    pages = []
    for k, (line, url, _) in enumerate(WET_TITLES[:2]):
        pages.append((line + "\n" + "\n\n".join(texts_of(4, start=100 + 10 * k)), url))
    repeated = "Storm breaks two moorings"  # the headline below its title: the stage's as before
    pages.append(
        (
            f"{repeated} | Harbour Times\n{repeated}\n" + "\n\n".join(texts_of(4, 130)),
            "https://harbourtimes.example/b",
        )
    )
    kept = WET_KEPT[0][0]
    pages.append((kept + "\n" + "\n\n".join(texts_of(4, start=140)), "https://news.example/2"))
    (tmp_path / "in").mkdir()
    _wet_file(tmp_path / "in", pages)
    out = tmp_path / "out"
    run_counted(str(tmp_path / "in"), "--out", str(out))
    titles = sorted(
        json.loads(line)["title"]
        for f in (out / "jsonl").glob("*.jsonl")
        for line in f.read_text().splitlines()
    )
    assert titles == sorted(
        [
            "Storm breaks two moorings",
            "Council votes on the plan",
            "Storm breaks two moorings",
            kept,
        ]
    )
