"""Web archives in: every HTML page of a WARC (or ARC) file is a document, every other record is
counted, and a damaged record is quarantined with its byte offset while the reading goes on.

WARC files (`.warc`, `.warc.gz`: one gzip member a record, as Common Crawl and most crawlers
write them) are read with FastWARC, ARC files (`.arc`, `.arc.gz`, the Internet Archive's older
format) with warcio, which FastWARC does not read. Both stream: one record's bytes at a time.

A `response` record whose HTTP status is 2xx and whose content type is HTML becomes a
document: id from `WARC-Record-ID` (or a hash of the URI and date when it has none), `source`
from `WARC-Target-URI`, the `crawled_at` label from `WARC-Date`. The body is decoded with the
HTTP header's charset when it fits; otherwise the bytes go to the HTML reader as a `.html`
file's would (its `<meta>` charset, then detection), and the text comes from that same reader,
so a page gives the same text from an archive as from a file.

A `resource` record whose WARC `Content-Type` is HTML (warcit's, a page archived from a file)
is a document as such a response is. Everything else is counted by kind (`Skipped`):
`warcinfo`, `request`, `metadata`, `revisit`, `resource` (an image, a screenshot), ..., a
response that is no HTML page (`not_html`), a redirect (`http_redirect`), an error
(`http_error`), and pages the recipe's `reader:` filters drop (`filter/<rule>`).

Damage: a record FastWARC cannot parse, a gzip member whose deflate stream is corrupt, or one
cut short, becomes a quarantine row naming the file and the member's byte `offset`; the reader
then finds the next whole gzip member (or `WARC/` line) and goes on from there.
"""

from __future__ import annotations

import hashlib
import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from curate.document import CAPTIONED_LINES, HEADED_LINES, LINKED_LINES, PAGE_METADATA, Document
from curate.io.crawl_rows import CRAWLED_AT  # label: the record's WARC-Date, as written
from curate.io.http_body import decoded_body
from curate.io.magic_scan import first_start
from curate.io.readers import Quarantined, Skipped
from curate.io.settings import ReaderSettings
from curate.io.warc_gzip import is_arc
from curate.io.wet import CONVERSION, conversion_text, holds_conversions, is_wet, read_body

log = logging.getLogger(__name__)

RESOURCE = "resource"  # a record of a file's bytes, no HTTP exchange: a page when it is HTML
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SNIFF = 1024  # bytes of a body without a content type looked at for an HTML start


@dataclass
class Record:
    """What the reader needs of one archive record, whichever library parsed it."""

    offset: int
    kind: str  # the WARC-Type: response, request, metadata, ...
    url: str | None = None
    record_id: str | None = None
    date: str | None = None
    status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    body: bytes | None = None  # read only for a response that may be a page


UrlRule = Callable[[str], "str | None"]


def read_warc(path: Path, reader: Any = None) -> Iterator[Document | Quarantined | Skipped]:
    """The documents of one web archive, with a `Skipped` for every record that is no page."""
    settings = ReaderSettings.from_section(reader)
    page_filter = settings.page_filter() if settings.filters else None
    url_rule = page_filter.url_rule if page_filter is not None else None
    name = path.name.lower()
    arc = is_arc(name)  # `.arc.gzip` too (io.warc_gzip)
    records = _arc_records(path) if arc else _warc_records(path, url_rule)
    where = str(path)
    for item in records:
        if isinstance(item, (Quarantined, Skipped)):
            yield item
            continue
        yield from _page(item, where, url_rule, page_filter, settings.extractor)


