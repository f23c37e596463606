"""Session 47's newcomer round: a table lost under Excel's `sep=` line, and JSON Lines breaks
placed on the wrong line.

A `.csv` opening with Excel's `sep=;` and a title line above its header was not read at all
("no 'text' field (the row has 'Export of ...')"): the lines after `sep=` were numbered from
the file's first line, so the title line was taken for the header; a row's legacy encoding was
noted on the row after it. A JSON Lines record's break was said at "line 1 column 22" of a
record on the file's line 7; a last record the file ended inside (a scraper killed, a copy
stopped) was `malformed_json`, as if the writer had erred (io.json_positions)."""

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

# ---- a table under Excel's `sep=` line and a title --------------------------------------------

PREAMBLES = [  # (the lines above the header, the delimiter, the suffix)
    (["sep=;", "Export of news articles, 2024-03-01"], ";", ".csv"),
    (["sep=,", "Scraped by newsbot", "Source: example.com"], ",", ".csv"),
    (["sep=;", "Articles du 1er mars 2024;;"], ";", ".csv"),
    (["sep=\t", "Report generated 2024-03-01 10:00"], "\t", ".tsv"),
    (["\ufeffsep=;", "Exported from the newsroom system"], ";", ".csv"),  # Excel's BOM
    (["sep=;", ""], ";", ".csv"),  # a blank line under it
]


def _table(lines: list[str], sep: str, n: int, start: int = 0) -> str:
    header = sep.join(["title", "text", "url"])
    rows = [
        sep.join([f'"Headline {k}"', f'"{text}"', f"https://news.example/{k}"])
        for k, text in enumerate(texts_of(n, start), start=start)
    ]
    return "\r\n".join([*lines, header, *rows]) + "\r\n"


@pytest.mark.parametrize(("lines", "sep", "suffix"), PREAMBLES)
def test_a_table_under_a_sep_line_and_a_title_is_read_by_its_header(tmp_path, lines, sep, suffix):
    path = tmp_path / f"export{suffix}"
    path.write_text(_table(lines, sep, 3), encoding="utf-8")
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts_of(3)
    assert [d.title for d in docs] == ["Headline 0", "Headline 1", "Headline 2"]
    assert [d.source for d in docs] == [f"https://news.example/{k}" for k in range(3)]


@pytest.mark.parametrize(
    "lines", [["sep=;"], ["Export of news articles, 2024-03-01"], [], ["", "Export"]]
)
def test_a_sep_line_alone_or_a_title_alone_is_read_as_before(tmp_path, lines):
    path = tmp_path / "export.csv"
    path.write_text(_table(lines, ";", 3, start=5), encoding="utf-8")
    assert [d.text for d in documents(read_all(path))] == texts_of(3, start=5)


@pytest.mark.parametrize("legacy_row", [0, 1, 2])
def test_a_row_in_a_legacy_code_page_under_a_sep_line_is_the_one_labelled(tmp_path, legacy_row):
    texts = texts_of(3, start=10)
    texts[legacy_row] += " Ça coûte cher."
    rows = [f'"Titre {k}";"{text}"' for k, text in enumerate(texts)]
    raw = b"sep=;\r\ntitre;texte\r\n" + b"".join(
        (row + "\r\n").encode("cp1252" if k == legacy_row else "utf-8")
        for k, row in enumerate(rows)
    )
    path = tmp_path / "export.csv"
    path.write_bytes(raw)
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts
    labelled = [k for k, d in enumerate(docs) if d.labels.get("encoding") == "cp1252"]
    assert labelled == [legacy_row]


def test_a_table_under_a_sep_line_and_a_title_through_the_run(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    for k, (lines, sep, suffix) in enumerate(PREAMBLES[:3]):
        (folder / f"day{k}{suffix}").write_text(_table(lines, sep, 2, start=20 + 2 * k))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 6 and report["counts"]["kept"] == 6


# ---- a JSON Lines record's break, in the file's lines ----------------------------------------


def _line(k: int) -> str:
    return json.dumps({"id": f"a{k}", "text": texts_of(1, start=30 + k)[0]})


BROKEN = [  # (a broken line, what its break is at: the column of its first character)
    ('{"id": "b1" "text": "A council report."}', '"text"'),  # a comma missed
    ('{"id": "b2", "text": "A council report.", "ok": tru}', "tru}"),  # a word cut
    ('{"id": "b3", text: "A council report."}', "text:"),  # a key unquoted
    ('{"id": "b4", "text": "A council report."}}', "}}"),  # one brace too many (the second)
    ("[1, 2,, 3]", ", 3"),
]


@pytest.mark.parametrize(("broken", "at"), BROKEN)
def test_a_broken_line_s_break_is_its_column_on_the_file_s_line(tmp_path, broken, at):
    column = broken.rindex(at) + 1 + (at == "}}")
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([_line(0), _line(1), _line(2), broken, _line(3)]) + "\n")
    items = read_all(path)
    assert len(documents(items)) == 4
    [row] = quarantined(items)
    assert (row.line, row.kind) == (4, "malformed_json")
    assert row.error.endswith(f": column {column}"), row.error
    assert "line 1" not in row.error


CUT = [  # a last record the file ends inside, with no line break after it
    '{"id": "c1", "text": "The council met on Tues',  # inside a string
    '{"id": "c2", "text": "The council met on Tuesday."',  # before the brace
    '{"id": "c3", "text": "The council met.", ',  # after a comma
    '{"id": "c4", "te',  # inside a key
    '{"id": "c5", "text": "The council met.", "tags": ["a", ',  # inside a list
]


