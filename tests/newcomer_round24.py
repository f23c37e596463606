"""Newcomer round 24: made-up inputs a newcomer to a news corpus tool has on disk, each with the
documents they expect (written before any run), and the measure of what curate makes of them.

`python -m tests.newcomer_round24 WORKDIR` builds every input in its own folder under
WORKDIR/inputs, reads each folder (`read_inputs`) and runs `curate run --skip quality` on it, and
prints per input: expected documents matched, extra documents, quarantined, skipped by kind.

An expected document is matched by a produced one whose text (spaces collapsed) starts with its
first words and holds none of the input's `absent` strings. `message_ok`: the kind is one curate
may refuse, if it says so naming the file (a quarantine, a skipped file listed, or the run's
words); an input expected to hold no document is right when nothing is read and it is named.
"""

from __future__ import annotations

import bz2
import dataclasses
import json
import plistlib
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

P1 = "The harbour authority approved a new ferry timetable on Monday after months of talks"
P2 = "Residents of the old quarter packed the town hall to protest against the parking fees"
P3 = "The regional library will stay open until ten in the evening during the exam season"
P4 = "Farmers along the river said the late frost destroyed most of the apricot blossom"
P5 = "A museum of maritime history opens its doors next spring in the restored grain store"
P6 = "The council agreed to plant four hundred trees along the ring road by the autumn"


def body(first: str, k: int) -> str:
    """A paragraph that opens with `first` and goes on with sentences of its own."""
    return (
        f"{first}. Officials said the decision number {k} followed a public consultation that "
        f"drew several hundred responses. Critics argued the plan came too late for many families."
    )


@dataclasses.dataclass
class Input:
    name: str
    build: Callable[[Path], None]
    expected: list[str]  # first words of each expected document, in any order
    absent: list[str] = dataclasses.field(default_factory=list)
    message_ok: bool = False


