"""A WARC response's HTTP body as the page's bytes: its transfer and content encodings undone
here, from the bytes the record holds, not by FastWARC while it reads.

Session 50's newcomer round: FastWARC's `auto_decode="all"` turned whole records into quarantine
rows a newcomer cannot act on. wget (`--warc-file`) and Heritrix keep a body as the server sent
it: a `Transfer-Encoding: chunked` page was quarantined as "record cut short: 628 of 675 body
bytes" (the dechunked body is shorter than the record's block, which the truncation check
compared), a `Content-Encoding: deflate` page ended the reading ("the archive ends inside this
record"), and a body a home-made writer saved decoded under its server's `Content-Encoding:
gzip` header gave "Gzip decompression error: data error" for that record and for the whole
records after it. Now the reader takes the raw block (whose length is what a cut is measured
on) and this module decodes it:

- `chunked`: the chunks joined; a body that does not open with a chunk size was saved
  dechunked under the header and is taken as it is;
- `gzip`, `deflate` (zlib's wrapper or raw, as servers send either), `br`, `zstd`: decoded in
  the reverse order of the header's list; a body that is not in the named encoding (no gzip or
  Zstandard magic, or text that does not decode as deflate or Brotli) was saved decoded and is
  taken as it is;
- a body that is in the named encoding but does not decode (a corrupt stream) is a `problem`:
  the record is quarantined naming the encoding, the other records are read.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import brotli  # FastWARC's own dependency
import zstandard

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
CHUNK_SIZE = re.compile(rb"[ \t]*([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?\r?\n")
TEXT_SNIFF = 512  # bytes looked at to tell a body saved decoded from an encoded one
# control bytes no text holds (tab, line feed, form feed and carriage return are text's)
BINARY_BYTES = frozenset(range(32)) - {9, 10, 12, 13}


@dataclass(frozen=True)
class Body:
    """The decoded bytes, or the reason they cannot be (`problem`, for a quarantine row)."""

    data: bytes
    problem: str | None = None


def decoded_body(raw: bytes, transfer: str | None, content: str | None) -> Body:
    """`raw` (a response's block after its HTTP headers) with `Transfer-Encoding` `transfer`
    and `Content-Encoding` `content` undone (see the module)."""
    data = raw
    if "chunked" in _names(transfer):
        data = dechunked(data)
    for name in reversed(_names(content)):
        decoded = _content_decoded(data, name)
        if decoded.problem is not None:
            return decoded
        data = decoded.data
    return Body(data)


def dechunked(data: bytes) -> bytes:
    """The chunks of a chunked body joined; `data` itself when it opens with no chunk size
    (a body saved dechunked). A body cut inside its chunks gives the chunks it holds."""
    parts: list[bytes] = []
    at = 0
    while at < len(data):
        size = CHUNK_SIZE.match(data, at)
        if size is None:
            return data if not parts else b"".join(parts)
        length = int(size.group(1), 16)
        if length == 0:
            break
        start = size.end()
        parts.append(data[start : start + length])
        at = start + length
        at += 2 if data[at : at + 2] == b"\r\n" else 1 if data[at : at + 1] == b"\n" else 0
    return b"".join(parts)


def _names(header: str | None) -> list[str]:
    """`gzip, chunked` as `["gzip", "chunked"]`, lower case, `identity` left out."""
    names = (part.strip().lower() for part in (header or "").split(","))
    return [name for name in names if name and name != "identity"]


def _content_decoded(data: bytes, name: str) -> Body:
    decode = _DECODERS.get(name)
    magic = _MAGIC.get(name, b"")
    if decode is None:  # an encoding with no decoder here: taken when its bytes are text
        problem = f"the page's HTTP Content-Encoding `{name}` is not one curate decodes"
        return Body(data) if _is_text(data) else Body(data, problem)
    if not data.startswith(magic):
        return Body(data)  # saved decoded under the server's header
    try:
        return Body(decode(data))
    except (zlib.error, brotli.error, zstandard.ZstdError) as err:
        if _is_text(data):
            return Body(data)  # deflate or Brotli named over a body saved decoded
        why = f"the page's HTTP body does not decode as its Content-Encoding `{name}`: {err}"
        return Body(data, why)


def _gunzipped(data: bytes) -> bytes:
    """gzip members one after another inflated; a member cut short gives what it holds."""
    out = b""
    rest = data
    while rest.startswith(GZIP_MAGIC):
        inflate = zlib.decompressobj(31)
        out += inflate.decompress(rest) + inflate.flush()
        rest = inflate.unused_data
    return out


def _inflated(data: bytes) -> bytes:
    """RFC 9110's deflate is zlib's wrapper (a checked header); servers send raw deflate as
    well, which has none: text is not asked of it (`\n<!DOCTYPE` opens a valid raw block)."""
    try:
        return zlib.decompressobj(15).decompress(data)
    except zlib.error:
        if _is_text(data):
            return data  # saved decoded under the server's header
        return zlib.decompressobj(-15).decompress(data)


def _unzstd(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().decompressobj().decompress(data)


_DECODERS = {
    "gzip": _gunzipped,
    "x-gzip": _gunzipped,
    "deflate": _inflated,
    "br": brotli.decompress,
    "zstd": _unzstd,
}
_MAGIC = {"gzip": GZIP_MAGIC, "x-gzip": GZIP_MAGIC, "zstd": ZSTD_MAGIC}


def _is_text(data: bytes) -> bool:
    """Whether a body's first bytes are text (a page saved decoded), not compressed data."""
    head = data[:TEXT_SNIFF]
    return bool(head) and not any(byte in BINARY_BYTES for byte in head)
