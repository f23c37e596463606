"""`page_decode.decode_page` against `trafilatura.utils.decode_file`: the same text from the
same bytes (the fast extractor's published text depends on it), and trafilatura left unimported
where the answer is certain."""

from __future__ import annotations

import gzip
import subprocess
import sys
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from trafilatura.utils import decode_file

from curate.io import page_decode
from curate.io.page_decode import decode_page
from curate.synth_warc import EVAL_DIR, eval_pages

PAGE = (
    "<!DOCTYPE html><html><head><title>Zürich – café</title></head><body>"
    "<p>Le président a déclaré « non » à Noël. Straße, Łódź, Ærøskøbing.</p>"
    + "<p>Une phrase de plus pour que la détection ait de quoi lire.</p>" * 12
    + "</body></html>"
)
RUSSIAN = (
    "<html><head><title>Новости</title></head><body><p>"
    + "Президент заявил, что переговоры продолжатся на следующей неделе. " * 8
    + "</p></body></html>"
)
JAPANESE = "<html><body><p>" + "東京都は新しい予算案を発表しました。" * 10 + "</p></body></html>"


def cases() -> list[bytes]:
    found = [
        PAGE.encode("utf-8"),
        b"\xef\xbb\xbf" + PAGE.encode("utf-8"),  # a byte order mark first
        b"\n\n  \t" + PAGE.encode("utf-8"),
        b"\r\n" + PAGE.encode("cp1252", "replace"),
        PAGE.encode("cp1252", "replace"),
        PAGE.encode("latin-1", "replace"),
        RUSSIAN.encode("cp1251"),
        RUSSIAN.encode("koi8-r"),
        b" " + RUSSIAN.encode("cp1251"),
        JAPANESE.encode("shift_jis"),
        JAPANESE.encode("euc-jp"),
        (JAPANESE * 40).encode("shift_jis"),  # over 10,000 bytes: head and tail sampled
        PAGE.encode("utf-8")[:-3] + b"\xe2\x80",  # UTF-8 cut inside a character
        b"<p>caf\xe9</p>",  # short, one Latin-1 byte
        b"<" + bytes(range(256)),  # no encoding fits well
        b"<\x80\x81\xfe\xff",
        gzip.compress(PAGE.encode("utf-8"), mtime=0),  # compressed: trafilatura decompresses
        gzip.compress(b"<p>a</p>", mtime=0) + gzip.compress(b"<p>b</p>", mtime=0),
        zlib.compress(PAGE.encode("utf-8")),
        b"\x28\xb5\x2f\xfd" + PAGE.encode("utf-8"),  # a zstd magic number, not zstd
        b"",
        b"\t",
        b"plain text, no markup",
    ]
    try:
        import brotli

        found.append(brotli.compress(PAGE.encode("utf-8")))
    except ImportError:
        pass
    return found


@pytest.mark.parametrize("data", cases())
def test_decodes_as_trafilatura_does(data):
    assert decode_page(data) == decode_file(data)


@given(
    st.sampled_from([b"<", b"\n", b" ", b"\t", b"\r\n", b"\xef\xbb\xbf", b""]),
    st.binary(max_size=400),
)
def test_any_bytes_decode_as_trafilatura_does(lead, data):
    assert decode_page(lead + data) == decode_file(lead + data)


@given(st.text(max_size=300), st.sampled_from(["utf-8", "cp1252", "latin-1", "cp1251", "gb18030"]))
def test_any_text_in_any_encoding_decodes_as_trafilatura_does(text, encoding):
    data = ("<p>" + text + "</p>").encode(encoding, "replace")
    assert decode_page(data) == decode_file(data)


def test_evaluation_pages_decode_as_trafilatura_does():
    if not (EVAL_DIR / "aeb").is_dir():
        pytest.skip("../shared/eval is not here")
    legacy = 0
    for _, body in eval_pages():
        assert decode_page(body) == decode_file(body)
        legacy += not body.isascii() and _not_utf8(body)
    assert legacy >= 10  # pages in legacy encodings were among them


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def test_a_guess_that_fails_is_left_to_trafilatura(monkeypatch):
    data = RUSSIAN.encode("cp1251")
    monkeypatch.setattr(page_decode, "_guesses", lambda _: ["ascii", "cp1251"])
    assert decode_page(data) == decode_file(data)


def test_trafilatura_is_not_imported_for_plain_and_legacy_pages():
    pages = [
        PAGE.encode("utf-8"),
        b"\n" + PAGE.encode("utf-8"),
        b"\xef\xbb\xbf" + PAGE.encode("utf-8"),
        PAGE.encode("cp1252", "replace"),
        RUSSIAN.encode("cp1251"),
    ]
    code = (
        "import sys\n"
        "from curate.io.fast_html import extract_page_fast\n"
        f"for page in {pages!r}:\n"
        "    assert isinstance(extract_page_fast(page, 'page.html'), tuple)\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'trafilatura'))\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