def _w(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode(encoding)
    path.write_bytes(data)


# -- mail ---------------------------------------------------------------------------------------

NEWSLETTER_HTML = f"""<html><body style="margin:0">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" class="container"><tr><td><a href="https://ex.com/web">View this email in your
browser</a></td><td align="right">Issue 42 | March 2024</td></tr></table>
<table width="600"><tr><td><img src="https://ex.com/logo.png" alt="The Morning Brief"></td></tr>
<tr><td><h1>Ferry timetable approved</h1>
<p>{body(P1, 1)}</p><p>{body(P2, 2)}</p></td></tr></table>
<table width="600" class="footer"><tr><td>You are receiving this because you subscribed.
<a href="https://ex.com/u">Unsubscribe</a> | <a href="https://ex.com/p">Update preferences</a></td>
<td>The Morning Brief, 1 Quay Street, Portville</td></tr></table>
</td></tr></table></body></html>"""


def build_newsletter_eml(d: Path) -> None:
    _w(
        d / "The Morning Brief - Issue 42.eml",
        "From: The Morning Brief <news@ex.com>\r\nTo: reader@ex.org\r\n"
        "Subject: Ferry timetable approved\r\nDate: Mon, 4 Mar 2024 07:00:00 +0000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + NEWSLETTER_HTML.replace("\n", "\r\n"),
    )


def build_newsletters_mbox(d: Path) -> None:
    plain = f"{body(P3, 3)}\n\nUnsubscribe: https://ex.com/u\n"
    html = f"<html><body><p>{body(P3, 3)}</p><p><a href='https://ex.com/u'>Unsubscribe</a></p></body></html>"
    msg1 = (
        "From news@ex.com Tue Mar  5 07:00:00 2024\n"
        "From: Local Weekly <news@ex.com>\nSubject: Library hours\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n'
        f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--b1\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b1--\n\n"
    )
    table = NEWSLETTER_HTML.replace(body(P1, 1), body(P4, 4)).replace(body(P2, 2), body(P5, 5))
    msg2 = (
        "From news@ex.com Wed Mar  6 07:00:00 2024\n"
        "From: The Morning Brief <news@ex.com>\nSubject: Frost and a museum\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
        f"{table}\n\n"
    )
    _w(d / "Newsletters.mbox", msg1 + msg2)


def build_emlx(d: Path) -> None:
    message = (
        "From: City Desk <desk@ex.com>\nSubject: Trees on the ring road\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body(P6, 6) + "\n"
    ).encode()
    trailer = plistlib.dumps({"date-received": 1709700000, "flags": 8590195713})
    _w(d / "Messages" / "12345.emlx", str(len(message)).encode() + b"\n" + message + trailer)


def build_msg(d: Path) -> None:
    # an Outlook message: an OLE compound file (its signature, then binary sectors)
    _w(d / "Council statement.msg", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + b"\x00" * 1024)


# -- lists of links: no text -----------------------------------------------------------------------


def build_opml(d: Path) -> None:
    _w(
        d / "feedly-subscriptions.opml",
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="1.0"><head><title>Subscriptions'
        '</title></head><body><outline text="News" title="News">'
        '<outline type="rss" text="BBC" title="BBC" xmlUrl="https://feeds.bbci.co.uk/news/rss.xml"'
        ' htmlUrl="https://www.bbc.co.uk/news"/><outline type="rss" text="Local Weekly"'
        ' xmlUrl="https://ex.com/feed" htmlUrl="https://ex.com"/></outline></body></opml>\n',
    )


def build_sitemap(d: Path) -> None:
    _w(
        d / "sitemap.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
        "<url><loc>https://ex.com/2024/03/ferry</loc><lastmod>2024-03-04</lastmod>"
        "<news:news><news:publication><news:name>Local Weekly</news:name>"
        "<news:language>en</news:language></news:publication>"
        "<news:publication_date>2024-03-04</news:publication_date>"
        "<news:title>Ferry timetable approved</news:title></news:news></url>\n"
        "<url><loc>https://ex.com/2024/03/library</loc><lastmod>2024-03-05</lastmod></url>\n"
        "</urlset>\n",
    )


def build_shortcuts(d: Path) -> None:
    _w(d / "Ferry story.url", "[InternetShortcut]\r\nURL=https://ex.com/2024/03/ferry\r\n")
    _w(
        d / "Library story.webloc",
        plistlib.dumps({"URL": "https://ex.com/2024/03/library"}, fmt=plistlib.FMT_XML),
    )


def build_gdelt(d: Path) -> None:
    # GDELT 2.0 events: tab-separated, no header, no text (ids, codes, numbers, a source URL)
    rows = [
        "1160123456\t20240304\t202403\t2024\t2024.1753\tGBR\tUNITED KINGDOM\tGBR\t\t\t\t\t\t1\t"
        "042\t042\t04\t1\t1.9\t10\t1\t10\t2.5\t4\tPortville, UK\tUK\tUK17\t\t51.5\t-0.1\t-2601889\t"
        "20240304120000\thttps://ex.com/2024/03/ferry",
        "1160123457\t20240304\t202403\t2024\t2024.1753\tUSA\tUNITED STATES\tUSA\t\t\t\t\t\t0\t"
        "051\t051\t05\t1\t3.4\t6\t1\t6\t1.2\t3\tSpringfield, IL\tUS\tUSIL\t\t39.8\t-89.6\t"
        "-2630225\t20240304120000\thttps://ex.com/2024/03/library",
    ]
    _w(d / "20240304120000.export.CSV", "\n".join(rows) + "\n")


# -- news APIs and read-later exports (JSON) ---------------------------------------------------


def build_newsapi(d: Path) -> None:
    articles = [
        {
            "source": {"id": None, "name": "Local Weekly"},
            "author": "Jane Doe",
            "title": "Ferry timetable approved - Local Weekly",
            "description": "The new timetable starts in May.",
            "url": "https://ex.com/2024/03/ferry",
            "urlToImage": "https://ex.com/ferry.jpg",
            "publishedAt": "2024-03-04T07:00:00Z",
            "content": P1 + ". Officials said the decision followed a consultation… [+2113 chars]",
        },
        {
            "source": {"id": "bbc-news", "name": "BBC News"},
            "author": None,
            "title": "Protest over parking fees",
            "description": "Residents packed the town hall.",
            "url": "https://ex.com/2024/03/parking",
            "urlToImage": None,
            "publishedAt": "2024-03-05T09:30:00Z",
            "content": P2 + ". Several hundred people attended the meeting, which… [+1450 chars]",
        },
    ]
    _w(
        d / "top-headlines.json",
        json.dumps({"status": "ok", "totalResults": 2, "articles": articles}, indent=2),
    )


def build_guardian(d: Path) -> None:
    results = [
        {
            "id": f"uk-news/2024/mar/0{k}/story-{k}",
            "type": "article",
            "sectionId": "uk-news",
            "sectionName": "UK news",
            "webPublicationDate": f"2024-03-0{k}T10:00:00Z",
            "webTitle": title,
            "webUrl": f"https://ex.com/uk-news/story-{k}",
            "apiUrl": f"https://content.ex.com/uk-news/story-{k}",
            "fields": {
                "headline": title,
                "trailText": "A short standfirst.",
                "bodyText": body(first, k),
                "wordcount": "41",
            },
            "isHosted": False,
            "pillarId": "pillar/news",
            "pillarName": "News",
        }
        for k, (first, title) in enumerate([(P3, "Library hours"), (P4, "Late frost")], start=3)
    ]
    response = {
        "response": {
            "status": "ok",
            "userTier": "developer",
            "total": 2,
            "startIndex": 1,
            "pageSize": 10,
            "currentPage": 1,
            "pages": 1,
            "orderBy": "newest",
            "results": results,
        }
    }
    _w(d / "guardian-search-page1.json", json.dumps(response, indent=2))


def build_nyt(d: Path) -> None:
    docs = [
        {
            "abstract": first + ".",
            "web_url": f"https://ex.com/2024/03/0{k}/nyregion/story.html",
            "snippet": first + ".",
            "lead_paragraph": first + ".",
            "source": "The New York Times",
            "multimedia": [],
            "headline": {"main": title, "kicker": None, "print_headline": title},
            "keywords": [{"name": "glocations", "value": "Portville", "rank": 1}],
            "pub_date": f"2024-03-0{k}T10:00:00+0000",
            "document_type": "article",
            "news_desk": "Metro",
            "byline": {"original": "By Jane Doe"},
            "_id": f"nyt://article/{k}",
            "word_count": 900,
        }
        for k, (first, title) in enumerate([(P5, "A museum at sea"), (P6, "Trees")], start=5)
    ]
    _w(
        d / "nyt_articlesearch.json",
        json.dumps(
            {"status": "OK", "copyright": "(c)", "response": {"docs": docs, "meta": {"hits": 2}}}
        ),
    )


def build_feedly(d: Path) -> None:
    items = [
        {
            "id": f"entry-{k}",
            "title": title,
            "published": 1709540000000 + k,
            "origin": {"streamId": "feed/https://ex.com/feed", "title": "Local Weekly"},
            "alternate": [{"href": f"https://ex.com/{k}", "type": "text/html"}],
            "content": {
                "direction": "ltr",
                "content": f"<p>{body(first, k)}</p><p><img src='x.jpg'></p>",
            },
            "summary": {"direction": "ltr", "content": "A short summary."},
            "unread": False,
            "tags": [{"id": "user/1/tag/global.saved", "label": "Saved For Later"}],
        }
        for k, (first, title) in enumerate([(P1, "Ferry"), (P2, "Parking")], start=1)
    ]
    _w(
        d / "saved-for-later.json",
        json.dumps({"id": "user/1/tag/global.saved", "updated": 1709540000000, "items": items}),
    )


def build_wallabag(d: Path) -> None:
    entries = [
        {
            "is_archived": 1,
            "is_starred": 0,
            "tags": [],
            "is_public": False,
            "id": k,
            "title": title,
            "url": f"https://ex.com/{k}",
            "content": f"<div><p>{body(first, k)}</p></div>",
            "created_at": "2024-03-04T07:00:00+0000",
            "updated_at": "2024-03-04T07:00:00+0000",
            "mimetype": "text/html",
            "language": "en",
            "reading_time": 1,
            "domain_name": "ex.com",
            "preview_picture": None,
            "annotations": [],
        }
        for k, (first, title) in enumerate([(P3, "Library"), (P4, "Frost")], start=3)
    ]
    _w(d / "wallabag-export.json", json.dumps(entries, indent=4))


def build_wp_rest(d: Path) -> None:
    posts = [
        {
            "id": 100 + k,
            "date": "2024-03-04T07:00:00",
            "slug": f"story-{k}",
            "status": "publish",
            "type": "post",
            "link": f"https://ex.com/story-{k}/",
            "title": {"rendered": title},
            "content": {"rendered": f"\n<p>{body(first, k)}</p>\n", "protected": False},
            "excerpt": {"rendered": "<p>A short excerpt [&hellip;]</p>\n", "protected": False},
            "author": 1,
            "featured_media": 0,
            "categories": [1],
            "tags": [],
            "_links": {"self": [{"href": f"https://ex.com/wp-json/wp/v2/posts/{100 + k}"}]},
        }
        for k, (first, title) in enumerate([(P5, "Museum"), (P6, "Trees")], start=5)
    ]
    _w(d / "posts.json", json.dumps(posts))


def build_drupal(d: Path) -> None:
    data = [
        {
            "type": "node--article",
            "id": f"0000-{k}",
            "links": {"self": {"href": f"https://ex.com/jsonapi/node/article/0000-{k}"}},
            "attributes": {
                "drupal_internal__nid": k,
                "langcode": "en",
                "status": True,
                "title": title,
                "created": "2024-03-04T07:00:00+00:00",
                "body": {
                    "value": f"<p>{body(first, k)}</p>",
                    "format": "basic_html",
                    "processed": f"<p>{body(first, k)}</p>",
                    "summary": "",
                },
            },
            "relationships": {"uid": {"data": {"type": "user--user", "id": "u1"}}},
        }
        for k, (first, title) in enumerate([(P1, "Ferry"), (P3, "Library")], start=1)
    ]
    _w(
        d / "node_article.json",
        json.dumps({"jsonapi": {"version": "1.0"}, "data": data, "links": {"self": {"href": "x"}}}),
    )


def build_reddit_thread(d: Path) -> None:
    def comment(cid: str, text: str, replies) -> dict:
        return {
            "kind": "t1",
            "data": {"id": cid, "author": "someone", "body": text, "score": 3, "replies": replies},
        }

    reply = comment("c2", body(P6, 62), "")
    comments = [
        comment("c1", body(P5, 51), {"kind": "Listing", "data": {"children": [reply]}}),
        comment("c3", body(P2, 23), ""),
        {"kind": "more", "data": {"count": 4, "children": ["c4", "c5"]}},
    ]
    post = {
        "kind": "t3",
        "data": {
            "id": "abc",
            "title": "Our town's ferry timetable",
            "selftext": body(P1, 11),
            "url": "https://www.reddit.com/r/portville/comments/abc/",
            "score": 12,
        },
    }
    thread = [
        {"kind": "Listing", "data": {"children": [post]}},
        {"kind": "Listing", "data": {"children": comments}},
    ]
    _w(d / "abc.json", json.dumps(thread))


def build_zotero(d: Path) -> None:
    items = [
        {
            "id": f"http://zotero.org/users/1/items/K{k}",
            "type": "article-newspaper",
            "title": title,
            "container-title": "Local Weekly",
            "abstract": body(first, k),
            "URL": f"https://ex.com/{k}",
            "author": [{"family": "Doe", "given": "Jane"}],
            "issued": {"date-parts": [["2024", 3, k]]},
        }
        for k, (first, title) in enumerate([(P2, "Parking"), (P4, "Frost")], start=2)
    ]
    _w(d / "My Library.json", json.dumps(items, indent=2))


def build_label_studio(d: Path) -> None:
    tasks = [
        {
            "id": k,
            "data": {"text": body(first, k), "url": f"https://ex.com/{k}"},
            "annotations": [
                {
                    "id": 10 + k,
                    "result": [
                        {
                            "value": {"choices": ["Local"]},
                            "from_name": "topic",
                            "to_name": "text",
                            "type": "choices",
                        }
                    ],
                }
            ],
            "predictions": [],
            "meta": {},
            "created_at": "2024-03-04T07:00:00Z",
            "project": 1,
        }
        for k, first in enumerate([P3, P5], start=3)
    ]
    _w(d / "project-1-at-2024-03-04.json", json.dumps(tasks))


def build_podcast_transcript(d: Path) -> None:
    lines = [P1 + ".", "Officials said the decision followed a consultation.", P2 + "."]
    segments = [
        {"speaker": "Host", "startTime": 1.5 + 4 * i, "endTime": 5.0 + 4 * i, "body": line}
        for i, line in enumerate(lines)
    ]
    _w(d / "episode-12.transcript.json", json.dumps({"version": "1.0.0", "segments": segments}))


def build_jsonld(d: Path) -> None:
    _w(
        d / "ferry.jsonld",
        json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "Ferry timetable approved",
                "datePublished": "2024-03-04T07:00:00Z",
                "author": {"@type": "Person", "name": "Jane Doe"},
                "articleBody": body(P1, 1),
            },
            indent=2,
        ),
    )


