"""JSON Lines saved under a `.txt` name: a row a document, not the file one document of JSON.

`df.to_json("news.txt", orient="records", lines=True)`, a scraper's `out.txt` of `json.dumps`
lines, or a download renamed by a browser: each such file was read as ONE document holding
the JSON source (`{"id": "a0", "text": "The council..."}` on every line), its records and ids
lost. A `.txt` whose first non-blank lines (up to `SNIFF_LINES`, at least two) are each a JSON
object, the first holding the text field (or `html`), is read as JSON Lines; one object alone,
or prose with a brace, stays a text. With no field named, a first object holding its text
under a known name (`content`, ...: curate.io.text_aliases) is read so too, as a `.jsonl` file
of it is (such a `.txt` was still one document of JSON text, every row in it).

A file with no extension is read so as well: a Spark or Hadoop job's `part-00000` (from
`saveAsTextFile` of `json.dumps` rows) was passed over, a folder of them stopping the run with
advice to rename every part. So is Dask's `0.part`, `1.part` (`df.to_json(folder)`, as NeMo
Curator's JSON Lines writer leaves them), passed over as a kind curate does not read. Only
records with the text field make it JSON Lines; any other file without an extension is still
passed over (curate.io.no_extension).
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

SNIFF_LINES = 5
SNIFF_BYTES = 1 << 20  # a line longer than this is read on only when it opens as an object
# A first row longer than SNIFF_BYTES (a page's `html`, a book: `{"id": ..., "html": "<2 MB>"}`)
# made the sniff fail, so a `.txt` of such rows was ONE document of JSON source and a Spark
# `part-00000` was passed over; a cut line that opens as an object (`{"`) is read on, once,
# up to the largest row a document can come from (io.readers' MAX_DOCUMENT_CHARS, in bytes).
OBJECT_OPENS = b'{"'


def holds_json_lines(path: Path, fields: tuple[str, ...]) -> bool:
    """True when `path` (a `.txt`, maybe compressed) reads as JSON Lines of records."""
    from curate.io.settings import ReaderSettings

    named = fields[0] if len(fields) == 1 else fields  # `("text",)` is the default, `"text"`
    return json_lines_reader(path, ReaderSettings(text_field=named)) is not None


def json_lines_reader(path: Path, reader: Any) -> Any:
    """The reader settings `path` is read with as JSON Lines (`reader`, or its text from a known
    field: io.text_aliases), or None when it is no JSON Lines of records."""
    from curate.io.json_values import holds_text
    from curate.io.settings import reader_settings
    from curate.io.text_aliases import aliased

    objects = _first_objects(path)
    if objects is None or len(objects) < 2:
        return None
    settings = reader_settings(reader)
    # `{"id": ..., "content": ...}` a line; `adlr_id`, `ID` the id, as in a `.jsonl`
    found = aliased(settings, objects[0])
    if found == settings and holds_text(objects[0], settings.text_fields):
        return settings if reader is None else reader
    return found if holds_text(objects[0], found.text_fields) else None


def bare_json_lines(path: Path, reader: Any) -> Any:
    """`json_lines_reader` for a file with no extension (`part-00000`) or a Dask part
    (`0.part`), else None."""
    if (path.suffix and not dask_part(path.name)) or path.name.startswith((".", "_")):
        return None  # `_SUCCESS`, `.part-00000.crc`: a job's markers, never rows
    return json_lines_reader(path, reader) if path.name else None


def dask_part(name: str) -> bool:
    """`0.part`, `17.part`: what Dask's `to_json(folder)` and `to_csv(folder)` name their
    files (NeMo Curator's JSON Lines shards written so); a browser's `rows.jsonl.part` is a
    download cut short."""
    stem, _, suffix = name.partition(".")
    return suffix.lower() == "part" and stem.isdigit()


def _first_objects(path: Path) -> list[dict[str, Any]] | None:
    """The first non-blank lines' objects, or None when one of them is not an object."""
    from curate.io.compressed import open_binary

    objects: list[Any] = []
    try:
        with open_binary(path) as handle:
            while len(objects) < SNIFF_LINES:
                line = _sniffed_line(handle)
                if not line:
                    break
                if not line.strip():
                    continue
                value = _object(line)
                if not isinstance(value, dict):
                    return None
                objects.append(value)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return objects


def _object(line: bytes) -> Any:
    """A line's JSON value, or the object after its key (`doc-17<TAB>{...}`: io.keyed_lines)."""
    try:
        return json.loads(line.decode("utf-8-sig"))
    except ValueError:
        from curate.io.keyed_lines import keyed_object

        keyed = keyed_object(line.removeprefix(b"\xef\xbb\xbf"))
        if keyed is None:
            raise
        return keyed[1]


def _sniffed_line(handle: Any) -> bytes:
    """The next line, cut at `SNIFF_BYTES` unless it opens as a JSON object (see above)."""
    from curate.io.readers import MAX_DOCUMENT_CHARS

    line = handle.readline(SNIFF_BYTES)
    cut = len(line) == SNIFF_BYTES and not line.endswith(b"\n")
    if cut and line.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(OBJECT_OPENS):
        line += handle.readline(MAX_DOCUMENT_CHARS * 4)
    return line
