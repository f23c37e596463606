"""A text file's metadata in a JSON file beside it: one document, not two.

Scrapers often save each article as its text and, beside it, a JSON object of its metadata:
`001.txt` with `001.json` (`{"title": ..., "url": ..., "published": ..., "description": ...}`),
or `article.txt` with `article.meta.json` or `article.txt.json`. Each was read as an input of
its own: the `.json` became a document (its one-line `description` published, or removed as
too short: a document the user never had) or was passed over, and the text's document had no
title and its file as `source` (newcomer round, session 39).

A text file read as one document (`.txt`, `.text`, `.md`, `.rst`, `.adoc`, `.org`) with such a
sidecar in its folder (`<stem>.txt.json`, `<stem>.meta.json`, `<stem>.json`, tried in that
order) is read with it: the text from the text file, its id as before, and from the sidecar
what a JSON Lines row gives (`row_title`, `row_source` of `curate.io.readers`: `title` or the
names a title goes by in `curate/data/columns.yaml`, `url`, `metadata.url`, `source`; its date
and writers, `io.row_metadata`, for the `bylines` stage). The sidecar is not
read as a document of its own; each document read with one carries the label `sidecar`,
counted in `report.json` (`sidecars_joined`).

A JSON file that is not one object (an array, a value, JSON Lines), an empty one, one larger
than `MAX_SIDECAR_BYTES` (a dataset, no file's metadata) or one with no text file beside it is
read as before. A sidecar that opens as an object and is no valid JSON is still joined (it is
no input of its own): the text is read, and the sidecar is quarantined as `malformed_json`,
naming its file, as a malformed `.json` input is.

A folder's one table of such metadata, a row a file (Hugging Face's `metadata.csv` with
`file_name`), is read the same way: io.folder_metadata.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from curate.document import PAGE_METADATA
from curate.io.row_metadata import row_metadata

SIDECAR = "sidecar"  # label: the sidecar a document's title and source were read from
SIDECAR_ENDINGS = (".meta.json", ".json")  # after the stem; `<name>.json` is tried first
MAX_SIDECAR_BYTES = 1 << 20  # a file's metadata is a few hundred bytes; 1 MiB is a dataset
_BROKEN = object()  # a sidecar that opens as an object and is no valid JSON

log = logging.getLogger(__name__)


def text_kinds() -> tuple[str, ...]:
    """The suffixes of the text files read as one document that a sidecar may describe."""
    from curate.io.asciidoc import ASCIIDOC_SUFFIXES
    from curate.io.markdown import MARKDOWN_SUFFIXES
    from curate.io.org_mode import ORG_SUFFIXES
    from curate.io.readers import TEXT_SUFFIXES
    from curate.io.rst import RST_SUFFIXES

    return TEXT_SUFFIXES + MARKDOWN_SUFFIXES + RST_SUFFIXES + ASCIIDOC_SUFFIXES + ORG_SUFFIXES


def join_sidecars(
    files: list[tuple[Path, str]], skipped: list[str]
) -> tuple[list[tuple[Path, str]], list[str], dict[Path, Any]]:
    """`files` and `skipped` without the sidecars of the text files among `files`, and each
    such text file's sidecar (a path, or its row of a folder's `metadata.csv`: a
    `folder_metadata.FolderRow`)."""
    from curate.io.readers import suffix_of

    kinds = set(text_kinds())
    sidecars: dict[Path, Any] = {}
    claimed: set[Path] = set()
    for path, _ in files:
        suffix = suffix_of(path)
        if suffix not in kinds or path in sidecars:
            continue
        stem = path.name[: len(path.name) - len(suffix)] if suffix else path.name
        for name in (path.name + ".json", *(stem + ending for ending in SIDECAR_ENDINGS)):
            candidate = path.with_name(name)
            if candidate not in claimed and _sidecar(candidate) is not None:
                sidecars[path] = candidate
                claimed.add(candidate)
                break
    tables = _folder_tables(files, skipped, kinds, sidecars)  # `metadata.csv` (io.folder_metadata)
    claimed.update(tables)
    if not claimed:
        return files, skipped, sidecars
    named = {str(p) for p in claimed}
    files = [(path, doc_id) for path, doc_id in files if path not in claimed]
    return files, [name for name in skipped if name not in named], sidecars


def sidecar_files(sidecars: dict[Path, Any]) -> list[Path]:
    """The files the text files' metadata was read from, each once, in order (a run's
    manifest: a changed one changes its documents)."""
    return sorted({getattr(value, "table", value) for value in sidecars.values()})


def _folder_tables(
    files: list[tuple[Path, str]], skipped: list[str], kinds: set[str], sidecars: dict[Path, Any]
) -> set[Path]:
    """The folder metadata tables among the inputs that name text files of `files` (each such
    file without a sidecar of its own gets its row in `sidecars`)."""
    from curate.io.folder_metadata import METADATA_NAMES, folder_rows
    from curate.io.readers import suffix_of

    candidates = [path for path, _ in files if path.name.lower() in METADATA_NAMES]
    candidates += [Path(name) for name in skipped if Path(name).name.lower() in METADATA_NAMES]
    if not candidates:
        return set()
    texts = {path for path, _ in files if suffix_of(path) in kinds and path not in sidecars}
    rows, used = folder_rows(texts, candidates)
    sidecars.update(rows)
    return used


def _sidecar(path: Path) -> Any:
    """The object `path` holds, `_BROKEN` when it opens as one and is no JSON, else None (no
    such file, or one read as before)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_SIDECAR_BYTES:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return _object(data)