def build_pyserini(d: Path) -> None:
    rows = [
        {"id": f"doc{k}", "contents": body(first, k)} for k, first in enumerate([P4, P5, P6], 4)
    ]
    _w(d / "collection" / "docs00.json", "".join(json.dumps(r) + "\n" for r in rows))


# -- tables ----------------------------------------------------------------------------------------


def build_cnn_dm(d: Path) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "article", "highlights"])
    for k, first in enumerate([P1, P2], start=1):
        writer.writerow([f"{k:040x}", f"By . Jane Doe . {body(first, k)}", "Short.\nHighlights."])
    _w(d / "test.csv", out.getvalue())


def build_german_csv(d: Path) -> None:
    rows = [
        "Datum;Überschrift;Artikeltext;Ressort",
        '04.03.2024;Fähre;"Die Hafenbehörde hat am Montag einen neuen Fahrplan für die Fähre '
        'beschlossen. Die Stadt rechnet mit mehr Fahrgästen.";Lokales',
        '05.03.2024;Parkgebühren;"Anwohner der Altstadt protestierten im Rathaus gegen die '
        'Parkgebühren. Die Sitzung dauerte drei Stunden.";Lokales',
    ]
    _w(d / "Artikel_Export.csv", "\r\n".join(rows) + "\r\n", encoding="cp1252")


