"""WARC and ARC input: every record accounted for, pages read as the `.html` reader reads them,
damage quarantined with its byte offset, and the reader's filters counted by rule."""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curate.document import CAPTIONED_LINES, HEADED_LINES, LINKED_LINES, Document
from curate.io.html import read_html_file
from curate.io.readers import Quarantined, Skipped, read_file, read_inputs
from curate.io.settings import ReaderSettings, ReaderSettingsError, _in_domains
from curate.io.warc import CRAWLED_AT
from curate.synth_warc import pages, write_arc, write_warc

PAGES = 6  # half from each benchmark of ../shared/eval (or the seeds): a few, to stay fast


@pytest.fixture(scope="module")
def page_list():
    return pages(PAGES)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory, page_list):
    folder = tmp_path_factory.mktemp("crawl")
    manifest = write_warc(folder / "crawl.warc.gz", page_list)
    items = list(read_file(manifest.path))
    return manifest, items


def _split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, Document)]
    quarantined = [i for i in items if isinstance(i, Quarantined)]
    skipped = Counter(i.kind for i in items if isinstance(i, Skipped))
    return docs, quarantined, skipped


def test_every_record_is_accounted_for(crawl):
    manifest, items = crawl
    docs, quarantined, skipped = _split(crawl[1])
    assert len(items) == manifest.records
    assert skipped == manifest.skipped
    damaged = [q for q in quarantined if q.kind in ("warc_record", "truncated")]
    assert len(damaged) == manifest.quarantined == 2
    pages_out = len(docs) + len([q for q in quarantined if q.kind == "html_extraction"])
    assert pages_out == len(manifest.pages)
    assert len(docs) >= len(manifest.pages) - 1  # the eval pages all have article text


def test_page_text_equals_the_html_readers(crawl, tmp_path):
    manifest, items = crawl
    docs = {d.id: d for d in items if isinstance(d, Document)}
    for record_id, url, body in manifest.pages:
        doc = docs[record_id.strip("<>")]
        page = tmp_path / "page.html"
        page.write_bytes(body)
        alone = read_html_file(page)
        assert (doc.text, doc.title) == (alone.text, alone.title), url
        # the labels the cleaning stages read (links, captions, headings) too: a page cleans the
        # same from a crawl as from a file
        for label in (LINKED_LINES, CAPTIONED_LINES, HEADED_LINES):
            assert doc.labels.get(label) == alone.labels.get(label), (url, label)
        assert doc.source == url
        assert doc.labels[CRAWLED_AT].startswith("2024-05-01T12:00:")


def test_a_legacy_charset_page_is_decoded(crawl):
    docs = [d for d in crawl[1] if isinstance(d, Document)]
    legacy = next(d for d in docs if d.source.startswith("https://www.legacy.example/"))
    # its headline is its title (the text gives it once, io.title_repeats)
    assert legacy.title.startswith("Le café du port rouvre après l’été")
    assert "le café du port, fermé depuis l’été" in legacy.text
    assert "\ufffd" not in legacy.text + legacy.title


def test_damage_is_quarantined_with_file_and_offset(crawl):
    manifest, items = crawl
    data = manifest.path.read_bytes()
    damaged = [i for i in items if isinstance(i, Quarantined) and i.offset is not None]
    kinds = sorted(q.kind for q in damaged if q.kind != "html_extraction")
    assert kinds == ["truncated", "warc_record"]
    for item in damaged:
        row = item.to_dict()
        assert row["file"] == str(manifest.path) and row["offset"] == item.offset
        assert data[item.offset : item.offset + 3] == b"\x1f\x8b\x08"  # a member starts there
    truncated = next(q for q in damaged if q.kind == "truncated")
    assert truncated.offset > max(q.offset for q in damaged if q.kind == "warc_record")


def test_a_record_cut_in_its_header_is_quarantined(tmp_path, page_list):
    manifest = write_warc(tmp_path / "whole.warc.gz", page_list[:2], damage=False)
    data = manifest.path.read_bytes()
    last = data.rfind(b"\x1f\x8b\x08")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: last + 12])  # only the gzip header of the last member is left
    items = list(read_file(cut))
    assert len(items) == manifest.records
    assert [(q.kind, q.offset) for q in items if isinstance(q, Quarantined)] == [
        ("truncated", last)
    ]


def test_an_uncompressed_warc_reads_the_same_pages(tmp_path, page_list, crawl):
    manifest = write_warc(tmp_path / "plain.warc", page_list)
    docs, quarantined, skipped = _split(read_file(manifest.path))
    assert skipped == manifest.skipped and not [
        q for q in quarantined if q.kind != "html_extraction"
    ]
    compressed = {d.id: d.text for d in crawl[1] if isinstance(d, Document)}
    assert {d.id: d.text for d in docs} == compressed


