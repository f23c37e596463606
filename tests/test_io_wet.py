"""Common Crawl WET files read a page a document (io.wet), under a WARC's name too: what the
file holds decides (`holds_conversions`)."""

from __future__ import annotations

import gzip

import pytest

from curate.io.readers import Document, Skipped, read_file
from curate.io.wet import holds_conversions
from tests.newcomer_runs import texts_of


def _record(kind: str, number: int, body: str, url: str | None = None) -> bytes:
    headers = {"WARC-Type": kind, "WARC-Record-ID": f"<urn:uuid:{number}>"}
    if url is not None:
        headers |= {"WARC-Target-URI": url, "WARC-Date": "2024-01-01T00:00:00Z"}
    headers["Content-Type"] = "text/plain" if kind == "conversion" else "application/http"
    block = body.encode("utf-8")
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (head + f"Content-Length: {len(block)}\r\n\r\n").encode() + block + b"\r\n\r\n"


def _wet(texts: list[str], info: bool = True) -> bytes:
    records = [_record("warcinfo", 0, "software: crawler\r\n")] if info else []
    records += [
        _record("conversion", n, text, f"https://news.example/{n}")
        for n, text in enumerate(texts, 1)
    ]
    return b"".join(records)


@pytest.mark.parametrize("name", ["crawl.warc.gz", "CC-MAIN-00000.warc", "part-0.warc.gz"])
@pytest.mark.parametrize("info", [True, False])
def test_a_wet_file_under_a_warc_name_is_read_a_page_each(tmp_path, name, info):
    # each page was a skipped `conversion` record: 0 documents
    texts = texts_of(3)
    data = _wet(texts, info)
    path = tmp_path / name
    if name.endswith(".gz"):  # a gzip member a record, as Common Crawl writes them
        path.write_bytes(b"".join(gzip.compress(r) for r in [data]))
    else:
        path.write_bytes(data)
    assert holds_conversions(path)
    docs = [item for item in read_file(path) if isinstance(item, Document)]
    assert [d.text for d in docs] == texts
    assert [d.source for d in docs] == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert {d.labels["crawled_at"] for d in docs} == {"2024-01-01T00:00:00Z"}


def test_a_warc_of_responses_keeps_its_conversions_skipped(tmp_path):
    # a response's page beside its conversion: the page is read from its HTML, not twice
    page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>x</p></body></html>"
    data = _record("warcinfo", 0, "x\r\n") + _record("response", 1, page, "https://a.example/")
    data += _record("conversion", 2, texts_of(1)[0], "https://a.example/")
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    assert not holds_conversions(path)
    assert "conversion" in [i.kind for i in read_file(path) if isinstance(i, Skipped)]


def test_no_warc_at_all_is_no_wet(tmp_path):
    path = tmp_path / "x.warc.gz"
    path.write_bytes(b"not gzip at all")
    assert not holds_conversions(path)