def build_large_string_parquet(d: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(
        {
            "article_id": pa.array([1, 2, 3], pa.int64()),
            "section": pa.array(["local", "local", "culture"]).dictionary_encode(),
            "body": pa.array([body(P3, 3), body(P4, 4), body(P5, 5)], pa.large_string()),
        }
    )
    path = d / "articles.parquet"
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)


def build_xlsx(d: Path) -> None:
    strings = ["headline", "text", "Ferry", body(P1, 1), "Parking", body(P2, 2)]
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    rows = "".join(
        f'<row r="{r + 1}"><c r="A{r + 1}" t="s"><v>{2 * r}</v></c>'
        f'<c r="B{r + 1}" t="s"><v>{2 * r + 1}</v></c></row>'
        for r in range(3)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats'
        '.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats'
        f'.org/package/2006/relationships"><Relationship Id="r1" Type="{rel}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas'
        f'.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/'
        'worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0"?><worksheet {ns}><sheetData>{rows}'
        "</sheetData></worksheet>",
        "xl/sharedStrings.xml": f'<?xml version="1.0"?><sst {ns}>{shared}</sst>',
    }
    path = d / "clippings.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)


# -- documents, captions, text files ------------------------------------------------------------


def build_pdf(d: Path) -> None:
    text = P4.replace("(", "").replace(")", "")
    stream = f"BT /F1 11 Tf 72 720 Td ({text}.) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    _w(d / "frost-report.pdf", bytes(out))


