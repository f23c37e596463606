"""Newcomer round 25: made-up inputs a newcomer building a news / web-text corpus has on disk
(scrapers' and crawl services' outputs, news APIs, CMS exports, mail folders, captions), each with
the documents they expect (first words, title, id), written before any run, and the measure.

`python -m tests.newcomer_round25 WORKDIR` builds every input in its own folder under
WORKDIR/inputs, reads each folder (`read_inputs`) and runs `curate run --skip quality` on it, and
prints per input: expected documents matched (text, and title and id where expected), extra
documents, quarantined, skipped by kind.

An expected document is matched by a produced one whose text (spaces collapsed) starts with its
first words and holds none of the input's `absent` strings; its title and id must then be the
expected ones where the input names them. An input expected to hold no document is right when
nothing is read and one of its files is named (skipped, quarantined or in the run's words).
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.newcomer_round24 import (
    P1,
    P2,
    P3,
    P4,
    P5,
    P6,
    _flat,
    _w,
    body,
    measure_round,
    read_records,
    run_measures,
    run_output,
)

T1 = "Ferry timetable approved"
T2 = "Protest over parking fees"
T3 = "Library opens late for exams"
T4 = "Late frost hits apricot orchards"
T5 = "Maritime museum to open in spring"
T6 = "Four hundred trees for the ring road"


@dataclasses.dataclass
class Expected:
    first: str  # the text's first words
    title: str | None = None  # checked when set
    id: str | None = None  # checked when set


@dataclasses.dataclass
class Input:
    name: str
    build: Callable[[Path], None]
    expected: list[Expected]
    absent: list[str] = dataclasses.field(default_factory=list)


def E(first: str, title: str | None = None, id: str | None = None) -> Expected:  # noqa: N802
    return Expected(first, title, id)


# -- crawl services and extractors -------------------------------------------------------------


def apify_item(url: str, title: str, first: str, k: int) -> dict:
    return {
        "url": url,
        "crawl": {
            "loadedUrl": url,
            "loadedTime": "2024-03-05T07:00:00.000Z",
            "referrerUrl": "https://ex.com/",
            "depth": 1,
            "httpStatusCode": 200,
        },
        "metadata": {
            "canonicalUrl": url,
            "title": title,
            "description": "Local news from Portville.",
            "author": "Jane Doe",
            "keywords": None,
            "languageCode": "en",
        },
        "screenshotUrl": None,
        "text": f"{body(first, k)}\n{body(P6, k + 10)}",
        "markdown": f"# {title}\n\n{body(first, k)}\n\n{body(P6, k + 10)}",
    }


def build_apify_json(d: Path) -> None:
    items = [
        apify_item("https://ex.com/2024/03/ferry", T1, P1, 1),
        apify_item("https://ex.com/2024/03/parking", T2, P2, 2),
    ]
    _w(
        d / "dataset_website-content-crawler_2024-03-05_07-00-00-000.json",
        json.dumps(items, indent=2),
    )


def build_apify_csv(d: Path) -> None:
    # Apify's CSV export flattens nested fields into columns named with slashes
    items = [
        apify_item("https://ex.com/2024/03/library", T3, P3, 3),
        apify_item("https://ex.com/2024/03/frost", T4, P4, 4),
    ]
    names = ["url", "crawl/loadedUrl", "crawl/depth", "crawl/httpStatusCode"]
    names += ["metadata/canonicalUrl", "metadata/title", "metadata/description"]
    names += ["metadata/author", "metadata/languageCode", "screenshotUrl", "text", "markdown"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(names)
    for item in items:
        row = []
        for name in names:
            value = item
            for part in name.split("/"):
                value = value.get(part) if isinstance(value, dict) else None
            row.append("" if value is None else value)
        writer.writerow(row)
    _w(d / "dataset_website-content-crawler_2024-03-05.csv", out.getvalue())


def build_firecrawl(d: Path) -> None:
    def page(url: str, title: str, first: str, k: int) -> dict:
        return {
            "markdown": f"# {title}\n\n{body(first, k)}\n\n[Back to news](https://ex.com/news)",
            "metadata": {
                "title": title,
                "description": "Local news from Portville.",
                "language": "en",
                "ogTitle": title,
                "sourceURL": url,
                "url": url,
                "statusCode": 200,
            },
        }

    response = {
        "success": True,
        "status": "completed",
        "completed": 2,
        "total": 2,
        "creditsUsed": 2,
        "expiresAt": "2024-03-06T07:00:00.000Z",
        "data": [
            page("https://ex.com/2024/03/museum", T5, P5, 5),
            page("https://ex.com/2024/03/trees", T6, P6, 6),
        ],
    }
    _w(d / "firecrawl-crawl-ex.com.json", json.dumps(response, indent=2))


def build_jina_reader(d: Path) -> None:
    for name, url, title, first, k in [
        ("ferry", "https://ex.com/2024/03/ferry", T1, P1, 1),
        ("frost", "https://ex.com/2024/03/frost", T4, P4, 4),
    ]:
        _w(
            d / f"{name}.md",
            f"Title: {title}\n\nURL Source: {url}\n\n"
            "Published Time: 2024-03-04T07:00:00+00:00\n\nMarkdown Content:\n"
            f"{title}\n{'=' * len(title)}\n\n{body(first, k)}\n\n{body(P6, k + 20)}\n",
        )


def build_readability(d: Path) -> None:
    for name, title, first, k in [("ferry", T1, P1, 1), ("library", T3, P3, 3)]:
        paragraphs = [body(first, k), body(P5, k + 30)]
        _w(
            d / f"{name}.readability.json",
            json.dumps(
                {
                    "title": title,
                    "byline": "By Jane Doe",
                    "dir": None,
                    "lang": "en",
                    "content": '<div id="readability-page-1" class="page"><div>'
                    + "".join(f"<p>{p}</p>" for p in paragraphs)
                    + "</div></div>",
                    "textContent": "\n      " + "\n      ".join(paragraphs) + "\n    ",
                    "length": 412,
                    "excerpt": paragraphs[0][:120],
                    "siteName": "Local Weekly",
                    "publishedTime": "2024-03-04T07:00:00Z",
                }
            ),
        )


def build_goose3(d: Path) -> None:
    def infos(url: str, title: str, first: str, k: int) -> dict:
        return {
            "meta": {
                "description": "Local news.",
                "lang": "en",
                "keywords": "",
                "favicon": "/favicon.ico",
                "canonical": url,
                "encoding": "utf-8",
            },
            "image": None,
            "domain": "ex.com",
            "title": title,
            "cleaned_text": body(first, k),
            "opengraph": {"title": title, "type": "article"},
            "tags": [],
            "tweets": [],
            "movies": [],
            "links": ["https://ex.com/news"],
            "authors": ["Jane Doe"],
            "publish_date": "2024-03-04",
        }

    rows = [
        infos("https://ex.com/2024/03/parking", T2, P2, 2),
        infos("https://ex.com/2024/03/trees", T6, P6, 6),
    ]
    _w(d / "goose_articles.jsonl", "".join(json.dumps(r) + "\n" for r in rows))


def build_trafilatura_csv(d: Path) -> None:
    # `trafilatura --csv`: tab-separated under a .csv name, texts with their line breaks quoted
    names = ["url", "id", "fingerprint", "hostname", "title", "image", "date", "text"]
    names += ["comments", "license", "pagetype"]
    rows = [
        [
            "https://ex.com/2024/03/ferry", "", "f3a9c2", "ex.com", T1, "", "2024-03-04",
            f"{body(P1, 1)}\n{body(P4, 41)}", "Great news for commuters!", "", "article",
        ],
        [
            "https://ex.com/2024/03/museum", "", "0bd771", "ex.com", T5, "", "2024-03-05",
            f"{body(P5, 5)}\n{body(P3, 43)}", "", "CC BY 4.0", "article",
        ],
    ]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(names)
    writer.writerows(rows)
    _w(d / "output.csv", out.getvalue())


# -- news APIs ---------------------------------------------------------------------------------


def build_gnews(d: Path) -> None:
    articles = [
        {
            "title": title,
            "description": "Local news from Portville.",
            "content": body(first, k)[:180] + "... [2389 chars]",
            "url": url,
            "image": "https://ex.com/img.jpg",
            "publishedAt": "2024-03-04T07:00:00Z",
            "source": {"name": "Local Weekly", "url": "https://ex.com"},
        }
        for title, first, k, url in [
            (T3, P3, 3, "https://ex.com/2024/03/library"),
            (T4, P4, 4, "https://ex.com/2024/03/frost"),
        ]
    ]
    _w(d / "gnews-search.json", json.dumps({"totalArticles": 2, "articles": articles}))


def build_event_registry(d: Path) -> None:
    def article(uri: str, title: str, first: str, k: int) -> dict:
        return {
            "uri": uri,
            "lang": "eng",
            "isDuplicate": False,
            "date": "2024-03-04",
            "time": "07:00:00",
            "dateTime": "2024-03-04T07:00:00Z",
            "dataType": "news",
            "sim": 0,
            "url": f"https://ex.com/{uri}",
            "title": title,
            "body": f"{body(first, k)}\n\n{body(P6, k + 50)}",
            "source": {"uri": "ex.com", "dataType": "news", "title": "Local Weekly"},
            "authors": [{"uri": "jane_doe@ex.com", "name": "Jane Doe", "type": "author"}],
            "image": None,
            "eventUri": None,
            "sentiment": 0.12,
            "wgt": 448,
            "relevance": 1,
        }

    response = {
        "articles": {
            "results": [article("8012345678", T1, P1, 1), article("8012345679", T5, P5, 5)],
            "totalResults": 2,
            "page": 1,
            "count": 100,
            "pages": 1,
        }
    }
    _w(d / "eventregistry_articles.json", json.dumps(response, indent=1))


def build_webzio(d: Path) -> None:
    def post(uuid: str, title: str, first: str, k: int) -> dict:
        url = f"https://ex.com/{uuid[:6]}"
        return {
            "thread": {
                "uuid": uuid,
                "url": url,
                "site_full": "ex.com",
                "site": "ex.com",
                "site_section": "https://ex.com/news",
                "section_title": "News",
                "title": title,
                "title_full": f"{title} | Local Weekly",
                "published": "2024-03-04T07:00:00.000+02:00",
                "replies_count": 0,
                "country": "GB",
                "main_image": "",
                "performance_score": 0,
                "domain_rank": 12000,
                "social": {"facebook": {"likes": 0, "comments": 0, "shares": 0}},
            },
            "uuid": uuid,
            "url": url,
            "ord_in_thread": 0,
            "parent_url": None,
            "author": "Jane Doe",
            "published": "2024-03-04T07:00:00.000+02:00",
            "title": title,
            "text": body(first, k),
            "highlightText": "",
            "highlightTitle": "",
            "language": "english",
            "sentiment": None,
            "categories": ["Transport"],
            "external_links": [],
            "entities": {"persons": [], "organizations": [], "locations": []},
            "rating": None,
            "crawled": "2024-03-04T08:00:00.000+02:00",
            "updated": "2024-03-04T08:00:00.000+02:00",
        }

    response = {
        "posts": [
            post("3f9c2a7e0b1d4c5f8a6e", T2, P2, 2),
            post("7d1e4b2c9a0f3e6d5b8c", T6, P6, 6),
        ],
        "totalResults": 2,
        "moreResultsAvailable": 0,
        "next": "/newsApiLite?token=x&ts=1709540000&q=portville",
        "requestsLeft": 998,
        "warnings": None,
    }
    _w(d / "webz_news_api.json", json.dumps(response))


def build_ninjs1(d: Path) -> None:
    common = {"type": "text", "version": "1", "language": "en", "byline": "Jane Doe"}
    _w(
        d / "ferry.ninjs.json",
        json.dumps(
            {
                "uri": "urn:newsml:ex.com:20240304:ferry",
                **common,
                "versioncreated": "2024-03-04T07:00:00Z",
                "headline": T1,
                "body_text": f"{body(P1, 1)}\n\n{body(P2, 61)}",
            }
        ),
    )
    _w(
        d / "frost.ninjs.json",
        json.dumps(
            {
                "uri": "urn:newsml:ex.com:20240304:frost",
                **common,
                "versioncreated": "2024-03-04T09:00:00Z",
                "headline": T4,
                "body_html": f"<p>{body(P4, 4)}</p>\n<p>{body(P2, 62)}</p>",
            }
        ),
    )


def build_ninjs2(d: Path) -> None:
    items = [
        {
            "uri": f"urn:newsml:ex.com:20240305:{slug}",
            "type": "text",
            "version": "3",
            "versioncreated": "2024-03-05T07:00:00Z",
            "language": "en",
            "headlines": [{"role": "main", "value": title}, {"role": "short", "value": slug}],
            "descriptions": [{"role": "summary", "value": "Local news from Portville."}],
            "bodies": [
                {"role": "main", "contenttype": "text/html", "value": f"<p>{body(first, k)}</p>"}
            ],
        }
        for slug, title, first, k in [("museum", T5, P5, 5), ("library", T3, P3, 3)]
    ]
    _w(d / "items.json", json.dumps(items, indent=2))


# -- CMS exports ---------------------------------------------------------------------------------


def build_arc_ans(d: Path) -> None:
    def story(id_: str, title: str, first: str, k: int) -> dict:
        return {
            "_id": id_,
            "type": "story",
            "version": "0.10.9",
            "canonical_url": f"/2024/03/04/{id_.lower()}/",
            "display_date": "2024-03-04T07:00:00.000Z",
            "headlines": {"basic": title, "web": title},
            "subheadlines": {"basic": "Council news"},
            "description": {"basic": "Local news from Portville."},
            "credits": {"by": [{"type": "author", "name": "Jane Doe"}]},
            "content_elements": [
                {"_id": "P1" + id_, "type": "text", "content": body(first, k)},
                {
                    "_id": "IMG" + id_,
                    "type": "image",
                    "url": "https://ex.com/photo.jpg",
                    "caption": "The harbour at dawn.",
                },
                {"_id": "H" + id_, "type": "header", "level": 2, "content": "What happens next"},
                {"_id": "P2" + id_, "type": "text", "content": body(P6, k + 70)},
                {"_id": "AD" + id_, "type": "raw_html", "content": '<div class="ad-slot"></div>'},
            ],
        }

    response = {
        "type": "results",
        "version": "0.10.9",
        "content_elements": [
            story("ABCDEF123", T2, P2, 2),
            story("GHIJKL456", T4, P4, 4),
        ],
        "count": 2,
        "next": 2,
    }
    _w(d / "arc-content-api-stories.json", json.dumps(response, indent=1))


def build_sanity(d: Path) -> None:
    def blocks(*paragraphs: str) -> list:
        return [
            {
                "_key": f"b{i}",
                "_type": "block",
                "style": "normal",
                "markDefs": [],
                "children": [{"_key": f"s{i}", "_type": "span", "marks": [], "text": p}],
            }
            for i, p in enumerate(paragraphs)
        ]

    docs = [
        {"_id": "author-1", "_type": "author", "name": "Jane Doe", "slug": {"current": "jane"}},
        {"_id": "category-1", "_type": "category", "title": "Local"},
        {
            "_id": "image-a1b2-1200x800-jpg",
            "_type": "sanity.imageAsset",
            "url": "https://cdn.sanity.io/images/x/production/a1b2-1200x800.jpg",
            "originalFilename": "ferry.jpg",
            "mimeType": "image/jpeg",
        },
        {
            "_id": "post-ferry",
            "_type": "post",
            "_createdAt": "2024-03-04T07:00:00Z",
            "title": T1,
            "slug": {"_type": "slug", "current": "ferry"},
            "author": {"_ref": "author-1", "_type": "reference"},
            "body": blocks(body(P1, 1), body(P3, 81)),
        },
        {
            "_id": "post-trees",
            "_type": "post",
            "_createdAt": "2024-03-05T07:00:00Z",
            "title": T6,
            "slug": {"_type": "slug", "current": "trees"},
            "body": blocks(body(P6, 6)),
        },
    ]
    _w(d / "production-export" / "data.ndjson", "".join(json.dumps(x) + "\n" for x in docs))


def build_editorjs(d: Path) -> None:
    for name, title, first, k in [("ferry", T1, P1, 1), ("museum", T5, P5, 5)]:
        _w(
            d / f"{name}.json",
            json.dumps(
                {
                    "time": 1709535600000,
                    "blocks": [
                        {"id": "a1", "type": "header", "data": {"text": title, "level": 1}},
                        {"id": "a2", "type": "paragraph", "data": {"text": body(first, k)}},
                        {
                            "id": "a3",
                            "type": "image",
                            "data": {"file": {"url": "https://ex.com/a.jpg"}, "caption": "Dawn"},
                        },
                        {
                            "id": "a4",
                            "type": "paragraph",
                            "data": {"text": "The plan was <b>approved</b> on Monday."},
                        },
                        {"id": "a5", "type": "delimiter", "data": {}},
                    ],
                    "version": "2.28.2",
                }
            ),
        )


def build_webflow_csv(d: Path) -> None:
    names = ["Name", "Slug", "Collection ID", "Locale ID", "Item ID", "Created On"]
    names += ["Updated On", "Published On", "Post Body", "Post Summary", "Main Image", "Featured?"]
    rows = [
        [
            T3, "library", "65f0aa", "65f0bb", "65f1a2b3c4d5e6f7a8b9c0d1",
            "Mon Mar 04 2024 07:00:00 GMT+0000 (Coordinated Universal Time)", "", "",
            f"<p>{body(P3, 3)}</p><p>{body(P5, 91)}</p>", "Late opening.",
            "https://cdn.prod.website-files.com/a.jpg", "true",
        ],
        [
            T6, "trees", "65f0aa", "65f0bb", "65f1a2b3c4d5e6f7a8b9c0d2",
            "Tue Mar 05 2024 07:00:00 GMT+0000 (Coordinated Universal Time)", "", "",
            f"<p>{body(P6, 6)}</p>", "Trees.", "", "false",
        ],
    ]  # fmt: skip
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(names)
    writer.writerows(rows)
    _w(d / "Local Weekly - Blog Posts - 65f0aa.csv", out.getvalue())


def build_inoreader(d: Path) -> None:
    def item(n: int, title: str, first: str, k: int) -> dict:
        url = f"https://ex.com/2024/03/{n}"
        return {
            "crawlTimeMsec": "1709535600000",
            "timestampUsec": "1709535600000000",
            "id": f"tag:google.com,2005:reader/item/00000000f8b7c5a{n}",
            "categories": ["user/1005921515/state/com.google/starred"],
            "title": title,
            "published": 1709535600,
            "updated": 1709535600,
            "canonical": [{"href": url}],
            "alternate": [{"href": url, "type": "text/html"}],
            "summary": {"direction": "ltr", "content": f"<p>{body(first, k)}</p>"},
            "author": "Jane Doe",
            "likingUsers": [],
            "comments": [],
            "commentsNum": -1,
            "annotations": [],
            "origin": {
                "streamId": "feed/https://ex.com/feed",
                "title": "Local Weekly",
                "htmlUrl": "https://ex.com",
            },
        }

    stream = {
        "direction": "ltr",
        "id": "user/1005921515/state/com.google/starred",
        "title": "Starred items",
        "description": "",
        "self": {"href": "https://www.inoreader.com/reader/api/0/stream/contents/starred"},
        "updated": 1709700000,
        "items": [item(1, T1, P1, 1), item(2, T4, P4, 4)],
    }
    _w(d / "starred.json", json.dumps(stream))


def build_bluesky(d: Path) -> None:
    author = {"did": "did:plc:abc", "handle": "localweekly.bsky.social", "displayName": "LW"}

    def post(rkey: str, text: str) -> dict:
        return {
            "post": {
                "uri": f"at://did:plc:abc/app.bsky.feed.post/{rkey}",
                "cid": "bafyreib" + rkey,
                "author": author,
                "record": {
                    "$type": "app.bsky.feed.post",
                    "createdAt": "2024-03-04T07:00:00.000Z",
                    "langs": ["en"],
                    "text": text,
                },
                "replyCount": 2,
                "repostCount": 5,
                "likeCount": 10,
                "indexedAt": "2024-03-04T07:00:01.000Z",
                "labels": [],
            }
        }

    feed = {"feed": [post("3kabc1", body(P2, 2)), post("3kabc2", body(P5, 5))], "cursor": "x"}
    _w(d / "localweekly-author-feed.json", json.dumps(feed))


# -- Common Crawl's files of no text ------------------------------------------------------------


def build_cdx(d: Path) -> None:
    lines = [
        f'com,ex)/2024/03/{slug} 20240304070000 {{"url": "https://ex.com/2024/03/{slug}", '
        '"mime": "text/html", "mime-detected": "text/html", "status": "200", '
        '"digest": "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", "length": "12345", "offset": "6789", '
        '"filename": "crawl-data/CC-MAIN-2024-10/segments/1707947473347.0/warc/'
        'CC-MAIN-20240220211055-20240221001055-00123.warc.gz", "languages": "eng", '
        '"encoding": "UTF-8"}'
        for slug in ["ferry", "parking", "library"]
    ]
    _w(d / "cdx-00123.gz", gzip.compress(("\n".join(lines) + "\n").encode()))


def _warc_record(kind: str, uri: str | None, content_type: str, payload: bytes) -> bytes:
    head = f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-04T07:00:00Z\r\n"
    head += "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-1234567890ab>\r\n"
    if uri:
        head += f"WARC-Target-URI: {uri}\r\n"
    head += f"Content-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")


def build_wat(d: Path) -> None:
    info = _warc_record(
        "warcinfo",
        None,
        "application/warc-fields",
        b"Software-Info: ia-web-commons\r\nFormat: WARC File Format 1.0\r\n",
    )
    records = [info]
    for slug, title in [("ferry", T1), ("frost", T4)]:
        envelope = {
            "Container": {"Filename": "CC-MAIN-00123.warc.gz", "Compressed": True},
            "Envelope": {
                "Format": "WARC",
                "WARC-Header-Metadata": {"WARC-Type": "response"},
                "Payload-Metadata": {
                    "HTTP-Response-Metadata": {
                        "HTML-Metadata": {
                            "Head": {"Title": title, "Metas": [{"name": "description"}]},
                            "Links": [{"path": "A@/href", "url": "/news"}],
                        }
                    }
                },
            },
        }
        records.append(
            _warc_record(
                "metadata",
                f"https://ex.com/2024/03/{slug}",
                "application/json",
                json.dumps(envelope).encode(),
            )
        )
    _w(d / "CC-MAIN-20240220211055-20240221001055-00123.warc.wat.gz", b"".join(records))


def build_gdelt_doc(d: Path) -> None:
    articles = [
        {
            "url": f"https://ex.com/2024/03/{slug}",
            "url_mobile": "",
            "title": title,
            "seendate": "20240304T070000Z",
            "socialimage": "",
            "domain": "ex.com",
            "language": "English",
            "sourcecountry": "United Kingdom",
        }
        for slug, title in [("ferry", T1), ("parking", T2), ("frost", T4)]
    ]
    _w(d / "gdelt-doc-artlist.json", json.dumps({"articles": articles}))


# -- mail folders --------------------------------------------------------------------------------


def build_thunderbird(d: Path) -> None:
    def message(subject: str, first: str, k: int, day: int) -> str:
        return (
            f"From - Mon Mar  {day} 07:00:00 2024\n"
            "X-Mozilla-Status: 0001\nX-Mozilla-Status2: 00000000\nX-Mozilla-Keys:\n"
            f"Message-ID: <{k}@ex.com>\nDate: Mon, {day} Mar 2024 07:00:00 +0000\n"
            f"From: Local Weekly <news@ex.com>\nTo: reader@ex.org\nSubject: {subject}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"{body(first, k)}\n\n"
        )

    folder = d / "Mail" / "Local Folders"
    _w(folder / "Newsletters", message(T3, P3, 3, 4) + message(T5, P5, 5, 5))
    _w(
        folder / "Newsletters.msf",
        '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> // (f=iso-8859-1)\n'
        "  (B8=flags)(B9=subject)(BA=sender)>\n<(80=0)(81=Library)>\n{1:^80 {(k^C0:c)(s=9)} }\n",
    )
    _w(folder / "Trash.msf", '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> >\n')


def build_maildir(d: Path) -> None:
    def message(subject: str, first: str, k: int) -> str:
        return (
            "Return-Path: <news@ex.com>\nDelivered-To: reader@ex.org\n"
            f"Message-ID: <md{k}@ex.com>\nDate: Tue, 5 Mar 2024 07:00:00 +0000\n"
            f"From: City Desk <desk@ex.com>\nTo: reader@ex.org\nSubject: {subject}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body(first, k)}\n"
        )

    box = d / "Maildir"
    _w(box / "cur" / "1709535600.M1P2Q3.mailhost,S=1234,W=1260:2,S", message(T2, P2, 2))
    _w(box / "new" / "1709622000.M4P5Q6.mailhost,S=1190", message(T6, P6, 6))
    (box / "tmp").mkdir(parents=True, exist_ok=True)
    _w(
        box / "dovecot-uidlist",
        "3 V1709500000 N3 G3f1e2d\n1 1709535600.M1P2Q3.mailhost,S=1234,W=1260\n"
        "2 1709622000.M4P5Q6.mailhost,S=1190\n",
    )
    _w(box / "subscriptions", "INBOX\nNewsletters\n")


# -- a library database's text export -------------------------------------------------------------


def build_proquest(d: Path) -> None:
    def doc(n: int, title: str, first: str, k: int, paper: str) -> str:
        return (
            f"Document {n} of 2\n\n{title}\n\nAuthor: Doe, Jane\n\n"
            f"Publication info: {paper} ; Portville [Portville]. 04 Mar 2024: A.4.\n\n"
            "ProQuest document link\n\n"
            f"Abstract: None available.\n\nFull text: {body(first, k)}\n\n"
            "Critics said the council should have acted sooner.\n\n"
            "Subject: Ports; Local government\n\nLocation: Portville\n\n"
            f"Title: {title}\n\nPublication title: {paper}\n\nFirst page: A.4\n\n"
            "Publication year: 2024\n\nPublication date: Mar 4, 2024\n\nSection: News\n\n"
            "Publisher: Portville Media\n\nPlace of publication: Portville\n\n"
            "Country of publication: United Kingdom\n\nSource type: Newspaper\n\n"
            "Language of publication: English\n\nDocument type: News\n\n"
            f"ProQuest document ID: 29{n}1234567\n\n"
            f"Document URL: https://www.proquest.com/newspapers/x/docview/29{n}1234567/se-2\n\n"
            f"Copyright: Copyright 2024 {paper}\n\nLast updated: 2024-03-05\n\n"
            "Database: ProQuest Central\n\n"
            "____________________________________________________________\n\n"
        )

    _w(
        d / "ProQuestDocuments-2024-03-05.txt",
        "____________________________________________________________\n\n"
        "Report Information from ProQuest\nMarch 05 2024 08:14\n"
        "____________________________________________________________\n\n"
        f"Table of contents\n\n1. {T1}\n\n2. {T4}\n\n"
        "____________________________________________________________\n\n"
        + doc(1, T1, P1, 1, "The Portville Gazette")
        + doc(2, T4, P4, 4, "The Evening Herald")
        + "Contact ProQuest\nCopyright 2024 ProQuest LLC. All rights reserved. - Terms and "
        "Conditions\n",
    )


# -- captions and transcripts ---------------------------------------------------------------------


def _phrases(text: str, n: int = 5) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + n]) for i in range(0, len(words), n)]


def build_json3(d: Path) -> None:
    events = [{"tStartMs": 0, "dDurationMs": 60000, "id": 1, "wpWinPosId": 1, "wsWinStyleId": 1}]
    for i, phrase in enumerate(_phrases(body(P1, 1) + " " + body(P2, 12))):
        events.append({"tStartMs": i * 2000, "dDurationMs": 2000, "wWinId": 1, "segs": []})
        events[-1]["segs"] = [{"utf8": phrase}]
        events.append(
            {"tStartMs": i * 2000 + 1990, "dDurationMs": 10, "wWinId": 1, "aAppend": 1,
             "segs": [{"utf8": "\n"}]}
        )  # fmt: skip
    _w(
        d / "Evening News 4 March [dQw4w9WgXcQ].en.json3",
        json.dumps({"wireMagic": "pb3", "pens": [{}], "wsWinStyles": [{}], "events": events}),
    )


def build_transcript_api(d: Path) -> None:
    segments = [
        {"text": phrase, "start": round(i * 2.2, 2), "duration": 2.2}
        for i, phrase in enumerate(_phrases(body(P3, 3) + " " + body(P4, 14)))
    ]
    _w(d / "dQw4w9WgXcQ_transcript.json", json.dumps(segments))


def build_whisper_tsv(d: Path) -> None:
    rows = ["start\tend\ttext"]
    for i, phrase in enumerate(_phrases(body(P5, 5) + " " + body(P6, 16), 8)):
        rows.append(f"{i * 3000}\t{i * 3000 + 2900}\t{phrase}")
    _w(d / "council-meeting-2024-03-04.tsv", "\n".join(rows) + "\n")


# -- tables, archives, browser files ------------------------------------------------------------


def build_r_csv(d: Path) -> None:
    # R's write.csv: a first column of row names under an empty name, NA for a missing string
    _w(
        d / "articles.csv",
        '"","id","title","text","author"\n'
        f'"1","a1","{T1}","{body(P1, 1)}","Jane Doe"\n'
        f'"2","a2",NA,"{body(P2, 2)}",NA\n'
        f'"3","a3","{T5}","{body(P5, 5)}",NA\n',
    )


def build_har(d: Path) -> None:
    def page(title: str, first: str, k: int) -> str:
        return (
            f"<!doctype html><html><head><title>{title} | Local Weekly</title></head><body>"
            '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            f"<article><h1>{title}</h1><p>{body(first, k)}</p><p>{body(P6, k + 100)}</p>"
            "</article><footer>Copyright 2024 Local Weekly</footer></body></html>"
        )

    def entry(url: str, mime: str, text: str, encoding: str | None = None) -> dict:
        content = {"size": len(text), "mimeType": mime, "text": text}
        if encoding:
            content["encoding"] = encoding
        return {
            "startedDateTime": "2024-03-04T07:00:00.000Z",
            "time": 120.5,
            "request": {"method": "GET", "url": url, "httpVersion": "h2", "headers": []},
            "response": {
                "status": 200,
                "statusText": "",
                "httpVersion": "h2",
                "headers": [{"name": "content-type", "value": mime}],
                "content": content,
                "redirectURL": "",
            },
            "cache": {},
            "timings": {"send": 0.1, "wait": 100.0, "receive": 20.4},
        }

    har = {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "pages": [
                {"startedDateTime": "2024-03-04T07:00:00.000Z", "id": "page_1", "title": "x"}
            ],
            "entries": [
                entry("https://ex.com/2024/03/library", "text/html; charset=utf-8",
                      page(T3, P3, 3)),
                entry("https://ex.com/static/site.css", "text/css", "body{margin:0}"),
                entry("https://ex.com/static/app.js", "application/javascript", "var a=1;"),
                entry("https://ex.com/logo.png", "image/png", "iVBORw0KGgo=", "base64"),
                entry("https://ex.com/api/related", "application/json",
                      json.dumps({"items": [{"title": "Other story", "url": "/x"}]})),
                entry("https://ex.com/2024/03/frost", "text/html", page(T4, P4, 4)),
            ],
        }
    }  # fmt: skip
    _w(d / "ex.com.har", json.dumps(har, indent=1))


def build_zip_in_zip(d: Path) -> None:
    def zipped(members: dict[str, str]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in members.items():
                archive.writestr(name, text)
        return buffer.getvalue()

    inner1 = zipped({"ferry.txt": body(P1, 1) + "\n", "frost.txt": body(P4, 4) + "\n"})
    rows = [{"id": "m5", "text": body(P5, 5)}, {"id": "m6", "text": body(P6, 6)}]
    inner2 = zipped({"rows.jsonl": "".join(json.dumps(r) + "\n" for r in rows)})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("downloads/batch-1.zip", inner1)
        archive.writestr("downloads/batch-2.zip", inner2)
    _w(d / "downloads.zip", buffer.getvalue())


INPUTS: list[Input] = [
    Input("apify_wcc_json", build_apify_json, [E(P1, T1), E(P2, T2)]),
    Input("apify_csv", build_apify_csv, [E(P3, T3), E(P4, T4)], absent=["# "]),
    Input("firecrawl_json", build_firecrawl, [E(P5, T5), E(P6, T6)], absent=["# "]),
    Input(
        "jina_reader_md",
        build_jina_reader,
        [E(P1, T1), E(P4, T4)],
        absent=["URL Source", "Markdown Content", "Published Time"],
    ),  # fmt: skip
    Input(
        "readability_json",
        build_readability,
        [E(P1, T1), E(P3, T3)],
        absent=["readability-page", "<p>", "By Jane Doe"],
    ),  # fmt: skip
    Input("goose3_jsonl", build_goose3, [E(P2, T2), E(P6, T6)]),
    Input(
        "trafilatura_csv",
        build_trafilatura_csv,
        [E(P1, T1), E(P5, T5)],
        absent=["Great news for commuters"],
    ),  # fmt: skip
    Input("gnews_api", build_gnews, [E(P3, T3), E(P4, T4)], absent=["chars]"]),
    Input(
        "eventregistry_json",
        build_event_registry,
        [E(P1, T1, "8012345678"), E(P5, T5, "8012345679")],
    ),
    Input(
        "webzio_json",
        build_webzio,
        [E(P2, T2, "3f9c2a7e0b1d4c5f8a6e"), E(P6, T6, "7d1e4b2c9a0f3e6d5b8c")],
    ),
    Input(
        "ninjs1_json",
        build_ninjs1,
        [
            E(P1, T1, "urn:newsml:ex.com:20240304:ferry"),
            E(P4, T4, "urn:newsml:ex.com:20240304:frost"),
        ],
        absent=["<p>"],
    ),
    Input(
        "ninjs2_json",
        build_ninjs2,
        [
            E(P5, T5, "urn:newsml:ex.com:20240305:museum"),
            E(P3, T3, "urn:newsml:ex.com:20240305:library"),
        ],
        absent=["<p>"],
    ),
    Input(
        "arc_xp_ans",
        build_arc_ans,
        [E(P2, T2, "ABCDEF123"), E(P4, T4, "GHIJKL456")],
        absent=["ad-slot"],
    ),  # fmt: skip
    Input("sanity_ndjson", build_sanity, [E(P1, T1, "post-ferry"), E(P6, T6, "post-trees")]),
    Input("editorjs_json", build_editorjs, [E(P1, T1), E(P5, T5)], absent=["<b>"]),
    Input("webflow_csv", build_webflow_csv, [E(P3, T3), E(P6, T6)], absent=["<p>"]),
    Input(
        "inoreader_json",
        build_inoreader,
        [
            E(P1, T1, "tag:google.com,2005:reader/item/00000000f8b7c5a1"),
            E(P4, T4, "tag:google.com,2005:reader/item/00000000f8b7c5a2"),
        ],
        absent=["<p>"],
    ),
    Input("bluesky_feed_json", build_bluesky, [E(P2), E(P5)]),
    Input("cc_cdx_index", build_cdx, []),
    Input("cc_wat", build_wat, []),
    Input("gdelt_doc_artlist", build_gdelt_doc, []),
    Input(
        "thunderbird_mbox",
        build_thunderbird,
        [E(P3, T3), E(P5, T5)],
        absent=["X-Mozilla", "mdb:mork"],
    ),  # fmt: skip
    Input("maildir", build_maildir, [E(P2, T2), E(P6, T6)], absent=["Return-Path"]),
    Input(
        "proquest_txt",
        build_proquest,
        [E(P1, T1), E(P4, T4)],
        absent=["Publication info", "ProQuest document", "Database:", "Full text:"],
    ),  # fmt: skip
    Input("yt_dlp_json3", build_json3, [E(P1)], absent=["tStartMs", "utf8"]),
    Input("youtube_transcript_api", build_transcript_api, [E(P3)], absent=["duration"]),
    Input("whisper_tsv", build_whisper_tsv, [E(P5)], absent=["2900"]),
    Input("r_write_csv", build_r_csv, [E(P1, T1, "a1"), E(P2, None, "a2"), E(P5, T5, "a3")]),
    Input("har_file", build_har, [E(P3, T3), E(P4, T4)], absent=["body{", "Other story"]),
    Input("zip_in_zip", build_zip_in_zip, [E(P1), E(P4), E(P5, None, "m5"), E(P6, None, "m6")]),
]


# -- the measure --------------------------------------------------------------------------------


def score(item: Input, docs: list[dict]) -> tuple[int, int, list[str]]:
    """(expected documents matched whole, documents that match none, what was wrong)."""
    left = list(docs)
    matched, wrong = 0, []
    for want in item.expected:
        for i, doc in enumerate(left):
            text = _flat(doc["text"])
            if text.startswith(_flat(want.first)) and not any(a in text for a in item.absent):
                del left[i]
                ok = True
                if want.title is not None and _flat(doc.get("title") or "") != want.title:
                    wrong.append(f"title {doc.get('title')!r} != {want.title!r}")
                    ok = False
                if item.name == "r_write_csv" and want.id == "a2" and doc.get("title"):
                    wrong.append(f"title {doc.get('title')!r} != None")
                    ok = False
                if want.id is not None and str(doc.get("id")).split("#")[0] != want.id:
                    wrong.append(f"id {doc.get('id')!r} != {want.id!r}")
                    ok = False
                matched += ok
                break
        else:
            wrong.append(f"missing {want.first[:30]!r}")
    return matched, len(left), wrong


def measure_read(item: Input, folder: Path) -> dict:
    found = read_records(folder)
    if isinstance(found, dict):
        return found
    docs, quarantined, skipped = found
    rows = [{"text": d.text, "title": d.title, "id": d.id} for d in docs]
    matched, extra, wrong = score(item, rows)
    return {
        "matched": matched,
        "extra": extra,
        "quarantined": quarantined,
        "skipped": skipped,
        "wrong": wrong,
    }


def measure_run(item: Input, folder: Path, out: Path) -> dict:
    run = run_output(folder, out)
    counts = run.report.get("counts", {})
    matched, extra, wrong = score(item, run.rows)
    read = counts.get("read", 0)
    balanced = read == sum(counts.get(k, 0) for k in ("kept", "removed", "quarantined", "skipped"))
    right = matched == len(item.expected) and extra == 0 and balanced
    right = right and counts.get("quarantined", 0) == 0
    return run_measures(item, run, matched, extra, right) | {"balanced": balanced, "wrong": wrong}


def main(work: Path, only: list[str]) -> None:
    measure_round(work, INPUTS, measure_read, measure_run, only)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
