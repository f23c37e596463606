"""A compressed file whose name says nothing of what it holds: `articles.gz`, `dump.xz`.

`gzip -c articles.jsonl > articles.gz`, a server's `export.gz`, `xz dump` keep no inner
extension, and such a file was passed over as a kind curate does not read (`.gz 1`), a
folder of them stopping the run. What it holds is told by the name gzip stored in its header
(`gzip -c articles.csv` keeps `articles.csv`), else by its first decompressed bytes: a tar
archive, JSON Lines (a first line that is a JSON object), or text. It is then read by that
kind's reader through a link named for the kind (in a private temporary folder; the file is
only read), its documents and quarantine records naming the file itself.

Session 44: a kind named inside the compression that no reader takes so compressed
(`story.html.bz2`, `feed.xml.gz`, `notes.md.zst`, `post.rst.xz`, `note.eml.gz`: a mirror's,
an archive's or a mail list's files) was read as plain text: the first bytes said text, the
name was not asked, so a page's markup and a Markdown file's headings were its text and its
`<!DOCTYPE html>` line its title (28 of 65 such made-up files read wrong). The name's kind now
comes first (`named_kind`), and a kind with no reader of its own under that compression is
decompressed into the private folder (`MAX_DECOMPRESSED_BYTES` at most) and read as that file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from curate.io.compressed import COMPRESSIONS, MAGIC

SNIFF_BYTES = 1 << 16
# a kind decompressed to read (see the module) is a page or a file of pages: a larger one is
# quarantined with what to do
MAX_DECOMPRESSED_BYTES = 1 << 30
CHUNK = 1 << 20
# kinds never decompressed whole to disk: a crawl's archive, a tar (their own readers stream)
STREAMED_KINDS = (".warc", ".tar")
XML = ".xml"  # read only when its content is of a kind a reader takes (`_readable_xml`)
# `mysqldump`'s, `pg_dump`'s and `sqlite3 .dump`'s table statements: a compressed dump
# (`site.sql.gz`, a CMS's backup) was sniffed as text, its statements ONE document, while
# `site.sql` beside it was passed over with what reads it (io.skipped_hints; session 50)
SQL_STATEMENT = re.compile(
    rb"^[ \t]*(?:CREATE[ \t]+TABLE|INSERT[ \t]+INTO|COPY[ \t]+[^\n]{1,200}FROM[ \t]+stdin)",
    re.IGNORECASE | re.MULTILINE,
)
SQL_OPENERS = (b"--", b"/*", b"CREATE", b"INSERT", b"SET", b"DROP", b"BEGIN", b"PRAGMA")
FNAME = 0x08  # gzip header flags (RFC 1952)
FEXTRA = 0x04


def _stored_name(path: Path) -> str | None:
    """The original file name a gzip header carries (FNAME), or None."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError:
        return None
    if len(head) < 10 or not head.startswith(MAGIC[".gz"]) or not head[3] & FNAME:
        return None
    at = 10
    if head[3] & FEXTRA:
        at += 2 + int.from_bytes(head[10:12], "little")
    end = head.find(b"\x00", at)
    return head[at:end].decode("latin-1") if end > at else None


def is_sql_dump(head: bytes) -> bool:
    """Whether decompressed bytes open a database dump: a comment or a statement first, and a
    table's statement among the first lines (`CREATE TABLE`, `INSERT INTO`, `COPY ... FROM
    stdin`)."""
    first = head.lstrip()[:16].upper()
    if not first.startswith(SQL_OPENERS):
        return False
    return SQL_STATEMENT.search(head) is not None


def _sniffed(path: Path) -> str | None:
    """The inner kind by the first decompressed bytes: `.tar`, `.jsonl`, `.json`, `.txt`, or
    None."""
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return None
    if head[257:262] == b"ustar":
        return ".tar"
    if head.startswith(b"WARC/"):
        return ".warc"  # a crawl's `.warc.gz` saved as `crawl.gz`
    if not head.strip() or b"\x00" in head:
        return None
    if is_sql_dump(head):  # `site.sql.gz`: statements, no text (see `SQL_STATEMENT`)
        return None
    first = head.lstrip().split(b"\n", 1)[0]
    try:
        if isinstance(json.loads(first.decode("utf-8-sig")), dict):
            return ".jsonl"
    except (UnicodeDecodeError, ValueError, RecursionError):
        pass
    if first.lstrip(b"\xef\xbb\xbf").startswith((b"[", b"{")):
        return ".json"  # an array, or an object over many lines: read_json decides
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        if err.start < len(head) - 4:  # not merely a character cut by the sniff's end
            return None
    return ".txt"


def inner_suffix(path: Path) -> str | None:
    """The kind a compressed file with no inner extension holds (`.jsonl`, `.csv`, ...)."""
    from curate.io.archives import archive_suffix
    from curate.io.readers import KNOWN_SUFFIXES, SNIFFED_SUFFIXES, suffix_of

    if suffix_of(path) not in COMPRESSIONS or archive_suffix(path) is not None:
        return None  # a `.tar.gz` is an archive's to read (io.archives)
    kind = named_kind(path)  # `story.html.bz2`: its name says (see the module)
    if kind == XML and not _readable_xml(path):
        return None  # `sitemap.xml.gz`: passed over, as `sitemap.xml` is
    if kind is not None:
        return kind
    stored = _stored_name(path) if path.name.lower().endswith((".gz", ".gzip")) else None
    if stored:
        kind = suffix_of(Path(stored))
        if kind not in KNOWN_SUFFIXES + SNIFFED_SUFFIXES or kind.endswith(COMPRESSIONS):
            kind = ".tar" if stored.lower().endswith(".tar") else None
    kind = kind or _sniffed(path)
    if kind is None:
        return None
    # `crawl.warc.zst`: no reader takes `.warc` under this compression, so the link would be
    # this file again (`crawl.warc.warc.zst`, ...) until the name was too long and the run
    # stopped; such a file is passed over as a kind curate does not read
    link = Path(_link_name(path, kind))
    if _unread_compressed(link) and kind in STREAMED_KINDS:
        return None
    return kind