def build_webarchive(d: Path) -> None:
    html = (
        "<html><head><title>Museum opens next spring</title></head><body><nav>Home | News</nav>"
        f"<article><h1>Museum opens next spring</h1><p>{body(P5, 5)}</p>"
        f"<p>{body(P6, 6)}</p></article><footer>Copyright Local Weekly</footer></body></html>"
    )
    archive = {
        "WebMainResource": {
            "WebResourceData": html.encode(),
            "WebResourceFrameName": "",
            "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8",
            "WebResourceURL": "https://ex.com/2024/03/museum",
        },
        "WebSubresources": [
            {
                "WebResourceData": b"\x89PNG\r\n",
                "WebResourceMIMEType": "image/png",
                "WebResourceURL": "https://ex.com/logo.png",
            }
        ],
    }
    _w(d / "Museum opens next spring.webarchive", plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))


def build_ass(d: Path) -> None:
    events = [
        ("0:00:01.00", "0:00:04.50", r"{\i1}Good evening.{\i0} " + P1 + "."),
        ("0:00:04.50", "0:00:08.00", r"Officials said the decision\Nfollowed a consultation."),
        ("0:00:08.00", "0:00:12.00", P2 + "."),
    ]
    text = (
        "[Script Info]\nTitle: Evening News 4 March\nScriptType: v4.00+\nPlayResX: 1920\n\n"
        "[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, Bold, Italic, Alignment\n"
        "Style: Default,Arial,48,&H00FFFFFF,0,0,2\n\n"
        "[Events]\n"
        "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
        + "".join(f"Dialogue: 0,{a},{b},Default,,0,0,0,,{t}\n" for a, b, t in events)
    )
    _w(d / "evening-news-2024-03-04.ass", "\ufeff" + text)