def test_a_bad_header_in_a_plain_warc_loses_only_that_record(tmp_path, page_list):
    manifest = write_warc(tmp_path / "plain.warc", page_list[:3])
    data = manifest.path.read_bytes()
    second = data.index(b"WARC/1.0", 1)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:second] + b"WARX" + data[second + 4 :])
    items = list(read_file(broken))
    bad = [q for q in items if isinstance(q, Quarantined) and q.kind == "warc_record"]
    assert [q.offset for q in bad] == [second]
    assert len(items) == manifest.records


def test_arc_files_are_read_with_stable_ids(tmp_path, page_list):
    manifest = write_arc(tmp_path / "old.arc.gz", page_list[:3])
    first = list(read_file(manifest.path))
    docs, _, skipped = _split(first)
    assert len(docs) == 3 and skipped == Counter({"warcinfo": 1})
    assert [d.id for d in docs] == [d.id for d in _split(read_file(manifest.path))[0]]
    assert [d.source for d in docs] == [url for _, url, _ in manifest.pages]


def test_reader_filters_count_what_they_drop_by_rule(crawl):
    manifest, _ = crawl
    hosts = sorted({url.split("/")[2] for _, url, _ in manifest.pages})
    keep = hosts[0].removeprefix("www.")
    reader = {"domains": [keep, "legacy.example"], "languages": ["en", "de"]}
    docs, _, skipped = _split(read_file(manifest.path, reader=reader))
    assert {d.source.split("/")[2].removeprefix("www.") for d in docs} <= {keep}
    assert skipped["filter/languages"] == 1  # the legacy page is <html lang='fr'>
    filtered = skipped["filter/domains"]
    # every HTML response of another site is dropped before its body is read, and nothing else
    others = sum(1 for _, url, _ in manifest.pages if keep not in url.split("/")[2])
    extras = 4  # the image, the PDF, the redirect and the 404 are on extras.example
    # the record cut short is a copy of the first page: dropped by its URL before it is read
    truncated = keep not in manifest.pages[0][1].split("/")[2]
    assert filtered == others - 1 + extras + truncated  # the legacy page: dropped by language


def test_url_patterns_keep_and_drop(crawl):
    manifest, _ = crawl
    reader = {"url_pattern": r"^https://", "exclude_url_pattern": r"legacy\.example"}
    docs, _, skipped = _split(read_file(manifest.path, reader=reader))
    assert skipped["filter/exclude_url_pattern"] == 1
    assert not any("legacy.example" in d.source for d in docs)
    reader = {"url_pattern": r"/fr/"}
    docs, _, skipped = _split(read_file(manifest.path, reader=reader))
    assert [d.source for d in docs] == ["https://www.legacy.example/fr/cafe-du-port"]
    assert skipped["filter/url_pattern"] >= len(manifest.pages) - 1


@pytest.mark.parametrize(
    ("host", "domains", "inside"),
    [
        ("www.reuters.com", {"reuters.com"}, True),
        ("reuters.com", {"reuters.com"}, True),
        ("notreuters.com", {"reuters.com"}, False),
        ("www.bbc.co.uk", {"bbc.co.uk"}, True),
        ("bbc.co.uk.evil.example", {"bbc.co.uk"}, False),
        ("", {"reuters.com"}, False),
    ],
)
def test_domains_match_by_suffix_of_whole_labels(host, domains, inside):
    assert _in_domains(host, frozenset(domains)) is inside


def test_a_domains_file_is_read_with_comments(tmp_path):
    listing = tmp_path / "news.txt"
    listing.write_text("# wires\nReuters.com  # with a comment\n\napnews.com.\n", encoding="utf-8")
    settings = ReaderSettings.from_section({"domains_file": str(listing)})
    assert settings.domain_list() == ("reuters.com", "apnews.com")
    page_filter = settings.page_filter()
    assert page_filter.url_rule("https://www.apnews.com/article/x") is None
    assert page_filter.url_rule("https://example.com/") == "domains"


@pytest.mark.parametrize(
    ("section", "named"),
    [
        ({"domian": ["a.com"]}, "domian"),
        ({"extractor": "boilerpipe"}, "extractor"),
        ({"domains": "a.com"}, "domains"),
        ({"url_pattern": "("}, "url_pattern"),
        ({"domains_file": "/nonexistent/domains.txt"}, "domains_file"),
    ],
)
def test_bad_reader_settings_name_the_key(section, named):
    with pytest.raises(ReaderSettingsError, match=named):
        ReaderSettings.from_section(section)


