"""Session 44's newcomer round: documents misread before any cleaning. A file of a kind with a
reader of its own compressed so that no reader takes the pair (`story.html.bz2`,
`feed.xml.gz`, `notes.md.zst`, `post.rst.xz`, `note.eml.gz`) read as plain text, its markup
and its headings kept and its `<!DOCTYPE html>` line the title; a TEI document's readers'
comments read as its last paragraphs and its header's writers, date and address lost; a date
under a name of another case or separator (`publishDate`) or of a date's shape
(`webPublicationDate`), or hidden by Jekyll's `published: true`, lost; a date written year
first with slashes or dots, as `20240305` or as Unix time, lost."""

import bz2
import gzip
import json
import lzma
from pathlib import Path

import pyarrow as pa
import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of


def _zst(data: bytes) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.CompressedOutputStream(sink, "zstd") as stream:
        stream.write(data)
    return sink.getvalue().to_pybytes()


COMPRESS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress, ".zst": _zst}

# ---- a kind of its own, compressed ---------------------------------------------------------

TITLE = "Ferry timetable changes for the winter"


def _body(k: int) -> str:
    return "\n\n".join(texts_of(3, start=10 * k))


KINDS = {  # the inner kind: its bytes for case k (a title of its own and the body)
    ".html": lambda k: (
        f"<!DOCTYPE html><html><head><title>{TITLE} {k}</title></head><body><nav>Home</nav>"
        + "".join(f"<p>{p}</p>" for p in _body(k).split("\n\n"))
        + "</body></html>"
    ),
    ".htm": lambda k: (
        f"<html><head><meta charset='utf-8'><title>{TITLE} {k}</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in _body(k).split("\n\n"))
        + "</article></body></html>"
    ),
    ".md": lambda k: f"---\ntitle: {TITLE} {k}\n---\n\n## What changes\n\n{_body(k)}\n",
    ".markdown": lambda k: f"# {TITLE} {k}\n\n*Updated* on **Monday**.\n\n{_body(k)}\n",
    ".rst": lambda k: f"{TITLE} {k}\n{'=' * (len(TITLE) + 3)}\n\n{_body(k)}\n",
    ".xml": lambda k: (
        f'<doc title="{TITLE} {k}" url="https://ferry.example/{k}"><main>'
        + "".join(f"<p>{p}</p>" for p in _body(k).split("\n\n"))
        + "</main><comments/></doc>"
    ),
    ".eml": lambda k: (
        f"Subject: {TITLE} {k}\nFrom: desk@ferry.example\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{_body(k)}\n"
    ),
}
MARKUP = ("<", "#", "---", "Subject:", "*Updated*", "==")


@pytest.mark.parametrize("compression", sorted(COMPRESS))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_kind_of_its_own_compressed_is_read_as_that_kind(tmp_path, kind, compression):
    # on the base: every pair but .html.gz, .htm.gz, .md.gz, .rst.gz was read as plain text
    # (its markup the text, `<!DOCTYPE html>...` or `# Ferry ...` the title)
    k = len(kind) + len(compression)
    path = tmp_path / f"story{kind}{compression}"
    path.write_bytes(COMPRESS[compression](KINDS[kind](k).encode()))
    docs = documents(read_all(path))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.id == ("story-1" if kind == ".xml" else "story")  # an XML file's record: its number
    assert doc.title == f"{TITLE} {k}"
    assert not doc.text.lstrip().startswith(MARKUP)
    assert "<p>" not in doc.text and "\n## " not in doc.text
    assert doc.text.rstrip().endswith(texts_of(3, start=10 * k)[-1])


def test_gzip_s_stored_name_of_such_a_kind_is_read(tmp_path):
    # `gzip note.eml` keeps `note.eml` in the header: the file was one `unsupported` record
    import io

    buffer = io.BytesIO()
    with gzip.GzipFile("note.eml", "wb", fileobj=buffer) as stream:
        stream.write(KINDS[".eml"](1).encode())
    (tmp_path / "note.eml.gz").write_bytes(buffer.getvalue())
    (tmp_path / "mail.gz").write_bytes(buffer.getvalue())
    docs = documents(read_all(tmp_path))
    assert sorted((d.id, d.title) for d in docs) == [("mail", f"{TITLE} 1"), ("note", f"{TITLE} 1")]


def test_a_folder_of_them_through_the_cli(tmp_path):
    folder = tmp_path / "mirror"
    folder.mkdir()
    for k, (kind, compression) in enumerate([(".html", ".bz2"), (".md", ".xz"), (".xml", ".zst")]):
        data = KINDS[kind](k).encode()
        (folder / f"page{k}{kind}{compression}").write_bytes(COMPRESS[compression](data))
    out = tmp_path / "out"
    report, _ = run_counted(str(folder), "--out", str(out))
    assert report["counts"]["read"] == 3
    rows = [json.loads(line) for line in (out / "jsonl" / "train-00000-of-00001.jsonl").open()]
    assert sorted(row["title"] for row in rows) == [f"{TITLE} {k}" for k in range(3)]
    assert sorted(row["id"] for row in rows) == ["page0", "page1", "page2-1"]