def build_nexis(d: Path) -> None:
    def doc(n: int, paper: str, title: str, first: str, k: int) -> str:
        return (
            f"                               {n} of 2 DOCUMENTS\r\n\r\n\r\n"
            f"                                  {paper}\r\n\r\n"
            "                             March 4, 2024 Monday\r\n"
            "                                Final Edition\r\n\r\n"
            f"{title}\r\n\r\n"
            "BYLINE: Jane Doe\r\n\r\nSECTION: NEWS; Pg. 4\r\n\r\nLENGTH: 412 words\r\n\r\n\r\n"
            f"{body(first, k)}\r\n\r\n"
            "Critics said the council should have acted sooner.\r\n\r\n\r\n"
            "LOAD-DATE: March 5, 2024\r\n\r\nLANGUAGE: ENGLISH\r\n\r\n"
            "PUBLICATION-TYPE: Newspaper\r\n\r\n"
            f"                  Copyright 2024 {paper}\r\n"
            "                     All Rights Reserved\r\n\r\n\r\n"
        )

    _w(
        d / "Nexis_Export_2024-03-05.txt",
        doc(1, "The Portville Gazette", "FERRY TIMETABLE APPROVED", P1, 1)
        + doc(2, "The Evening Herald", "LATE FROST HITS ORCHARDS", P4, 4),
    )


def build_zone_identifier(d: Path) -> None:
    _w(d / "library-hours.txt", body(P3, 3) + "\n")
    _w(
        d / "library-hours.txt:Zone.Identifier",
        "[ZoneTransfer]\r\nZoneId=3\r\nReferrerUrl=https://ex.com/\r\nHostUrl=https://ex.com/f.txt\r\n",
    )


def build_bz2_jsonl_named_json(d: Path) -> None:
    rows = [
        {"url": f"https://ex.com/{k}", "maintext": body(f, k)} for k, f in enumerate([P6, P2], 6)
    ]
    _w(
        d / "news-please-dump.json.bz2",
        bz2.compress("".join(json.dumps(r) + "\n" for r in rows).encode()),
    )


