"""schema.org JSON-LD saved from a page (`article.jsonld`) read as `.json` is: a
`NewsArticle`'s `articleBody` a document, `headline` its title, an `@graph` of them an item a
document; it was passed over (newcomer round 24)."""

from __future__ import annotations

import gzip
import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(2)


def _article(k: int) -> dict:
    return {
        "@type": "NewsArticle",
        "headline": f"Story {k}",
        "datePublished": "2024-03-04",
        "articleBody": TEXTS[k],
    }


@pytest.mark.parametrize(
    "value, expected",
    [
        ({"@context": "https://schema.org", **_article(0)}, TEXTS[:1]),
        ([_article(0), _article(1)], TEXTS),
        (
            {
                "@context": "https://schema.org",
                "@graph": [{"@type": "WebSite", "name": "Local"}, _article(0), _article(1)],
            },
            TEXTS,
        ),
    ],
)
@pytest.mark.parametrize("name", ["article.jsonld", "article.jsonld.gz"])
def test_json_ld_articles_are_read(tmp_path, value, expected, name):
    folder = tmp_path / "in"
    folder.mkdir()
    data = json.dumps(value).encode()
    (folder / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    items = read_all(folder)
    assert [d.text for d in documents(items)] == expected
    assert [d.title for d in documents(items)] == [f"Story {k}" for k in range(len(expected))]
    assert not quarantined(items)


def test_a_run_reads_a_folder_of_json_ld(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(2):
        (folder / f"{k}.jsonld").write_text(json.dumps(_article(k)))
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 2
