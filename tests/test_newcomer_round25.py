"""Newcomer round 25: crawl services' and extractors' outputs, news APIs, CMS exports, mail
folders, a library database's export, captions and a browser's network log, each read a
document an article with its title and id (measured by `python -m tests.newcomer_round25`)."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import pytest

from curate.io.crawl_indexes import WEB_ARCHIVE_INDEX
from curate.io.mail_folders import MAIL_INDEX
from curate.io.readers import Skipped, skipped_kinds, walk_inputs
from curate.io.truncation_marks import without_truncation_mark
from tests import newcomer_round25 as r25
from tests.newcomer_round24 import P1, P2, P3, P4, P5, body
from tests.newcomer_runs import documents, quarantined, read_all, run_counted


def _w(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _docs(*paths: Path) -> list:
    return documents(read_all(*paths))


def _skips(items: list) -> list[str]:
    return [i.kind for i in items if isinstance(i, Skipped)]


def _by_first(docs: list) -> dict[str, object]:
    return {" ".join(d.text.split())[:30]: d for d in docs}


# -- every round-25 input its documents, titles and ids, as read -----------------------------------

READ_WHOLE = [
    "apify_wcc_json", "apify_csv", "eventregistry_json", "ninjs2_json", "arc_xp_ans",
    "sanity_ndjson", "editorjs_json", "thunderbird_mbox", "maildir", "proquest_txt",
    "yt_dlp_json3", "youtube_transcript_api", "whisper_tsv", "r_write_csv", "har_file",
    "jina_reader_md", "gnews_api",
]  # fmt: skip


@pytest.mark.parametrize("name", READ_WHOLE)
def test_round25_input_is_read_a_document_an_article(tmp_path, name):
    item = next(i for i in r25.INPUTS if i.name == name)
    item.build(tmp_path)
    items = read_all(tmp_path)
    docs = [{"text": d.text, "title": d.title, "id": d.id} for d in documents(items)]
    matched, extra, wrong = r25.score(item, docs)
    assert (matched, extra, wrong) == (len(item.expected), 0, [])
    assert not quarantined(items)


# -- a page's title under `metadata` (Apify, Firecrawl) --------------------------------------------


@pytest.mark.parametrize(
    "row, title",
    [
        ({"url": "https://ex.com/a", "metadata": {"title": "Ferry"}, "text": P1}, "Ferry"),
        ({"content": P1, "metadata": {"title": "Ferry", "sourceURL": "https://x"}}, "Ferry"),
        ({"title": "Own", "metadata": {"title": "Meta"}, "text": P1}, "Own"),  # the top wins
        ({"headline": "Head", "metadata": {"title": "Meta"}, "text": P1}, "Head"),
        ({"metadata": {"title": ["a", "b"]}, "text": P1}, None),  # no string: none
        ({"metadata": {"title": "  "}, "text": P1}, None),
        ({"metadata": "title", "text": P1}, None),
    ],
)
def test_a_title_under_metadata_is_the_title(tmp_path, row, title):
    path = _w(tmp_path / "rows.jsonl", json.dumps(row) + "\n")
    (doc,) = _docs(path)
    assert doc.title == title


def test_apify_csvs_metadata_title_column_is_the_title(tmp_path):
    path = _w(
        tmp_path / "dataset.csv",
        f'url,metadata/title,metadata/description,text\nhttps://ex.com/a,Ferry,Local,"{P1}"\n',
    )
    (doc,) = _docs(path)
    assert (doc.title, doc.text) == ("Ferry", P1)


# -- GNews's mark of a cut article -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"{P1}... [2389 chars]", P1),  # GNews
        (f"{P1} ... [12 chars]", P1),
        (f"{P1}… [+2113 chars]", P1),  # NewsAPI, as before
        (f"{P1} [+5 chars]", P1),
        (f"{P1}... [+12 chars]", f"{P1}..."),  # NewsAPI's: the dots are the text's
        (f"{P1} [2389 chars] and more", f"{P1} [2389 chars] and more"),  # not at the end
        ("[12 chars]", "[12 chars]"),  # the mark alone stays
        (f"{P1} [many chars]", f"{P1} [many chars]"),
    ],
)
def test_a_cut_articles_mark_leaves_the_text(text, expected):
    assert without_truncation_mark(text) == expected


# -- a title that spells a missing value -----------------------------------------------------------


@pytest.mark.parametrize(
    "cell, title",
    [
        ("NA", None),  # R's write.csv
        ('"nan"', None),  # pandas' astype(str)
        ("None", None),
        ("NULL", None),
        ("null", None),
        ("\\N", None),  # MySQL's INTO OUTFILE
        ("NAB", "NAB"),
        ('"Na"', "Na"),
        ('"NA votes"', "NA votes"),
    ],
)
def test_a_title_that_spells_a_missing_value_is_none(tmp_path, cell, title):
    path = _w(tmp_path / "articles.csv", f'"","id","title","text"\n"1","a1",{cell},"{P1}"\n')
    (doc,) = _docs(path)
    assert (doc.id, doc.title, doc.text) == ("a1", title, P1)


# -- an item's own `uri` ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "uris, ids",
    [
        (["8012345678", "8012345679"], ["8012345678", "8012345679"]),  # Event Registry
        (
            ["urn:newsml:ex.com:1", "urn:newsml:ex.com:2"],
            ["urn:newsml:ex.com:1", "urn:newsml:ex.com:2"],
        ),
        (["same", "same"], ["rows-1", "rows-2"]),  # not its own: no id
    ],
)
def test_a_uri_is_the_id(tmp_path, uris, ids):
    rows = [{"uri": u, "title": f"T{i}", "body": body(P1, i)} for i, u in enumerate(uris)]
    path = _w(tmp_path / "rows.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    assert [d.id for d in _docs(path)] == ids


def test_an_image_uri_is_no_id(tmp_path):
    rows = [{"image_uri": f"https://ex.com/{i}.jpg", "text": body(P1, i)} for i in range(2)]
    path = _w(tmp_path / "rows.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    assert [d.id for d in _docs(path)] == ["rows-1", "rows-2"]


# -- a crawl's index -------------------------------------------------------------------------------

CDXJ = (
    'com,ex)/2024/03/ferry 20240304070000 {"url": "https://ex.com/2024/03/ferry", '
    '"mime": "text/html", "status": "200", "filename": "crawl-data/x.warc.gz"}\n'
)
CDX = (
    " CDX N b a m s k r M S V g\n"
    "com,ex)/ 20240304070000 https://ex.com/ text/html 200 X - - 123 456 x.warc.gz\n"
)


@pytest.mark.parametrize(
    "name, data",
    [
        ("cdx-00123.gz", gzip.compress(CDXJ.encode())),  # Common Crawl's URL index
        ("index.cdxj", CDXJ.encode()),
        ("index.cdx.gz", gzip.compress(CDX.encode())),  # pywb's, a .wacz's
        ("crawl.cdx", CDX.encode()),  # wget's --warc-cdx
    ],
)
def test_a_crawls_index_is_skipped_by_kind(tmp_path, name, data):
    _w(tmp_path / "in" / name, data)
    _w(tmp_path / "in" / "story.txt", P1 + "\n")
    found = walk_inputs([tmp_path / "in"])
    assert [p.name for p, _ in found.files] == ["story.txt"]
    assert skipped_kinds(found.skipped) == {WEB_ARCHIVE_INDEX: 1}
    report, words = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["kept"] == 1 and "web archive index" in words


def test_a_gz_named_as_an_index_holding_text_is_read(tmp_path):
    path = _w(tmp_path / "in" / "cdx-00001.gz", gzip.compress((P1 + "\n").encode()))
    assert skipped_kinds(walk_inputs([path.parent]).skipped) == {}
    assert [d.text.strip() for d in _docs(path)] == [P1]


# -- mail folders ----------------------------------------------------------------------------------


def _message(subject: str, text: str, mbox: bool, crlf: bool = False) -> str:
    lines = ["From - Mon Mar  4 07:00:00 2024"] if mbox else ["Return-Path: <a@ex.com>"]
    lines += [f"Message-ID: <{abs(hash(subject))}@ex.com>", "From: Desk <desk@ex.com>"]
    lines += [f"Subject: {subject}", "Date: Mon, 4 Mar 2024 07:00:00 +0000"]
    lines += ["Content-Type: text/plain; charset=utf-8", "", text, "", ""]
    return ("\r\n" if crlf else "\n").join(lines)


@pytest.mark.parametrize("folder", ["Inbox", "Newsletters", "News.sbd/Local"])
@pytest.mark.parametrize("crlf", [False, True])
def test_a_thunderbird_folder_is_read_as_mbox(tmp_path, folder, crlf):
    path = tmp_path / "Mail" / folder
    _w(path, _message("Ferry", P1, True, crlf) + _message("Frost", P4, True, crlf))
    _w(path.with_name(path.name + ".msf"), '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> >\n')
    items = read_all(tmp_path)
    assert [(d.title, " ".join(d.text.split())) for d in documents(items)] == [
        ("Ferry", P1),
        ("Frost", P4),
    ]
    assert skipped_kinds(walk_inputs([tmp_path]).skipped) == {MAIL_INDEX: 1}


@pytest.mark.parametrize(
    "name",
    ["1709535600.M1P2Q3.host,S=1234:2,S", "1709535600.M1P2Q3.host", "1709535600.123_1.host:2,"],
)
def test_a_maildirs_messages_are_read(tmp_path, name):
    box = tmp_path / "Maildir"
    _w(box / "cur" / name, _message("Ferry", P1, False))
    _w(box / "new" / "1709622000.M4.host", _message("Frost", P4, False))
    (box / "tmp").mkdir()
    _w(box / "dovecot-uidlist", "3 V1709500000 N3\n1 1709535600.M1P2Q3.host\n")
    _w(box / "dovecot.index.log", b"\x01\x02\x00\x00")
    items = read_all(tmp_path)
    assert sorted(d.title for d in documents(items)) == ["Ferry", "Frost"]
    assert not quarantined(items)
    assert skipped_kinds(walk_inputs([tmp_path]).skipped) == {MAIL_INDEX: 2}


@pytest.mark.parametrize(
    "place, data",
    [
        ("notes", f"From the harbour: {P1}\nSubject: ferries\n"),  # prose, not mail
        ("Inbox", f"From - Mon Mar  4 07:00:00 2024\n{P1}\n"),  # no header lines
        ("cur/1709535600.M1.host", _message("Ferry", P1, False)),  # no Maildir around it
    ],
)
def test_other_files_are_not_taken_for_mail(tmp_path, place, data):
    _w(tmp_path / "in" / place, data)
    assert walk_inputs([tmp_path / "in"]).files == []


# -- timed transcripts -----------------------------------------------------------------------------

WORDS = body(P3, 3).split()
PHRASES = [" ".join(WORDS[i : i + 4]) for i in range(0, len(WORDS), 4)]


@pytest.mark.parametrize(
    "name, data",
    [
        (
            "abc_transcript.json",
            json.dumps(
                [{"text": p, "start": i * 2.0, "duration": 2.0} for i, p in enumerate(PHRASES)]
            ),
        ),
        (
            "News [abc].en.json3",
            json.dumps(
                {
                    "wireMagic": "pb3",
                    "events": [{"tStartMs": 0, "dDurationMs": 9}]
                    + [
                        e
                        for i, p in enumerate(PHRASES)
                        for e in (
                            {
                                "tStartMs": i * 2000,
                                "segs": [
                                    {"utf8": p.split(" ", 1)[0]},
                                    {"utf8": " " + p.split(" ", 1)[1]},
                                ],
                            },
                            {"tStartMs": i * 2000 + 1, "aAppend": 1, "segs": [{"utf8": "\n"}]},
                        )
                    ],
                }
            ),
        ),
        (
            "meeting.tsv",
            "start\tend\ttext\n"
            + "".join(f"{i * 2000}\t{i * 2000 + 1900}\t{p}\n" for i, p in enumerate(PHRASES)),
        ),
    ],
)
def test_a_timed_transcript_is_one_document(tmp_path, name, data):
    path = _w(tmp_path / "in" / name, data)
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    assert report["counts"]["kept"] == 1
    (doc,) = _docs(path)
    assert doc.text == " ".join(PHRASES) == " ".join(WORDS)


@pytest.mark.parametrize(
    "name, data, count",
    [
        # rows of their own: an id or a title beside the times
        (
            "rows.json",
            json.dumps(
                [
                    {"id": i, "text": body(P1, i), "start": 1.0, "duration": 2.0, "title": "x"}
                    for i in range(2)
                ]
            ),
            2,
        ),
        (
            "rows.tsv",
            "start\tend\ttext\n0\t1\t" + body(P1, 1) + "\nnoon\t2\t" + body(P2, 2) + "\n",
            2,
        ),
    ],
)
def test_rows_of_times_and_more_stay_rows(tmp_path, name, data, count):
    path = _w(tmp_path / name, data)
    assert len(_docs(path)) == count


# -- ProQuest's text export ------------------------------------------------------------------------


def test_a_proquest_export_is_read_a_document_an_article(tmp_path):
    r25.build_proquest(tmp_path)
    docs = _docs(tmp_path)
    assert [(d.id, d.title) for d in docs] == [("2911234567", r25.T1), ("2921234567", r25.T4)]
    assert docs[0].text == body(P1, 1) + "\n\nCritics said the council should have acted sooner."
    assert docs[0].source == "https://www.proquest.com/newspapers/x/docview/2911234567/se-2"


@pytest.mark.parametrize(
    "encoding, newline", [("utf-8", "\r\n"), ("cp1252", "\n"), ("utf-8-sig", "\n")]
)
def test_a_proquest_export_in_any_encoding_and_line_ends(tmp_path, encoding, newline):
    r25.build_proquest(tmp_path)
    (path,) = tmp_path.glob("*.txt")
    text = path.read_text().replace(r25.T1, "Café ferry timetable").replace("\n", newline)
    path.write_bytes(text.encode(encoding))
    assert [d.title for d in _docs(path)] == ["Café ferry timetable", r25.T4]


def test_a_proquest_citation_without_full_text_is_quarantined_saying_so(tmp_path):
    r25.build_proquest(tmp_path)
    (path,) = tmp_path.glob("*.txt")
    text = path.read_text()
    path.write_text(text.replace("Full text: " + body(P4, 4), "", 1).replace("Critics said", "", 0))
    items = read_all(path)
    assert [d.title for d in documents(items)] == [r25.T1]
    (q,) = quarantined(items)
    assert q.kind == "missing_field" and "Full text" in q.error and q.line is not None


# -- a browser's network log -----------------------------------------------------------------------


def test_a_hars_pages_are_read_its_resources_skipped(tmp_path):
    r25.build_har(tmp_path)
    items = read_all(tmp_path)
    docs = documents(items)
    assert [(d.title, d.source) for d in docs] == [
        (r25.T3, "https://ex.com/2024/03/library"),
        (r25.T4, "https://ex.com/2024/03/frost"),
    ]
    assert _skips(items) == ["har resource"] * 4


@pytest.mark.parametrize("encoded", [False, True])
def test_a_hars_page_in_base64_is_read(tmp_path, encoded):
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
        f"<p>{body(P1, 1)}</p></article></body></html>"
    )
    content = {"mimeType": "text/html", "text": page}
    if encoded:
        content = {
            "mimeType": "text/html",
            "encoding": "base64",
            "text": base64.b64encode(page.encode()).decode(),
        }
    entry = {
        "request": {"url": "https://ex.com/f"},
        "response": {"status": 200, "content": content},
    }
    path = _w(tmp_path / "f.har", json.dumps({"log": {"version": "1.2", "entries": [entry]}}))
    (doc,) = _docs(path)
    assert doc.text.startswith(P1) and doc.source == "https://ex.com/f"


def test_a_har_without_entries_is_quarantined(tmp_path):
    path = _w(tmp_path / "f.har", json.dumps({"log": {"version": "1.2"}}))
    (q,) = quarantined(read_all(path))
    assert "log.entries" in q.error


# -- Jina Reader's pages ---------------------------------------------------------------------------


def _jina(extra: str = "") -> str:
    return (
        "Title: Ferry timetable approved\n\nURL Source: https://ex.com/ferry\n\n"
        f"{extra}Markdown Content:\nFerry timetable approved\n========================\n\n"
        f"{body(P1, 1)}\n\n## Reaction\n\n{body(P2, 2)}\n"
    )


@pytest.mark.parametrize("name", ["ferry.md", "ferry.txt", "ferry.markdown"])
@pytest.mark.parametrize(
    "extra",
    ["", "Published Time: 2024-03-04T07:00:00Z\n\n", "Warning: Target URL returned error 403\n\n"],
)
def test_a_jina_reader_page_gives_its_title_and_source(tmp_path, name, extra):
    (doc,) = _docs(_w(tmp_path / name, _jina(extra)))
    assert (doc.title, doc.source) == ("Ferry timetable approved", "https://ex.com/ferry")
    assert doc.text.startswith(P1) and "Reaction" in doc.text
    assert "URL Source" not in doc.text and "Markdown Content" not in doc.text


def test_a_text_opening_with_title_alone_stays_as_it_was(tmp_path):
    text = f"Title: Ferry\n\n{body(P1, 1)}\n"
    (doc,) = _docs(_w(tmp_path / "notes.txt", text))
    assert doc.text.startswith("Title: Ferry")


# -- block editors and CMS exports -----------------------------------------------------------------


def test_editorjs_blocks_are_read_in_order(tmp_path):
    blocks = [
        {"type": "header", "data": {"text": "Ferry", "level": 1}},
        {"type": "paragraph", "data": {"text": "The plan was <b>approved</b> &amp; signed."}},
        {"type": "image", "data": {"file": {"url": "x.jpg"}, "caption": "Dawn"}},
        {"type": "header", "data": {"text": "Reaction", "level": 2}},
        {
            "type": "list",
            "data": {"style": "unordered", "items": ["one", {"content": "two", "items": []}]},
        },
        {"type": "quote", "data": {"text": "It is late.", "caption": "Mayor"}},
        {"type": "code", "data": {"code": "x = 1"}},
        {"type": "delimiter", "data": {}},
    ]
    path = _w(tmp_path / "a.json", json.dumps({"time": 1, "blocks": blocks, "version": "2.28.2"}))
    (doc,) = _docs(path)
    assert doc.title == "Ferry"
    assert doc.text == "The plan was approved & signed.\n\nReaction\n\none\n\ntwo\n\nIt is late."


def test_an_editorjs_article_of_an_image_alone_is_skipped(tmp_path):
    blocks = [{"type": "image", "data": {"file": {"url": "x.jpg"}}}]
    path = _w(tmp_path / "a.json", json.dumps({"time": 1, "blocks": blocks, "version": "2.28.2"}))
    assert _skips(read_all(path)) == ["editor.js article without text"]


def _story(id_: str, first: str, elements=None) -> dict:
    elements = elements or [{"type": "text", "content": body(first, 1)}]
    return {
        "_id": id_,
        "type": "story",
        "headlines": {"basic": f"H {id_}"},
        "content_elements": elements,
    }


@pytest.mark.parametrize(
    "shape",
    [
        lambda s: {"type": "results", "content_elements": s, "count": len(s)},
        lambda s: s,
        lambda s: s[0] if len(s) == 1 else {"type": "results", "content_elements": s},
    ],
)
def test_arc_stories_are_read_a_document_each(tmp_path, shape):
    stories = [_story("A1", P1), _story("B2", P2)]
    (tmp_path / "in").mkdir()
    _w(tmp_path / "in" / "stories.json", json.dumps(shape(stories)))
    docs = _docs(tmp_path / "in")
    assert [(d.id, d.title) for d in docs] == [("A1", "H A1"), ("B2", "H B2")][: len(docs)]
    assert docs and docs[0].text == body(P1, 1)


def test_an_arc_storys_media_and_raw_html_are_left_out(tmp_path):
    elements = [
        {"type": "text", "content": "First <a href='/x'>line</a>."},
        {"type": "image", "url": "x.jpg", "caption": "Dawn"},
        {"type": "raw_html", "content": "<div class='ad'></div>"},
        {"type": "list", "items": [{"type": "text", "content": "item"}]},
        {"type": "quote", "content_elements": [{"type": "text", "content": "said"}]},
    ]
    path = _w(tmp_path / "s.json", json.dumps(_story("A1", P1, elements)))
    (doc,) = _docs(path)
    assert doc.text == "First line.\n\nitem\n\nsaid"
    empty = _w(tmp_path / "e.json", json.dumps(_story("E1", P1, [{"type": "image", "url": "x"}])))
    assert _skips(read_all(empty)) == ["arc story without text"]


def test_a_sanity_export_reads_its_posts_and_skips_the_rest(tmp_path):
    r25.build_sanity(tmp_path)
    items = read_all(tmp_path)
    docs = documents(items)
    assert [(d.id, d.title) for d in docs] == [("post-ferry", r25.T1), ("post-trees", r25.T6)]
    assert docs[0].text == f"{body(P1, 1)}\n\n{body(P3, 81)}"
    assert sorted(_skips(items)) == [
        "sanity asset",
        "sanity record without text",
        "sanity record without text",
    ]
    assert not quarantined(items)


def _ninjs(uri: str, headlines: list, bodies: list) -> dict:
    return {"uri": uri, "type": "text", "headlines": headlines, "bodies": bodies}


HTML_BODY = {"role": "main", "contenttype": "text/html", "value": f"<p>{P1}</p><p>{P2}</p>"}
PLAIN_BODY = {"role": "main", "contenttype": "text/plain", "value": P3}
HEADLINES = [{"role": "short", "value": "S"}, {"role": "main", "value": "Main"}]


@pytest.mark.parametrize(
    "items, expected",
    [
        (
            [_ninjs("u1", [{"role": "main", "value": "Ferry"}], [HTML_BODY])],
            [("u1", "Ferry", f"{P1}\n\n{P2}")],
        ),
        ([_ninjs("u2", HEADLINES, [PLAIN_BODY])], [("u2", "Main", P3)]),
        (_ninjs("u3", [{"value": "One"}], [{"value": P4}]), [("u3", "One", P4)]),
    ],
)
def test_ninjs2_items_are_read(tmp_path, items, expected):
    path = _w(tmp_path / "items.json", json.dumps(items))
    assert [(d.id, d.title, d.text) for d in _docs(path)] == expected


def test_a_ninjs2_item_of_no_body_is_skipped(tmp_path):
    item = {"uri": "p1", "type": "picture", "headlines": [{"value": "Dawn"}], "bodies": []}
    assert _skips(read_all(_w(tmp_path / "p.json", json.dumps([item])))) == [
        "ninjs item without a body"
    ]


@pytest.mark.parametrize(
    "header, title",
    [
        ("Name,Slug,Collection ID,Item ID,Post Body", "Ferry"),  # Webflow's CMS export
        ("Name,Collection ID,Item ID,Post Body", None),  # no slug: a name is no title
        ("name,user_id,text", None),  # a table of tweets: its author's name
    ],
)
def test_webflows_name_is_the_title(tmp_path, header, title):
    cells = {"Name": "Ferry", "name": "Ferry", "Slug": "ferry", "Collection ID": "c1"}
    cells |= {"Item ID": "i1", "user_id": "7", "Post Body": f"<p>{body(P5, 5)}</p>"}
    cells["text"] = body(P5, 5)
    rows = [
        ",".join(f'"{cells[h]}"'.replace("i1", f"i{k}") for h in header.split(",")) for k in (1, 2)
    ]
    docs = _docs(_w(tmp_path / "posts.csv", "\n".join([header, *rows]) + "\n"))
    assert [d.title for d in docs] == [title, title]


def test_round25_runs_balance(tmp_path):
    for item in r25.INPUTS:
        if item.name in (
            "thunderbird_mbox",
            "maildir",
            "proquest_txt",
            "har_file",
            "sanity_ndjson",
        ):
            item.build(tmp_path / "in" / item.name)
    report, _ = run_counted(tmp_path / "in", "--out", tmp_path / "out")
    counts = report["counts"]
    assert counts["kept"] + counts["removed"] == 10  # the HAR's library page is a mail's again
    assert report["counts"]["quarantined"] == 0
    assert report["skipped_records"] == {
        "har resource": 4,
        "sanity asset": 1,
        "sanity record without text": 2,
    }