def _object(data: bytes) -> Any:
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
    if not text.startswith("{"):
        return None  # an array, a value, an empty file: read as before
    try:
        value = json.loads(text)
    except ValueError:
        lines = [line for line in text.splitlines() if line.strip()]
        return None if len(lines) > 1 and all(_parses(line) for line in lines) else _BROKEN
    return value if isinstance(value, dict) else None


def _parses(line: str) -> bool:
    """A line of JSON Lines: `{"title": "a"}` then `{"title": "b"}` is rows, no sidecar."""
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def with_sidecar(
    items: Iterable[Any], text: Path, sidecar: Any, reader: Any = None
) -> Iterator[Any]:
    """The records of a text file, its document given the sidecar's title and source; a
    malformed sidecar's quarantine record after them."""
    from curate.document import Document
    from curate.io.folder_metadata import FolderRow
    from curate.io.readers import Quarantined, _text_field_of, row_source, row_title
    from curate.io.settings import reader_settings

    items = list(items)
    if isinstance(sidecar, FolderRow):  # its row of its folder's `metadata.csv`
        sidecar, row = sidecar.table, sidecar.row
    else:
        row = _sidecar(sidecar)
    if row is _BROKEN or row is None:  # changed since the walk: said, as a malformed input is
        yield from items
        why = f"{text.name}'s metadata file {_json_error(sidecar)} ({text.name} read without it)"
        yield Quarantined(str(sidecar), None, "malformed_json", why)
        return
    documents = [item for item in items if isinstance(item, Document)]
    if len(documents) != 1:  # a text file of several articles: whose metadata is it?
        log.warning("%s: %s gave %d records, not one document; not read", sidecar, text, len(items))
        yield from items
        return
    doc = documents[0]
    text_field = _text_field_of(row, reader_settings(reader).text_fields)
    title = row_title(row, text_field, str(sidecar))
    if isinstance(title, str):  # given, it wins over one the text's markup states
        doc.title = doc.input_title = title
    source = row_source(row, text_field)
    if isinstance(source, str) and source.strip():
        doc.source = source
    metadata = row_metadata(row)  # its date and writers, for `bylines` (io.row_metadata)
    if metadata is not None:
        doc.labels[PAGE_METADATA] = metadata
    doc.labels[SIDECAR] = str(sidecar)
    yield from items


def _json_error(path: Path) -> str:
    """Why `path` is no JSON object, as the JSON reader says it of a malformed input."""
    try:
        json.loads(path.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff"))
    except ValueError as err:
        return f"is not valid JSON: {err}"
    except OSError as err:
        return f"could not be read: {err}"
    return "is no JSON object"
