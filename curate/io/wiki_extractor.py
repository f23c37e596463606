"""WikiExtractor's output: `text/AA/wiki_00`, a `<doc>` block an article.

WikiExtractor is how most people turn a Wikipedia dump into text (datatrove's and NeMo
Curator's Wikipedia examples start from it). It writes files with no extension (`wiki_00`,
`wiki_01`, ... in folders `AA/`, `AB/`; `wiki_00.bz2` with `--compress`), each holding blocks

    <doc id="12" url="https://en.wikipedia.org/wiki?curid=12" title="Anarchism">
    Anarchism

    Anarchism is a political philosophy ...
    </doc>

Such a file was passed over as a file with no extension ("(no extension) 3"), and a `.bz2` one
was read as ONE document holding every article and the `<doc>` tags. A file is told by its
first bytes (a `<doc id="...">` line), not by its name or folder; each block is a document
with its `id`, `url` (the document's source) and `title`, read as a JSON Lines row of those
fields is (the `--json` form, one object a line, is read so already: io.json_lines_txt). The
first line of the block repeats the title and is not kept as text. Text outside a block is one
`malformed` record, and a block the file ends inside (a cut file) one `truncated` record.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HEAD = 4096  # bytes looked at to tell the kind: the first `<doc ...>` line fits
DOC_OPEN = re.compile(r'<doc id="[^"\n]*"[^\n]*>')  # one line, no nested repeats
ATTRIBUTE = re.compile(r'(\w+)="([^"\n]*)"')
DOC_CLOSE = "</doc>"
BOM = b"\xef\xbb\xbf"
TXT = "txt"  # the extension a renamed `wiki_00` most often gets


def might_be_wiki_docs(path: Path) -> bool:
    """A name WikiExtractor writes: no extension (`wiki_00`), or only a compression's
    (`wiki_00.bz2`), or the same renamed `.txt` (`wiki_00.txt`, `wiki_00.txt.bz2`: it was ONE
    document of raw `<doc>` markup); any such name is looked into, the name decides nothing."""
    from curate.io.compressed import COMPRESSIONS

    name = path.name.lower()
    if name.startswith((".", "_")):
        return False  # `.part-0.crc`, `_SUCCESS`: a job's markers
    stem, _, suffix = name.partition(".")
    if suffix == TXT or suffix.startswith(f"{TXT}."):
        suffix = suffix[len(TXT) + 1 :]
    return bool(stem) and (not suffix or f".{suffix}" in COMPRESSIONS)


def is_wiki_docs(path: Path) -> bool:
    """The file (maybe compressed) opens with a `<doc id="..." ...>` line."""
    from curate.io.compressed import first_bytes

    if not might_be_wiki_docs(path):
        return False
    head = first_bytes(path, HEAD, decompressed=True)
    if head is None:
        return False
    first = head.removeprefix(BOM).lstrip().split(b"\n", 1)[0]
    return DOC_OPEN.fullmatch(first.decode("utf-8", errors="replace").rstrip()) is not None


def doc_attributes(line: str) -> dict[str, str] | None:
    """`<doc id="12" url="..." title="Anarchism">` -> its attributes, or None for another
    line. The title is last and is not escaped (`title=""Weird Al" Yankovic"`): it runs to the
    line's closing `">`."""
    line = line.rstrip()
    if not DOC_OPEN.fullmatch(line):
        return None
    at = line.find(' title="')
    head = line[:at] if at >= 0 else line
    found = dict(ATTRIBUTE.findall(head))
    if at >= 0:
        found["title"] = line[at + len(' title="') : -len('">')]
    return found


