from pathlib import Path

import pytest

from curate.io.feeds import is_feed, read_feed
from curate.io.readers import Document, Quarantined

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://example.com</link>
<item><title>Budget passes</title><link>https://example.com/a</link>
<guid isPermaLink="false">ex-1</guid><description>Short teaser.</description>
<content:encoded><![CDATA[<p>The council approved the budget.</p><p>Roads come next.</p>]]>
</content:encoded></item>
<item><title>Flood</title><link>https://example.com/b</link>
<description>&lt;p&gt;The river rose overnight.&lt;/p&gt;</description></item>
<item><title>Photo only</title><link>https://example.com/c</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Post</title><id>tag:example.com,2024:1</id>
<link rel="alternate" href="https://example.com/post"/>
<summary>Plain summary text of the post.</summary></entry>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<item rdf:about="https://example.com/x"><title>Old</title><link>https://example.com/x</link>
<description>An RSS 1.0 item.</description></item></rdf:RDF>"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rss_items_are_documents_with_their_content_title_link_and_guid(tmp_path):
    path = _write(tmp_path, "news.xml", RSS)
    items = list(read_feed(path, "news"))
    docs = [i for i in items if isinstance(i, Document)]
    assert [(d.id, d.title, d.source) for d in docs] == [
        ("ex-1", "Budget passes", "https://example.com/a"),
        ("https://example.com/b", "Flood", "https://example.com/b"),
    ]
    assert docs[0].text.startswith("<p>The council approved the budget.</p>")  # markup strips
    assert "Short teaser" not in docs[0].text  # the full content wins over the teaser
    assert docs[1].text == "<p>The river rose overnight.</p>"  # unescaped once, as XML says
    [missing] = [i for i in items if isinstance(i, Quarantined)]
    assert (missing.kind, missing.line, missing.id) == ("missing_field", 3, "https://example.com/c")


def test_atom_and_rss_1_feeds(tmp_path):
    [entry] = list(read_feed(_write(tmp_path, "blog.atom", ATOM), "blog"))
    assert (entry.id, entry.source) == ("tag:example.com,2024:1", "https://example.com/post")
    assert entry.text == "Plain summary text of the post."
    [item] = list(read_feed(_write(tmp_path, "old.rss", RDF), "old"))
    assert (item.id, item.text) == ("https://example.com/x", "An RSS 1.0 item.")


def test_a_feed_that_is_no_xml_is_one_record_with_its_line(tmp_path):
    path = _write(tmp_path, "cut.rss", RSS[: len(RSS) // 2])
    [item] = list(read_feed(path, "cut"))
    assert isinstance(item, Quarantined) and item.kind == "malformed_xml" and item.line


@pytest.mark.parametrize(
    "name, text, feed",
    [
        ("a.xml", RSS, True),
        ("a.atom", ATOM, True),
        ("a.xml", '<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', False),
        ("a.xml", "<config><feed>no</feed></config>", False),  # not the root
        (
            "a.xml",
            '<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<!-- c -->\n<rss>',
            True,
        ),
        ("a.txt", RSS, True),  # `curl .../rss > a.txt`: its items (newcomer round 22)
        ("a.csv", RSS, False),  # a kind of its own: io.other_kinds's
    ],
)
def test_is_feed(tmp_path, name, text, feed):
    assert is_feed(_write(tmp_path, name, text)) is feed


def test_is_feed_of_a_missing_file_is_false():
    assert not is_feed(Path("/nonexistent/a.xml"))


def test_a_feed_of_no_items_says_so(tmp_path):
    [item] = list(read_feed(_write(tmp_path, "a.rss", "<rss><channel></channel></rss>"), "a"))
    assert isinstance(item, Quarantined) and item.kind == "empty"


# newcomer round 21: a feed kept compressed (`news.rss.gz`) was ONE document of its XML, and
# RSS 1.0 saved as `.rdf` was passed over
@pytest.mark.parametrize("name", ["news.rss.gz", "news.xml.bz2", "news.atom.xz", "news.rdf"])
def test_a_compressed_or_rdf_feed_is_read(tmp_path, name):
    import bz2
    import gzip
    import lzma

    from curate.io.readers import read_inputs

    page = (ATOM if "atom" in name else RDF if "rdf" in name else RSS).encode()
    pack = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}
    path = tmp_path / name
    path.write_bytes(pack.get(path.suffix, bytes)(page))
    items = list(read_inputs([tmp_path]))
    docs = [i for i in items if isinstance(i, Document)]
    expected = {"atom": ["Post"], "rdf": ["Old"]}.get(
        name.split(".")[1], ["Budget passes", "Flood"]
    )
    assert [d.title for d in docs] == expected
    lines = [i.line for i in items if isinstance(i, Quarantined)]
    assert lines == ([3] if len(expected) == 2 else [])  # RSS's item of no text, by its number
