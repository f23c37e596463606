"""A compressed file whose name says nothing of what it holds: `articles.gz`, `dump.xz`.

`gzip -c articles.jsonl > articles.gz`, a server's `export.gz`, `xz dump` keep no inner
extension, and such a file was passed over as a kind curate does not read (`.gz 1`), a
folder of them stopping the run. What it holds is told by the name gzip stored in its header
(`gzip -c articles.csv` keeps `articles.csv`), else by its first decompressed bytes: a tar
archive, JSON Lines (a first line that is a JSON object), or text. It is then read by that
kind's reader through a link named for the kind (in a private temporary folder; the file is
only read), its documents and quarantine records naming the file itself.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from curate.io.compressed import COMPRESSIONS, MAGIC

SNIFF_BYTES = 1 << 16
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
    stored = _stored_name(path) if path.name.lower().endswith((".gz", ".gzip")) else None
    kind = None
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
    if suffix_of(link) in COMPRESSIONS and archive_suffix(link) is None:
        return None
    return kind


def _link_name(path: Path, inner: str) -> str:
    """`articles.gz` holding JSON Lines is read as `articles.jsonl.gz`."""
    compression = path.name[path.name.rfind(".") :]
    return f"{path.name[: -len(compression)]}{inner}{compression}"


def read_bare_compressed(path: Path, inner: str, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The records of `path` read as a `<name><inner><compression>` file."""
    from curate.io.archives import _renamed
    from curate.io.readers import read_file

    with tempfile.TemporaryDirectory(prefix="curate-compressed-") as scratch:
        link = Path(scratch) / _link_name(path, inner)
        try:
            os.symlink(path.resolve(), link)
        except OSError:  # no symbolic links here (Windows without developer mode): a copy
            shutil.copyfile(path, link)
        for item in read_file(link, base_id, reader):
            yield _renamed(item, str(link), str(path))
