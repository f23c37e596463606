"""Session 46's newcomer round: documents whose date was lost or misread at the reader.

A time written with its zone's offset (scrapy items, newspaper4k's `to_json()`, Hugo front
matter, RSS's `pubDate`, a Parquet `timestamp[tz=...]` column) reached `published` as the local
time with no zone; it is now the moment in UTC (io.date_zones). A mail's `Date` header was
dropped (io.mail). A `.json` array under partition folders (`date=2024-03-01/part.json`) lost
its folders' fields, which a `.jsonl` beside it kept (io.readers.read_json)."""

import datetime
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from curate.io.date_values import iso_date
from curate.io.date_zones import utc_moment
from tests.newcomer_runs import documents, read_all, run_counted, texts_of

# ---- a time with its zone's offset ------------------------------------------------------------

ZONED = [  # (as written, the moment in UTC)
    ("2024-03-05T23:30:00+02:00", "2024-03-05T21:30:00Z"),  # scrapy, newspaper4k
    ("2024-03-05T00:30:00+02:00", "2024-03-04T22:30:00Z"),  # the day before in UTC
    ("2024-03-05T20:15:00-05:00", "2024-03-06T01:15:00Z"),  # the day after
    ("2023-12-31T22:00:00-03:00", "2024-01-01T01:00:00Z"),  # the year after
    ("2024-03-05T10:00:00.123456+05:30", "2024-03-05T04:30:00Z"),  # fractions, half hours
    ("2010-05-22T14:30:00+0900", "2010-05-22T05:30:00Z"),  # no colon (livedoor)
    ("2024-03-05 10:00:00 +0100", "2024-03-05T09:00:00Z"),  # Jekyll's `date:`
    ("2024-03-05T10:00+01:00", "2024-03-05T09:00:00Z"),  # no seconds
    ("2024-03-05T10:00:00+00:00", "2024-03-05T10:00:00Z"),  # UTC by its offset
    ("Tue, 05 Mar 2024 08:30:00 +0100", "2024-03-05T07:30:00Z"),  # RSS pubDate, mail Date
    ("5 Mar 2024 23:59:59 -0800", "2024-03-06T07:59:59Z"),  # RFC 2822 with no weekday
]
UNZONED = [  # no offset to apply, or none known: as they came
    "2024-03-05T10:00:00",
    "2024-03-05T10:00:00Z",
    "2024-03-05",
    "2024-03-05 10:00:00",
    "Tue, 05 Mar 2024 10:00:00 GMT",  # a zone by name: bylines reads GMT as UTC
    "Tue, 05 Mar 2024 10:00:00 -0000",  # RFC 2822: zone unknown
    "Tue, 05 Mar 2024 10:00:00 CET",
    "2024-03-05T25:00:00+01:00",  # no such hour
    "2024-02-30T10:00:00+01:00",  # no such day
    "2024-03-05 to 2024-03-06",
    "March 5, 2024 10:00 +0100 and more",
]


@pytest.mark.parametrize(("written", "utc"), ZONED)
def test_a_time_with_its_offset_is_written_in_utc(written, utc):
    # `bylines` kept the local time and dropped the offset: 2024-03-05T23:30:00 read as UTC
    assert iso_date(written) == utc


@pytest.mark.parametrize("written", UNZONED)
def test_a_date_with_no_offset_stays_as_it_came(written):
    assert utc_moment(written) is None
    assert iso_date(written) == written


def test_a_parquet_timestamp_with_its_zone_is_in_utc(tmp_path):
    zone = datetime.timezone(datetime.timedelta(hours=2))
    moments = [datetime.datetime(2024, 3, 5, 0, 30, tzinfo=zone), None]
    column = pa.array(moments, type=pa.timestamp("us", tz="+02:00"))
    pq.write_table(pa.table({"text": texts_of(2), "published": column}), tmp_path / "a.parquet")
    docs = documents(read_all(tmp_path / "a.parquet"))
    assert [d.labels.get("page_metadata", {}).get("date") for d in docs] == [
        "2024-03-04T22:30:00Z",
        None,
    ]


