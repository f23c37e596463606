"""News and publishing APIs' responses saved as `.json`: an article a document, read without
`--text-field` (io.text_aliases' `bodyText` and `lead_paragraph`, io.nested_text's forms of a
known text field, io.truncation_marks). Each was passed over advising `--text-field`, or read
with NewsAPI's `… [+2113 chars]` in the text (newcomer round 24)."""

from __future__ import annotations

import json

import pytest

from curate.io.truncation_marks import without_truncation_mark
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(2)


def _guardian(texts):
    results = [
        {
            "id": f"uk/{k}",
            "webTitle": f"Story {k}",
            "fields": {"trailText": "Short.", "bodyText": t},
        }
        for k, t in enumerate(texts)
    ]
    return {"response": {"status": "ok", "total": len(texts), "results": results}}


def _nyt(texts):
    docs = [
        {"abstract": t, "snippet": t, "lead_paragraph": t, "headline": {"main": f"Story {k}"}}
        for k, t in enumerate(texts)
    ]
    return {"status": "OK", "response": {"docs": docs, "meta": {"hits": len(texts)}}}


def _wordpress(texts):
    return [
        {
            "id": k,
            "title": {"rendered": f"Story {k} &#8211; it&#8217;s out"},
            "content": {"rendered": f"<p>{t}</p>\n", "protected": False},
            "excerpt": {"rendered": "<p>Short [&hellip;]</p>", "protected": False},
        }
        for k, t in enumerate(texts)
    ]


def _drupal(texts):
    data = [
        {
            "type": "node--article",
            "id": f"uuid-{k}",
            "attributes": {
                "title": f"Story {k}",
                "body": {"value": f"<p>{t}</p>", "processed": f"<p>{t}</p>", "summary": ""},
            },
        }
        for k, t in enumerate(texts)
    ]
    return {"jsonapi": {"version": "1.0"}, "data": data}


def _feedly(texts):
    items = [
        {
            "id": f"e{k}",
            "title": f"Story {k}",
            "origin": {"title": "Local Weekly"},
            "content": {"direction": "ltr", "content": f"<p>{t}</p>"},
            "summary": {"direction": "ltr", "content": "A short summary of it."},
        }
        for k, t in enumerate(texts)
    ]
    return {"id": "user/1/tag/global.saved", "items": items}


RESPONSES = {
    "guardian": _guardian,
    "nyt": _nyt,
    "wordpress": _wordpress,
    "drupal": _drupal,
    "feedly": _feedly,
}


@pytest.mark.parametrize("kind", sorted(RESPONSES))
def test_an_api_response_is_read_an_article_a_document(tmp_path, kind):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "response.json").write_text(json.dumps(RESPONSES[kind](TEXTS)), encoding="utf-8")
    items = read_all(folder)
    assert not quarantined(items)
    assert [
        " ".join(d.text.replace("<p>", " ").replace("</p>", " ").split()) for d in documents(items)
    ] == TEXTS
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == report["counts"]["kept"] == 2
    rows = (tmp_path / "out" / "jsonl").glob("*.jsonl")
    kept = [json.loads(line)["text"] for path in rows for line in path.open(encoding="utf-8")]
    assert sorted(kept) == sorted(TEXTS)  # the HTML of `rendered` / `value` off after the run


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The ferry timetable was approved after… [+2113 chars]",
            "The ferry timetable was approved after",
        ),
        (
            "The ferry timetable was approved after... [+12 chars]",
            "The ferry timetable was approved after...",
        ),
        ("The ferry timetable [+2113 chars]", "The ferry timetable"),
        # no mark at its end, or nothing but the mark: the text as it is
        ("The [+5 chars] note stays in the middle.", "The [+5 chars] note stays in the middle."),
        ("[+2113 chars]", "[+2113 chars]"),
        ("A sentence that ends in chars]", "A sentence that ends in chars]"),
    ],
)
def test_newsapis_truncation_mark_leaves_the_text(text, expected):
    assert without_truncation_mark(text) == expected


def test_a_saved_newsapi_response_reads_its_articles_without_the_mark(tmp_path):
    articles = [
        {"source": {"name": "Local"}, "title": f"Story {k}", "content": f"{t}… [+{k + 900} chars]"}
        for k, t in enumerate(TEXTS)
    ]
    path = tmp_path / "top-headlines.json"
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": articles}))
    docs = documents(read_all(path))
    assert [d.text for d in docs] == TEXTS
    assert [d.title for d in docs] == ["Story 0", "Story 1"]


def test_the_guardians_web_title_is_the_title(tmp_path):
    path = tmp_path / "search.json"
    path.write_text(json.dumps(_guardian(TEXTS)))
    assert [d.title for d in documents(read_all(path))] == ["Story 0", "Story 1"]


def test_a_title_in_the_forms_the_text_is_in_is_the_form_the_text_is_read_in(tmp_path):
    # the kind: `title.rendered` beside `content.rendered` (WordPress's REST API), its HTML
    # entities read; a title object of other forms is no title (no guess between two)
    path = tmp_path / "posts.json"
    path.write_text(json.dumps(_wordpress(TEXTS)), encoding="utf-8")
    assert [d.title for d in documents(read_all(path))] == [
        "Story 0 \u2013 it\u2019s out",
        "Story 1 \u2013 it\u2019s out",
    ]
    rows = [
        {"title": {"raw": "A", "html": "B"}, "content": {"rendered": f"<p>{t}</p>"}} for t in TEXTS
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert [d.title for d in documents(read_all(path))] == [None, None]