def named_kind(path: Path) -> str | None:
    """The kind `path`'s name states under its compression when some reader takes that kind
    (`story.html.bz2`: `.html`; `dump.sql.gz`, `articles.gz`: None)."""
    from curate.io.readers import suffix_of

    stem = Path(path.name[: path.name.rfind(".")])
    kind = suffix_of(stem)
    return kind if kind in _named_kinds() else None


@cache
def _named_kinds() -> frozenset[str]:
    """The plain kinds a reader takes by name (the compressed ones' own names aside)."""
    from curate.io.feeds import FEED_SUFFIXES
    from curate.io.mhtml import MHTML_SUFFIXES
    from curate.io.newsml import NEWSML_SUFFIXES
    from curate.io.pages import PAGE_SUFFIXES
    from curate.io.readers import KNOWN_SUFFIXES, SNIFFED_SUFFIXES
    from curate.io.sgml_docs import SUFFIXES as SGML_SUFFIXES
    from curate.io.subtitles import TTML_SUFFIXES

    named = (*KNOWN_SUFFIXES, *SNIFFED_SUFFIXES, *FEED_SUFFIXES, *NEWSML_SUFFIXES)
    named += (*PAGE_SUFFIXES, *MHTML_SUFFIXES, *SGML_SUFFIXES, *TTML_SUFFIXES)
    plain = (kind for kind in named if kind and kind.count(".") == 1)
    return frozenset(kind for kind in plain if kind not in COMPRESSIONS + STREAMED_KINDS)


def _readable_xml(path: Path) -> bool:
    """An `.xml` compressed that a reader takes once decompressed (a feed, NewsML, TTML, a
    wiki's export, records or a page's text: io.xml_records); a sitemap is none. A file that
    does not decompress is read, to be quarantined by name."""
    from curate.io.readers import _feed, _mediawiki, _newsml, _ttml, _xml_rows

    with tempfile.TemporaryDirectory(prefix="curate-compressed-") as scratch:
        copy = Path(scratch) / _plain_name(path, XML)
        if _decompressed(path, copy) is not None:
            return True
        checks = (_feed, _newsml, _ttml, _mediawiki)
        return any(check(copy) for check in checks) or _xml_rows(copy, "text")


def _unread_compressed(link: Path) -> bool:
    """No reader takes `link`'s kind under its compression: it is read decompressed."""
    from curate.io.archives import archive_suffix
    from curate.io.readers import suffix_of

    return suffix_of(link) in COMPRESSIONS and archive_suffix(link) is None


def _link_name(path: Path, inner: str) -> str:
    """`articles.gz` holding JSON Lines is read as `articles.jsonl.gz`."""
    compression = path.name[path.name.rfind(".") :]
    return f"{path.name[: -len(compression)]}{inner}{compression}"


def read_bare_compressed(path: Path, inner: str, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The records of `path` read as a `<name><inner><compression>` file."""
    from curate.io.archives import _renamed
    from curate.io.readers import Quarantined, read_file

    with tempfile.TemporaryDirectory(prefix="curate-compressed-") as scratch:
        link = Path(scratch) / _link_name(path, inner)
        if _unread_compressed(link) or named_kind(path) == inner:
            link = link.with_name(_plain_name(path, inner))  # `story.html.bz2`: `story.html`
            why = _decompressed(path, link)
            if why is not None:
                yield Quarantined(str(path), None, "unreadable", why)
                return
        else:
            try:
                os.symlink(path.resolve(), link)
            except OSError:  # no symbolic links here (Windows without developer mode): a copy
                shutil.copyfile(path, link)
        for item in read_file(link, base_id, reader):
            yield _renamed(item, str(link), str(path))


def _plain_name(path: Path, inner: str) -> str:
    """`story.html.bz2` -> `story.html`; `articles.gz` holding a page -> `articles.html`."""
    stem = path.name[: path.name.rfind(".")]
    return stem if stem.lower().endswith(inner) else stem + inner


def _decompressed(path: Path, copy: Path) -> str | None:
    """`path` decompressed into `copy`; why not, or None."""
    from curate.io.compressed import READ_ERRORS, open_binary
    from curate.io.cut_stream import cut_detail

    written = 0
    try:
        with open_binary(path) as source, open(copy, "wb") as sink:
            while chunk := source.read(CHUNK):
                written += len(chunk)
                if written > MAX_DECOMPRESSED_BYTES:
                    return (
                        f"larger than {MAX_DECOMPRESSED_BYTES >> 20} MiB decompressed: "
                        f"decompress it and give the file ({_plain_name(path, '')})"
                    )
                sink.write(chunk)
    except READ_ERRORS as err:
        return f"could not decompress it: {cut_detail(path, err)}"
    return None