@pytest.mark.parametrize(
    ("name", "written", "utc"),
    [
        ("date", "2024-03-01T10:00:00+02:00", "2024-03-01T08:00:00Z"),  # scrapy item
        ("publish_date", "2024-03-05T09:00:00+05:30", "2024-03-05T03:30:00Z"),  # newspaper4k
        ("pubDate", "Tue, 05 Mar 2024 08:30:00 +0100", "2024-03-05T07:30:00Z"),  # RSS in .jl
        ("date_publish", "2024-03-04 09:10:00", "2024-03-04T09:10:00"),  # news-please: no zone
    ],
)
def test_a_run_publishes_a_row_s_zoned_time_in_utc(tmp_path, name, written, utc):
    rows = tmp_path / "items.jl"
    rows.write_text(
        json.dumps({"title": "Ferry plan approved", "body": texts_of(1)[0], name: written})
    )
    run_counted(str(rows), "--out", str(tmp_path / "out"))
    [line] = (tmp_path / "out" / "jsonl").glob("*.jsonl")
    assert json.loads(line.read_text())["published"] == utc


def test_a_front_matter_s_zoned_date_is_in_utc(tmp_path):
    # YAML reads `2024-03-05T23:30:00+02:00` as a datetime with its zone
    path = tmp_path / "post.md"
    path.write_text(
        f"---\ntitle: Ferry\ndate: 2024-03-05T23:30:00+02:00\n---\n\n{texts_of(1)[0]}\n"
    )
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == "2024-03-05T21:30:00Z"


# ---- a mail's Date header ---------------------------------------------------------------------


def _message(subject: str, date: str | None, text: str) -> str:
    dated = f"Date: {date}\n" if date else ""
    return f"From: Harbour News <news@example.com>\nSubject: {subject}\n{dated}\n{text}\n"


@pytest.mark.parametrize(
    ("date", "published"),
    [
        ("Tue, 05 Mar 2024 08:30:00 +0100", "2024-03-05T07:30:00Z"),
        ("Mon, 4 Mar 2024 23:00:00 -0500", "2024-03-05T04:00:00Z"),
        ("Tue, 05 Mar 2024 08:30:00 GMT", "2024-03-05T08:30:00Z"),  # GMT: UTC
        (None, None),  # no Date: undated as before
    ],
)
def test_a_newsletter_s_date_header_is_its_date(tmp_path, date, published):
    # every message was undated
    path = tmp_path / "issue.eml"
    path.write_text(_message("Weekly harbour digest", date, texts_of(1)[0]))
    [doc] = documents(read_all(path))
    assert doc.title == "Weekly harbour digest" and doc.text == texts_of(1)[0]
    assert doc.labels.get("page_metadata", {}).get("date") == published


def test_each_message_of_an_mbox_keeps_its_own_date(tmp_path):
    dates = ["Fri, 01 Mar 2024 08:30:00 +0100", "Fri, 08 Mar 2024 08:30:00 +0100"]
    texts = texts_of(2)
    path = tmp_path / "list.mbox"
    path.write_text(
        "".join(
            f"From news@example.com Fri Mar  1 08:30:00 2024\n{_message(f'Digest {k}', d, t)}\n"
            for k, (d, t) in enumerate(zip(dates, texts, strict=True))
        )
    )
    report, _ = run_counted(str(path), "--out", str(tmp_path / "out"))
    [shard] = (tmp_path / "out" / "jsonl").glob("*.jsonl")
    records = [json.loads(line) for line in shard.read_text().splitlines()]
    assert [(r["title"], r["published"]) for r in records] == [
        ("Digest 0", "2024-03-01T07:30:00Z"),
        ("Digest 1", "2024-03-08T07:30:00Z"),
    ]


# ---- a .json array under partition folders ----------------------------------------------------