LOOK_ALIKES = [  # names whose kind is read compressed already, or says nothing: as before
    ("articles.gz", gzip.compress, "text", "articles"),
    ("dump.sql.gz", gzip.compress, "text", "dump.sql"),
    ("notes.2024.xz", lzma.compress, "text", "notes.2024"),
    ("story.txt.bz2", bz2.compress, "text", "story"),
    ("rows.jsonl.xz", lzma.compress, "row", "r1"),
    ("rows.json.bz2", bz2.compress, "row", "r1"),
    ("post.md.gz", gzip.compress, "markdown", "post"),
]


@pytest.mark.parametrize(("name", "compress", "shape", "doc_id"), LOOK_ALIKES)
def test_look_alikes_stay_as_they_were(tmp_path, name, compress, shape, doc_id):
    text = _body(7)
    data = {
        "text": f"{TITLE}\n\n{text}\n",
        "row": json.dumps({"id": "r1", "title": TITLE, "text": text}) + "\n",
        "markdown": f"# {TITLE}\n\n{text}\n",
    }[shape]
    path = tmp_path / name
    path.write_bytes(compress(data.encode()))
    docs = documents(read_all(path))
    assert [d.id for d in docs] == [doc_id]
    expected = f"{TITLE}\n\n{text}\n" if shape == "text" else text
    assert docs[0].text.strip() == expected.strip()


def test_a_compressed_sitemap_is_passed_over_as_its_plain_twin_is(tmp_path):
    # a mirror's `sitemap.xml.gz` beside a feed and a page, all compressed
    from curate.io.readers import walk_inputs

    sitemap = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>'
    feed = (
        "<rss version='2.0'><channel><title>Quay news</title><item><title>Quay wall repaired"
        f"</title><link>https://quay.example/1</link><description>{texts_of(1)[0]}"
        "</description></item></channel></rss>"
    )
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap.encode()))
    (tmp_path / "sitemap.xml").write_text(sitemap)
    (tmp_path / "feed.xml.gz").write_bytes(gzip.compress(feed.encode()))
    (tmp_path / "page.xml.xz").write_bytes(lzma.compress(KINDS[".xml"](2).encode()))
    walked = walk_inputs([tmp_path])
    assert sorted(path.name for path in walked.paths) == ["feed.xml.gz", "page.xml.xz"]
    assert sorted(Path(name).name for name in walked.skipped) == ["sitemap.xml", "sitemap.xml.gz"]
    docs = documents(read_all(tmp_path))
    assert sorted(d.title for d in docs) == [f"{TITLE} 2", "Quay wall repaired"]
    # named alone, it gets its plain twin's advice, never "rename it sitemap.xml.gz"
    [row] = quarantined(read_all(tmp_path / "sitemap.xml.gz"))
    assert "a sitemap" in row.error and "rename" not in row.error