def _page(record: Record, where: str, url_rule, page_filter, extractor: str):
    """One record as a document, a `Skipped` of its kind, or a quarantine row."""
    if record.kind == CONVERSION:  # a WET file's page text (curate.io.wet)
        yield _conversion_document(record, where)
        return
    if record.kind not in ("response", RESOURCE):
        yield Skipped(record.kind or "unknown")
        return
    if url_rule is not None and record.url:
        rule = url_rule(record.url)
        if rule is not None:
            yield Skipped(f"filter/{rule}")
            return
    status = record.status
    if record.kind == RESOURCE:
        pass  # a page stored with no HTTP exchange: no status to look at
    elif status is not None and 300 <= status < 400:
        yield Skipped("http_redirect")
        return
    elif status is None or not 200 <= status < 300:
        yield Skipped("http_error" if status is not None else "not_http")
        return
    body = record.body or b""
    if not _is_html(record.content_type, body):
        yield Skipped("not_html")
        return
    if page_filter is not None:
        rule = page_filter.page_rule(body)
        if rule is not None:
            yield Skipped(f"filter/{rule}")
            return
    from curate.io.html import read_page
    from curate.io.title_repeats import without_title_repeats

    doc_id = _doc_id(record)
    read = read_page(decode_body(body, record.charset), where, extractor=extractor)
    if isinstance(read, Quarantined):
        yield replace(read, offset=record.offset, id=doc_id)
        return
    (text, title, _, linked, metadata, captioned), headed = read
    yield Document(
        id=doc_id,
        text=without_title_repeats(text, title),  # as the .html reader's (io.title_repeats)
        title=title,
        input_title=title,
        source=record.url or where,
        labels={
            LINKED_LINES: linked,
            PAGE_METADATA: metadata,
            CRAWLED_AT: record.date,
            CAPTIONED_LINES: captioned,
            HEADED_LINES: headed,  # the same labels as the .html reader's (io.page_headings)
        },
    )


def decode_body(body: bytes, charset: str | None) -> str | bytes:
    """The HTTP charset when the bytes fit it; else the bytes, for the HTML reader's own decoding
    (`<meta>` charset, then detection), exactly as a `.html` file's bytes are decoded."""
    if charset:
        try:
            return body.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
    return body


def _is_html(content_type: str | None, body: bytes) -> bool:
    if content_type:
        return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES
    head = body[:SNIFF].lstrip().lower()  # no content type: a page says so in its first bytes
    return head.startswith((b"<!doctype html", b"<html"))


def _doc_id(record: Record) -> str:
    if record.record_id:
        return record.record_id.strip().strip("<>")
    key = f"{record.url} {record.date}".encode()
    return "sha1:" + hashlib.sha1(key).hexdigest()  # a record without an id: stable anyway


def _block_record(
    record: Any, offset: int, kind: str, url_rule: UrlRule | None
) -> Record | Skipped:
    """A record whose block is the document itself (no HTTP exchange): its URL, id and date, or
    skipped by the reader's URL filter."""
    url = record.headers.get("WARC-Target-URI")
    if url_rule is not None:
        rule = url_rule(url or "")
        if rule is not None:
            return Skipped(f"filter/{rule}")
    found = Record(offset, kind, url=url, record_id=record.record_id)
    found.date = record.headers.get("WARC-Date")
    return found


def _conversion_record(
    record: Any, offset: int, where: str, url_rule: UrlRule | None
) -> Record | Quarantined | Skipped:
    """A WET `conversion` record: its block is the page's text."""
    found = _block_record(record, offset, CONVERSION, url_rule)
    if isinstance(found, Skipped):
        return found
    try:
        found.body = read_body(record)
    except OSError as err:
        return Quarantined(where, None, "warc_record", f"body unreadable: {err}", offset=offset)
    return found


def _resource_record(
    record: Any, offset: int, where: str, url_rule: UrlRule | None
) -> Record | Quarantined | Skipped:
    """A `resource` record whose block is an HTML page, as warcit and other tools that archive
    files (no HTTP exchange) write: read as a 200 response is; it was counted as `resource`."""
    found = _block_record(record, offset, RESOURCE, url_rule)
    if isinstance(found, Skipped):
        return found
    found.content_type = record.headers.get("Content-Type")
    found.charset = _charset(found.content_type)
    try:
        found.body = read_body(record)
    except OSError as err:
        return Quarantined(where, None, "warc_record", f"body unreadable: {err}", offset=offset)
    return found


def _conversion_document(record: Record, where: str) -> Document:
    from curate.io.wet_titles import titled

    text = conversion_text(record.body or b"")
    # "Storm on the quay | Harbour Times" above a text that never repeats it (io.wet_titles)
    found = titled(text, record.url)
    title, text = found if found is not None else (None, text)
    return Document(
        id=_doc_id(record),
        text=text,
        title=title,
        input_title=title,
        source=record.url or where,
        labels={CRAWLED_AT: record.date},
    )


