"""Session 50's newcomer round: crawls as wget and home-made writers save them, JSON as tools
export it (comments first, records under their ids one key down, Elasticsearch and MongoDB
dumps), and a text in two languages."""

import gzip
import json
import lzma
import zlib

import brotli
import pytest
import zstandard

from curate.synth_warc import record_id, warc_record
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, text_of

DATE = "2024-05-01T12:00:00Z"


def _page(k: int) -> bytes:
    body = "".join(f"<p>{text_of(k * 10 + i)}</p>" for i in range(3))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Story {k}</title></head>"
        f"<body><article><h1>Story {k}</h1>{body}</article></body></html>"
    ).encode()


def _chunked(body: bytes, size: int = 100) -> bytes:
    pieces = [body[at : at + size] for at in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


def _raw_deflate(body: bytes) -> bytes:
    deflate = zlib.compressobj(wbits=-15)
    return deflate.compress(body) + deflate.flush()


def _response(k: int, headers: list[str], body: bytes, eol: str = "\r\n") -> bytes:
    head = eol.join(["HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8", *headers])
    block = (head + eol + eol).encode() + body
    url = f"https://news.example/{k}"
    return warc_record(
        "response", url, block, record_id(url), DATE, Content_Type="application/http"
    )


# How servers send a page and how crawlers keep it: (headers, body of page k)
ENCODED = {
    "chunked": (["Transfer-Encoding: chunked"], _chunked),  # wget keeps chunks as they came
    "gzip": (["Content-Encoding: gzip"], gzip.compress),
    "chunked gzip": (
        ["Content-Encoding: gzip", "Transfer-Encoding: chunked"],
        lambda b: _chunked(gzip.compress(b)),
    ),
    "deflate (zlib)": (["Content-Encoding: deflate"], zlib.compress),
    "deflate (raw)": (["Content-Encoding: deflate"], _raw_deflate),
    "br": (["Content-Encoding: br"], brotli.compress),
    "zstd": (["Content-Encoding: zstd"], lambda b: zstandard.ZstdCompressor().compress(b)),
    # a writer that saved the body decoded under the server's headers
    "gzip named, saved decoded": (["Content-Encoding: gzip"], lambda b: b),
    "deflate named, saved decoded": (["Content-Encoding: deflate"], lambda b: b"\n" + b),
    "br named, saved decoded": (["Content-Encoding: br"], lambda b: b),
    "chunked named, saved dechunked": (["Transfer-Encoding: chunked"], lambda b: b),
    "x-gzip, identity": (["Content-Encoding: x-gzip, identity"], gzip.compress),
}


def _crawl(path, records: list[bytes], per_member: bool) -> None:
    if per_member:
        path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    else:
        path.write_bytes(b"".join(records))


@pytest.mark.parametrize("name", sorted(ENCODED))
@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_a_page_in_any_http_encoding_is_read_and_so_is_the_next(tmp_path, name, suffix):
    # chunked: "record cut short: 628 of 675 body bytes"; deflate: "the archive ends inside
    # this record"; a body saved decoded under `gzip`: "Gzip decompression error" for it and
    # for the plain page after it
    headers, encode = ENCODED[name]
    records = [_response(0, headers, encode(_page(0))), _response(1, [], _page(1))]
    path = tmp_path / f"crawl{suffix}"
    _crawl(path, records, per_member=suffix.endswith(".gz"))
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [d.source for d in docs] == ["https://news.example/0", "https://news.example/1"]
    assert [d.text.splitlines()[0] for d in docs] == [text_of(0), text_of(10)]


def test_headers_ending_in_a_line_feed_alone_are_read(tmp_path):
    # a hand-written crawler's `\n` line ends: the page was skipped as `not_html`
    records = [_response(k, [], _page(k), eol="\n") for k in range(2)]
    _crawl(tmp_path / "c.warc", records, per_member=False)
    docs = documents(read_all(tmp_path / "c.warc"))
    assert [d.title for d in docs] == ["Story 0", "Story 1"]


def test_a_corrupt_encoded_body_is_quarantined_by_its_encoding_the_rest_read(tmp_path):
    broken = b"\x1f\x8b\x08\x00" + bytes(range(200, 256)) * 4  # a gzip header, then no deflate
    records = [
        _response(0, ["Content-Encoding: gzip"], broken),
        _response(1, ["Content-Encoding: br"], bytes(range(256))),
        _response(2, ["Content-Encoding: compress"], zlib.compress(_page(2))),
        _response(3, [], _page(3)),
    ]
    _crawl(tmp_path / "c.warc.gz", records, per_member=True)
    items = read_all(tmp_path / "c.warc.gz")
    assert [d.title for d in documents(items)] == ["Story 3"]
    errors = [(q.kind, q.error) for q in quarantined(items)]
    assert [kind for kind, _ in errors] == ["warc_record"] * 3
    assert "Content-Encoding `gzip`" in errors[0][1] and "Content-Encoding `br`" in errors[1][1]
    assert "`compress` is not one curate decodes" in errors[2][1]
    assert all(q.offset is not None and q.id for q in quarantined(items))


def test_a_record_cut_inside_its_chunks_is_still_cut_short(tmp_path):
    record = _response(0, ["Transfer-Encoding: chunked"], _chunked(_page(0)))
    _crawl(tmp_path / "c.warc.gz", [record[:-300]], per_member=True)
    [cut] = quarantined(read_all(tmp_path / "c.warc.gz"))
    assert cut.kind == "truncated"


def test_an_arc_file_s_chunked_gzip_page_is_read(tmp_path):
    # warcio's raw stream: the chunks and the gzip went to the HTML reader as they were
    body = _chunked(gzip.compress(_page(0)))
    block = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + body
    )
    head = b"1 0 curate\nURL IP-address Archive-date Content-type Archive-length\n"
    members = [
        b"filedesc://c.arc 0.0.0.0 20240501120000 text/plain %d\n%s\n" % (len(head), head),
        b"https://news.example/0 192.0.2.1 20240501120000 text/html %d\n%s\n" % (len(block), block),
    ]
    (tmp_path / "c.arc.gz").write_bytes(b"".join(gzip.compress(m, mtime=0) for m in members))
    [doc] = documents(read_all(tmp_path / "c.arc.gz"))
    assert doc.title == "Story 0" and doc.text.startswith(text_of(0))


