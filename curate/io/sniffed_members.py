"""Members of a `.zip` or `.tar` told by their first bytes, as a folder's files are.

A folder's `text/AA/wiki_00` (WikiExtractor's output, io.wiki_extractor) and Spark's
`part-00000` of JSON Lines (io.json_lines_txt) have no extension and are read by what they
hold. Packed (`zip -r wiki.zip text/`, `tar czf wiki.tar.gz text/`, a Spark job's folder
zipped), the archive judged its members by name alone: an archive of nothing else was passed
over ("an archive: unpack it and give the folder"), and beside other files each such member
was one `unsupported` record, every article lost. Such a member is now looked into: its
first bytes are copied out and judged by the folder's own tests, and it is read when they pass.
"""

from __future__ import annotations

import tarfile
import tempfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from curate.io.json_lines_txt import OBJECT_OPENS

DAMAGED = (zipfile.BadZipFile, tarfile.TarError)
HEAD = 1 << 20  # bytes copied to judge a member: a bzip2 block (900 KiB at most) fits


def _copy_on(source: Any, sink: Any) -> None:
    """The rest of a member, up to the largest row a document can come from."""
    from curate.io.readers import MAX_DOCUMENT_CHARS

    left = MAX_DOCUMENT_CHARS * 4
    while left > 0 and (chunk := source.read(min(left, HEAD))):
        sink.write(chunk)
        left -= len(chunk)


def may_be_sniffed(name: str) -> bool:
    """A member name a folder would look into: no extension (`wiki_00`, `part-00000`), or only
    a compression's (`wiki_00.bz2`), or a Dask part (`0.part`)."""
    from curate.io.json_lines_txt import dask_part
    from curate.io.wiki_extractor import might_be_wiki_docs

    base = PurePosixPath(name).name
    # a feed, records, NewsML-G2 (io.feeds, io.xml_records, io.newsml)
    xml = base.lower().endswith((".xml", ".newsml"))
    return bool(base) and (might_be_wiki_docs(Path(base)) or dask_part(base) or xml)


def reads_as_input(path: Path, reader: Any = None) -> bool:
    """The file is one a folder reads by its bytes: WikiExtractor's, or JSON Lines or a CSV
    with the text field under a name with no extension (the walk's own tests, io.readers)."""
    from curate.io.readers import (
        _bare_json_lines,
        _dask_table,
        _feed,
        _newsml,
        _wiki_docs,
        _xml_rows,
    )
    from curate.io.settings import reader_settings

    if path.name.lower().endswith((".xml", ".newsml")):  # a feed, records, news items, zipped
        fields = reader_settings(reader).text_fields
        return _newsml(path) or _feed(path) or _xml_rows(path, fields)
    return (
        _wiki_docs(path) or _bare_json_lines(path, reader) is not None or _dask_table(path, reader)
    )


def member_holds_input(name: str, opener: Any, reader: Any = None) -> bool:
    """`reads_as_input` on the member's first bytes (the archive is only read)."""
    if not may_be_sniffed(name):
        return False
    with tempfile.TemporaryDirectory(prefix="curate-member-") as scratch:
        head = Path(scratch) / PurePosixPath(name).name
        try:
            source = opener()
            if source is None:
                return False
            with source, open(head, "wb") as sink:
                data = source.read(HEAD)
                sink.write(data)
                if len(data) == HEAD and data.lstrip().startswith(OBJECT_OPENS):
                    _copy_on(source, sink)  # a first row over HEAD (io.json_lines_txt)
        except (OSError, EOFError, RuntimeError, KeyError, ValueError, zlib.error) + DAMAGED:
            return False  # encrypted, damaged: the reading says so
        return reads_as_input(head, reader)
