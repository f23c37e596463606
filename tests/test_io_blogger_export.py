"""A Blogger export's `feed.atom` (io.feeds): newcomer round 22. Its settings and template are
entries of the feed, and each was read as a document beside the posts (3 read for 2 posts)."""

from __future__ import annotations

import pytest

from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, texts_of

A, B, C = texts_of(3)
KIND = "http://schemas.google.com/g/2005#kind"


def _entry(kind: str, title: str, text: str) -> str:
    term = f"http://schemas.google.com/blogger/2008/kind#{kind}"
    return (
        f"<entry><id>tag:blogger.com,1999:blog-1.{kind}-{title}</id>"
        f"<category scheme='{KIND}' term='{term}'/><title>{title}</title>"
        f"<content type='html'>&lt;p&gt;{text}&lt;/p&gt;</content></entry>"
    )


def _export(*entries: str) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<id>tag:blogger.com,1999:blog-1</id><title>Town blog</title>{''.join(entries)}</feed>"
    )


@pytest.mark.parametrize("name", ["feed.atom", "blog-01-01-2024.xml", "Takeout/feed.atom"])
def test_settings_and_template_are_skipped_posts_and_comments_read(tmp_path, name):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        _export(
            _entry("settings", "BLOG_NAME", "Town blog"),
            _entry("settings", "BLOG_DESCRIPTION", "News of the town"),
            _entry("template", "TEMPLATE", "&lt;html&gt;&lt;b:skin/&gt;"),
            _entry("post", "Storm", A),
            _entry("post", "Budget", B),
            _entry("comment", "Re: Storm", C),
        ),
        encoding="utf-8",
    )
    items = read_all(tmp_path)
    assert not quarantined(items)
    assert [d.title for d in documents(items)] == ["Storm", "Budget", "Re: Storm"]
    assert [i.kind for i in items if isinstance(i, Skipped)] == ["blog settings entry"] * 3


def test_an_entry_of_another_scheme_named_settings_is_read(tmp_path):
    entry = _entry("post", "Settings", A).replace(KIND, "https://example.org/tags")
    (tmp_path / "feed.atom").write_text(_export(entry.replace("kind#post", "kind#settings")))
    assert [d.text for d in documents(read_all(tmp_path))] == [f"<p>{A}</p>"]