@pytest.mark.parametrize(
    ("folders", "date"),
    [
        ("date=2024-03-01", "2024-03-01"),
        ("published=2023-11-30/lang=en", "2023-11-30"),
        ("source=rss/publish_date=2022-01-02%2010%3A11%3A12", "2022-01-02 10:11:12"),
    ],
)
@pytest.mark.parametrize("shape", ["array", "object", "wrapped"])
def test_a_json_file_under_partition_folders_takes_their_fields(tmp_path, folders, date, shape):
    # a .jsonl there was dated (session 45); a .json array or object was not
    rows = [{"title": f"Ferry {k}", "text": t} for k, t in enumerate(texts_of(2))]
    value = {"array": rows, "object": rows[0], "wrapped": {"data": rows}}[shape]
    folder = tmp_path.joinpath(*folders.split("/"))
    folder.mkdir(parents=True)
    (folder / "part-0.json").write_text(json.dumps(value))
    docs = documents(read_all(tmp_path))
    assert docs and [d.labels.get("page_metadata", {}).get("date") for d in docs] == [date] * len(
        docs
    )


def test_a_json_row_s_own_date_wins_over_its_folder_s(tmp_path):
    folder = tmp_path / "date=2024-03-01"
    folder.mkdir()
    rows = [{"text": texts_of(1)[0], "date": "2020-02-02"}, {"text": texts_of(2)[1]}]
    (folder / "part.json").write_text(json.dumps(rows))
    docs = documents(read_all(folder))
    assert [d.labels["page_metadata"]["date"] for d in docs] == ["2020-02-02", "2024-03-01"]


@pytest.mark.parametrize("folder", ["date=__HIVE_DEFAULT_PARTITION__", "2024-03-01", "a=b=c"])
def test_a_json_array_under_no_partition_value_stays_undated(tmp_path, folder):
    (tmp_path / folder).mkdir()
    (tmp_path / folder / "part.json").write_text(json.dumps([{"text": texts_of(1)[0]}]))
    [doc] = documents(read_all(tmp_path / folder))
    assert "page_metadata" not in doc.labels


# ---- a date as a one-item list (scrapy's `.getall()`) ------------------------------------------

LISTED_DATES = [  # (the row's date value, its date)
    (["2024-03-05"], "2024-03-05"),
    (["\n      2024-03-05\n    "], "2024-03-05"),  # a `<time>`'s text with its indentation
    (["2024-03-05T08:00:00+01:00"], "2024-03-05T07:00:00Z"),
    (["  ", "March 5, 2024"], "March 5, 2024"),  # a blank text node first
    (["2024/03/05", "2024/03/07"], "2024-03-05"),  # published, then updated: the first
    ("  2024/03/05 ", "2024-03-05"),  # a padded string of a digit-first shape
]


@pytest.mark.parametrize("suffix", [".jl", ".json", ".parquet"])
@pytest.mark.parametrize(("value", "date"), LISTED_DATES)
def test_a_date_in_a_list_is_the_row_s_date(tmp_path, suffix, value, date):
    # the row was undated: a list was no date
    rows = [{"title": "Ferry", "text": texts_of(1)[0], "date": value}]
    path = tmp_path / f"items{suffix}"
    if suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        path.write_text(json.dumps(rows if suffix == ".json" else rows[0]))
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == date


@pytest.mark.parametrize("value", [[], ["  ", "\n"], [20240305, None], [{"$date": "x"}]])
def test_a_list_of_no_date_string_gives_no_date(tmp_path, value):
    path = tmp_path / "items.jl"
    path.write_text(json.dumps({"title": "Ferry", "text": texts_of(1)[0], "date": value}))
    [doc] = documents(read_all(path))
    assert "date" not in doc.labels.get("page_metadata", {})


# ---- trafilatura's CSV output: a headerless row of its fixed columns --------------------------


def _page(k: int) -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in texts_of(3, start=3 * k))
    return (
        f'<html><head><title>Ferry story {k}</title><meta name="author" content="Jane Roe">'
        f'<meta property="article:published_time" content="2024-03-0{k + 1}"></head>'
        f"<body><article><h1>Ferry story {k}</h1>{paragraphs}</article></body></html>"
    )