def read_wiki_docs(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a `<doc>` block (see the module), in the file's order."""
    from curate.io.compressed import open_binary
    from curate.io.readers import Quarantined

    settings = record_settings(reader)
    where = str(path)
    block: _Block | None = None
    stray = 0  # the first line of text outside a block, 0 for none
    line_no = 0
    try:
        with open_binary(path) as handle:
            for raw in handle:
                line_no += 1
                line = raw.removeprefix(BOM) if line_no == 1 else raw
                opened = None
                if line.startswith(b"<doc"):
                    opened = doc_attributes(line.decode("utf-8", errors="replace"))
                if block is None and opened is None:
                    stray = stray or (line_no if line.strip() else 0)
                    continue
                if stray:
                    yield stray_text(where, stray, line_no - 1)
                    stray = 0
                if opened is not None:
                    if block is not None:  # a block with no `</doc>`: cut, the next begins
                        yield block.cut(where, base_id, f"a new <doc> begins at line {line_no}")
                    block = _Block(opened, line_no)
                elif line.rstrip() == DOC_CLOSE.encode():
                    yield block.document(where, base_id, settings)
                    block = None
                else:
                    block.add(line)
    except (OSError, EOFError, zlib.error) as err:
        why = f"could not read past line {line_no}: {type(err).__name__}: {err}"
        yield Quarantined(where, line_no + 1, "truncated", why)
        return
    if stray:
        yield stray_text(where, stray, line_no)
    if block is not None:
        yield block.cut(where, base_id, "the file ends inside it: cut short?")


def record_settings(reader: Any) -> Any:
    """The recipe's reader settings, with a record's own field names (`id`, `text`): a block
    here, a `<DOC>` record in `sgml_docs`."""
    import dataclasses

    from curate.io.settings import reader_settings

    return dataclasses.replace(reader_settings(reader), text_field="text", id_field="id")


class _Block:
    """The lines of one `<doc>` block, held up to the largest document (then only counted)."""

    def __init__(self, attributes: dict[str, str], start: int) -> None:
        from curate.io.readers import MAX_DOCUMENT_CHARS

        self.attributes, self.start = attributes, start
        self.lines: list[bytes] = []
        self.size = 0
        self.most = MAX_DOCUMENT_CHARS * 4  # bytes: no longer text fits in a document

    def add(self, line: bytes) -> None:
        self.size += len(line)
        if self.size <= self.most:
            self.lines.append(line)

    def cut(self, where: str, base_id: str, why: str) -> Any:
        from curate.io.readers import Quarantined

        doc_id = self.attributes.get("id", "?")
        said = f'<doc id="{doc_id}"> has no {DOC_CLOSE}: {why}'
        return Quarantined(where, self.start, "truncated", said, id=f"{base_id}-{self.start}")

    def document(self, where: str, base_id: str, settings: Any) -> Any:
        """The block's document, as the JSON Lines row `{id, url, title, text}` is read."""
        from curate.io.readers import Quarantined, decode, from_row

        row_id = f"{base_id}-{self.start}"
        if self.size > self.most:
            why = f"a <doc> block of more than {self.most:,} bytes"
            return Quarantined(where, self.start, "too_large", why, id=row_id)
        decoded = decode(b"".join(self.lines))
        if isinstance(decoded, str):
            return Quarantined(where, self.start, "encoding", decoded, id=row_id)
        text, encoding = decoded
        title = self.attributes.get("title", "")
        first, _, rest = text.lstrip("\n").partition("\n")
        if title.strip() and first.strip() == title.strip():  # the title again, as a line
            text = rest
        row = {**self.attributes, "text": text.strip("\n")}
        doc = from_row(row, where, self.start, default_id=row_id, settings=settings)
        if encoding != "utf-8" and not isinstance(doc, Quarantined):
            doc.labels["encoding"] = encoding
        return doc


def stray_text(where: str, first: int, last: int, outside: str = "a <doc> block") -> Any:
    """The quarantine row of text found between a file's records (lines `first` to `last`)."""
    from curate.io.readers import Quarantined

    lines = f"line {first}" if first == last else f"lines {first}-{last}"
    return Quarantined(where, first, "malformed", f"text outside {outside} ({lines})")