def test_encoded_pages_through_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    records = [
        _response(k, headers, encode(_page(k)))
        for k, (headers, encode) in enumerate(ENCODED[name] for name in sorted(ENCODED))
    ]
    _crawl(tmp_path / "in" / "wget.warc", records, per_member=False)
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == len(ENCODED) and report["counts"]["quarantined"] == 0


# ---- a `.json` whose records follow a comment (io.json_comments) -----------------------------


def _rows(n: int, start: int = 0) -> list[str]:
    return [json.dumps({"id": f"r{k}", "text": text_of(k)}) for k in range(start, start + n)]


LEADING = {
    "line comment, array": "// exported 2024-05-01 by cms\n[\n{rows}\n]\n",
    "hash comments, array": "# export\n# 3 records\n[{rows}]",
    "block comment, array": "/* export of 2024-05-01\n   three records */\n[\n{rows}\n]\n",
    "comment, then a wrapper": '// api dump\n{{"status": "ok", "articles": [\n{rows}\n]}}\n',
    "comment with a BOM, indented": "\ufeff  // dump\n  [{rows}]",
}


@pytest.mark.parametrize("name", sorted(LEADING))
def test_records_after_a_leading_comment_are_read(tmp_path, name):
    # "no JSON records with a 'text' or 'html' field to read": every record lost
    path = tmp_path / "dump.json"
    path.write_text(LEADING[name].format(rows=",\n".join(_rows(3))), encoding="utf-8")
    items = read_all(path)
    assert [d.text for d in documents(items)] == [text_of(k) for k in range(3)]
    assert not quarantined(items)


