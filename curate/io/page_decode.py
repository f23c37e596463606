"""A page's bytes as text, exactly as trafilatura's `decode_file` gives them, without importing
trafilatura for it.

The fast extractor decodes a page as the trafilatura reader does, so that both extractors see
the same characters. Importing trafilatura for that one function cost 0.13 s of CPU a run
(courlan, htmldate, its settings: 3% of the bench's 500-page web run). `decode_file` first tries
to decompress the bytes (gzip and zstd by their magic numbers, else brotli, then zlib), then
decodes them as UTF-8, else as the encodings charset detection guesses. `decode_page` gives its
answer itself where that answer is certain, and asks trafilatura for the rest:

- No compressed stream it tries opens with `<`, ASCII whitespace or a UTF-8 byte order mark,
  the way pages open: gzip (1f 8b) and zstd (28 b5 2f fd) have other magic numbers, and a
  zlib stream's first byte has 8 in its low four bits (`<` is 3c, a space 20, a BOM ef). A
  brotli stream has no magic number: one whose first byte is `<` (3c) declares a metadata
  block with its reserved bit set, which the decoder rejects at once; for the other first
  bytes the same brotli call trafilatura makes is made here (it fails within 64 bytes on
  every evaluation page), and a page it does not reject goes to trafilatura.
- UTF-8 bytes are decoded so (nine pages in ten of the evaluation's).
- Other bytes: charset_normalizer's guesses, asked as trafilatura asks (the first and last
  5,000 bytes, the whole when that finds nothing), and the first guess is taken when the bytes
  decode in it. When it does not, or when cchardet is installed (trafilatura asks it first),
  trafilatura decides (and logs each guess that failed, as it always did).

The tests hold `decode_page` to `decode_file` on every evaluation page and on compressed,
legacy-encoded and damaged bytes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

PLAIN_LEADS = frozenset(b"\t\n\x0c\r \xef")  # whitespace, the first byte of a UTF-8 BOM
MAX_FILE_SIZE = 20_000_000  # trafilatura's default `MAX_FILE_SIZE`: its decompression cap
SAMPLE = 5000  # trafilatura's detection reads the first and last 5,000 bytes of a long page
UNICODE_NAMES = ("utf-8", "utf_8")  # guesses trafilatura leaves out: UTF-8 was tried first


def decode_page(data: bytes) -> str:
    """`trafilatura.utils.decode_file(data)`, without importing trafilatura where it is not
    needed to know the answer."""
    lead = data[:1]
    if lead != b"<" and (not lead or lead[0] not in PLAIN_LEADS or _may_be_brotli(data)):
        return _trafilatura(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _has_cchardet():
        return _trafilatura(data)
    guesses = _guesses(data)
    if guesses:
        try:
            return data.decode(guesses[0])
        except (LookupError, UnicodeDecodeError):
            pass  # trafilatura logs that guess and tries the next ones
    elif guesses is not None:
        return str(data, encoding="utf-8", errors="replace")  # no guess: nothing is logged
    return _trafilatura(data)


def _trafilatura(data: bytes) -> str:
    from trafilatura.utils import decode_file

    return decode_file(data)


def _may_be_brotli(data: bytes) -> bool:
    """False when trafilatura's brotli attempt fails on `data` (the same call is made here, and
    an error on its first bytes is an error on the whole); True when it may not."""
    brotli = _brotli()
    if brotli is None:  # no brotli, or one trafilatura does not use: no attempt
        return False
    try:
        brotli.Decompressor().process(data, output_buffer_limit=MAX_FILE_SIZE + 1)
    except (brotli.error, ValueError):  # what trafilatura's attempt catches as a failure
        return False
    except Exception:  # what would stop trafilatura too: it decides
        return True
    return True  # decoded, or ran out of bytes or room, without an error: trafilatura decides


@cache
def _brotli() -> Any:
    """The brotli module when trafilatura uses it (one whose `output_buffer_limit` caps the
    output: brotli 1.2 on), else None."""
    try:
        import brotli

        brotli.Decompressor().process(b"", output_buffer_limit=1)
    except Exception:  # not installed, or older: trafilatura makes no attempt
        return None
    return brotli


@cache
def _has_cchardet() -> bool:
    from importlib.util import find_spec

    return find_spec("cchardet") is not None


def _guesses(data: bytes) -> list[str] | None:
    """The encodings charset_normalizer guesses for `data` as trafilatura asks it, UTF-8 left
    out; None when charset_normalizer is not there (trafilatura then decides)."""
    results = detected(data)
    if results is None:
        return None
    return [match.encoding for match in results if match.encoding not in UNICODE_NAMES]


def detected(data: bytes) -> Any:
    """charset_normalizer's matches for `data` as trafilatura asks (the first and last 5,000
    bytes of a long page, the whole when they give none); None without charset_normalizer."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    if len(data) < 2 * SAMPLE:
        return from_bytes(data)
    return from_bytes(data[:SAMPLE] + data[-SAMPLE:]) or from_bytes(data)