# FastWARC ----------------------------------------------------------------------------------------
def _warc_records(path: Path, url_rule: UrlRule | None) -> Iterator[Record | Quarantined | Skipped]:
    """Records of a WARC file in order; after damage, the reading resumes at the next member."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    from curate.io.warc_compressed import compressed_records, is_compressed_whole

    wet = is_wet(str(path)) or holds_conversions(path)  # WET under a WARC's name (io.wet)
    if is_compressed_whole(path):  # `.warc.zst`, a `.warc` compressed whole (io.warc_compressed)
        yield from compressed_records(
            path, url_rule, lambda r, o, w, u: _fastwarc_record(r, o, w, u, wet)
        )
        return
    compressed = _is_gzip(path)
    where = str(path)
    with open(path, "rb") as handle:
        start: int | None = 0
        while start is not None:
            handle.seek(start)
            last = None
            error: str | None = None
            damaged = None  # a record whose block digest does not match (io.warc_digest)
            try:
                records = ArchiveIterator(
                    handle, parse_http=False, record_types=WarcRecordType.any_type
                )
                for record in records:
                    offset = record.stream_pos  # from the file start, after a seek too
                    last = offset
                    damaged = _damaged(record, offset, where)
                    if damaged is not None:
                        break
                    yield _fastwarc_record(record, offset, where, url_rule, wet)
            except OSError as err:  # a corrupt gzip member, a WARC header that does not parse
                error = str(err) or type(err).__name__
            if damaged is not None:  # read on from the next record start, not from its end
                yield damaged
                start = _next_start(handle, damaged.offset + 1, compressed, whole=True)
                continue
            # a normal end must end the file: a member left over is one cut short
            if last is None:
                bad = start if error else _next_start(handle, start, compressed, whole=False)
            elif compressed:
                bad = _gzip_member_end(handle, last)
            else:
                bad = _plain_record_end(handle, last)
            if bad is None:
                return
            kind = "warc_record" if error else "truncated"
            detail = error or "the archive ends inside this record"
            yield Quarantined(where, None, kind, f"unreadable record: {detail}", offset=bad)
            start = _next_start(handle, bad + 1, compressed, whole=True)


def _damaged(record: Any, offset: int, where: str) -> Quarantined | None:
    """A quarantine row for a record whose `WARC-Block-Digest` does not match, else None."""
    from curate.io.warc_digest import HEADER, digest_mismatch

    if HEADER not in record.headers:  # the common case, one lookup (most crawls have none)
        return None
    why = digest_mismatch(record, _kind_names().get(int(record.record_type), "unknown"))
    return Quarantined(where, None, "warc_record", why, offset=offset) if why else None


def _fastwarc_record(
    record: Any, offset: int, where: str, url_rule: UrlRule | None, wet: bool = False
) -> Record | Quarantined | Skipped:
    kind = _kind_names().get(int(record.record_type), "unknown")
    if kind == CONVERSION and wet:  # a WET file's page text (curate.io.wet)
        return _conversion_record(record, offset, where, url_rule)
    if kind == RESOURCE and _is_html(record.headers.get("Content-Type"), b"-"):
        return _resource_record(record, offset, where, url_rule)
    if kind != "response":
        return Skipped(kind)
    headers = record.headers
    if url_rule is not None:  # before the body is read: a filtered crawl costs little
        rule = url_rule(headers.get("WARC-Target-URI") or "")
        if rule is not None:
            return Skipped(f"filter/{rule}")
    found = Record(
        offset,
        kind,
        url=headers.get("WARC-Target-URI"),
        record_id=record.record_id,
        date=headers.get("WARC-Date"),
    )
    try:  # the body's encodings are undone from its raw bytes (io.http_body); LF-only headers
        record.parse_http(auto_decode="none", quirks_mode=True)
    except OSError as err:
        return Quarantined(
            where, None, "warc_record", f"HTTP headers do not parse: {err}", offset=offset
        )
    http = record.http_headers
    if not record.is_http or http is None:
        return found  # no status: counted as not_http
    found.status = http.status_code
    found.content_type = http.get("Content-Type")
    if found.status is not None and 200 <= found.status < 300:
        remaining = record.content_length
        try:
            found.body = record.reader.read()
        except OSError as err:
            return Quarantined(where, None, "warc_record", f"body unreadable: {err}", offset=offset)
        if len(found.body) < remaining:
            return Quarantined(
                where,
                None,
                "truncated",
                f"record cut short: {len(found.body):,} of {remaining:,} body bytes",
                offset=offset,
                id=_doc_id(found),
            )
        body = decoded_body(found.body, http.get("Transfer-Encoding"), http.get("Content-Encoding"))
        if body.problem is not None:
            why = body.problem
            return Quarantined(where, None, "warc_record", why, offset=offset, id=_doc_id(found))
        found.body = body.data
        found.charset = record.http_charset
    return found


@cache
def _kind_names() -> dict[int, str]:
    from fastwarc.warc import WarcRecordType

    names = ("warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion")
    return {int(getattr(WarcRecordType, name)): name for name in names + ("continuation",)}


def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(3) == GZIP_MAGIC


def _next_start(handle: BinaryIO, position: int, compressed: bool, whole: bool) -> int | None:
    """The offset of the first record start at or after `position`: a gzip member header (with
    `whole`, one that also inflates to a WARC header) or a `WARC/1.` at the start of a line."""
    magic = GZIP_MAGIC if compressed else WARC_MAGIC
    return first_start(
        handle,
        position,
        magic,
        lambda offset, chunk, at: _is_start(handle, offset, compressed, whole, chunk, at),
    )


def _is_start(handle: BinaryIO, offset: int, compressed: bool, whole: bool, chunk, at) -> bool:
    if not compressed:
        return (
            offset == 0
            or (at > 0 and chunk[at - 1 : at] == b"\n")
            or _byte_before(handle, offset) == b"\n"
        )
    handle.seek(offset)
    head = handle.read(4096)
    if len(head) < 10 or head[3] & 0xE0:  # reserved flag bits set: no gzip header
        return False
    if not whole:
        return True
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _gzip_member_end(handle: BinaryIO, offset: int) -> int | None:
    """Where the gzip member at `offset` ends, when more bytes follow it; None when the file
    ends there (or inside it: that record was read short and is quarantined already)."""
    handle.seek(offset)
    inflate = zlib.decompressobj(31)
    consumed = 0
    while not inflate.eof:
        chunk = handle.read(1 << 16)
        if not chunk:
            return None
        consumed += len(chunk)
        try:
            inflate.decompress(chunk)
        except zlib.error:
            return None
    end = offset + consumed - len(inflate.unused_data)
    handle.seek(end)
    return end if handle.read(1) else None


def _plain_record_end(handle: BinaryIO, offset: int) -> int | None:
    """Where the uncompressed record at `offset` ends (its header block, Content-Length bytes,
    two CRLFs), when anything but blank lines follows it; None at the end of the file."""
    handle.seek(offset)
    head = handle.read(65536)
    split = head.find(b"\r\n\r\n")
    length = None
    for line in head[:split].split(b"\r\n"):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value)
    if split < 0 or length is None:
        return None
    end = offset + split + 4 + length
    handle.seek(end)
    while True:
        chunk = handle.read(4096)
        if not chunk:
            return None
        rest = chunk.lstrip(b"\r\n")
        if rest:
            return end + len(chunk) - len(rest)
        end += len(chunk)


def _byte_before(handle: BinaryIO, offset: int) -> bytes:
    handle.seek(offset - 1)
    return handle.read(1)


# warcio (ARC) ------------------------------------------------------------------------------------
def _arc_records(path: Path) -> Iterator[Record | Quarantined | Skipped]:
    """Records of an ARC file, through warcio (converted to WARC fields as it reads)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle, arc2warc=True)
        offset = 0
        try:
            for record in records:
                kind = record.rec_type
                if kind != "response":
                    yield Skipped(kind or "unknown")
                    continue
                found = Record(
                    0,
                    kind,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    record_id=None,  # ARC has none; warcio would make up a random one
                    date=record.rec_headers.get_header("WARC-Date"),
                )
                http = record.http_headers
                if http is not None:
                    status = http.get_statuscode()
                    found.status = int(status) if status and status.isdigit() else None
                    found.content_type = http.get_header("Content-Type")
                    found.charset = _charset(found.content_type)
                    if found.status is not None and 200 <= found.status < 300:
                        body = decoded_body(
                            record.raw_stream.read(),
                            http.get_header("Transfer-Encoding"),
                            http.get_header("Content-Encoding"),
                        )
                        if body.problem is not None:
                            offset = records.get_record_offset()
                            why = body.problem
                            yield Quarantined(where, None, "warc_record", why, offset=offset)
                            continue
                        found.body = body.data
                # asked before the body is read, warcio skips the body to know the offset
                offset = found.offset = records.get_record_offset()
                yield found
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as err:
            error = f"unreadable ARC record after offset {offset}: {err}"
            yield Quarantined(where, None, "warc_record", error, offset=offset)


def _charset(content_type: str | None) -> str | None:
    """`charset=` of a Content-Type header, when Python knows the encoding."""
    import codecs

    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                return None
    return None