def test_a_comment_alone_or_before_no_records_is_still_no_records(tmp_path):
    (tmp_path / "a.json").write_text("// nothing here yet\n")
    (tmp_path / "b.json").write_text('// settings\n{"theme": "dark", "size": 3}\n')
    for name in ("a.json", "b.json"):
        [why] = quarantined(read_all(tmp_path / name))
        assert why.kind == "unsupported"


def test_leading_comments_through_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    for k, name in enumerate(sorted(LEADING)):
        rows = ",\n".join(_rows(2, start=10 * k))
        (tmp_path / "in" / f"d{k}.json").write_text(LEADING[name].format(rows=rows))
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 2 * len(LEADING) and report["counts"]["quarantined"] == 0


# ---- records under their ids one key down (io.nested_records) -------------------------------


def _record(k: int, **more) -> dict:
    return {"title": f"Title {k}", "text": text_of(k), **more}


KEYED = {
    # Firebase's Realtime Database export of a path: records under push ids
    "firebase": {"articles": {f"-Nq{k}x": _record(k) for k in range(3)}},
    # the same, records of different keys
    "firebase, ragged": {
        "articles": {
            f"-Nq{k}x": _record(k, **({"url": f"https://x.org/{k}"} if k else {})) for k in range(3)
        }
    },
    # a scraper's results by URL beside its run's fields
    "by url beside fields": {
        "run": "2024-05-01",
        "pages": {f"https://x.org/{k}": _record(k) for k in range(3)},
    },
    # two objects down
    "two down": {"data": {"posts": {f"p{k}": _record(k) for k in range(3)}}},
}
KEYED_IDS = {
    "firebase": ["-Nq0x", "-Nq1x", "-Nq2x"],
    "firebase, ragged": ["-Nq0x", "-Nq1x", "-Nq2x"],
    "by url beside fields": [f"https://x.org/{k}" for k in range(3)],
    "two down": ["p0", "p1", "p2"],
}


@pytest.mark.parametrize("name", sorted(KEYED))
def test_records_under_their_ids_one_key_down_are_read(tmp_path, name):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(KEYED[name], indent=1))
    items = read_all(path)
    docs = documents(items)
    assert [d.id for d in docs] == KEYED_IDS[name] and not quarantined(items)
    assert [d.text for d in docs] == [text_of(k) for k in range(3)]
    assert [d.title for d in docs] == [f"Title {k}" for k in range(3)]


def test_an_object_of_settings_under_a_key_is_no_records(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"app": {"theme": {"name": "dark"}, "fonts": {"size": 3}}}))
    [why] = quarantined(read_all(path))
    assert why.kind == "unsupported"


def test_keyed_records_through_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "firebase.json").write_text(json.dumps(KEYED["firebase, ragged"]))
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 3 and report["counts"]["quarantined"] == 0


# ---- a row's date beside its text one object down; mongoexport's dates (io.row_metadata) ----

DUMPS = {
    "elasticdump": (
        lambda k: {
            "_index": "news",
            "_id": f"e{k}",
            "_source": {"headline": "H", "body": text_of(k), "published_at": "2024-03-05"},
        },
        "2024-03-05",
    ),
    "article object": (
        lambda k: {"article": {"text": text_of(k), "date": "2024-03-06", "author": "Ann Lee"}},
        "2024-03-06",
    ),
    "mongoexport": (
        lambda k: {"_id": {"$oid": f"65f0{k:020d}"}, "text": text_of(k), "date": {"$date": DATE}},
        DATE,
    ),
    "mongoexport, canonical": (
        lambda k: {"text": text_of(k), "date": {"$date": {"$numberLong": "1709632800000"}}},
        "2024-03-05T10:00:00Z",
    ),
}


@pytest.mark.parametrize("name", sorted(DUMPS))
def test_a_dump_s_date_is_the_document_s(tmp_path, name):
    # `published` was empty: the date sat beside the text one object down, or in `$date`
    row, date = DUMPS[name]
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(row(k)) + "\n" for k in range(2)))
    docs = documents(read_all(path))
    assert len(docs) == 2
    assert [d.labels["page_metadata"]["date"] for d in docs] == [date, date]