def test_html_lang_is_read_from_the_page_start():
    page_filter = ReaderSettings.from_section({"languages": ["en"]}).page_filter()
    assert page_filter.page_rule(b"<!doctype html><html lang='en-GB'><p>x") is None
    assert page_filter.page_rule(b'<html class="a" lang="de"><p>x') == "languages"
    assert page_filter.page_rule(b'<html data-lang="de"><p>x') is None  # no lang: kept
    assert page_filter.page_rule(b"<p>no html element") is None


def test_read_inputs_numbers_documents_only(crawl):
    manifest, _ = crawl
    items = list(read_inputs([manifest.path]))
    numbered = [i.seq for i in items if not isinstance(i, Skipped)]
    assert numbered == list(range(len(numbered)))


def test_resiliparse_extractor_reads_the_same_records(crawl, tmp_path):
    manifest, items = crawl
    fast = list(read_file(manifest.path, reader={"extractor": "resiliparse"}))
    docs, _, skipped = _split(fast)
    assert skipped == manifest.skipped
    slow = {d.id: d for d in items if isinstance(d, Document)}
    assert {d.id for d in docs} >= set(slow) - {None}
    legacy = next(d for d in docs if d.source.startswith("https://www.legacy.example/"))
    assert "Le café du port rouvre" in legacy.text and legacy.title == "Le café du port"
    by_id = {d.id: d for d in docs}
    for record_id, _, body in manifest.pages:  # the .html reader's text, with the same setting
        page = tmp_path / "page.html"
        page.write_bytes(body)
        alone = read_html_file(page, extractor="resiliparse")
        assert by_id[record_id.strip("<>")].text == alone.text


def test_synthetic_files_are_byte_identical(tmp_path, page_list):
    one = write_warc(tmp_path / "one" / "crawl.warc.gz", page_list)
    two = write_warc(tmp_path / "two" / "crawl.warc.gz", page_list)
    assert Path(one.path).read_bytes() == Path(two.path).read_bytes()


def test_bytes_after_the_last_member_are_quarantined_at_their_offset(tmp_path, page_list):
    manifest = write_warc(tmp_path / "clean.warc.gz", page_list[:2], damage=False)
    clean = list(read_file(manifest.path))
    assert not [q for q in clean if isinstance(q, Quarantined)]
    size = manifest.path.stat().st_size
    with open(manifest.path, "ab") as handle:
        handle.write(b"not a gzip member, a download's error page\n")
    items = list(read_file(manifest.path))
    assert [(q.kind, q.offset) for q in items if isinstance(q, Quarantined)] == [
        ("warc_record", size)  # FastWARC finds no gzip member there
    ]
    assert len(items) == len(clean) + 1


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    junk=st.binary(max_size=300),
    cut=st.integers(min_value=0, max_value=4000),
    compressed=st.booleans(),
)
def test_damaged_archives_never_stop_the_reader(tmp_path, junk, cut, compressed):
    """Any cut and any garbage: every item is a document, a count or a quarantine row."""
    name = "x.warc.gz" if compressed else "x.warc"
    record = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n" + b"x" * 40
    data = (gzip.compress(record, mtime=0) if compressed else record + b"\r\n\r\n") * 3
    path = tmp_path / name
    path.write_bytes(data[:cut] + junk + data[cut:])
    items = list(read_file(path))
    assert all(isinstance(i, (Document, Quarantined, Skipped)) for i in items)
    assert all(
        q.offset is None or 0 <= q.offset <= path.stat().st_size
        for q in items
        if isinstance(q, Quarantined)
    )


def test_an_html_resource_record_is_a_page_and_others_are_counted(tmp_path, page_list):
    # warcit (files archived with no HTTP exchange) writes each page as a `resource` record:
    # every page was counted as `resource` and none read
    from curate.synth_warc import record_id, warc_record

    url, body = page_list[0]
    date = "2024-05-01T12:00:00Z"
    html, png = "text/html; charset=utf-8", "image/png"
    records = [
        warc_record("resource", url, body, record_id("r", url), date, Content_Type=html),
        warc_record("resource", url + ".png", b"PNG", record_id("p", url), date, Content_Type=png),
    ]
    path = tmp_path / "files.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    docs, quarantined, skipped = _split(read_file(path))
    page = tmp_path / "page.html"
    page.write_bytes(body)
    assert [(d.id, d.source) for d in docs] == [(record_id("r", url).strip("<>"), url)]
    assert docs[0].text == read_html_file(page).text
    assert quarantined == [] and skipped == Counter({"resource": 1})