INPUTS: list[Input] = [
    Input(
        "newsletter_eml", build_newsletter_eml, [P1], absent=["|", "Unsubscribe", "View this email"]
    ),
    Input("newsletters_mbox", build_newsletters_mbox, [P3, P4], absent=["|", "Update preferences"]),
    Input("apple_mail_emlx", build_emlx, [P6], absent=["plist", "date-received"]),
    Input("outlook_msg", build_msg, [], message_ok=True),
    Input("opml_subscriptions", build_opml, []),
    Input("sitemap", build_sitemap, []),
    Input("internet_shortcuts", build_shortcuts, []),
    Input("gdelt_events", build_gdelt, []),
    Input("newsapi_response", build_newsapi, [P1, P2], absent=["chars]"]),
    Input("guardian_api", build_guardian, [P3, P4]),
    Input("nyt_article_search", build_nyt, [P5, P6]),
    Input("feedly_saved", build_feedly, [P1, P2]),
    Input("wallabag_export", build_wallabag, [P3, P4], absent=["<p>"]),
    Input("wordpress_rest_posts", build_wp_rest, [P5, P6], absent=["<p>"]),
    Input("drupal_jsonapi", build_drupal, [P1, P3], absent=["<p>"]),
    Input("reddit_thread_json", build_reddit_thread, [P1, P5, P6, P2]),
    Input("zotero_csl_json", build_zotero, [P2, P4]),
    Input("label_studio_tasks", build_label_studio, [P3, P5]),
    Input("podcast_transcript_json", build_podcast_transcript, [P1]),
    Input("schema_org_jsonld", build_jsonld, [P1]),
    Input("pyserini_collection", build_pyserini, [P4, P5, P6]),
    Input("cnn_dailymail_csv", build_cnn_dm, ["By . Jane Doe . " + P1, "By . Jane Doe . " + P2]),
    Input(
        "german_excel_csv",
        build_german_csv,
        ["Die Hafenbehörde hat am Montag", "Anwohner der Altstadt protestierten"],
    ),
    Input("large_string_parquet", build_large_string_parquet, [P3, P4, P5]),
    Input("xlsx_workbook", build_xlsx, [P1, P2], message_ok=True),
    Input("pdf_article", build_pdf, [P4], message_ok=True),
    Input("safari_webarchive", build_webarchive, [P5], absent=["Home | News", "Copyright"]),
    Input("ass_subtitles", build_ass, ["Good evening. " + P1], absent=["Dialogue", "{\\i", "\\N"]),
    Input("nexis_text_export", build_nexis, [P1, P4], absent=["DOCUMENTS", "LOAD-DATE"]),
    Input("wsl_zone_identifier", build_zone_identifier, [P3]),
    Input("news_please_json_bz2", build_bz2_jsonl_named_json, [P6, P2]),
]


# -- the measure --------------------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def score(item: Input, texts: list[str]) -> tuple[int, int]:
    """(expected documents matched, documents that match none)."""
    left = [_flat(t) for t in texts]
    matched = 0
    for first in item.expected:
        for i, text in enumerate(left):
            if text.startswith(_flat(first)) and not any(a in text for a in item.absent):
                matched += 1
                del left[i]
                break
    return matched, len(left)


def read_records(folder: Path) -> tuple[list, int, int] | dict:
    """(the documents `read_inputs` gives, quarantined, skipped), or {"error": ...}."""
    from curate.io.readers import Document, Quarantined, Skipped, read_inputs

    docs, quarantined, skipped = [], 0, 0
    try:
        for record in read_inputs([folder]):
            if isinstance(record, Document):
                docs.append(record)
            elif isinstance(record, Quarantined):
                quarantined += 1
            elif isinstance(record, Skipped):
                skipped += 1
    except Exception as error:  # a reader's crash is a finding, not the end of the round
        return {"error": f"{type(error).__name__}: {error}"}
    return docs, quarantined, skipped


def measure_read(item: Input, folder: Path) -> dict:
    found = read_records(folder)
    if isinstance(found, dict):
        return found
    docs, quarantined, skipped = found
    matched, extra = score(item, [doc.text for doc in docs])
    return {"matched": matched, "extra": extra, "quarantined": quarantined, "skipped": skipped}


@dataclasses.dataclass
class RunOutput:
    exit: int
    words: str  # what the run said
    rows: list[dict]  # the published rows
    report: dict
    named: bool  # a file of the input is named in its words, skipped files or quarantine