def test_the_row_s_own_date_wins_over_the_text_s_object(tmp_path):
    row = {"date": "2024-01-01", "_source": {"body": text_of(0), "date": "2023-01-01"}}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    [doc] = documents(read_all(tmp_path / "a.jsonl"))
    assert doc.labels["page_metadata"]["date"] == "2024-01-01"


def test_dump_dates_through_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    rows = [DUMPS["elasticdump"][0](k) for k in range(2)] + [DUMPS["mongoexport"][0](5)]
    (tmp_path / "in" / "dump.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    run_counted(tmp_path / "in", "--out", out)
    published = [
        json.loads(line)["published"]
        for f in sorted((out / "jsonl").glob("*.jsonl"))
        for line in f.open()
    ]
    assert sorted(published) == ["2024-03-05", "2024-03-05", "2024-05-01T12:00:00Z"]


# ---- a text in several languages names each (readers._inner_text) -------------------------


@pytest.mark.parametrize(
    "text, named",
    [
        ({"en": text_of(0), "de": text_of(1)}, ["--text-field text.en", "--text-field text.de"]),
        ({"original": text_of(0), "translated": text_of(1), "lang": "fr"}, ["text.original"]),
        (
            {"en": text_of(0), "fr": text_of(1), "de": text_of(2), "lang": "en"},
            ["its 'en', 'fr', 'de' hold texts", "text.en or --text-field text.fr or"],
        ),
    ],
)
def test_a_text_object_of_several_texts_names_each_to_read(tmp_path, text, named):
    # "'text' must be a string (or a list of strings), got dict", with no advice
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": text}) + "\n")
    [why] = quarantined(read_all(tmp_path / "a.jsonl"))
    assert why.kind == "wrong_type" and all(part in why.error for part in named)


# ---- a CMS's database dump is named with what reads it (io.skipped_hints) -------------------

SQL = (
    "-- MySQL dump 10.13\nCREATE TABLE `wp_posts` (`ID` bigint, `post_content` longtext);\n"
    "INSERT INTO `wp_posts` VALUES (1,'<p>The council met on Tuesday.</p>');\n"
)


@pytest.mark.parametrize("name", ["wp.sql", "site-2024-05-01.sql.gz", "dump.SQL", "db.sql.xz"])
def test_a_sql_dump_among_the_inputs_says_how_to_read_it(tmp_path, name):
    # "1 file(s) of other kinds passed over (.sql 1)": nothing said what would read it; a
    # compressed one was sniffed as text, its statements ONE document
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / name).write_bytes(_compressed(name, SQL.encode()))
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"text": text_of(0)}) + "\n")
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 1
    assert "a database dump (SQL statements)" in text and "--text-field" in text


def _compressed(name: str, data: bytes) -> bytes:
    if name.endswith(".gz"):
        return gzip.compress(data)
    return lzma.compress(data) if name.endswith(".xz") else data


@pytest.mark.parametrize(
    "dump",
    [
        SQL,
        "--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\n"
        "COPY public.posts (id, body) FROM stdin;\n1\tThe council met.\n\\.\n",
        'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE "posts" (body text);\n',
    ],
)
def test_a_compressed_dump_of_no_sql_name_is_no_text_either(tmp_path, dump):
    # `backup.gz` of mysqldump's, pg_dump's or sqlite3's statements: ONE document of SQL
    (tmp_path / "backup.gz").write_bytes(gzip.compress(dump.encode()))
    assert not documents(read_all(tmp_path / "backup.gz"))


def test_prose_about_sql_compressed_is_still_text(tmp_path):
    prose = f"{text_of(0)}\nINSERT INTO posts VALUES (1); is how a row is added.\n"
    (tmp_path / "notes.gz").write_bytes(gzip.compress(prose.encode()))
    [doc] = documents(read_all(tmp_path / "notes.gz"))
    assert doc.text.startswith(text_of(0))


