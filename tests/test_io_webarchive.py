"""Safari's `.webarchive` (a property list whose main resource is the page's HTML) read as a
`.html` page is (io.webarchive); it was passed over (newcomer round 24)."""

from __future__ import annotations

import plistlib

import pytest

from curate.io.html import read_html_file
from curate.io.webarchive import read_webarchive
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(2)
URL = "https://example.com/2024/03/museum"


def _page(charset: str = "utf-8") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>Musée opens</title></head><body>'
        "<nav>Home | News</nav><article><h1>Musée opens</h1>"
        f"<p>{TEXTS[0]}</p><p>{TEXTS[1]} Café.</p></article><footer>© Local</footer></body></html>"
    )


def _archive(data: bytes, charset: str | None = "UTF-8", mime: str = "text/html") -> bytes:
    main = {"WebResourceData": data, "WebResourceMIMEType": mime, "WebResourceURL": URL}
    if charset is not None:
        main["WebResourceTextEncodingName"] = charset
    picture = {"WebResourceData": b"\x89PNG", "WebResourceMIMEType": "image/png"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [picture]})


@pytest.mark.parametrize(
    "charset, named",
    [("utf-8", "UTF-8"), ("windows-1252", "windows-1252"), ("windows-1252", None)],
)
def test_a_saved_page_reads_as_the_same_html_page(tmp_path, charset, named):
    html = _page(charset).encode(charset)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Musée opens.webarchive").write_bytes(_archive(html, named))
    (tmp_path / "same.html").write_bytes(html)
    items = read_all(folder)
    [doc] = documents(items)
    page = read_html_file(tmp_path / "same.html", "same")
    assert doc.text == page.text and doc.title == page.title
    assert TEXTS[0] in doc.text and "Café" in doc.text and doc.source == URL
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 1


@pytest.mark.parametrize(
    "data, why",
    [
        (b"not a property list", "not a readable Safari web archive"),
        (_archive(b"<p>A page.</p>")[:60], "not a readable Safari web archive"),  # cut short
        (b'<?xml version="1.0"?><plist><dict><key>W</key>', "not a readable Safari web archive"),
        (plistlib.dumps({"WebSubresources": []}), "no HTML main resource"),
        (_archive(b"\x89PNG", mime="image/png"), "no HTML main resource"),
    ],
)
def test_a_file_of_no_saved_page_is_one_unreadable_record(tmp_path, data, why):
    path = tmp_path / "x.webarchive"
    path.write_bytes(data)
    item = read_webarchive(path, "x")
    assert item.kind == "unreadable" and why in item.error
    assert quarantined(read_all(path))