@pytest.mark.parametrize("cut", CUT)
def test_a_last_record_the_file_ends_inside_is_truncated(tmp_path, cut):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([_line(0), _line(1), cut]))
    items = read_all(path)
    assert len(documents(items)) == 2
    [row] = quarantined(items)
    assert (row.line, row.kind) == (3, "truncated")
    assert "the file ends inside this record" in row.error


@pytest.mark.parametrize(
    "last",
    [
        CUT[0] + "\n",  # its line break written: the writer's line, not a cut file
        '{"id": "b1" "text": "A council report."}',  # broken before its end
        '{"id": "b4", "text": "A council report."}}',  # one brace too many
    ],
)
def test_a_broken_last_line_that_is_no_cut_stays_malformed(tmp_path, last):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([_line(0), last]))
    [row] = quarantined(read_all(path))
    assert (row.line, row.kind) == (2, "malformed_json")


def test_a_whole_last_record_with_no_line_break_is_read(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([_line(0), _line(1)]))
    assert len(documents(read_all(path))) == 2


def test_breaks_and_a_cut_record_through_the_run(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join([_line(0), BROKEN[0][0], _line(1), CUT[1]]))
    out = tmp_path / "out"
    report, _ = run_counted(str(path), "--out", str(out))
    assert report["counts"]["kept"] == 2 and report["counts"]["quarantined"] == 2
    rows = [json.loads(line) for line in (out / "quarantine.jsonl").read_text().splitlines()]
    assert [(r["line"], r["kind"]) for r in rows] == [(2, "malformed_json"), (4, "truncated")]
    assert rows[0]["error"] == "not valid JSON: Expecting ',' delimiter: column 13"


# ---- datatrove's own crawl: a WARC record's id dates the capture -----------------------------

WARC_ID = "<urn:uuid:5f1d7c0e-2b0c-4d59-9a55-0b0b0c1f2e3a>"
FETCHED = "2024-02-21T08:15:02Z"

DATATROVE_ROWS = [  # the shapes a WarcReader's documents are written in
    lambda text: {
        "text": text,
        "id": WARC_ID,
        "metadata": {"url": "https://x.example/a", "date": FETCHED},
    },
    lambda text: {"text": text, "id": WARC_ID, "url": "https://x.example/a", "date": FETCHED},
    lambda text: {
        "id": WARC_ID.upper().replace("URN:UUID", "urn:uuid"),
        "text": text,
        "meta": {"date": FETCHED},
    },
    lambda text: {
        "text": text,
        "id": f" {WARC_ID} ",
        "metadata": {"date": FETCHED, "language": "en"},
    },
]


@pytest.mark.parametrize("shape", range(len(DATATROVE_ROWS)))
def test_a_warc_record_s_row_is_dated_by_its_crawl_not_published(tmp_path, shape):
    path = tmp_path / "00000.jsonl"
    path.write_text(json.dumps(DATATROVE_ROWS[shape](texts_of(1, start=40)[0])) + "\n")
    [doc] = documents(read_all(path))
    assert doc.labels["crawled_at"] == FETCHED
    assert "date" not in (doc.labels.get("page_metadata") or {})


def test_a_warc_record_s_parquet_row_is_dated_by_its_crawl(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [DATATROVE_ROWS[0](text) for text in texts_of(2, start=45)]
    path = tmp_path / "00000.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    docs = documents(read_all(path))
    assert [d.labels.get("crawled_at") for d in docs] == [FETCHED, FETCHED]
    assert all("date" not in (d.labels.get("page_metadata") or {}) for d in docs)


@pytest.mark.parametrize(
    "row",
    [
        {"id": "urn:uuid:5f1d7c0e-2b0c-4d59-9a55-0b0b0c1f2e3a", "date": "2024-02-21"},  # no <>
        {"id": "5f1d7c0e-2b0c-4d59-9a55-0b0b0c1f2e3a", "metadata": {"date": "2024-02-21"}},
        {"id": "<doc-17>", "date": "2024-02-21"},
        {"id": "a1", "date": "2024-02-21"},  # a news row's date
    ],
)
def test_a_row_of_another_id_keeps_its_date_as_published(tmp_path, row):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({**row, "text": texts_of(1, start=50)[0]}) + "\n")
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == "2024-02-21"
    assert "crawled_at" not in doc.labels


def test_a_warc_record_s_row_keeps_a_publication_date_it_names(tmp_path):
    row = {"id": WARC_ID, "date": FETCHED, "published_date": "2023-06-01", "text": texts_of(1)[0]}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n")
    [doc] = documents(read_all(path))
    assert doc.labels["crawled_at"] == FETCHED
    assert doc.labels["page_metadata"]["date"] == "2023-06-01"


def test_warc_record_rows_through_the_run(tmp_path):
    path = tmp_path / "00000.jsonl"
    path.write_text(
        "".join(json.dumps(DATATROVE_ROWS[0](text)) + "\n" for text in texts_of(2, start=55))
    )
    out = tmp_path / "out"
    run_counted(str(path), "--out", str(out))
    [part] = (out / "jsonl").glob("*.jsonl")
    rows = [json.loads(line) for line in part.read_text().splitlines()]
    assert [(r["published"], r["crawled_at"]) for r in rows] == [(None, FETCHED)] * 2