def test_a_sql_dump_named_alone_is_quarantined_with_the_advice(tmp_path):
    (tmp_path / "wp.sql").write_text(SQL)
    [why] = quarantined(read_all(tmp_path / "wp.sql"))
    assert why.kind == "unsupported" and "export the articles' table as CSV" in why.error


# ---- read.log names the input file each library message came from (io.read_log) -------------


def _logged_items():
    import logging

    from curate.document import Document
    from curate.io.readers import Quarantined, Skipped

    logger = logging.getLogger("trafilatura.utils")
    logger.error("parsed tree length: %s", 0)
    yield Document("a-1", text_of(0), labels={"input": ("news/a.json", 1)})
    logger.warning("wrong encoding detected: %s", "ascii")
    yield Skipped("not_html")
    logger.error("empty HTML tree: %s", None)
    yield Quarantined("news/crawl.warc", None, "html_extraction", "no main text", offset=88)


def test_each_library_message_names_the_file_it_came_from(tmp_path):
    # "ERROR trafilatura.utils: parsed tree length: … (3 times; see read.log)", and read.log
    # named no file: a folder of 2,000 inputs left no way to find the page
    from curate.io.read_log import ReadLog

    log = ReadLog(tmp_path / "read.log")
    assert len(list(log.reading(_logged_items()))) == 3
    assert (tmp_path / "read.log").read_text().splitlines() == [
        "ERROR trafilatura.utils: parsed tree length: 0 [news/a.json]",
        "WARNING trafilatura.utils: wrong encoding detected: ascii",
        "ERROR trafilatura.utils: empty HTML tree: None [news/crawl.warc]",
    ]


def test_a_run_s_read_log_names_the_export_its_messages_came_from(tmp_path):
    (tmp_path / "in").mkdir()
    posts = [
        {"id": f"g{k}", "title": f"Post {k}", "html": f"<p>{text_of(k)}</p>"} for k in range(3)
    ]
    export = {"db": [{"meta": {"version": "5.0"}, "data": {"posts": posts}}]}
    (tmp_path / "in" / "ghost.json").write_text(json.dumps(export))
    (tmp_path / "in" / "plain.jsonl").write_text(json.dumps({"text": text_of(9)}) + "\n")
    run_counted(tmp_path / "in", "--out", tmp_path / "out")
    lines = (tmp_path / "out" / "read.log").read_text().splitlines()
    assert lines and all(line.endswith(f"[{tmp_path / 'in' / 'ghost.json'}]") for line in lines)


# ---- a folder's metadata table naming its files by absolute paths (io.folder_metadata) ------


@pytest.mark.parametrize(
    "prefix",
    [
        "C:\\Users\\ann\\scrape\\",  # the Windows machine that ran the scraper
        "D:/exports/scrape/",
        "/home/ann/scrape/",
        "\\\\fileserver\\news\\scrape\\",  # a share
    ],
)
def test_a_metadata_table_of_absolute_paths_titles_its_files(tmp_path, prefix):
    # the table named no input: every title and address dropped without a word
    folder = tmp_path / "in"
    (folder / "articles").mkdir(parents=True)
    for k in range(2):
        (folder / "articles" / f"{k}.txt").write_text(text_of(k))
    sep = "/" if "/" in prefix else "\\"
    rows = [f'"{prefix}articles{sep}{k}.txt",Title {k},https://x.org/{k}' for k in range(2)]
    (folder / "metadata.csv").write_text("file_name,title,url\n" + "\n".join(rows) + "\n")
    docs = sorted(documents(read_all(folder)), key=lambda d: d.id)
    assert [(d.title, d.source) for d in docs] == [
        ("Title 0", "https://x.org/0"),
        ("Title 1", "https://x.org/1"),
    ]


