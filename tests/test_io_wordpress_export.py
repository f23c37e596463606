"""A WordPress export (WXR) read a post a document, its site's other records and its trash
skipped by kind (io.wordpress_export): newcomer round 23. A menu entry and a picture were
quarantined, the theme's CSS and a trashed post kept as documents."""

from __future__ import annotations

import pytest

from curate.io.readers import Skipped
from curate.io.wordpress_export import IN_TRASH, NOT_A_POST
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B, C, D = texts_of(4)


def _item(k: int, body: str, post_type: str, status: str) -> str:
    return (
        f"<item><title>Post {k}</title><link>https://blog.example/?p={k}</link>"
        f'<guid isPermaLink="false">https://blog.example/?p={k}</guid><description></description>'
        f"<content:encoded><![CDATA[{body}]]></content:encoded>"
        f"<wp:post_id>{k}</wp:post_id><wp:status><![CDATA[{status}]]></wp:status>"
        f"<wp:post_type><![CDATA[{post_type}]]></wp:post_type></item>"
    )


def _wxr(items: list[str], version: str = "1.2") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        f'xmlns:wp="http://wordpress.org/export/{version}/"><channel><title>Town</title>'
        f"<wp:wxr_version>{version}</wp:wxr_version>{''.join(items)}</channel></rss>"
    )


READ = [
    _item(1, f"<!-- wp:paragraph --><p>{A}</p><!-- /wp:paragraph -->", "post", "publish"),
    _item(2, f"<p>{B}</p>", "post", "draft"),
    _item(3, C, "page", "private"),
    _item(4, f"<p>{D}</p>", "event", "publish"),  # a plugin's type
]
SKIPPED = {
    _item(5, "", "attachment", "inherit"): NOT_A_POST,
    _item(6, "", "nav_menu_item", "publish"): NOT_A_POST,
    _item(7, "body { color: red }", "custom_css", "publish"): NOT_A_POST,
    _item(8, f"<p>{A} (old)</p>", "post", "trash"): IN_TRASH,
    _item(9, "", "post", "auto-draft"): IN_TRASH,
    _item(10, "{}", "wp_global_styles", "publish"): NOT_A_POST,
}


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_posts_are_read_and_the_sites_other_records_skipped(tmp_path, version):
    skipped = list(SKIPPED)
    items = [READ[0], *skipped[:3], READ[1], READ[2], *skipped[3:], READ[3]]
    (tmp_path / "town.WordPress.2024-01-02.xml").write_text(_wxr(items, version))
    read = read_all(tmp_path)
    assert not quarantined(read)
    texts = [d.text for d in documents(read)]
    assert len(texts) == len(READ)
    assert all(t in text for t, text in zip((A, B, C, D), texts, strict=True))
    kinds = [i.kind for i in read if isinstance(i, Skipped)]
    assert sorted(kinds) == sorted(SKIPPED.values())


def test_an_rss_feeds_items_are_all_read(tmp_path):
    # no `wp:post_type`: a feed's item, read as before
    items = "".join(
        f"<item><title>{k}</title><description>{t}</description></item>"
        for k, t in enumerate((A, B))
    )
    (tmp_path / "news.rss").write_text(f'<rss version="2.0"><channel>{items}</channel></rss>')
    assert [d.text for d in documents(read_all(tmp_path))] == [A, B]


def test_curate_run_counts_the_skipped_records(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "site.xml").write_text(_wxr([*READ, *SKIPPED]))
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    assert counts.get("quarantined", 0) == 0
    assert counts["skipped"] == len(SKIPPED)
    assert counts["kept"] + counts["removed"] == len(READ)