def run_output(folder: Path, out: Path) -> RunOutput:
    """`curate run FOLDER --out OUT --skip quality` and what it published and said."""
    proc = subprocess.run(
        [sys.executable, "-m", "curate.cli", "run", str(folder), "--out", str(out)]
        + ["--skip", "quality", "--overwrite"],
        capture_output=True,
        text=True,
    )
    words = proc.stdout + proc.stderr
    rows = [
        json.loads(line)
        for path in sorted((out / "jsonl").glob("*.jsonl"))
        if out.exists()
        for line in path.open(encoding="utf-8")
    ]
    report = json.loads((out / "report.json").read_text()) if (out / "report.json").exists() else {}
    # named: a file of the input is named in the run's words, its skipped files or its
    # quarantine (a count by extension alone names none; curate names one of each kind)
    files = [p.name for p in folder.rglob("*") if p.is_file()]
    said = words + json.dumps(report.get("skipped_files", []), ensure_ascii=False)
    quarantine = out / "quarantine.jsonl"
    said += quarantine.read_text(encoding="utf-8") if quarantine.exists() else ""
    named = any(name in said for name in files)
    return RunOutput(proc.returncode, words, rows, report, named)


def run_measures(item: Any, run: RunOutput, matched: int, extra: int, right: bool) -> dict:
    """What a round prints of a run: `right` for an input of documents; an input of none is
    right when nothing is published and one of its files is named."""
    counts = run.report.get("counts", {})
    if not item.expected:
        right = extra == 0 and (run.named or counts.get("skipped", 0) > 0)
    return {
        "exit": run.exit,
        "matched": matched,
        "extra": extra,
        "quarantined": counts.get("quarantined", 0),
        "skipped": run.report.get("skipped_records", {}),
        "passed_over": len(run.report.get("skipped_files", [])),
        "right": right,
        "words": " ".join(run.words.split())[-300:] if run.exit or not item.expected else "",
    }


def measure_run(item: Input, folder: Path, out: Path) -> dict:
    run = run_output(folder, out)
    matched, extra = score(item, [row["text"] for row in run.rows])
    right = matched == len(item.expected) and extra == 0
    right = right and run.report.get("counts", {}).get("quarantined", 0) == 0
    right = right or (item.message_ok and not run.rows and run.named)
    return run_measures(item, run, matched, extra, right)


def summary(rows: list[tuple[Any, dict, dict]]) -> str:
    """The round's line: its inputs, as read and after `curate run`."""
    expected = sum(len(i.expected) for i, _, _ in rows)
    return (
        f"inputs {len(rows)}, expected documents {expected}; as read: "
        f"{sum(r.get('matched', 0) for _, r, _ in rows)} right, "
        f"{sum(r.get('extra', 0) for _, r, _ in rows)} extra, "
        f"{sum(r.get('quarantined', 0) for _, r, _ in rows)} quarantined; after curate run: "
        f"{sum(u['matched'] for _, _, u in rows)} right, "
        f"{sum(u['extra'] for _, _, u in rows)} extra, "
        f"{sum(u['quarantined'] for _, _, u in rows)} quarantined, "
        f"{sum(sum(u['skipped'].values()) for _, _, u in rows)} skipped by kind, "
        f"{sum(u['passed_over'] for _, _, u in rows)} files passed over, "
        f"{sum(u['right'] for _, _, u in rows)} of {len(rows)} inputs wholly right"
    )


def measure_round(
    work: Path, items: list[Any], read: Callable, run: Callable, only: list[str] = ()
) -> None:
    """Build each input (of `only`'s names, when given) under WORK/inputs, measure it as
    read and after `curate run`, print a line each and the round's summary."""
    rows = []
    for item in items:
        if only and item.name not in only:
            continue
        folder = work / "inputs" / item.name
        if not folder.exists():
            item.build(folder)
        measured = (item, read(item, folder), run(item, folder, work / "out" / item.name))
        rows.append(measured)
        print(item.name, len(item.expected), *map(json.dumps, measured[1:]), flush=True)
    print(summary(rows))


def main(work: Path) -> None:
    measure_round(work, INPUTS, measure_read, measure_run)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