def test_an_absolute_path_of_no_input_titles_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "0.txt").write_text(text_of(0))
    (folder / "metadata.csv").write_text("file_name,title\nC:\\scrape\\other.txt,Other\n")
    [doc] = documents(read_all(folder))
    assert doc.title is None


# ---- Elasticsearch's bulk files: an action line before each document (io.bulk_actions) ------


def _bulk(actions: list[dict | None], field: str = "text") -> str:
    lines = []
    for k, action in enumerate(actions):
        if action is not None:
            lines.append(json.dumps(action))
        if not action or next(iter(action)) != "delete":
            lines.append(json.dumps({"title": f"Title {k}", field: text_of(k)}))
    return "\n".join(lines) + "\n"


BULK = {
    "index, .ndjson": (
        "news.ndjson",
        [{"index": {"_index": "news", "_id": f"n{k}"}} for k in range(3)],
        "text",
    ),
    "create, content, .jsonl": (
        "news.jsonl",
        [{"create": {"_id": k}} for k in range(3)],
        "content",
    ),
    "index, .json": (
        "news.json",
        [{"index": {"_id": f"n{k}", "routing": "a"}} for k in range(3)],
        "text",
    ),
}


@pytest.mark.parametrize("name", sorted(BULK))
def test_a_bulk_file_reads_its_documents_under_their_ids(tmp_path, name):
    # every action line a `missing_field` row, every document's `_id` lost
    file, actions, field = BULK[name]
    (tmp_path / file).write_text(_bulk(actions, field))
    items = read_all(tmp_path / file)
    ids = [str(next(iter(a.values()))["_id"]) for a in actions]
    assert [d.id for d in documents(items)] == ids and not quarantined(items)
    assert [d.text for d in documents(items)] == [text_of(k) for k in range(3)]
    assert [s.kind for s in items if type(s).__name__ == "Skipped"] == ["bulk action"] * 3


def test_a_bulk_action_of_no_id_and_a_delete_name_nothing(tmp_path):
    actions = [{"index": {}}, {"delete": {"_id": "gone"}}, {"index": {"_index": "news"}}]
    (tmp_path / "b.ndjson").write_text(_bulk(actions))
    items = read_all(tmp_path / "b.ndjson")
    assert [d.id for d in documents(items)] == ["b-2", "b-5"] and not quarantined(items)


def test_a_record_s_own_id_wins_and_an_index_field_is_no_action(tmp_path):
    rows = [
        {"index": {"_id": "from-action"}},
        {"id": "own", "text": text_of(0)},
        {"index": {"section": "world", "rank": 3}, "text": text_of(1)},
    ]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = read_all(tmp_path / "c.jsonl")
    assert [d.id for d in documents(items)] == ["own", "c-3"]


def test_bulk_files_through_the_run(tmp_path):
    (tmp_path / "in").mkdir()
    file, actions, field = BULK["index, .ndjson"]
    (tmp_path / "in" / file).write_text(_bulk(actions, field))
    report, text = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["read"] == 6 and report["counts"]["kept"] == 3
    assert report["counts"]["quarantined"] == 0 and "bulk action 3" in text


@pytest.mark.parametrize(
    "value",
    [
        {"default": {"features": {"text": {"dtype": "string"}}}},  # datasets' dataset_infos.json
        {"schema": {"fields": {"text": {"type": "str"}, "id": {"type": "int"}}}},
    ],
)
def test_a_schema_naming_the_text_field_is_no_records(tmp_path, value):
    (tmp_path / "infos.json").write_text(json.dumps(value))
    assert not documents(read_all(tmp_path / "infos.json"))


def test_a_bulk_update_s_document_one_object_down_takes_its_id(tmp_path):
    lines = [{"update": {"_id": "u7"}}, {"doc": {"text": text_of(7)}, "doc_as_upsert": True}]
    (tmp_path / "u.ndjson").write_text("".join(json.dumps(line) + "\n" for line in lines))
    [doc] = documents(read_all(tmp_path / "u.ndjson"))
    assert (doc.id, doc.text) == ("u7", text_of(7))