def test_a_cut_one_is_quarantined_by_name(tmp_path):
    whole = bz2.compress(KINDS[".html"](3).encode() * 40)
    path = tmp_path / "cut.html.bz2"
    path.write_bytes(whole[: len(whole) // 2])
    items = read_all(path)
    assert documents(items) == []
    [row] = quarantined(items)
    assert row.file == str(path) and "decompress" in row.error


# ---- a TEI document: its comments no text, its header's fields read ------------------------

TEI_NS = 'xmlns="http://www.tei-c.org/ns/1.0"'


def _tei(k: int, header: str, comments: str = "", front: str = "", back: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in texts_of(3, start=20 * k))
    return (
        f"<TEI {TEI_NS}><teiHeader><fileDesc>{header}</fileDesc></teiHeader><text>{front}<body>"
        f'<div type="entry">{paragraphs}</div>{comments}</body>{back}</text></TEI>'
    )


TRAFILATURA_HEADER = (  # as trafilatura 2 writes it (`--xml-tei` with metadata)
    '<titleStmt><title type="main">Quay wall repaired {k}</title><author>Jane Roe; Ali Khan'
    "</author></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><bibl>Quay wall "
    'repaired, quay.example, 2024-03-0{k}</bibl><biblFull><titleStmt><title type="main">Quay '
    "wall repaired {k}</title><author>Jane Roe; Ali Khan</author></titleStmt><publicationStmt>"
    '<publisher>quay.example</publisher><ptr type="URL" target="https://quay.example/{k}"/>'
    "<date>2024-03-0{k}</date></publicationStmt></biblFull></sourceDesc>"
)
CORPUS_HEADER = (  # a TEI corpus's: several writers, a `when` date, no web address
    "<titleStmt><title>Quay wall repaired {k}</title><author>Maria Costa</author><author>Tom "
    'Becker</author></titleStmt><publicationStmt><date when="2024-03-0{k}">March {k}, 2024'
    "</date></publicationStmt>"
)
COMMENTS = (
    '<div type="comments"><ab type="header">Comments</ab><p>Great news for the fishermen, '
    "finally.</p><p>Two million for a wall that cracked in ten years is too much.</p></div>"
)
TEI_CASES = [  # (header, comments, front, back, the writers as written, the address)
    (TRAFILATURA_HEADER, COMMENTS, "", "", ["Jane Roe; Ali Khan"], "https://quay.example/{k}"),
    (TRAFILATURA_HEADER, "", "", "", ["Jane Roe; Ali Khan"], "https://quay.example/{k}"),
    (CORPUS_HEADER, "", "<front><p>Dedication to the harbour crews</p></front>", "", None, None),
    (
        CORPUS_HEADER,
        COMMENTS,
        "",
        "<back><p>Notes: the board's report, page 4</p></back>",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("header", "comments", "front", "back", "writers", "url"), TEI_CASES)
def test_a_tei_document_is_its_body_and_its_header(
    tmp_path, header, comments, front, back, writers, url
):
    # on the base: the comments were the text's last paragraphs, the header's writers, date
    # and address lost (the file the source)
    k = TEI_CASES.index((header, comments, front, back, writers, url)) + 1
    path = tmp_path / "page.xml"
    path.write_text(_tei(k, header.format(k=k), comments, front, back), encoding="utf-8")
    [doc] = documents(read_all(path))
    assert doc.text == "\n\n".join(texts_of(3, start=20 * k))
    assert doc.title == f"Quay wall repaired {k}"
    assert doc.labels["page_metadata"]["date"] == f"2024-03-0{k}"
    assert doc.labels["page_metadata"]["structured_authors"] == (
        writers or ["Maria Costa", "Tom Becker"]
    )
    assert doc.source == (url.format(k=k) if url else str(path))


def test_a_tei_corpus_is_a_record_a_document(tmp_path):
    documents_xml = "".join(
        _tei(k, TRAFILATURA_HEADER.format(k=k), COMMENTS).replace(f"<TEI {TEI_NS}>", "<TEI>")
        for k in (1, 2)
    )
    path = tmp_path / "corpus.xml"
    path.write_text(f"<teiCorpus {TEI_NS}>{documents_xml}</teiCorpus>", encoding="utf-8")
    docs = documents(read_all(path))
    assert [(d.title, d.source) for d in docs] == [
        (f"Quay wall repaired {k}", f"https://quay.example/{k}") for k in (1, 2)
    ]
    assert all("fishermen, finally" not in d.text for d in docs)


def test_trafilatura_s_other_xml_stays_as_it_was(tmp_path):
    # `--xml`: its `<comments>` are a field of their own, never the text (as on the base)
    paragraphs = "".join(f"<p>{p}</p>" for p in texts_of(3))
    path = tmp_path / "page.xml"
    path.write_text(
        '<doc title="Quay wall repaired" author="Jane Roe" date="2024-03-01" '
        f'url="https://quay.example/1"><main>{paragraphs}</main><comments><p>Great news.</p>'
        "</comments></doc>",
        encoding="utf-8",
    )
    [doc] = documents(read_all(path))
    assert doc.text == "\n\n".join(texts_of(3))
    assert (doc.title, doc.source) == ("Quay wall repaired", "https://quay.example/1")


# ---- a date under a name of its own shape --------------------------------------------------

DATED = [  # (how the file is written, the name its date goes by): `published` was empty
    ("md", "publishDate"),  # Hugo's
    ("md", "published-date"),
    ("md", "publicationDate"),
    ("jsonl", "webPublicationDate"),  # the Guardian's content API
    ("jsonl", "published_date"),  # a Kaggle table's
    ("jsonl", "article:published_time"),  # OpenGraph's, as a scraper keeps it
    ("jsonl", "first_published_at"),
    ("csv", "Published Date"),
    ("csv", "PublishedOn"),
]
UNDATED = [  # names of no publication day: still no date
    ("md", "publisher"),
    ("md", "lastmod"),
    ("jsonl", "publication"),
    ("jsonl", "publisher_id"),
    ("csv", "Publisher"),
]


def _dated_file(tmp_path, shape: str, name: str, value: str):
    text = texts_of(1, start=40)[0]
    if shape == "md":
        path = tmp_path / "post.md"
        path.write_text(f"---\ntitle: Quay wall repaired\n{name}: {value}\n---\n\n{text}\n")
    elif shape == "jsonl":
        path = tmp_path / "rows.jsonl"
        row = {"id": "a1", "title": "Quay wall repaired", name: value, "text": text}
        path.write_text(json.dumps(row) + "\n")
    else:
        path = tmp_path / "rows.csv"
        path.write_text(f'id,title,{name},text\na1,Quay wall repaired,{value},"{text}"\n')
    return path


@pytest.mark.parametrize(("shape", "name"), DATED + UNDATED)
def test_a_date_under_a_name_of_its_shape_is_the_date(tmp_path, shape, name):
    value = "2024-03-05" if (shape, name) in DATED else "2024-03-06"
    [doc] = documents(read_all(_dated_file(tmp_path, shape, name, value)))
    found = doc.labels.get("page_metadata", {}).get("date")
    assert found == ("2024-03-05" if (shape, name) in DATED else None)


@pytest.mark.parametrize("flag", ["true", "false"])
def test_jekyll_s_published_flag_hides_no_date(tmp_path, flag):
    # `published: true` came first of the date names, a yes no date: the post's date was lost
    path = tmp_path / "post.md"
    path.write_text(
        f"---\nlayout: post\ntitle: Quay wall repaired\npublished: {flag}\n"
        f"date: 2024-03-05 10:00:00 +0100\n---\n\n{texts_of(1)[0]}\n"
    )
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == "2024-03-05T09:00:00Z"  # in UTC (io.date_zones)


def test_such_dates_reach_published_through_the_cli(tmp_path):
    folder = tmp_path / "posts"
    folder.mkdir()
    for k, name in enumerate(["publishDate", "published-date"]):
        text = texts_of(1, start=50 + k)[0]
        (folder / f"p{k}.md").write_text(
            f"---\ntitle: Post {k}\n{name}: 2024-03-0{k + 1}\n---\n\n{text}\n"
        )
    out = tmp_path / "out"
    run_counted(str(folder), "--out", str(out))
    rows = [json.loads(line) for line in (out / "jsonl" / "train-00000-of-00001.jsonl").open()]
    assert sorted(row["published"] for row in rows) == ["2024-03-01", "2024-03-02"]


# ---- a date in an export's shape: year first with slashes or dots, compact, Unix time -----

SHAPED_DATES = [  # (how the file is written, the value as written, the date read)
    ("md", "2024/03/05", "2024-03-05"),
    ("md", "2024.3.5", "2024-03-05"),
    ("md", "1709649000", "2024-03-05T14:30:00Z"),  # YAML reads a number
    ("jsonl", "2024/03/05 14:30", "2024-03-05 14:30"),
    ("jsonl", 20240305, "2024-03-05"),
    ("jsonl", 1709649000, "2024-03-05T14:30:00Z"),
    ("jsonl", 1709649000000, "2024-03-05T14:30:00Z"),  # milliseconds (JavaScript's)
    ("csv", "2024.03.05", "2024-03-05"),
    ("csv", "20240305", "2024-03-05"),
    ("csv", "1709649000", "2024-03-05T14:30:00Z"),
]
UNSHAPED = [  # values of no such shape: as they came (a year alone, a count, a day-first date)
    ("jsonl", "2024", "2024"),
    ("jsonl", "05/03/2024", "05/03/2024"),
    ("jsonl", "2024-03-05", "2024-03-05"),
    ("csv", "v2024.03.05", "v2024.03.05"),
    ("csv", "20241305", "20241305"),  # no month 13
    ("csv", "123456", "123456"),
]


@pytest.mark.parametrize(("shape", "value", "read"), SHAPED_DATES + UNSHAPED)
def test_a_date_in_an_export_s_shape_is_read(tmp_path, shape, value, read):
    if shape == "jsonl":  # a number stays a number in JSON
        path = tmp_path / "rows.jsonl"
        row = {"id": "a1", "title": "Quay wall repaired", "date": value, "text": texts_of(1)[0]}
        path.write_text(json.dumps(row) + "\n")
    else:
        path = _dated_file(tmp_path, shape, "date", value)
    [doc] = documents(read_all(path))
    assert doc.labels["page_metadata"]["date"] == read


def test_such_a_date_is_published_through_the_cli(tmp_path):
    # on the base: `published` empty for each
    folder = tmp_path / "rows"
    folder.mkdir()
    values = ["2024/03/01", 1709337600, "20240303"]
    rows = [
        {"id": f"a{k}", "title": f"Post {k}", "date": value, "text": texts_of(1, start=60 + k)[0]}
        for k, value in enumerate(values)
    ]
    (folder / "rows.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    out = tmp_path / "out"
    run_counted(str(folder), "--out", str(out))
    published = [
        json.loads(line)["published"]
        for line in (out / "jsonl" / "train-00000-of-00001.jsonl").open()
    ]
    assert [value[:10] for value in published] == ["2024-03-01", "2024-03-02", "2024-03-03"]