def _trafilatura_csv(k: int, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(_page(k), output_format="csv", with_metadata=True, url=url)


@pytest.mark.parametrize("url", ["https://harbour.example.com/story/{k}", None])
@pytest.mark.parametrize(("rows", "suffix"), [(1, ".csv"), (3, ".csv"), (2, ".tsv")])
def test_trafilatura_s_csv_rows_are_read_by_its_columns(tmp_path, url, rows, suffix):
    # passed over: "its first row (line 1) is data, not a header"
    path = tmp_path / f"out{suffix}"  # one page a file (--output-dir), or many (> out.csv)
    urls = [url.format(k=k) if url else None for k in range(rows)]
    path.write_text("".join(_trafilatura_csv(k, urls[k]) for k in range(rows)))
    docs = documents(read_all(tmp_path))
    assert [d.title for d in docs] == [f"Ferry story {k}" for k in range(rows)]
    assert [d.source for d in docs] == [u or str(path) for u in urls]
    assert [d.labels["page_metadata"]["date"] for d in docs] == [
        f"2024-03-0{k + 1}" for k in range(rows)
    ]
    assert all(texts_of(3, start=3 * k)[2] in d.text for k, d in enumerate(docs))
    assert all("null" not in (d.id, d.title) for d in docs)


def test_an_older_trafilatura_s_ten_columns_are_read(tmp_path):
    # before 1.8 there was no pagetype column
    row = _trafilatura_csv(0, "https://h.ex/0").rstrip("\r\n").rsplit("\t", 1)[0] + "\r\n"
    (tmp_path / "out.csv").write_text(row)
    [doc] = documents(read_all(tmp_path))
    assert (doc.title, doc.source) == ("Ferry story 0", "https://h.ex/0")


ELEVEN_OTHERS = [  # headerless tables of 11 columns that are no trafilatura output
    "https://h.ex/0\tnull\tnot-a-print\th.ex\tT\tnull\tnull\t{text}\tnull\tnull\tnull\n",
    "https://h.ex/0\tnull\t0123456789abcdef\th.ex\tT\tnull\tMarch 5\t{text}\tnull\tnull\tnull\n",
    "null\tnull\tnull\th.ex\tT\tnull\tnull\t{text}\tnull\tnull\tnull\n",  # nothing known
]


@pytest.mark.parametrize("row", ELEVEN_OTHERS)
def test_another_headerless_table_of_eleven_columns_stays_as_it_was(tmp_path, row):
    (tmp_path / "t.csv").write_text(row.format(text=texts_of(1)[0]))
    items = read_all(tmp_path)
    assert documents(items) == []


# ---- a row read from its html keeps its own date and writers ----------------------------------

HTML_ROWS = [  # (the row's fields beside its html, the date and writers expected)
    ({"date": "2024-03-05"}, "2024-03-05", None),
    (
        {"published": "2024-03-05T10:00:00+01:00", "author": "Ali Khan"},
        "2024-03-05T09:00:00Z",
        ["Ali Khan"],
    ),
    (
        {"date_publish": "2024-03-05 10:00:00", "authors": ["Ali Khan", "Mia Berg"]},
        "2024-03-05 10:00:00",
        ["Ali Khan", "Mia Berg"],
    ),
    ({}, "2024-03-0{k}", ["Jane Roe"]),  # none given: the page's own (day k + 1), as before
]


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
@pytest.mark.parametrize(("given", "date", "writers"), HTML_ROWS)
def test_a_row_of_html_keeps_its_own_date_and_writers(tmp_path, suffix, given, date, writers):
    # the page's metadata (its <meta> date and author) replaced the row's: a crawler's export
    # of html and date was dated by the page, or undated
    rows = [{"url": f"https://h.ex/{k}", "html": _page(k), **given} for k in range(2)]
    path = tmp_path / f"rows{suffix}"
    if suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    else:
        path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    docs = documents(read_all(path))
    found = [d.labels["page_metadata"] for d in docs]
    assert [m.get("date") for m in found] == [date.format(k=k) for k in range(1, 3)]  # k + 1
    if writers is not None:
        assert [m.get("structured_authors") for m in found] == [writers] * 2


def test_a_newsletter_s_html_part_is_dated_by_its_header(tmp_path):
    path = tmp_path / "n.eml"
    path.write_text(
        "From: Harbour Weekly <news@h.ex>\nSubject: Ferry news\n"
        "Date: Tue, 05 Mar 2024 08:30:00 +0100\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n" + _page(1) + "\n"
    )
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == "2024-03-05T07:30:00Z"
