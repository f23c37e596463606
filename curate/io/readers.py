"""Read documents from files and folders; whatever cannot be read becomes a quarantine record.

Inputs are opened read-only and never modified. Every input yields either a `Document` or a
`Quarantined` naming the file (and line) and the reason, so the run can account for all of it.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import re
import zlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curate.document import PAGE_METADATA, Document
from curate.io import loose_json
from curate.io.asciidoc import ASCIIDOC_SUFFIXES
from curate.io.bare_strings import opens_texts, text_row
from curate.io.binary_fields import decoded_fields
from curate.io.bulk_actions import BULK_ACTION, action_of
from curate.io.compressed import COMPRESSIONS, open_binary, read_bytes
from curate.io.compression_names import bzip2_spellings, other_compressions
from curate.io.crawl_rows import CRAWLED_AT, crawl_date
from curate.io.cut_stream import cut_detail
from curate.io.datatrove_logs import logging_kind
from curate.io.delta_tables import passed_over_kind as delta_kind
from curate.io.empty_archives import empty_kind
from curate.io.epub import EPUB_SUFFIXES
from curate.io.evernote import ENEX_SUFFIXES
from curate.io.fields import field_value, has_field, string_paths
from curate.io.gzip_names import gzip_spellings
from curate.io.hidden_files import hidden_kind
from curate.io.id_text import id_text
from curate.io.input_list import input_list
from curate.io.joined_values import split_joined
from curate.io.json_comments import after_leading_comments
from curate.io.jsonl_names import JSON_LINES_NAMES
from curate.io.juicer_stats import juicer_kind
from curate.io.latex import LATEX_SUFFIXES
from curate.io.line_arrays import line_items
from curate.io.list_cells import listed_columns, with_lists
from curate.io.mail import SUFFIXES as MAIL_SUFFIXES
from curate.io.markdown import MARKDOWN_SUFFIXES
from curate.io.missing_titles import title_or_none
from curate.io.notebooks import NOTEBOOK_SUFFIXES
from curate.io.nul_bytes import nul_hole, nul_padded, text_with_stray_nuls
from curate.io.office_docs import OFFICE_SUFFIXES
from curate.io.orc import ORC_SUFFIXES
from curate.io.org_mode import ORG_SUFFIXES
from curate.io.overlap import read_once
from curate.io.pages import is_saved_page, opens_as_page, page_id, text_opens_as_page
from curate.io.row_metadata import row_metadata
from curate.io.row_url import page_url
from curate.io.rst import RST_SUFFIXES
from curate.io.rtf import RTF_SUFFIXES
from curate.io.selection_items import name_title, selected_title, selection_page
from curate.io.selection_rows import (
    RowGroups,
    link_title,
    record_settings,
    scraped_page,
    scraper_records,
    selection_table,
)
from curate.io.settings import ReaderSettings, reader_settings
from curate.io.skipped_hints import is_project_file, project_text_kind
from curate.io.slack_export import index_kind as slack_index_kind
from curate.io.story_files import STORY_SUFFIXES
from curate.io.stray_lines import nul_pieces, unwritten_reason
from curate.io.substack_export import index_kind as substack_index_kind
from curate.io.substack_export import is_substack_index
from curate.io.subtitles import SUBTITLE_SUFFIXES, TTML_SUFFIXES
from curate.io.text_aliases import alias_reads, ambiguous_hint, columnar_settings, file_reader
from curate.io.text_nodes import joined_nodes
from curate.io.text_siblings import (
    beside_text,
    metadata_title,
    one_string,
    other_title,
    text_object_title,
    title_form,
    title_part,
    webflow_title,
)
from curate.io.title_lists import listed_title
from curate.io.tool_files import file_kind as tool_file_kind
from curate.io.tool_files import passed_over as tool_folders
from curate.io.tool_files import skipped_kind as tool_kind
from curate.io.unreadable import folder_kind, unreadable_file
from curate.io.warc_compressed import SUFFIXES as WARC_COMPRESSED
from curate.io.warc_gzip import warc_gzip_names
from curate.io.wikitext_rows import wikitext_articles

DEFAULT_READER = ReaderSettings()
TEXT_FIELD = "text_field"  # label: the field a row's text was read from, when several are named
SPLIT = "split"  # label: the dataset split a document was read from, when `--split` names it
INPUT = "input"  # label: (file, line) a document was read from, for a quarantine row naming it
IN_MEMORY = "<records>"  # the file of records given in memory (Pipeline.run, from_records)
INPUT_SPLIT = "input_split"  # label: the split of a merged input (no `--split`), for the report

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".txt.gz", ".txt.zst", ".txt.bz2", ".txt.xz")
# `.text`: plain text's other name (Project Gutenberg mirrors, older Unix tools); passed over
# with "rename it .txt", so a folder of them read nothing
TEXT_SUFFIXES += (".text", ".text.gz", ".text.zst", ".text.bz2", ".text.xz")
# `.zst`: Zstandard, as The Pile, RedPajama and SlimPajama ship JSON Lines (curate.io.compressed)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".jsonl.zst", ".ndjson", ".ndjson.gz", ".ndjson.zst")
JSONL_SUFFIXES += (".jsonl.bz2", ".jsonl.xz", ".ndjson.bz2", ".ndjson.xz")  # io.compressed
TEXT_SUFFIXES += (".txt.zstd",)  # `.zstd`: Zstandard's other name, DCLM's (io.compressed)
JSONL_SUFFIXES += (".jsonl.zstd", ".ndjson.zstd")
TEXT_SUFFIXES += (".txt.lz4",)  # LZ4 frames (io.compressed)
JSONL_SUFFIXES += (".jsonl.lz4", ".ndjson.lz4")
PARQUET_SUFFIXES = (".parquet",)
PARQUET_SUFFIXES += (".pq", ".parq")  # Parquet's short names (DuckDB's, fastparquet users'):
# they were passed over as `.pq 1`
ARROW_SUFFIXES = (".arrow",)  # `datasets`' `save_to_disk` shards (curate.io.arrow)
ARROW_SUFFIXES += (".feather",)  # pandas' `df.to_feather`: the Arrow IPC file format
# `.ipc` (Polars' `write_ipc` as many name it) and `.arrows` (the stream format's registered
# name): the same Arrow IPC data, passed over as kinds curate does not read
ARROW_SUFFIXES += (".ipc", ".arrows")
TEXT_SUFFIXES += other_compressions(TEXT_SUFFIXES)  # `.txt.lzma`, `.txt.br` (io.compression_names)
JSONL_SUFFIXES += other_compressions(JSONL_SUFFIXES)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES += gzip_spellings(TEXT_SUFFIXES)  # `rows.txt.gzip` (io.gzip_names)
JSONL_SUFFIXES += gzip_spellings(JSONL_SUFFIXES)
HTML_SUFFIXES += gzip_spellings(HTML_SUFFIXES)
TEXT_SUFFIXES += bzip2_spellings(TEXT_SUFFIXES)  # `rows.txt.bzip2` (io.compression_names)
JSONL_SUFFIXES += bzip2_spellings(JSONL_SUFFIXES)
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")  # web archives: curate.io.warc
WARC_SUFFIXES += (".warc.wet.gz", ".warc.wet", ".wet.gz", ".wet")  # Common Crawl's text: io.wet
WARC_SUFFIXES += WARC_COMPRESSED  # `.warc.zst`, a `.warc` compressed whole: io.warc_compressed
WARC_SUFFIXES += warc_gzip_names(WARC_SUFFIXES)  # `crawl.warc.gzip` (io.warc_gzip)
KNOWN_SUFFIXES = (
    TEXT_SUFFIXES
    + MARKDOWN_SUFFIXES
    + RST_SUFFIXES  # reStructuredText: Sphinx, Pelican (io.rst)
    + ASCIIDOC_SUFFIXES  # AsciiDoc: Antora, Asciidoctor (io.asciidoc)
    + ORG_SUFFIXES  # Emacs's Org mode (io.org_mode)
    + LATEX_SUFFIXES  # a paper's or a report's LaTeX source (io.latex)
    + NOTEBOOK_SUFFIXES  # Jupyter's `.ipynb`: its Markdown cells (io.notebooks)
    + STORY_SUFFIXES  # CNN / Daily Mail's `<sha1>.story` (io.story_files)
    + SUBTITLE_SUFFIXES  # captions, `.srt`, `.vtt`, `.sbv`: their transcript (io.subtitles)
    + TTML_SUFFIXES  # Timed Text, `.ttml`, `.dfxp` (io.subtitles)
    + OFFICE_SUFFIXES  # Word's `.docx`, OpenDocument's `.odt` (io.office_docs)
    + RTF_SUFFIXES  # Factiva's, a word processor's `.rtf` (io.rtf)
    + ENEX_SUFFIXES  # Evernote's export, a note a document (io.evernote)
    + EPUB_SUFFIXES  # an e-book, a book a document (io.epub)
    + JSONL_SUFFIXES
    + PARQUET_SUFFIXES
    + ORC_SUFFIXES  # Hive's and Spark's (io.orc)
    + ARROW_SUFFIXES
    + HTML_SUFFIXES
    + WARC_SUFFIXES
    + MAIL_SUFFIXES  # a newsletter's `.eml`, a list's `.mbox` (io.mail)
)
# a repository's notes in these (`README.md`, `CHANGELOG.rst`) are no input (io.skipped_hints)
NOTES_SUFFIXES = (*MARKDOWN_SUFFIXES, *RST_SUFFIXES, *ASCIIDOC_SUFFIXES, *ORG_SUFFIXES)
# `.json` is read only when it holds records (JSON Lines, as `datasets.Dataset.to_json` writes,
# or an array of objects) with a text or html field: a crawl's `meta.json` is not a document
JSON_SUFFIXES = (".json", ".json.gz", ".json.zst", ".json.bz2", ".json.xz")
JSON_SUFFIXES += (".json.zstd", ".json.lz4")
# schema.org's JSON-LD saved from a page (`article.jsonld`: `articleBody`, or an `@graph`)
JSON_SUFFIXES += (".jsonld", ".jsonld.gz")
JSON_SUFFIXES += gzip_spellings(JSON_SUFFIXES)  # `pages.json.gzip` (io.gzip_names)
JSON_SUFFIXES += other_compressions(JSON_SUFFIXES)  # `pages.json.lzma` (io.compression_names)
JSON_SUFFIXES += bzip2_spellings(JSON_SUFFIXES)  # `pages.json.bzip2` (io.compression_names)
JSON_SUFFIXES += JSON_LINES_NAMES  # Scrapy's `.jl`, `.jsonlines`, sniffed (io.jsonl_names)
# `.csv` / `.tsv` (Kaggle's news sets, spreadsheet exports) are read only when their header names
# the text field or `html`: a crawl's `notes.csv` is not a table of documents
TABLE_SUFFIXES = (".csv", ".tsv", ".csv.gz", ".tsv.gz", ".csv.zst", ".tsv.zst")
TABLE_SUFFIXES += (".csv.bz2", ".tsv.bz2", ".csv.xz", ".tsv.xz")
TABLE_SUFFIXES += (".csv.zstd", ".tsv.zstd", ".csv.lz4", ".tsv.lz4")
TABLE_SUFFIXES += gzip_spellings(TABLE_SUFFIXES)  # `feed.csv.gzip` (io.gzip_names)
TABLE_SUFFIXES += other_compressions(TABLE_SUFFIXES)  # `feed.csv.lzma` (io.compression_names)
TABLE_SUFFIXES += bzip2_spellings(TABLE_SUFFIXES)  # `feed.csv.bzip2` (io.compression_names)
SNIFFED_SUFFIXES = JSON_SUFFIXES + TABLE_SUFFIXES
MAX_JSON_ARRAY_BYTES = 1 << 30  # an array is parsed whole; larger ones should be JSON Lines
SNIFF_BYTES = 8192
SNIFF_MAX_BYTES = 1 << 24  # what a `.json` file's sniff reads at most to see its first record
BROKEN_LINK = "broken link"  # a skipped file's kind: a symbolic link to nothing
NUL_BYTES = "NUL bytes"
MAX_DOCUMENT_CHARS = 10_000_000  # larger documents are refused with a reason, never half-read
MAX_NAMED = 3  # texts one level down a quarantine row's advice names (`text.en`, `text.de`)
# a JSON line may spell a character in up to 6 bytes ("\u00e9") and carry other fields (html)
MAX_JSON_LINE_BYTES_PER_CHAR = 8
# Formats that are never text, by their first bytes (a PNG or a zip among .txt files)
MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "zip archive",
    b"\x1f\x8b": "gzip data",
    b"\x28\xb5\x2f\xfd": "Zstandard data",
    b"%PDF": "PDF document",
    b"\x7fELF": "executable",
    b"PAR1": "Parquet file",
}
# compressions curate does not decode, named with what to do (io.skipped_hints): a `.txt` that
# is `lzip` output was "invalid UTF-8 ... bytes decode as nothing"
MAGIC[b"LZIP"] = "lzip data: decompress it with lzip -d, or recompress it as .gz or .zst"
MAGIC[b"\x1f\x9d"] = "Unix compress (.Z) data: decompress it with uncompress or gzip -d"
MAGIC[b"7z\xbc\xaf\x27\x1c"] = "7-Zip archive: unpack it and give the folder"
MAGIC[b"\xff\x06\x00\x00sNaPpY"] = "Snappy framed data: decompress it with snzip -d"
# Legacy single-byte encodings that detectors confuse with Windows-1252 on short Western text
# ("très" read as cp1257 gives "trčs"): when the bytes decode as cp1252 too, cp1252 wins, as the
# WHATWG encoding standard does for labels of that family.
LATIN_COUSINS = frozenset(
    {
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "cp775",
        "cp850",
        "cp852",
        "cp437",
        "cp1006",
        "hp_roman8",
        "mac_latin2",
        "mac_roman",
        "mac_iceland",  # "hatís" for "hat’s" (io.latin_cousins)
        "mac_turkish",
        "mac_croatian",
        "mac_romanian",
        "latin_1",
        "iso8859_2",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
    }
)
SURROGATE = re.compile("[\ud800-\udfff]")
SEP_LINE = re.compile(rb"^(?:\xef\xbb\xbf)?sep=([^\r\n])\r?\n?$")  # Excel's delimiter line


@dataclass(frozen=True)
class Quarantined:
    """An input that could not become a document."""

    file: str
    line: int | None
    kind: str
    error: str
    seq: int = 0
    id: str | None = None  # the document's id, when it had one (`curate explain` finds it)
    offset: int | None = None  # byte offset of the record in a web archive (WARC, ARC)

    def to_dict(self) -> dict[str, Any]:
        row = {"file": self.file, "line": self.line, "kind": self.kind, "error": self.error}
        if self.id is not None:
            row["id"] = self.id
        if self.offset is not None:
            row["offset"] = self.offset
        return row


@dataclass(frozen=True)
class Skipped:
    """A record of a web archive that is no page to read (a request, an image, a 404), or a page
    a reader filter dropped: counted in the report by `kind`, never a document."""

    kind: str


class InputError(ValueError):
    """The run cannot start: a named input does not exist or cannot be used."""


def suffix_of(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(KNOWN_SUFFIXES + SNIFFED_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def file_id(path: Path, root: Path) -> str:
    """The id of a document read from `path` found under the input `root`.

    The path relative to the root, `/`-separated, without the format's extension and `.gz`:
    `2024.05.01-storm.txt` is `2024.05.01-storm` and `siteA/index.html` is `siteA/index`, so
    date-named files and mirrored sites keep one id each. A file named on its own is its name.
    """
    relative = path.relative_to(root) if path != root else Path(path.name)
    name = relative.as_posix()
    suffix = suffix_of(path)
    if suffix in COMPRESSIONS:  # `story.html.bz2` is `story`, as `story.html.gz` is
        from curate.io.bare_compressed import named_kind

        suffix = (named_kind(path) or "") + suffix
    return name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else name


@dataclass(frozen=True)
class InputFiles:
    """What a walk over the inputs found: files to read with their ids, and what it passed over."""

    files: list[tuple[Path, str]]  # (file, the id its documents derive from), in reading order
    skipped: list[str]  # files of a type curate does not read
    outputs: list[str]  # folders that are curate outputs (never read back in)
    repeated: int = 0  # later mentions of a file the inputs name twice, not read again
    # hidden files and folders (io.hidden_files), folders it could not list (io.unreadable):
    # never opened, listed in the report
    set_aside: list[str] = dataclasses.field(default_factory=list)
    # a text file's JSON metadata beside it, read with it, never on its own (io.sidecars)
    sidecars: dict[Path, Any] = dataclasses.field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [path for path, _ in self.files]


def walk_inputs(
    paths: Iterable[str | Path], exclude: Iterable[str | Path] = (), reader: Any = None
) -> InputFiles:
    """Files to read (folders walked recursively, sorted), with ids from their relative paths.

    Hidden files and folders (a staging folder is one) and curate outputs (a folder holding a
    curate `report.json`, or one of `exclude`, the destination) are never read as input. A
    `.json` file is read when it holds records with the text field (`json_records`).
    """
    text_field = reader_settings(reader).text_fields
    excluded = {Path(p).resolve() for p in exclude}
    files: list[tuple[Path, str]] = []
    skipped: list[str] = []
    outputs: list[str] = []
    set_aside: list[str] = []  # never read, listed (io.hidden_files, io.unreadable)
    paths = input_list(paths)  # one path alone is one input, not its characters (io.input_list)
    for raw in _globbed(paths):
        path = Path(raw)
        if not path.exists():
            from curate.io.stdin_input import is_stdin, stdin_message

            if is_stdin(raw):  # `cat rows.jsonl | curate run -` (io.stdin_input)
                raise InputError(stdin_message())
            if os.path.islink(path) and raw not in paths:
                skipped.append(str(path))  # a pattern matched a broken link: as in a folder
                continue
            if os.path.islink(path):  # named itself: say it is a link, and to what
                from curate.io.link_loops import broken_link_message  # `a -> b -> a`

                raise InputError(broken_link_message(path))
            # a relative path is read from where the command runs: say where that is
            where = "" if path.is_absolute() else f" (from {Path.cwd()})"
            raise InputError(f"{path}: no such file or directory{where}")
        if not path.is_dir():
            from curate.io.stdin_input import is_pipe, pipe_message

            if is_pipe(path):  # `<(zcat rows.jsonl.gz)` (io.stdin_input)
                raise InputError(pipe_message(path))
            files.append((path, file_id(path, path.parent)))
            set_aside += _archive_of_inputs(path)[1]  # hidden members (io.archive_hidden)
            continue
        found: list[tuple[Path, str]] = []
        walked: set[Path] = set()  # real folders: a linked folder is read once, a loop ends
        tables = _delta_tables()  # a Delta table's live files alone (io.delta_tables)
        for folder, subfolders, names in _walk(path, set_aside):
            if folder.resolve() in excluded or _is_curate_output(folder):
                outputs.append(str(folder))
                subfolders.clear()
                continue
            real = folder.resolve()
            if real in walked or (walked and path.resolve().is_relative_to(real)):
                subfolders.clear()  # read already, or a link up the tree (`up -> ..`)
                continue
            walked.add(real)
            set_aside += _enter_table(tables, folder, subfolders)  # its `_delta_log/`, listed
            set_aside += [f"{folder / d}/" for d in subfolders if _hidden(d) and _listed(d)]
            set_aside += [str(folder / n) for n in names if _hidden(n) and _listed(n)]
            subfolders[:] = sorted(d for d in subfolders if not _hidden(d))
            subfolders[:] = [d for d in subfolders if not _hub_store(folder, d)]
            skipped += tool_folders(folder, subfolders)  # datatrove's `removed/` (io.tool_files)
            for name in sorted(n for n in names if not _hidden(n)):
                child = folder / name
                suffix = suffix_of(child)
                if not child.exists():  # a link to a file since moved: listed, never opened
                    skipped.append(str(child))
                elif not child.is_file():  # a named pipe (FIFO), a socket: never opened
                    skipped.append(str(child))
                elif tables.removed(child):  # removed from its Delta table (io.delta_tables)
                    set_aside.append(str(child))
                elif suffix in NOTES_SUFFIXES and is_project_file(name):
                    skipped.append(str(child))  # README.md: a repository's or a Hub card
                elif project_text_kind(name):  # LICENSE.txt, requirements.txt
                    skipped.append(str(child))
                elif logging_kind(str(child)):  # `logs/stats.json` (io.datatrove_logs)
                    skipped.append(str(child))
                elif juicer_kind(str(child)):  # `export_stats.jsonl` (io.juicer_stats)
                    skipped.append(str(child))
                elif tool_file_kind(str(child)):  # `cache-<hash>.arrow` (io.tool_files)
                    skipped.append(str(child))
                elif (
                    suffix in KNOWN_SUFFIXES
                    or (suffix in JSON_SUFFIXES and json_records(child, text_field))
                    or (suffix in JSON_SUFFIXES and _json_broken(child))  # io.broken_json
                    or (suffix in SNIFFED_SUFFIXES and _is_lfs_pointer(child))  # io.lfs_pointer
                    or (suffix in TABLE_SUFFIXES and table_columns(child, text_field))
                    or (suffix in TABLE_SUFFIXES and id_text_table(child))  # io.id_text_rows
                    or (suffix in SNIFFED_SUFFIXES and alias_reads(child, text_field))  # `content`
                    or (suffix in SNIFFED_SUFFIXES and _other_kind(child, suffix, reader))
                ):
                    found.append((child, file_id(child, path)))
                elif suffix in (*JSON_SUFFIXES, *TABLE_SUFFIXES) and _empty(child):
                    found.append((child, file_id(child, path)))  # `empty` (io.empty_files)
                elif _mhtml(child):  # Chrome's "Webpage, Single File" (io.mhtml)
                    found.append((child, file_id(child, path)))
                elif _newsml(child):  # an agency's NewsML-G2 `newsItem` (io.newsml)
                    found.append((child, file_id(child, path)))
                elif _mediawiki(child):  # a wiki's `Special:Export`, a dump (io.mediawiki)
                    found.append((child, file_id(child, path)))
                elif _ttml(child):  # the BBC's subtitles, TTML as `.xml` (io.subtitles)
                    found.append((child, file_id(child, path)))
                elif _feed(child):  # `bbc.xml`, `news.rss`: an RSS or Atom feed (io.feeds)
                    found.append((child, file_id(child, path)))
                elif _xml_rows(child, text_field):  # `df.to_xml()` (io.xml_records)
                    found.append((child, file_id(child, path)))
                elif _wiki_docs(child):  # WikiExtractor's `AA/wiki_00` (io.wiki_extractor)
                    found.append((child, file_id(child, path)))
                elif _sgml_docs(child):  # TREC's `<DOC>` files, Reuters' `.sgm` (io.sgml_docs)
                    found.append((child, file_id(child, path)))
                elif _tweets_js(child):  # a Twitter archive's `tweets.js` (io.twitter_archive)
                    found.append((child, file_id(child, path)))
                elif _message_export(child):  # Telegram's `result.json` (io.message_exports)
                    found.append((child, file_id(child, path)))
                elif _facebook(child):  # `your_posts_1.json` (io.facebook_export)
                    found.append((child, file_id(child, path)))
                elif _instagram(child):  # Instagram's `posts_1.json` (io.instagram_export)
                    found.append((child, file_id(child, path)))
                elif _sheet_text(child):  # an `.xls` that is an HTML table (io.sheet_text)
                    found.append((child, file_id(child, path)))
                elif _inner_suffix(child) is not None:  # `articles.gz` (io.bare_compressed)
                    found.append((child, file_id(child, path)))
                elif (archive := _archive_of_inputs(child))[0]:  # `articles.zip` (io.archives)
                    found.append((child, file_id(child, path)))
                    set_aside += archive[1]  # its `.DS_Store`, `__MACOSX/` (io.archive_hidden)
                elif _bare_json_lines(child, reader) is not None:  # Spark's `part-00000`
                    found.append((child, file_id(child, path)))
                elif _dask_table(child, reader):  # Dask's `0.part` of CSV
                    found.append((child, file_id(child, path)))
                elif is_saved_page(child):  # `wget --mirror`'s `article.php?id=5` (io.pages)
                    found.append((child, page_id(child, path)))
                else:
                    skipped.append(str(child))
        files.extend(sorted(found))  # one order over the whole tree: by path
    files, repeated = read_once(files)  # `news/ news/2024/`: a file once (io.overlap)
    from curate.io.compressed_copies import compressed_copies  # `x.jsonl` + `x.jsonl.gz`

    files, copies = compressed_copies(files)
    skipped += copies
    from curate.io.sidecars import join_sidecars  # `001.txt` + `001.json`: one document

    files, skipped, sidecars = join_sidecars(files, skipped)
    wanted = reader_settings(reader).split
    if wanted:  # `--split test`: only the files of those splits (curate.io.splits)
        from curate.io.splits import select_splits

        files = select_splits(files, wanted, text_field)
    from curate.io.path_names import readable_name  # `caf\xe9.xlsx` listed (io.path_names)

    skipped = [readable_name(name) for name in skipped]
    outputs = [readable_name(o) for o in outputs]
    set_aside = sorted(readable_name(name) for name in set_aside)
    return InputFiles(files, sorted(skipped), outputs, repeated, set_aside, sidecars)


def _delta_tables() -> Any:
    from curate.io.delta_tables import TableFolders

    return TableFolders()


def _enter_table(tables: Any, folder: Path, subfolders: list[str]) -> list[str]:
    """The Delta log to list when `folder` is a table; a table that cannot be read as its
    Parquet files stops the run, saying how to export it (io.delta_tables)."""
    from curate.io.delta_tables import DeltaTableError

    try:
        return tables.enter(folder, subfolders)
    except DeltaTableError as err:
        raise InputError(str(err)) from None


def _hidden(name: str) -> bool:
    """A hidden file or folder, or one Windows hides (`Thumbs.db`: io.system_files)."""
    from curate.io.hidden_files import is_hidden

    return is_hidden(name)


def _listed(name: str) -> bool:
    """A hidden name listed as skipped: not curate's own staging (io.hidden_files)."""
    from curate.io.hidden_files import listed

    return listed(name)


def _hub_store(folder: Path, name: str) -> bool:
    """A Hub cache's `blobs/`, `refs/` or an old snapshot (curate.io.hub_cache)."""
    from curate.io.hub_cache import passed_over

    return passed_over(folder, name)


def _empty(path: Path) -> bool:
    """A `.json` or a table with nothing in it (a Dolma shard `.json.gz` of an empty stream, a
    0-byte `.csv`): read, to be one `empty` record as an empty `.jsonl` is, not a file skipped
    by its extension with no reason given (session 52's ecosystem round)."""
    from curate.io.empty_files import empty_reason

    return empty_reason(path) is not None


def _mhtml(path: Path) -> bool:
    """A page saved as one file: `.mhtml`, `.mht` (io.mhtml), Safari's `.webarchive`."""
    from curate.io.mhtml import is_mhtml
    from curate.io.webarchive import is_webarchive

    return is_mhtml(path) or is_webarchive(path)


def _xml_rows(path: Path, text_field: Any) -> bool:
    if not path.name.lower().endswith(".xml"):
        return False
    from curate.io.xml_records import holds_xml_records

    return holds_xml_records(path, _names(text_field))


def _ttml(path: Path) -> bool:
    from curate.io.subtitles import is_ttml

    return is_ttml(path)


def _feed(path: Path) -> bool:
    from curate.io.feeds import is_feed

    return is_feed(path)


def _wiki_docs(path: Path) -> bool:
    from curate.io.wiki_extractor import is_wiki_docs

    return is_wiki_docs(path)


def _sgml_docs(path: Path) -> bool:
    from curate.io.sgml_docs import is_sgml_docs

    return is_sgml_docs(path)


def _tweets_js(path: Path) -> bool:
    from curate.io.twitter_archive import is_tweets_js

    return is_tweets_js(path)


def _sheet_text(path: Path) -> bool:
    from curate.io.sheet_text import sheet_kind

    return sheet_kind(path) is not None


def _mediawiki(path: Path) -> bool:
    from curate.io.mediawiki import is_mediawiki

    return is_mediawiki(path)


def _newsml(path: Path) -> bool:
    from curate.io.newsml import is_newsml

    return is_newsml(path)


def _jina_page(doc: Any) -> bool:
    if not isinstance(doc, Document) or not doc.text.lstrip("\ufeff").startswith("Title:"):
        return False
    from curate.io.jina_reader import jina_header

    return jina_header(doc.text) is not None


def _message_export(path: Path) -> bool:
    from curate.io.message_exports import export_reader

    return export_reader(path) is not None


def _slack_index(path: Path) -> bool:
    from curate.io.slack_export import is_slack_index

    return is_slack_index(path)


def _facebook(path: Path) -> bool:
    from curate.io.facebook_export import is_facebook_export

    return is_facebook_export(path)


def _instagram(path: Path) -> bool:
    from curate.io.instagram_export import is_instagram_export

    return is_instagram_export(path)


def _inner_suffix(path: Path) -> str | None:
    from curate.io.bare_compressed import inner_suffix

    return inner_suffix(path)


def _archive_of_inputs(path: Path) -> tuple[bool, list[str]]:
    """Whether an archive holds inputs, and its hidden members to list (io.archive_hidden)."""
    from curate.io.archive_hidden import inputs_and_hidden

    return inputs_and_hidden(path)


def _globbed(paths: Iterable[str | Path]) -> list[str | Path]:
    """Inputs with a pattern that names no file expanded (`"data/*.jsonl"` in quotes, or from
    Windows, whose shells leave patterns to the program): it was 'no such file or directory'.
    A pattern that matches nothing stays, for that error."""
    from curate.io.patterns import expand, expand_home, is_pattern, no_match

    expanded: list[str | Path] = []
    for raw in paths:
        name = expand_home(str(raw))  # `"~/news"` in quotes (io.patterns)
        raw = name if name != str(raw) else raw
        pattern = is_pattern(name)
        matches = expand(name) if pattern else []  # `**`: any depth (io.patterns)
        if pattern and not matches:
            raise InputError(no_match(name))
        expanded.extend(matches or [raw])
    return expanded


def _walk(root: Path, unlisted: list[str]) -> Iterator[tuple[Path, list[str], list[str]]]:
    """Folders under `root`, top down; linked folders too (`ln -s ~/archive/2023 news/`), as a
    linked file is read, rather than passed over without a word. A folder that cannot be
    listed (no permission) is added to `unlisted` (io.unreadable): `os.walk` dropped it."""

    def unreadable(err: OSError) -> None:
        unlisted.append(f"{err.filename}/")

    for folder, subfolders, names in os.walk(root, onerror=unreadable, followlinks=True):
        yield Path(folder), subfolders, names


def _is_curate_output(folder: Path) -> bool:
    """A published curate folder (its `report.json` says so): never input to another run."""
    marker = folder / "report.json"
    if not marker.is_file():
        return False
    try:
        report = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(report, dict) and "curate" in report


def find_files(
    paths: Iterable[str | Path], exclude: Iterable[str | Path] = ()
) -> tuple[list[Path], list[str]]:
    """Files to read (folders walked recursively, sorted) and the files passed over."""
    found = walk_inputs(paths, exclude)
    return found.paths, found.skipped


def skipped_kinds(skipped: Iterable[str]) -> dict[str, int]:
    """How many skipped files of each kind (their extension), most frequent first."""
    from curate.io.job_markers import marker_kind
    from curate.io.link_loops import LINK_LOOP, loops

    counts: dict[str, int] = {}
    for name in skipped:
        kind = "curate output folder" if name.endswith("/") else suffix_of(Path(name))
        kind = hidden_kind(name) or kind  # `.DS_Store`, `.git/` (io.hidden_files)
        kind = marker_kind(name) or kind  # `_SUCCESS`, `.part-0.crc` (io.job_markers)
        kind = logging_kind(name) or kind  # datatrove's `logs/stats.json` (io.datatrove_logs)
        kind = empty_kind(name) or kind  # a `.zip` of no file (io.empty_archives)
        kind = juicer_kind(name) or kind  # Data-Juicer's `x_stats.jsonl` (io.juicer_stats)
        kind = folder_kind(name) or kind  # `locked/`: no permission (io.unreadable)
        kind = delta_kind(name) or kind  # `_delta_log/`, a removed file (io.delta_tables)
        kind = tool_kind(name) or kind  # `removed/`, `x.lock`, `state.json` (io.tool_files)
        kind = project_text_kind(name) or kind  # `requirements.txt` (io.skipped_hints)
        kind = substack_index_kind(name) or kind  # Substack's `posts.csv` (io.substack_export)
        kind = slack_index_kind(name) or kind  # Slack's `users.json` (io.slack_export)
        if os.path.islink(name) and not os.path.exists(name):
            kind = LINK_LOOP if loops(name) else BROKEN_LINK  # `a -> b -> a` (io.link_loops)
        kind = kind or "(no extension)"
        counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def read_inputs(
    paths: Iterable[str | Path], exclude: Iterable[str | Path] = (), reader: Any = None
) -> Iterator[Document | Quarantined | Skipped]:
    """Every record of every input, in a fixed order, numbered by `seq`; ids made unique.

    `reader` is the recipe's `reader` section (web archive filters, the HTML extractor, the
    fields of JSONL/Parquet rows)."""
    ids = UniqueIds()
    seq = 0
    found = walk_inputs(paths, exclude, reader)
    files = found.files
    split_of = _split_labels(files, reader)
    merged = {} if split_of else _merged_splits(files)  # counted by split in the report
    from curate.io.path_names import readable_name
    from curate.io.placeholders import DELETED_PLACEHOLDER, placeholder_kind

    for path, base_id in files:
        name = readable_name(str(path))  # `caf\xe9.txt`, no UTF-8 name (io.path_names)
        base_id = readable_name(base_id)
        items = wikitext_articles(read_file(path, base_id, reader))  # io.wikitext_rows
        if path in found.sidecars:  # its metadata beside it: `001.json` (io.sidecars)
            from curate.io.sidecars import with_sidecar

            items = with_sidecar(items, path, found.sidecars[path], reader)
        for item in _or_no_records(path, items):
            if isinstance(item, Skipped):
                yield item
                continue
            if isinstance(item, Document) and placeholder_kind(item.text):
                yield Skipped(DELETED_PLACEHOLDER)  # `[removed]`, `[flagged]` (io.placeholders)
                continue
            if name != str(path):
                item = _named(item, name)
            if isinstance(item, Document):
                line = item.labels.pop("input_line", None)
                item.labels[INPUT] = (name, line)
                if path in split_of:  # `--split`: published as that split (publish.splits)
                    item.labels[SPLIT] = split_of[path]
                elif path in merged:
                    item.labels[INPUT_SPLIT] = merged[path]
                ids.claim(item, f"{base_id}:{line}" if line is not None else base_id)
                item.seq = seq
            else:
                item = dataclasses.replace(item, seq=seq)
            seq += 1
            yield item


def _or_no_records(
    path: Path, items: Iterator[Document | Quarantined | Skipped]
) -> Iterator[Document | Quarantined | Skipped]:
    """The records of a file, or one `empty` record when it gave none (a Parquet file of 0
    rows, a header alone: curate.io.empty_files), so no file given is left out of the counts."""
    given = False
    for item in items:
        given = True
        yield item
    if not given:
        from curate.io.empty_files import no_records_reason

        yield Quarantined(str(path), None, "empty", no_records_reason(path))


def _named(item: Document | Quarantined, name: str) -> Document | Quarantined:
    """A record of a file whose name is not UTF-8, its file, source and id readable
    (curate.io.path_names)."""
    from curate.io.path_names import readable_name

    if isinstance(item, Document):
        item.id = readable_name(item.id)
        item.source = readable_name(item.source) if item.source is not None else None
        return item
    item_id = readable_name(item.id) if item.id is not None else None
    return dataclasses.replace(item, file=readable_name(item.file), id=item_id)


def _split_labels(files: list[tuple[Path, str]], reader: Any) -> dict[Path, str]:
    """The split of each file when splits are asked for (`--split`), else nothing."""
    if not reader_settings(reader).split:
        return {}
    from curate.io.splits import file_splits

    return file_splits(path for path, _ in files)


def _merged_splits(files: list[tuple[Path, str]]) -> dict[Path, str]:
    from curate.io.splits import merged_file_splits

    return merged_file_splits(files)


class UniqueIds:
    """Every document keeps a distinct id, and none is lost for sharing one.

    Shards numbered from 0 each (`a.jsonl` and `b.jsonl` both holding ids 0, 1, 2), or one
    record id given twice, are common in scraped data. The first document keeps its id; a later
    one is renamed `<id>@<file id>:<line>` (the file's id is its path under the input folder
    without extension, as a `.txt` document's id is, so the name does not depend on where the
    run starts), and the rename is on its ledger (stage `read`, rule `duplicate_id`, field `id`).
    Exact copies then meet `dedup`, which removes them with a reason.
    """

    def __init__(self) -> None:
        from curate.io.seen_ids import SeenIds

        # 16 bytes a document, the ids on disk: a `set` held each id, 150 bytes (io.seen_ids)
        self.seen = SeenIds()

    def claim(self, doc: Document, where: str) -> None:
        if doc.id not in self.seen:
            self.seen.add(doc.id)
            return
        from curate.document import Edit

        new_id = candidate = f"{doc.id}@{where}"
        copy = 1
        while new_id in self.seen:  # the same file given twice: still one id each
            copy += 1
            new_id = f"{candidate}#{copy}"
        doc.edits.append(Edit("read", "duplicate_id", "id", 0, doc.id, new_id))
        doc.id = new_id
        self.seen.add(new_id)


def read_file(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined | Skipped]:
    """The records of one file; `base_id` (default: `file_id` of the file alone) names them."""
    from curate.io.lfs_pointer import lfs_pointer

    locked = unreadable_file(path)  # no permission to read it (io.unreadable)
    if locked is not None:
        yield Quarantined(str(path), None, "unreadable", locked)
        return
    pointer = lfs_pointer(path)  # a Hub clone without Git LFS (io.lfs_pointer)
    if pointer is not None:
        yield Quarantined(str(path), None, "lfs_pointer", pointer)
        return
    from curate.io.archives import archive_suffix, read_archive

    if archive_suffix(path) is not None:  # a `.zip` / `.tar.gz` of inputs (io.archives)
        yield from read_archive(path, base_id or file_id(path, path.parent), reader)
        return
    if _mhtml(path):  # a page saved as `.mhtml` / `.mht` (io.mhtml), `.webarchive`
        from curate.io.mhtml import is_mhtml, read_mhtml
        from curate.io.webarchive import read_webarchive

        read_page = read_mhtml if is_mhtml(path) else read_webarchive  # Safari's (io.webarchive)
        yield read_page(path, base_id or file_id(path, path.parent), reader)
        return
    if _mediawiki(path):  # a MediaWiki export, `.xml.bz2` too: a page a document (io.mediawiki)
        from curate.io.mediawiki import read_mediawiki

        yield from read_mediawiki(path, base_id or file_id(path, path.parent), reader)
        return
    if _newsml(path):  # NewsML-G2: a `newsItem` a document (io.newsml)
        from curate.io.newsml import read_newsml

        yield from read_newsml(path, base_id or file_id(path, path.parent), reader)
        return
    if _ttml(path):  # a broadcaster's subtitles, `.ttml`, `.dfxp`, `.xml` (io.subtitles)
        from curate.io.subtitles import read_ttml

        yield read_ttml(path, base_id or file_id(path, path.parent))
        return
    if _feed(path):  # an RSS or Atom feed: an item a document (io.feeds)
        from curate.io.feeds import read_feed

        yield from read_feed(path, base_id or file_id(path, path.parent), reader)
        return
    if _xml_rows(path, reader_settings(reader).text_fields):  # `df.to_xml()` (io.xml_records)
        from curate.io.xml_records import read_xml_records

        yield from read_xml_records(path, base_id or file_id(path, path.parent), reader)
        return
    if _wiki_docs(path):  # WikiExtractor's `wiki_00`, `wiki_00.bz2` (io.wiki_extractor)
        from curate.io.wiki_extractor import read_wiki_docs

        yield from read_wiki_docs(path, base_id or file_id(path, path.parent), reader)
        return
    if _tweets_js(path):  # a Twitter archive's `data/tweets.js` (io.twitter_archive)
        from curate.io.twitter_archive import read_tweets_js

        yield from read_tweets_js(path, base_id or file_id(path, path.parent), reader)
        return
    from curate.io.bookmark_lists import BOOKMARKS, is_bookmark_list
    from curate.io.google_keep import TWIN as KEEP_TWIN
    from curate.io.google_keep import is_keep_twin
    from curate.io.message_exports import export_reader

    export = export_reader(path)
    if export is not None:  # Telegram's, Slack's, Discord's: a message a document
        yield from export(path, base_id or file_id(path, path.parent), reader)
        return
    if is_keep_twin(path):  # a Keep note's `.html`, its `.json` read (io.google_keep)
        yield Skipped(KEEP_TWIN)
        return
    if is_bookmark_list(path):  # Pocket's `ril_export.html`, `bookmarks.html`: links alone
        yield Skipped(BOOKMARKS)
        return
    if _slack_index(path):  # Slack's `users.json`, `channels.json`: no messages
        from curate.io.slack_export import INDEX

        yield Skipped(INDEX)
        return
    if _facebook(path):  # a Facebook export's `your_posts_1.json` (io.facebook_export)
        from curate.io.facebook_export import read_facebook_export

        yield from read_facebook_export(path, base_id or file_id(path, path.parent), reader)
        return
    if _instagram(path):  # Instagram's `posts_1.json`: a post a document (io.instagram_export)
        from curate.io.instagram_export import read_instagram_export

        yield from read_instagram_export(path, base_id or file_id(path, path.parent), reader)
        return
    if _sheet_text(path):  # an `.xls` of HTML, TSV or Excel XML (io.sheet_text)
        from curate.io.sheet_text import read_sheet_text

        yield from read_sheet_text(path, base_id or file_id(path, path.parent), reader)
        return
    if _sgml_docs(path):  # TREC's `ap880212`, Reuters-21578's `.sgm` (io.sgml_docs)
        from curate.io.sgml_docs import read_sgml_docs

        yield from read_sgml_docs(path, base_id or file_id(path, path.parent), reader)
        return
    inner = _inner_suffix(path)
    if inner is not None:  # `articles.gz`: what it holds (io.bare_compressed)
        from curate.io.bare_compressed import read_bare_compressed

        yield from read_bare_compressed(path, inner, base_id or file_id(path, path.parent), reader)
        return
    suffix = suffix_of(path)
    columnar = (*PARQUET_SUFFIXES, *ORC_SUFFIXES, *ARROW_SUFFIXES)
    if suffix in (*JSONL_SUFFIXES, *JSON_SUFFIXES, *TABLE_SUFFIXES, *SNIFFED_SUFFIXES, *columnar):
        from curate.io.empty_files import empty_reason

        empty = empty_reason(path)  # a 0-byte `.jsonl`, `.parquet`, `.json.gz` (io.empty_files)
        if empty is not None:
            yield Quarantined(str(path), None, "empty", empty)
            return
    if suffix in (*JSONL_SUFFIXES, *JSON_SUFFIXES, *TABLE_SUFFIXES):
        from curate.io.not_parquet import page_for_rows

        page = page_for_rows(path)  # a `/blob/` link's page saved as rows.jsonl (io.not_parquet)
        if page is not None:
            yield Quarantined(str(path), None, "unreadable", page)
            return
    if suffix in WARC_SUFFIXES:
        from curate.io.warc import read_warc

        yield from read_warc(path, reader)
        return
    base_id = base_id if base_id is not None else file_id(path, path.parent)
    other = _other_kind(path, suffix, reader)  # JSON Lines in a `.csv` (io.other_kinds)
    reader = file_reader(path, reader, other)  # no `text` field: `content` (io.text_aliases)
    if other == "json":
        yield from read_json(path, base_id, reader)
        return
    if other == "table":
        yield from read_table(path, base_id, reader)
        return
    if suffix in TEXT_SUFFIXES:
        sample_by = reader_settings(reader).sample_by
        if sample_by == "document" and suffix in (".txt", ".txt.gz") and opens_as_page(path):
            # a page's source saved as .txt (a scraper's `article_123.txt`): read as HTML
            from curate.io.html import read_html_file
            from curate.io.settings import extractor_of

            page = read_html_file(path, base_id, extractor=extractor_of(reader))
            yield _with_id(page, base_id)
        elif sample_by == "document" and _json_lines_txt(path, reader):
            rows_reader = _json_lines_txt_reader(path, reader)  # rows saved as .txt
            yield from read_jsonl(path, base_id, rows_reader)  # (io.json_lines_txt)
        elif sample_by == "document" and _tab_table(path, reader):
            yield from read_table(path, base_id, reader)  # Excel's "Unicode Text" (io.tab_text)
        elif sample_by == "document" and _kindle_clippings(path):  # io.kindle_clippings
            yield from _read_clippings(path, base_id)
        elif sample_by == "document" and (table := _text_table(path)) is not None:
            yield from _read_text_table(path, base_id, reader, table)  # `text;label` rows
        elif sample_by == "document":
            doc = read_text_file(path, base_id)
            rule = _too_large_rule(doc, path)  # a scraper's dump of articles parted by rules
            if rule is not None:
                from curate.io.text_units import read_text_units

                yield from read_text_units(path, base_id, sample_by, rule=rule)
            elif _jina_page(doc):  # Jina Reader's page as `.txt`: Markdown (io.jina_reader)
                from curate.io.markdown import markdown_document

                yield _with_id(markdown_document(doc), base_id)
            else:
                yield from _articles_of(doc, base_id)  # io.nexis_text
        else:
            from curate.io.text_units import read_text_units

            yield from read_text_units(path, base_id, sample_by)
    elif suffix in NOTEBOOK_SUFFIXES:  # a notebook's Markdown cells (io.notebooks)
        yield _with_id(_notebook(path, base_id), base_id)
    elif suffix in MARKDOWN_SUFFIXES and reader_settings(reader).sample_by == "document":
        from curate.io.markdown import is_mdx, markdown_document

        doc = read_text_file(path, base_id)  # `.md`: its syntax off, its heading the title
        item = _joplin(doc) if isinstance(doc, Document) else None  # io.joplin
        if isinstance(item, Skipped):
            yield item
            return
        if isinstance(doc, Document):
            from curate.io.name_dates import with_name_date

            doc = markdown_document(doc, mdx=is_mdx(path))  # `.mdx`: its JSX off too
            doc = with_name_date(doc, path)  # Jekyll's `2024-03-05-title.md` (io.name_dates)
            if item is not None:
                doc.title = doc.input_title = item
        yield _with_id(doc, base_id)
    elif suffix in MARKDOWN_SUFFIXES:
        from curate.io.markdown import markdown_unit
        from curate.io.text_units import read_text_units

        for unit in read_text_units(path, base_id, reader_settings(reader).sample_by):
            yield markdown_unit(unit) if isinstance(unit, Document) else unit
    elif suffix in RST_SUFFIXES:  # `.rst`: its markup off, its first title the title (io.rst)
        from curate.io.rst import rst_document, rst_unit

        sample_by = reader_settings(reader).sample_by
        if sample_by == "document":
            doc = read_text_file(path, base_id)
            yield _with_id(rst_document(doc) if isinstance(doc, Document) else doc, base_id)
        else:
            from curate.io.text_units import read_text_units

            for unit in read_text_units(path, base_id, sample_by):
                yield rst_unit(unit) if isinstance(unit, Document) else unit
    elif suffix in OFFICE_SUFFIXES:  # `article.docx`: its paragraphs (io.office_docs)
        yield _office_document(path, base_id)
    elif suffix in EPUB_SUFFIXES:  # `book.epub`: its chapters in reading order (io.epub)
        from curate.io.epub import read_epub

        yield read_epub(path, base_id)
    elif suffix in ENEX_SUFFIXES:  # `notes.enex`: a note a document (io.evernote)
        from curate.io.evernote import read_enex

        yield from read_enex(path, base_id, reader)
    elif suffix in RTF_SUFFIXES:  # `story.rtf`: its text, not its control words (io.rtf)
        from curate.io.rtf import read_rtf

        yield read_rtf(path, base_id)
    elif suffix in SUBTITLE_SUFFIXES:  # `clip.en.vtt`: its words, not its times (io.subtitles)
        from curate.io.subtitles import transcript

        doc = read_text_file(path, base_id)
        if isinstance(doc, Document):
            doc.text = transcript(doc.text)
        yield _with_id(doc, base_id)
    elif suffix in (*ASCIIDOC_SUFFIXES, *ORG_SUFFIXES, *LATEX_SUFFIXES):  # io.asciidoc, ...
        doc = read_text_file(path, base_id)
        yield _with_id(_light_markup(doc, suffix) if isinstance(doc, Document) else doc, base_id)
    elif suffix in STORY_SUFFIXES:  # its article, not its highlights (io.story_files)
        from curate.io.story_files import article_of

        doc = read_text_file(path, base_id)
        if isinstance(doc, Document):
            doc.text = article_of(doc.text)
        yield _with_id(doc, base_id)
    elif suffix in JSONL_SUFFIXES and _opens_alone(path):
        yield from read_json(path, base_id, reader)  # `jq '.[]'`: objects over many lines
    elif suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, base_id, reader)
    elif suffix in PARQUET_SUFFIXES:
        yield from read_parquet(path, base_id, reader)
    elif suffix in ORC_SUFFIXES:
        from curate.io.orc import read_orc

        yield from read_orc(path, base_id, reader)
    elif suffix in ARROW_SUFFIXES:
        from curate.io.arrow import read_arrow

        yield from read_arrow(path, base_id, reader)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(path, base_id, reader)
    elif suffix in TABLE_SUFFIXES:
        yield from read_table(path, base_id, reader)
    elif (rows_reader := _bare_json_lines(path, reader)) is not None:
        yield from read_jsonl(path, base_id, rows_reader)  # `part-00000` (io.json_lines_txt)
    elif _dask_table(path, reader):
        yield from read_table(path, base_id, reader)  # Dask's `0.part` of CSV
    elif suffix in MAIL_SUFFIXES:  # `.eml`, `.mbox`: a message a document (io.mail)
        from curate.io.mail import read_mail

        yield from read_mail(path, base_id, reader)
    elif suffix in HTML_SUFFIXES or is_saved_page(path):
        from curate.io.html import read_html_file
        from curate.io.settings import extractor_of

        yield _with_id(read_html_file(path, base_id, extractor=extractor_of(reader)), base_id)
    else:
        from curate.io.skipped_hints import advice_for

        advice = advice_for(path.name)  # `rows.jsonl.lz`: what to do (io.skipped_hints)
        if advice is None:  # `rows.jsonl.gz2` that is gzip (io.compression_names)
            from curate.io.compression_names import renamed_compression

            advice = renamed_compression(path)
        why = f"unsupported file type {suffix or '(none)'}"
        why += f": {advice}" if advice else f"; known: {', '.join(KNOWN_SUFFIXES)}"
        yield Quarantined(str(path), None, "unsupported", why)


def _other_kind(path: Path, suffix: str, reader: Any) -> str | None:
    """ "json" or "table" for a file that holds that kind under another's name, else None
    (curate.io.other_kinds)."""
    from curate.io.other_kinds import other_kind

    named = {**dict.fromkeys(TABLE_SUFFIXES, "table"), **dict.fromkeys(JSON_SUFFIXES, "json")}
    named |= dict.fromkeys(JSONL_SUFFIXES, "jsonl")
    if suffix in TEXT_SUFFIXES and reader_settings(reader).sample_by == "document":
        named[suffix] = "text"
    if suffix not in named:
        return None

    def holds_json(path: Path) -> bool:
        fields = reader_settings(file_reader(path, reader, "json")).text_fields
        return json_records(path, fields) is not None

    def holds_table(path: Path) -> bool:
        fields = reader_settings(file_reader(path, reader, "table")).text_fields
        return table_columns(path, fields) is not None

    return other_kind(path, named[suffix], holds_json, holds_table)


def _json_lines_txt(path: Path, reader: Any) -> bool:
    from curate.io.json_lines_txt import holds_json_lines

    return holds_json_lines(path, _names(reader_settings(reader).text_fields))


def _json_lines_txt_reader(path: Path, reader: Any) -> Any:
    from curate.io.json_lines_txt import json_lines_reader

    return json_lines_reader(path, reader)


def _bare_json_lines(path: Path, reader: Any) -> Any:
    from curate.io.json_lines_txt import bare_json_lines

    return bare_json_lines(path, reader)


def _dask_table(path: Path, reader: Any) -> bool:
    """Dask's `df.to_csv(folder)` part (`0.part`) whose header names the text field: read as
    the `.csv` it is; it was passed over as ".part 2"."""
    from curate.io.json_lines_txt import dask_part

    if not dask_part(path.name):
        return False
    return table_columns(path, reader_settings(reader).text_field) is not None


def _tab_table(path: Path, reader: Any) -> bool:
    from curate.io.tab_text import is_tab_table

    def header_of(path: Path) -> str:
        return next(_text_lines(path), "")

    return is_tab_table(path, reader_settings(reader).text_fields, header_of, table_columns)


def _text_table(path: Path) -> Any:
    """(delimiter, shape) of a `.txt` of headerless rows (io.text_tables), else None."""
    from curate.io.text_tables import text_table

    try:
        return text_table(_text_lines(path))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return None  # read as one document, which says what is wrong with it


def _read_text_table(
    path: Path, base_id: str, reader: Any, table: Any
) -> Iterator[Document | Quarantined]:
    """The rows of a `.txt` table; a line past which it cannot be read is quarantined."""
    from curate.io.text_tables import read_text_table

    settings = _naming(path, base_id, reader)[1]
    line = 0  # the last row read
    try:
        for item in read_text_table(_text_lines(path), path, base_id, settings, table):
            is_doc = isinstance(item, Document)
            line = (item.labels.get("input_line") if is_doc else item.line) or line
            yield item
    except (UnicodeDecodeError, OSError, EOFError, zlib.error) as err:
        yield _unreadable_row(path, line, err, type(None))  # no csv here: no malformed row


def _with_id(item: Document | Quarantined, doc_id: str) -> Document | Quarantined:
    """A quarantined file read as one document names the id it would have had, so that
    `curate explain DIR ID` finds it."""
    if isinstance(item, Quarantined) and item.id is None:
        return dataclasses.replace(item, id=doc_id)
    return item


def _light_markup(doc: Document, suffix: str) -> Document:
    """An AsciiDoc, Org or LaTeX file's text without its markup, its title its own."""
    from curate.io.asciidoc import asciidoc_text
    from curate.io.latex import latex_text
    from curate.io.org_mode import org_text

    plain = org_text
    if suffix in ASCIIDOC_SUFFIXES:
        plain = asciidoc_text
    elif suffix in LATEX_SUFFIXES:
        plain = latex_text
    doc.text, title = plain(doc.text)
    if title:
        doc.title = doc.input_title = title
    return doc


def _articles_of(
    doc: Document | Quarantined, base_id: str
) -> Iterator[Document | Quarantined | Skipped]:
    """A text file's document, or a Nexis text export's articles a document each, or the
    articles a scraper parted by rules (`---`) a document each (io.separated_articles)."""
    from curate.io.nexis_text import is_nexis_export, nexis_articles
    from curate.io.separated_articles import separated_articles

    if not isinstance(doc, Document):
        yield _with_id(doc, base_id)
        return
    if "\\n" in doc.text:  # a dumped string's `First.\\n\\nSecond.` (io.escaped_breaks)
        from curate.io.escaped_breaks import file_with_real_breaks

        doc.text = file_with_real_breaks(doc.text)
    if not is_nexis_export(doc.text):
        # `Title:`, `URL:` lines over it, or Markdown's `# heading` (io.markdown_txt)
        from curate.io.markdown_txt import text_document

        pieces = separated_articles(doc.text)
        if pieces is None:
            yield text_document(doc)
            return
        for number, piece in enumerate(pieces, start=1):
            article = dataclasses.replace(doc, id=f"{base_id}-{number}", text=piece)
            article.labels = dict(doc.labels)
            yield text_document(article)
        return
    for number, (title, body) in enumerate(nexis_articles(doc.text), start=1):
        yield Document(
            f"{base_id}-{number}", body, title=title, input_title=title, source=doc.source
        )


def _too_large_rule(doc: Document | Quarantined, path: Path) -> str | None:
    """The form of the rules parting the articles of a text too large to read whole (a 12 MB
    `all_articles.txt` of a scraper's `---` after each), read then an article at a time; it
    was quarantined whole, with advice to read it a paragraph a document
    (io.separated_articles)."""
    if not isinstance(doc, Quarantined) or doc.kind != "too_large":
        return None
    from curate.io.text_units import article_rule

    return article_rule(path)


def _kindle_clippings(path: Path) -> bool:
    from curate.io.kindle_clippings import HEAD, NAME, is_clippings

    if NAME not in path.name.lower():  # `My Clippings.txt`: no other text file is opened twice
        return False
    try:
        head = read_bytes(path, HEAD).decode("utf-8", "replace")
    except (OSError, EOFError, zlib.error):
        return False
    return is_clippings(head)


def _read_clippings(path: Path, base_id: str) -> Iterator[Document | Quarantined | Skipped]:
    """A Kindle's `My Clippings.txt`: a highlight or a note a document (io.kindle_clippings)."""
    from curate.io.kindle_clippings import CLIPPINGS_KIND, clippings

    whole = read_text_file(path, base_id)
    if not isinstance(whole, Document):
        yield whole
        return
    for number, (book, words) in enumerate(clippings(whole.text) or [], start=1):
        if not words:
            yield Skipped(CLIPPINGS_KIND)
            continue
        title = book or None
        yield Document(
            f"{base_id}-{number}", words, title=title, input_title=title, source=str(path)
        )


def _joplin(doc: Document) -> str | Skipped | None:
    """A Joplin note's title (its text's trailer and title line taken off `doc`), a Skipped
    record for Joplin's other items, or None for any other Markdown (io.joplin)."""
    from curate.io.joplin import NOTE_TYPE, OTHER_ITEM, joplin_item

    found = joplin_item(doc.text)
    if found is None:
        return None
    kind, title, body = found
    if kind != NOTE_TYPE:
        return Skipped(OTHER_ITEM)
    doc.text = body
    return title or None


def _notebook(path: Path, base_id: str) -> Document | Quarantined:
    """A Jupyter notebook as one document of its Markdown cells, or why it has none."""
    from curate.io.markdown import markdown_document
    from curate.io.notebooks import notebook_markdown

    doc = read_text_file(path, base_id)
    if not isinstance(doc, Document):
        return doc
    prose, why = notebook_markdown(doc.text)
    if prose is None:
        return Quarantined(str(path), None, "unsupported", why or "")
    doc.text = prose
    return markdown_document(doc)


def _office_document(path: Path, base_id: str) -> Document | Quarantined:
    """A `.docx` or `.odt` file as one document, or why it cannot be read (io.office_docs)."""
    from curate.io.office_docs import office_text

    try:
        text, title = office_text(path)
    except (ValueError, OSError) as err:
        return Quarantined(str(path), None, "unreadable", f"could not read the file: {err}")
    if not text.strip():  # a document of pictures or an empty form
        return Quarantined(str(path), None, "empty", "a document of no text: nothing to read")
    if len(text) > MAX_DOCUMENT_CHARS:
        return _too_large(str(path), None, len(text))
    return Document(id=base_id, text=text, title=title, input_title=title, source=str(path))


def read_text_file(path: Path, doc_id: str | None = None) -> Document | Quarantined:
    """One document per file; its id is `file_id` (the relative path without extension)."""
    most = MAX_DOCUMENT_CHARS * 4  # bytes: no longer text fits in a document (UTF-8: 4 a char)
    try:
        data = read_bytes(path, most + 1)
    except (OSError, EOFError, zlib.error) as err:
        why = cut_detail(path, err)  # a cut .zst, .bz2: where it ends (io.cut_stream)
        return Quarantined(str(path), None, "truncated", f"could not read the file: {why}")
    from curate.io.text_units import split_hint

    if len(data) > most:
        return Quarantined(
            str(path),
            None,
            "too_large",
            f"more than {most:,} bytes of text: no document of at most "
            f"{MAX_DOCUMENT_CHARS:,} characters ("
            + split_hint(data[: 1 << 18].decode("utf-8", errors="replace"))
            + ")",
        )
    decoded = decode_text(data, str(path))
    if isinstance(decoded, Quarantined):
        return decoded
    text, encoding = decoded
    if len(text) > MAX_DOCUMENT_CHARS:  # the unit to read it by (io.text_units)
        found = _too_large(str(path), None, len(text))
        return dataclasses.replace(found, error=f"{found.error} ({split_hint(text)})")
    doc_id = doc_id if doc_id is not None else file_id(path, path.parent)
    doc = Document(id=doc_id, text=text, source=str(path))
    doc.labels["encoding"] = encoding
    return doc


def decode_text(data: bytes, where: str) -> tuple[str, str] | Quarantined:
    """(text, encoding) of a text file's bytes, or why they are no text."""
    kind = binary_kind(data)
    if kind == NUL_BYTES and nul_padded(data):
        kind = None  # the NULs stay in the text, for the unicode stage to remove on the ledger
    # UTF-16/32 text is full of NUL bytes, and is text all the same
    decoded = decode_wide(data) if kind in (None, NUL_BYTES) else None
    if decoded is None and kind == NUL_BYTES and text_with_stray_nuls(data):
        kind = None  # NULs inside UTF-8 text (io.nul_bytes): the unicode stage removes them
    if decoded is None:
        hole = nul_hole(data) if kind == NUL_BYTES else None  # a download's hole (io.nul_bytes)
        if hole is not None:
            return Quarantined(where, None, "truncated", hole)
        if kind:
            return Quarantined(where, None, "binary", f"binary file ({kind}), not text")
        decoded = decode(data)
    if isinstance(decoded, str):
        return Quarantined(where, None, "encoding", decoded)
    return decoded


def binary_kind(data: bytes) -> str | None:
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    return NUL_BYTES if b"\x00" in data[:SNIFF_BYTES] else None


WIDE_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_wide(data: bytes) -> tuple[str, str] | str | None:
    """(text, encoding) of UTF-16 or UTF-32 text, why it failed, or None for other bytes.

    Windows tools save "Unicode" text as UTF-16 with a byte order mark; exports without the
    mark still show it in their shape, a NUL in every other byte of Latin-script text. Either
    way the NUL bytes would otherwise make the file look binary.
    """
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as err:
                return (
                    f"invalid {encoding} at byte {err.start + len(bom)} after its byte order mark"
                )
    encoding = _utf16_shape(data[:SNIFF_BYTES]) or _unmarked_utf16(data[:SNIFF_BYTES])
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[: SNIFF_BYTES // 2]
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
    return (text, encoding) if printable >= 0.95 * len(sample) else None


def _unmarked_utf16(sample: bytes) -> str | None:
    """UTF-16 without a mark in Cyrillic, Greek, CJK, ... (curate.io.wide_text)."""
    from curate.io.wide_text import unmarked_utf16

    return unmarked_utf16(sample)


def _utf16_shape(sample: bytes) -> str | None:
    """`utf-16-le`/`-be` when NULs fill one byte of most pairs and almost none of the other."""
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    if odd_nuls >= 0.4 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.4 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str] | str:
    """(text, encoding) — UTF-8 first, then a detected legacy encoding; or why it failed."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        first_error = f"invalid UTF-8 at byte {err.start} (line {line})"
    from charset_normalizer import from_bytes

    from curate.io.legacy_encoding import plausible_best
    from curate.io.stray_bytes import proven_utf8_with_strays

    proven = proven_utf8_with_strays(data)  # UTF-8 but for a byte: no guess (io.stray_bytes)
    if proven is not None:
        return proven
    matches = from_bytes(data)
    best = plausible_best(matches, data)  # Hangul jamo for Japanese: another one
    if best is None:
        from curate.io.stray_bytes import utf8_with_strays

        mixed = utf8_with_strays(data)  # UTF-8 but for a stray Windows byte or two
        if mixed is not None:
            return mixed
        return f"{first_error}, and no other encoding fits: bytes decode as nothing"
    encoding = best.encoding
    if encoding in LATIN_COUSINS:  # cp1252, unless that reads as signs in words (Polish)
        from curate.io.latin_cousins import western_or_cousin

        cousins = [(m.encoding, m) for m in matches if m.encoding in LATIN_COUSINS]
        text, encoding = western_or_cousin(data, [(encoding, best), *cousins])
    else:
        text = str(best)
    if len(text) == len(data):  # a single-byte code page: Mac Roman's may fit (io.mac_roman)
        from curate.io.mac_roman import mac_roman_or

        return mac_roman_or(data, text, encoding)
    return text, encoding


def decode_line(raw: bytes, known: list[str]) -> tuple[str, str] | str:
    """(text, encoding) of a line that is not UTF-8, or why it is no text. The legacy encoding
    an earlier line of the same file was found in is tried first (`known`, updated): detection
    costs about 0.5 ms a line, a whole Windows-1252 export would pay it on every line."""
    for encoding in known:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    decoded = decode(raw)
    if not isinstance(decoded, str):
        known[:] = [decoded[1]]
    return decoded


def _too_large(where: str, line: int | None, size: int) -> Quarantined:
    return Quarantined(
        where, line, "too_large", f"document of {size:,} characters exceeds {MAX_DOCUMENT_CHARS:,}"
    )


def _wide_bom(path: Path) -> tuple[str, int] | None:
    """(encoding, length of its mark) when a file opens with a UTF-16 or UTF-32 byte order
    mark, as Windows PowerShell 5 (`>`, Out-File) and Excel's "Unicode Text" write; (encoding,
    0) when its first bytes are UTF-16 without one."""
    try:
        with open_binary(path) as handle:
            head = handle.read(SNIFF_BYTES)
    except (OSError, EOFError, zlib.error):
        return None
    marked = next(((enc, len(bom)) for bom, enc in WIDE_BOMS if head.startswith(bom)), None)
    if marked is not None or b"\x00" not in head:
        return marked
    # no mark (.NET's `Encoding.Unicode`, `iconv -t UTF-16LE`): its lines were quarantined
    unmarked = _utf16_shape(head) or _unmarked_utf16(head)  # any script (io.wide_text)
    return (unmarked, 0) if unmarked is not None else None


def _open_lines(path: Path) -> Any:
    """`path` for reading lines of UTF-8 bytes (or a legacy code page, which the line readers
    decode): the file itself, or a UTF-16/32 file's lines re-encoded as UTF-8. A JSON Lines
    file or a table from Windows PowerShell is UTF-16: its lines were quarantined one by one."""
    wide = _wide_bom(path)
    if wide is not None:
        return _Utf8Lines(path, *wide)
    from curate.io.line_ends import cr_only_file, lf_lines

    # "CSV (Macintosh)": lines end in a lone \r, read as \n (curate.io.line_ends)
    return lf_lines(open_binary(path)) if cr_only_file(path) else open_binary(path)


class _Utf8Lines:
    """The lines of a UTF-16/32 file after its byte order mark, as UTF-8 bytes; a byte that
    does not decode is an `OSError` naming the encoding, as a damaged gzip stream is."""

    def __init__(self, path: Path, encoding: str, bom: int) -> None:
        import io

        from curate.io.line_ends import cr_only_text

        self._binary = open_binary(path)
        self._binary.read(bom)
        self._encoding = encoding
        with open_binary(path) as handle:  # lines that end in a lone \r (io.line_ends)
            head = handle.read(SNIFF_BYTES)[bom:].decode(encoding, errors="replace")
        newline = None if cr_only_text(head) else "\n"  # None: each \r read as \n
        self._text = io.TextIOWrapper(self._binary, encoding=encoding, newline=newline)

    def readline(self, size: int = -1) -> bytes:
        try:
            return self._text.readline(size).encode("utf-8", "surrogatepass")
        except UnicodeDecodeError as err:
            raise OSError(f"invalid {self._encoding}: {err}") from None

    def __iter__(self) -> Iterator[bytes]:
        while line := self.readline():
            yield line

    def __enter__(self) -> _Utf8Lines:
        return self

    def __exit__(self, *exc: object) -> None:
        self._text.close()


def _naming(path: Path, base_id: str | None, reader: Any) -> tuple[str, ReaderSettings]:
    """The id a file's records derive from, and the reader settings that name their fields."""
    return (base_id if base_id is not None else file_id(path, path.parent)), reader_settings(reader)


def _array_lines(
    path: Path, base_id: str, settings: ReaderSettings, first: bytes | None = None
) -> Iterator[Any] | None:
    """The rows of JSON Lines of `[id, text]` arrays, or None (curate.io.array_lines)."""
    from curate.io.array_lines import array_lines_shape, read_array_lines

    first = first if first is not None else _first_line(path)  # `first`: read by the caller
    if first is None or not first.lstrip().startswith(b"["):
        return None
    try:
        shape = array_lines_shape(_text_lines(path))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return None  # read, and quarantined, as before
    if shape is None:
        return None
    return read_array_lines(_text_lines(path), path, base_id, settings, shape)


def _first_line(path: Path) -> bytes | None:
    """A JSON Lines file's first line that is not blank, its first 64 KiB at most, as bytes
    (not decoded, the file read no further); None when it cannot be read."""
    try:
        with _open_lines(path) as handle:  # an object a line, as almost every file: bytes
            first = handle.readline(1 << 16)  # alone, not decoded, read no further
            while first and not first.strip():
                first = handle.readline(1 << 16)
    except (OSError, EOFError, zlib.error):
        return None  # read, and quarantined, as before
    return first


def _scraper_row(raw: bytes) -> dict[str, Any] | None:
    """A JSON line's object, else None (read by `_record`, which says what is wrong)."""
    try:
        row = loose_json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return row if isinstance(row, dict) else None


def read_jsonl(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined]:
    base_id, settings = _naming(path, base_id, reader)
    first_line = _first_line(path) or b""
    arrays = _array_lines(path, base_id, settings, first_line)  # `["doc-1", "..."]`
    if arrays is not None:  # (io.array_lines)
        yield from arrays
        return
    shared = _folder_fields(path)  # `date=2024-03-01/part-0.jsonl` (io.hive_partitions)
    line_no = 0
    most = MAX_JSON_LINE_BYTES_PER_CHAR * MAX_DOCUMENT_CHARS
    known: list[str] = []  # the legacy encoding of this file's lines that are not UTF-8
    pushed: deque[bytes] = deque()  # lines read ahead for a cut record (io.loose_json)
    bulk_id: str | None = None  # the `_id` a bulk file's action line gives the next record
    # Web Scraper Cloud's JSON Lines, a paragraph a line: a page's lines one document
    first_row = _scraper_row(first_line) if scraper_records(first_line) else None
    groups = _scraper_groups(first_row, settings)
    try:
        with _open_lines(path) as handle:

            def read_line() -> bytes:
                return handle.readline(most + 1)

            while raw := (pushed.popleft() if pushed else read_line()):
                line_no += 1
                if len(raw) > most:  # never held whole: passed over in bounded reads
                    while raw and not raw.endswith(b"\n"):
                        raw = handle.readline(1 << 20)
                    yield Quarantined(
                        str(path),
                        line_no,
                        "too_large",
                        f"a JSON line of more than {most:,} bytes",
                        id=f"{base_id}-{line_no}",
                    )
                    continue
                if raw[-1:] == b"\x1a":  # DOS's end-of-file mark (`copy /b`): a line of
                    raw = raw.rstrip(b"\x1a")  # its own, or on the last record (malformed)
                if not raw.strip():
                    continue
                stray = _stray_line(raw)  # `# exported ...`, a crash's NULs (io.stray_lines)
                if stray is not None:
                    yield Quarantined(str(path), line_no, *stray, id=f"{base_id}-{line_no}")
                    continue
                nuls = nul_pieces(raw)  # a crash's NULs, `{...}\x00` (io.stray_lines)
                if nuls is not None:
                    if nuls[0]:
                        why = unwritten_reason(nuls[0])
                        yield Quarantined(str(path), line_no, "truncated", why)
                    for piece in nuls[1]:
                        item = _record(path, line_no, piece, base_id, settings, known, shared)
                        yield from item if isinstance(item, list) else (item,)
                    continue
                first = line_no  # the line a record's default id names
                row = _scraper_row(raw) if groups is not None else None
                if groups is not None and row is not None:  # (io.selection_rows)
                    read = (line_no, {**shared, **row} if shared else row, None)
                    yield from _json_groups(groups.add(read), str(path), base_id, settings)
                    continue
                item = _record(path, line_no, raw, base_id, settings, known, shared)
                if isinstance(item, Quarantined) and loose_json.is_cut(item.error):
                    joined = loose_json.join_cut(raw, read_line, most, pushed)
                    if joined is not None:  # a raw line break inside a string
                        item = _record(path, line_no, joined[0], base_id, settings, known, shared)
                        line_no += joined[1]
                if isinstance(item, Quarantined) and item.kind == "missing_field":
                    action = _bulk_action(raw)  # `{"index": {"_id": ...}}` (io.bulk_actions)
                    if action is not None:
                        bulk_id = action
                        yield Skipped(BULK_ACTION)
                        continue
                if bulk_id is not None:  # the id the action line before named
                    item = _named_by_action(item, bulk_id, f"{base_id}-{first}")
                    bulk_id = None
                yield from item if isinstance(item, list) else (item,)
    except (OSError, EOFError, zlib.error) as err:
        why = cut_detail(path, err)  # a cut .zst, .bz2: where it ends (io.cut_stream)
        yield Quarantined(
            str(path), line_no + 1, "truncated", f"could not read past line {line_no}: {why}"
        )
    if groups is not None:
        yield from _json_groups(groups.finish(), str(path), base_id, settings)


def _scraper_groups(first: Any, settings: ReaderSettings) -> RowGroups | None:
    """The gatherer of a JSON file's Web Scraper rows a page each, when its `first` record is
    one (io.selection_rows)."""
    table = selection_table(list(first)) if scraper_records(first) else None
    return RowGroups(table, settings.text_fields) if table is not None else None


def _json_groups(
    groups: list[tuple[list[Any], dict[str, Any] | None]],
    where: str,
    base_id: str,
    settings: ReaderSettings,
) -> Iterator[Document | Quarantined]:
    """A JSON file's Web Scraper rows gathered a page each, read as its other records are
    (a string is no list joined by commas there, as a CSV cell may be)."""
    return _table_groups(groups, where, base_id, (settings, settings), joined=False)


def _bulk_action(raw: bytes) -> str | None:
    """The id an Elasticsearch bulk file's action line gives the next record ("" for none),
    or None when the line is no action (io.bulk_actions)."""
    from curate.io.bulk_actions import bulk_action, next_id

    action = bulk_action(raw)
    return None if action is None else next_id(*action) or ""


def _named_by_action(item: Any, given: str, default_id: str) -> Any:
    """A record with the id its bulk action line gave, when it names none of its own."""
    if not given or not isinstance(item, (Document, Quarantined)) or item.id != default_id:
        return item
    if isinstance(item, Quarantined):
        return dataclasses.replace(item, id=given)
    item.id = given
    return item


def _folder_fields(path: Path) -> dict[str, Any]:
    """The `name=value` folders above a file of rows: fields its rows share (io.hive_partitions)."""
    if "=" not in str(path.parent):  # almost every file: no partition folder
        return {}
    from curate.io.hive_partitions import partition_fields

    return partition_fields(path, [])


def _stray_line(raw: bytes) -> tuple[str, str] | None:
    if raw[:1] not in (b"#", b"/", b"\x00", b" ", b"\t"):
        return None  # `{`: a record, as almost every line is
    from curate.io.stray_lines import stray_line

    return stray_line(raw)


def json_records(path: Path, text_field: str | tuple[str, ...] = "text") -> str | None:
    """ "lines", "array" or "object" (one record over many lines) when a `.json` file holds
    records, the first an object with the text field or `html`; else None: the file is not
    read, and is listed as skipped."""
    from curate.io.json_values import first_wrapped, frame_records, holds_text

    first, kind = _first_record(path)
    if kind in ("lines", "array") and opens_texts(first):
        return kind  # a list of texts, as strings (io.bare_strings)
    if kind == "lines" and action_of(first) is not None:
        return kind  # an Elasticsearch bulk file: an action line first (io.bulk_actions)
    if kind == "array" and isinstance(first, list) and _opens_values(first, text_field):
        return kind  # `[["id", "text"], [1, "..."]]`, `[["..."], ["..."]]` (io.value_rows)
    if kind == "array" and _opens_batches(first):  # `[[{...}, {...}], [{...}]]`
        batch = first[0]  # its records are read one level down (io.batched_records)
        return kind if any(has_field(batch, key) for key in (*_names(text_field), "html")) else None
    fields = (*_names(text_field), "html")
    if kind in ("object", "lines") and _splits_or_squad(path, first, kind, text_field):
        return "object"  # {"train": [...], "test": [...]} (io.json_splits), SQuAD (io.squad)
    if frame_records(first, _names(text_field)) is not None:
        return "object"  # pandas' `df.to_json()`: read whole, a row each (io.json_values)
    if _json_rows(path, first, kind, text_field):
        return "object"  # {"id": [...], "text": [...]}, {url: text} (io.json_columns)
    unnamed = _names(text_field)[0] == "text"  # no field named: aliases at most follow
    if kind in ("object", "lines") and unnamed and selection_page(first):
        return "object"  # ParseHub's run over one page (io.selection_items)
    if isinstance(first, dict) and any(has_field(first, key) for key in fields):
        from curate.io.record_lists import holds_records  # `{"body": [{"title": ...}]}`

        return "object" if holds_records(first, fields) else kind
    wrapped = holds_text(first_wrapped(first), _names(text_field))
    if not wrapped and _nested(path, first, kind, text_field):
        return "object"  # {"rows": [{"row": {...}}]}, {"train": [...]} (io.nested_records)
    # {"status": "ok", "articles": [{...}]}: an API's response, read whole (curate.io.json_values)
    return "object" if holds_text(first_wrapped(first), _names(text_field)) else None


def _opens_batches(first: Any) -> bool:
    from curate.io.batched_records import opens_batches

    return opens_batches(first)


def _opens_values(first: list[Any], text_field: Any) -> bool:
    from curate.io.value_rows import opens_values

    return opens_values(first, _names(text_field))


def _splits_or_squad(path: Path, first: Any, kind: str, text_field: Any) -> bool:
    """One JSON value of splits (curate.io.json_splits) or SQuAD's (curate.io.squad)."""
    from curate.io.json_values import splits_or_squad as shaped

    if not isinstance(first, dict) or not shaped(first, _names(text_field)):
        return False
    return kind == "object" or not _second_line_is_object(path)


def _nested(path: Path, first: Any, kind: str | None, text_field: Any) -> bool:
    """One JSON value holding records deeper than one wrapper (curate.io.nested_records)."""
    from curate.io.nested_records import first_nested

    if kind not in ("object", "lines") or first_nested(first, _names(text_field)) is None:
        return False
    return kind == "object" or not _second_line_is_object(path)


def _json_rows(path: Path, first: Any, kind: str | None, text_field: Any) -> bool:
    """One object of column lists or of texts under their ids (curate.io.json_columns)."""
    from curate.io.json_columns import json_rows

    if kind not in ("lines", "object") or json_rows(first, _names(text_field)) is None:
        return False
    return kind == "object" or not _second_line_is_object(path)


def _first_record(path: Path) -> tuple[Any, str | None]:
    """(first record, "lines" | "array" | "object") of a `.json` file, or (None, None).

    Read in doubling pieces until the first record is whole (up to `SNIFF_MAX_BYTES`): a
    13 KB article first in `Dataset.to_json`'s output was cut by one 8 KB read, and the whole
    file passed over as holding no text field."""
    want = SNIFF_BYTES
    wide = _wide_bom(path)
    try:
        with open_binary(path) as handle:
            head = handle.read(want)
            while True:
                if wide is None:
                    text = head.decode("utf-8-sig", errors="replace").lstrip()
                else:
                    text = head[wide[1] :].decode(wide[0], errors="replace").lstrip()
                if text.startswith(("/", "#")):  # `// exported ...` first (io.json_comments)
                    text = after_leading_comments(text)
                if not text.startswith(("[", "{")):
                    return None, None
                if text.startswith("["):
                    first, kind = _first_value(text[1:].lstrip()), "array"
                    if first == []:  # `[[], [...]]`: its first filled item (io.text_arrays)
                        first = _first_filled(text[1:].lstrip())
                else:
                    first, kind = _first_value(text.split("\n", 1)[0]), "lines"
                    if first is None:  # an object written over many lines: one record
                        first, kind = _first_value(text), "object"
                if first is None and len(head) >= want >= SNIFF_MAX_BYTES and text[:1] == "{":
                    return _large_first(path) or (None, kind)  # one object past 16 MiB
                if first is not None or len(head) < want or want >= SNIFF_MAX_BYTES:
                    return first, kind
                head += handle.read(want)
                want *= 2
    except (OSError, EOFError, zlib.error):
        return None, None


def records_without_text(path: Path, text_field: str | tuple[str, ...] = "text") -> str | None:
    """Why a `.json` / `.csv` / `.tsv` file of records is not read, when they hold no text
    field: "no 'text' field (the row has 'content', 'id'); if 'content' holds the text:
    --text-field content", as a JSON Lines row says. An array of `{"content": ...}` was only
    counted among the skipped files, as a crawl's `meta.json` is. None for a file read, or one
    that is no list or table of records (one object, such as `meta.json`)."""
    suffix = suffix_of(path)
    if suffix in JSON_SUFFIXES:
        from curate.io.dataset_files import is_saved_dataset_file

        if is_saved_dataset_file(path):  # `state.json` of save_to_disk: no records
            return None
        first, kind = _first_record(path)
        if first is None and kind == "object" and (large := too_large_json(path)):
            return large  # one object past 256 MiB (io.large_json)
        if kind == "array" and _opens_batches(first) and not json_records(path, text_field):
            from curate.io.batched_records import batches_reason  # `[[{...}], [{...}]]`

            return batches_reason(first, _missing_text(first[0], text_field))
        if kind == "array" and isinstance(first, list):  # orient="values" (io.value_rows)
            from curate.io.value_rows import values_reason

            return None if json_records(path, text_field) else values_reason(first)
        if not isinstance(first, dict) or json_records(path, text_field) is not None:
            return None
        from curate.io.json_values import first_wrapped

        inner = first_wrapped(first)  # {"articles": [{"content": ...}]}: its records' fields
        if inner is None and kind in ("object", "lines"):  # {"train": [{"sentence": ...}]}
            from curate.io.json_splits import first_split_row

            inner = first_split_row(first)
        if inner is None and kind in ("object", "lines"):  # `{"response": {"results": [...]}}`
            from curate.io.nested_records import first_deep_record

            inner = first_deep_record(first)
        if isinstance(inner, dict):
            return _missing_text(inner, text_field)
        if kind == "lines" and not _second_line_is_object(path):
            return None
        return _missing_text(first, text_field) if kind in ("lines", "array") else None
    if suffix in TABLE_SUFFIXES:
        import csv

        try:
            rows = csv.DictReader(_text_lines(path), **_dialect(path))
            row = next(rows, None)
            names = rows.fieldnames
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
            return None
        if not names or {*_names(text_field), "html"} & set(names) or id_text_table(path):
            return None  # read: by its header, or as `id<TAB>text` rows (io.id_text_rows)
        if is_substack_index(path, _names(text_field)):  # an index, no records (io.substack_export)
            return None
        from curate.io.headerless import headerless_reason
        from curate.io.ragged_rows import ragged_reason

        try:  # rows of a shape, too many others among them (io.ragged_rows)
            ragged = ragged_reason(csv.reader(_text_lines(path), **_dialect(path)))
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
            ragged = None
        headerless = ragged or headerless_reason(names)  # Spark's `write.csv` (io.headerless)
        if headerless is not None:
            return headerless
        row = row or dict.fromkeys(names)
        return _missing_text({k: v for k, v in row.items() if k is not None}, text_field)
    return None


def _opens_alone(path: Path) -> bool:
    """A JSON Lines file whose first line is a lone `{` or opens an array: pretty-printed
    objects (`jq`, `json.dump(indent=2)`) or an array (`json.dump(rows)` saved as .jsonl), not
    one object a line; each line was quarantined."""
    from curate.io.array_lines import opens_lines

    try:
        with open_binary(path) as handle:
            while (line := handle.readline(SNIFF_BYTES)) and not line.strip():
                pass
            first = line.strip().lstrip(b"\xef\xbb\xbf")
            if first.startswith(b"[") and opens_lines(first, handle):
                return False  # `["d1", "..."]`, then more lines (io.array_lines)
    except (OSError, EOFError, zlib.error):
        return False
    return first == b"{" or first.startswith(b"[")  # `[{...}, {...}]` on one line: an array


def _second_line_is_object(path: Path) -> bool:
    """A second line that opens a JSON object: JSON Lines, not one object on one line."""
    most = MAX_JSON_LINE_BYTES_PER_CHAR * MAX_DOCUMENT_CHARS
    try:
        with open_binary(path) as handle:
            handle.readline(most)
            return handle.readline(SNIFF_BYTES).lstrip().startswith(b"{")
    except (OSError, EOFError, zlib.error):
        return False


def too_large_json(path: Path) -> str | None:
    """Why a `.json` of one object too large to look into is not read (io.large_json), or
    None for any other file."""
    try:
        if suffix_of(path) not in JSON_SUFFIXES or path.stat().st_size <= SNIFF_MAX_BYTES:
            return None
    except OSError:
        return None
    first, kind = _first_record(path)
    if first is not None or kind != "object":
        return None
    from curate.io.large_json import too_large_reason

    return too_large_reason(path)


def _large_first(path: Path) -> tuple[Any, str] | None:
    from curate.io.large_json import large_first  # SQuAD's 42 MB train file

    return large_first(path)


def _first_filled(text: str) -> Any:
    from curate.io.text_arrays import first_filled

    return first_filled(text)


def _first_value(text: str) -> Any:
    try:
        return json.JSONDecoder().raw_decode(text)[0]
    except (ValueError, RecursionError):  # past the sniffed bytes, not JSON, or too deep
        return None


def read_json(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined | Skipped]:
    """A `.json` file of records: JSON Lines read as such, an array of objects read whole."""
    base_id, settings = _naming(path, base_id, reader)
    arrays = _array_lines(path, base_id, settings)  # `["doc-1", "..."]` (io.array_lines)
    if arrays is not None:
        yield from arrays
        return
    kind = json_records(path, settings.text_fields)
    if kind is None and _json_broken(path):
        kind = "broken"  # read to its break, the break quarantined (io.broken_json)
    if kind is None:  # a file named on its own is read whatever it is: say what it lacks
        fields = _or_html(settings.text_fields)
        why = records_without_text(path, settings.text_fields) if _of_arrays(path) else None
        why = why or too_large_json(path)  # orient="values"; one object past 256 MiB
        why = why or records_without_text(path, settings.text_fields)  # the field to name
        why = why or f"no JSON records with a {fields} field to read"
        yield Quarantined(str(path), None, "unsupported", why)
        return
    if kind == "lines":
        yield from read_jsonl(path, base_id, reader)
        return
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_JSON_ARRAY_BYTES:
            yield Quarantined(
                where,
                None,
                "too_large",
                f"a JSON array of {size:,} bytes is read whole (limit {MAX_JSON_ARRAY_BYTES:,}); "
                "write it as JSON Lines (.jsonl), one record a line",
            )
            return
        from curate.io.broken_json import read_to_cut

        data, cut = read_to_cut(path)  # a cut `.json.gz`: the records before the cut are read
        if cut is not None and not data:
            raise cut
        source = data
        encoding = None
        broken = None  # where the JSON stops being JSON (io.broken_json)
        from curate.io.json_values import json_values, records

        try:  # one value, or objects one after another (`jq '.[]'`: curate.io.json_values)
            values = json_values(data)
        except UnicodeDecodeError:  # a legacy code page: decoded as a .txt file is (_record)
            decoded = decode(data)
            if isinstance(decoded, str):
                yield Quarantined(where, None, "encoding", decoded)
                return
            source, encoding = decoded
            values = json_values(source)
    except (OSError, EOFError, zlib.error) as err:
        why = cut_detail(path, err)
        yield Quarantined(where, None, "truncated", f"could not read the file: {why}")
        return
    except json.JSONDecodeError as err:  # the records before the break are read
        from curate.io.broken_json import salvage
        from curate.io.trailing_commas import json_values_without_trailing_commas

        values, broken = json_values_without_trailing_commas(source, err), None
        if values is None:  # `// first batch` lines (JSONC: io.json_comments)
            from curate.io.json_comments import json_values_without_comments

            values = json_values_without_comments(source)
        if values is None:  # `f.write(str(rows))`: a Python literal (io.loose_json)
            values = loose_json.python_values(source)
        if values is None:
            values, broken = salvage(source)
        if not values:
            yield Quarantined(where, None, "malformed_json", f"not valid JSON: {err}")
            return
    except (ValueError, RecursionError) as err:  # a 5,000-digit number, depth
        yield Quarantined(where, None, "malformed_json", f"not valid JSON: {_json_error(err)}")
        return
    splits: list[str | None] = []  # each item's split in the file (io.json_splits)
    items = records(values, settings.text_fields, splits)  # an array's, a wrapper's, objects
    texts = bool(items) and isinstance(items[0], str)  # `json.dump(texts)` (io.bare_strings)
    chosen = settings.split if any(splits) else ()  # `--split test` of a file of splits
    shared = _folder_fields(path)  # `date=2024-03-01/part.json`, as a .jsonl's (session 46)
    # Web Scraper Cloud's JSON, a paragraph an object: a page's objects one document
    groups = _scraper_groups(items[0] if items and not any(splits) else None, settings)
    for number, item in enumerate(items, start=1):  # `line`: the item's place in the array
        if chosen and splits[number - 1] not in chosen:  # another split, not asked for:
            from curate.io.json_splits import skipped_split

            yield Skipped(skipped_split(splits[number - 1]))  # counted (io.json_splits)
            continue
        item = text_row(item, settings.text_fields) if texts else item
        if not isinstance(item, dict):
            from curate.io.text_arrays import STRINGS_ADVICE, of_strings

            # `[["s1", "s2"], ["s3"]]`: sentences or a batch, not guessed (io.text_arrays)
            why = STRINGS_ADVICE if of_strings(item) else "an item must be a JSON object"
            yield Quarantined(where, number, "malformed_json", why, id=f"{base_id}-{number}")
            continue
        item = {**shared, **item} if shared else item  # the row's own fields win
        if groups is not None:  # (io.selection_rows)
            read = (number, item, encoding)
            yield from _json_groups(groups.add(read), where, base_id, settings)
            continue
        doc = from_row(item, where, number, f"{base_id}-{number}", settings)
        if encoding is not None and isinstance(doc, Document):
            doc.labels["encoding"] = encoding
        split = splits[number - 1]
        if split is not None and isinstance(doc, Document):  # `--split`: published as that
            doc.labels[SPLIT if settings.split else INPUT_SPLIT] = split  # else counted
        yield doc
    if groups is not None:
        yield from _json_groups(groups.finish(), where, base_id, settings)
    if broken is not None or cut is not None:
        number = len(items) + 1
        kind, why = ("truncated", cut) if cut is not None else ("malformed_json", broken)
        why = cut_detail(path, why) if cut is not None else why  # io.cut_stream
        what = "could not read" if cut is not None else "not valid JSON"
        yield Quarantined(
            where,
            number,
            kind,
            f"{what} past record {number - 1}: {why}",
            id=f"{base_id}-{number}",
        )


def _of_arrays(path: Path) -> bool:
    from curate.io.value_rows import of_arrays

    return of_arrays(path)


def _is_lfs_pointer(path: Path) -> bool:
    from curate.io.lfs_pointer import lfs_pointer

    return lfs_pointer(path) is not None


def _json_broken(path: Path) -> bool:
    from curate.io.broken_json import looks_broken

    return looks_broken(path)


def _text_lines(path: Path, legacy: dict[int, str] | None = None, skip: int = 0) -> Iterator[str]:
    """The lines of a text file (maybe gzipped) decoded one at a time as UTF-8; a line that is
    not (a Windows-1252 'caf\\xe9' in row 10 of 10,000) is decoded as a .txt file is and its
    encoding noted in `legacy` by line number, rather than ending the file there. Bytes that
    decode as nothing still raise at the line that holds them. The first `skip` lines (after
    a `sep=` line) are a table's preamble, never read (curate.io.table_preamble)."""
    known: list[str] = []
    shift = 0  # the lines after Excel's "sep=;" are numbered from it (the header line 0)
    with _open_lines(path) as handle:
        for number, raw in enumerate(handle):
            if number == 0 and SEP_LINE.match(raw):  # Excel's "sep=;": no row, no header
                shift = 1
                continue
            number -= shift
            if number < skip:  # a title or comment above the header (io.table_preamble)
                continue
            number -= skip
            try:
                yield raw.decode("utf-8-sig" if number == 0 else "utf-8")
            except UnicodeDecodeError:
                if not known:  # its lines' code page, not its header's alone (io.legacy_lines)
                    from curate.io.legacy_lines import legacy_encoding

                    known[:] = legacy_encoding(path, _open_lines)
                decoded = decode_line(raw, known)
                if isinstance(decoded, str):
                    raise
                if legacy is not None:
                    legacy[number + 1] = decoded[1]
                yield decoded[0]


def _delimiter(path: Path, skip: int = 0) -> str:
    """Tab for `.tsv`; for `.csv` a comma, or a semicolon when the header has semicolons and
    no comma: Excel in French, German or Spanish settings saves `id;title;text`. A first line
    `sep=;` (written for Excel to open the file right) names it: the file was passed over with
    'sep=;' as its header."""
    sep = _sep_line(path)
    if sep is not None:
        return sep
    other = _other_delimiter(path, skip)  # a `.csv` of tabs or pipes (io.delimiters)
    if other is not None:
        return other
    if ".tsv" in path.name.lower():
        return "\t"
    try:
        header = next(_text_lines(path, skip=skip), "")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return ","
    if ".csv" not in path.name.lower():  # Excel's "Unicode Text" `.txt`, `id|text|lang`, a
        # table in a `.jsonl` (io.tab_text, io.other_kinds)
        from curate.io.tab_text import txt_delimiter

        found = txt_delimiter(header)
        if found is not None:
            return found
    return ";" if ";" in header and "," not in header else ","


def _other_delimiter(path: Path, skip: int = 0) -> str | None:
    from curate.io.delimiters import header_delimiter

    name = path.name.lower()
    if ".csv" not in name and ".tsv" not in name:
        return None  # Excel's "Unicode Text" `.txt` (io.tab_text) decides on its own
    try:
        header = next(_text_lines(path, skip=skip), "")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return None
    return header_delimiter(header, ".tsv" in name)


def _sep_line(path: Path) -> str | None:
    """The delimiter a first line `sep=X` names, or None."""
    try:
        with _open_lines(path) as handle:
            found = SEP_LINE.match(handle.readline(64))
    except (OSError, EOFError, zlib.error):
        return None
    return found.group(1).decode("latin-1") if found else None


def _dialect(path: Path, skip: int = 0) -> dict[str, Any]:
    """`csv` reader options: the delimiter, and spaces after it skipped when every one in the
    header is followed by one (`id, title, text`, typed by hand: `a1, "Budget vote", "..."`
    read ' "Budget vote"' with its quotes, and a quoted text's commas made fields)."""
    delimiter = _delimiter(path, skip)
    try:
        header = next(_text_lines(path, skip=skip), "").rstrip("\r\n")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        header = ""
    parts = header.split(delimiter)
    spaced = len(parts) > 1 and all(part.startswith(" ") for part in parts[1:])
    dialect = {"delimiter": delimiter, "skipinitialspace": spaced and delimiter != "\t"}
    if delimiter == "\t":  # a raw TSV's quotes are text (curate.io.table_header)
        import csv

        from curate.io.table_header import quotes_are_text

        try:
            if quotes_are_text(_text_lines(path, skip=skip)) or _escaped_dump(path, skip):
                dialect["quoting"] = csv.QUOTE_NONE
        except (OSError, EOFError, zlib.error, UnicodeDecodeError):
            pass
    return dialect


def _escaped_dump(path: Path, skip: int) -> bool:
    """A database's tab-separated dump: `\\N`, `\\n` (curate.io.sql_escapes)."""
    from curate.io.sql_escapes import escaped_dump

    try:
        return escaped_dump(_text_lines(path, skip=skip))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return False


def _preamble(path: Path, text_field: str | tuple[str, ...]) -> int:
    """Lines above a table's header naming the text field (curate.io.table_preamble)."""
    import itertools

    from curate.io.table_preamble import MAX_PREAMBLE, preamble_length

    try:
        head = list(itertools.islice(_text_lines(path), MAX_PREAMBLE + 1))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return 0
    return preamble_length(head, _names(text_field), ".tsv" in path.name.lower())


def _nul_row(row: dict[Any, Any], names: list[str]) -> tuple[int, dict[Any, Any] | None]:
    """(NUL bytes in place of text, the row) for a table row: a row of NULs alone is None (a
    crash's zero-filled blocks: it was "the row has 1 of the header's 2 fields ... a line break
    in an unquoted text?"); NULs before its first cell are taken off (they were its id)."""
    cells = [c for value in row.values() for c in (value if isinstance(value, list) else [value])]
    text = "".join(cell for cell in cells if isinstance(cell, str))
    if "\x00" not in text:
        return 0, row
    if not text.strip("\x00 \t\r\n"):
        return text.count("\x00"), None
    first = row.get(names[0]) if names else None
    if isinstance(first, str) and first.startswith("\x00\x00"):
        return len(first) - len(first.lstrip("\x00")), {**row, names[0]: first.lstrip("\x00")}
    return 0, row


def _header_again(row: dict[Any, Any], names: Any) -> bool:
    from curate.io.repeated_header import is_header_again

    return is_header_again(row, list(names or []))


def _escapes_quotes(path: Path, skip: int, dialect: dict[str, Any]) -> bool:
    """A quoted table whose quotes are escaped `\\"` (curate.io.backslash_quotes)."""
    import csv

    from curate.io.backslash_quotes import escapes_quotes

    if dialect.get("quoting") == csv.QUOTE_NONE:
        return False
    try:
        return escapes_quotes(_text_lines(path, skip=skip))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return False


def table_columns(path: Path, text_field: str | tuple[str, ...] = "text") -> list[str] | None:
    """The header of a `.csv` / `.tsv` file when it names the text field or `html`, else None."""
    import csv

    skip = _preamble(path, text_field)  # a title above the header (io.table_preamble)
    try:
        header = next(csv.reader(_text_lines(path, skip=skip), **_dialect(path, skip)), None)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
        return None
    if header:  # " text" or "Text" is the text column (curate.io.table_header)
        from curate.io.table_header import table_header

        header = table_header(header, _names(text_field))
        from curate.io.duplicate_columns import distinct_names

        header = distinct_names(header)  # `text` twice: `text`, `text.1` (io.duplicate_columns)
        header = [*header, *listed_columns(header)]  # Apify's `paragraphs/0` (io.list_cells)
    if not header or not ({*_names(text_field), "html"} & set(header)):
        return None
    return header


def id_text_table(path: Path) -> str | None:
    """The shape of a `.csv` / `.tsv` of `id<TAB>text` rows without a header, or of rows
    whose text comes first (`text<TAB>label`), or None (curate.io.id_text_rows)."""
    import csv

    from curate.io.id_text_rows import table_shape

    if suffix_of(path) not in TABLE_SUFFIXES:
        return None
    csv.field_size_limit(MAX_DOCUMENT_CHARS + 1)  # a passage may be longer than csv's 128 KiB
    try:
        return table_shape(csv.reader(_text_lines(path), **_dialect(path)))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error):
        return None


def _read_id_text(
    path: Path, base_id: str, settings: ReaderSettings, shape: str
) -> Iterator[Document | Quarantined]:
    import csv

    from curate.io.id_text_rows import id_text_rows

    where = str(path)
    number = 0
    try:
        dialect = _dialect(path)
        rows = csv.reader(_text_lines(path), **dialect)
        joiner = dialect["delimiter"] + (" " if dialect.get("skipinitialspace") else "")
        for item in id_text_rows(rows, where, base_id, settings, shape, joiner=joiner):
            number = rows.line_num
            yield item
    except (csv.Error, UnicodeDecodeError, OSError, EOFError, zlib.error) as err:
        yield _unreadable_row(path, number, err, csv.Error)


def _unreadable_row(path: Path, number: int, err: Exception, csv_error: type) -> Quarantined:
    """The quarantine record of a table that cannot be read past row `number`: a malformed
    row (`csv_error`), bytes that are no UTF-8, or a cut file (a .zst, .bz2: where it ends,
    `io.cut_stream`)."""
    where = str(path)
    if isinstance(err, csv_error):
        return Quarantined(where, number + 1, "malformed_row", f"not a readable row: {err}")
    if isinstance(err, UnicodeDecodeError):
        why = f"invalid UTF-8 after row {number}: {err}"
        return Quarantined(where, number + 1, "encoding", why)
    why = cut_detail(path, err)
    return Quarantined(where, number + 1, "truncated", f"could not read past row {number}: {why}")


def read_table(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined | Skipped]:
    """A `.csv` / `.tsv` file: a row is a document, its fields named by the header, as a JSON
    Lines row's are (`text_field`, `id_field`, `title`, `url`); a field may hold line breaks
    inside quotes, so `line` is the row's number under the header."""
    import csv

    base_id, settings = _naming(path, base_id, reader)
    where = str(path)
    shape = id_text_table(path) if table_columns(path, settings.text_fields) is None else None
    if shape is not None:  # MS MARCO's `collection.tsv`, `text<TAB>label` (io.id_text_rows)
        yield from _read_id_text(path, base_id, settings, shape)
        return
    if table_columns(path, settings.text_fields) is None:
        from curate.io.substack_export import SUBSTACK_INDEX

        if is_substack_index(path, settings.text_fields):  # its posts stand beside it
            yield Skipped(SUBSTACK_INDEX)
            return
        fields = _or_html(settings.text_fields)
        # the advice a folder's run gives for it: the field to name, two of prose (session 29)
        why = f"no {fields} column in the header"
        advice = records_without_text(path, settings.text_fields)
        yield Quarantined(where, None, "unsupported", f"{why}; {advice}" if advice else why)
        return
    csv.field_size_limit(MAX_DOCUMENT_CHARS + 1)  # an article is longer than csv's 128 KiB
    shared = _folder_fields(path)  # `lang=fr/part-0.csv` (io.hive_partitions)
    skip = _preamble(path, settings.text_fields)  # a title above the header (io.table_preamble)
    number = 0
    legacy: dict[int, str] = {}  # line -> encoding, for lines that were not UTF-8
    try:
        from curate.io.short_rows import short_row
        from curate.io.unclosed_quote import RowLines, split_rows
        from curate.io.unquoted_commas import by_spaces, mended, placed_id, rejoined, spread

        dialect = _dialect(path, skip)
        dump = dialect["delimiter"] == "\t" and _escaped_dump(path, skip)  # io.sql_escapes
        lines = _text_lines(path, legacy, skip)
        if _escapes_quotes(path, skip, dialect):  # Spark's `\"` (io.backslash_quotes)
            from curate.io.backslash_quotes import doubled_quotes

            lines = doubled_quotes(lines)
        pulled = RowLines(lines)  # each row's lines (io.unclosed_quote)
        rows = csv.DictReader(pulled, **dialect)
        if rows.fieldnames:  # " text" or "Text" is the text column (curate.io.table_header)
            from curate.io.table_header import table_header

            rows.fieldnames = table_header(rows.fieldnames, settings.text_fields, settings.id_field)
            from curate.io.duplicate_columns import distinct_names

            rows.fieldnames = distinct_names(rows.fieldnames)  # `text` twice: the first (pandas)
        table = selection_table(rows.fieldnames or [])  # ParseHub's, Web Scraper's
        groups = RowGroups(table, settings.text_fields) if table is not None else None
        paired = (settings, record_settings(table, settings))
        pulled.take()  # the header's
        last_line = 1  # the header's
        for read_row in rows:
            first_line, last_line = last_line + 1, rows.line_num
            lines = pulled.take()
            split = split_rows(read_row, lines, list(rows.fieldnames or []), dialect)
            for row in split or [read_row]:  # a quote never closed: its lines a row each
                number += 1
                if _header_again(row, rows.fieldnames):  # `cat a.csv b.csv` (io.repeated_header)
                    continue
                if None in row:  # a trailing separator, the text's commas unquoted
                    names = list(rows.fieldnames or [])  # (io.unquoted_commas)
                    row = (
                        mended(row)
                        or by_spaces(row, names, settings.text_fields, dialect, settings.id_field)
                        or rejoined(row, names, settings.text_fields, dialect)
                        or row
                    )
                if None in row:  # more fields than the header names: the text first or inside
                    spread_row = spread(row, names, settings.text_fields, dialect)
                    if isinstance(spread_row, str):
                        placed = placed_id(names, settings.text_fields, settings.id_field)
                        yield Quarantined(
                            where,
                            number,
                            "malformed_row",
                            spread_row,
                            id=_row_id(
                                row if placed else {}, settings.id_field, f"{base_id}-{number}"
                            ),
                        )
                        continue
                    row = spread_row
                nuls, row = _nul_row(row, list(rows.fieldnames or []))  # (io.stray_lines)
                if nuls:  # a crash's NULs in place of rows, or before this one
                    why = unwritten_reason(nuls)
                    yield Quarantined(where, number, "truncated", why, id=f"{base_id}-{number}")
                if row is None:
                    continue
                short = short_row(row, list(rows.fieldnames or []), settings.text_fields)
                if short is not None:  # the rest of a text cut by a line break (io.short_rows)
                    yield Quarantined(
                        where,
                        number,
                        "malformed_row",
                        short,
                        id=f"{base_id}-{number}",  # its first field is a text's line, no id
                    )
                    continue
                values = {key: value for key, value in row.items() if value is not None}
                values = with_lists(values)  # `['p1', 'p2']`: pandas' list column (io.list_cells)
                if dump:  # `\\N`, `\\n` (io.sql_escapes)
                    from curate.io.sql_escapes import unescaped

                    values = unescaped(values)
                values = {**shared, **values} if shared else values  # the row's own fields win
                found = (legacy[n] for n in range(first_line, last_line + 1) if n in legacy)
                read = (number, values, next(found, None))
                if groups is None:
                    yield _table_row(read, where, base_id, settings)
                else:  # a page's paragraphs a row each (io.selection_rows)
                    yield from _table_groups(groups.add(read), where, base_id, paired)
        if groups is not None:
            yield from _table_groups(groups.finish(), where, base_id, paired)
    except (csv.Error, UnicodeDecodeError, OSError, EOFError, zlib.error) as err:
        yield _unreadable_row(path, number, err, csv.Error)


def _table_row(
    read: tuple[int, dict[str, Any], Any],
    where: str,
    base_id: str,
    settings: ReaderSettings,
    joined: bool = True,
) -> Document | Quarantined:
    """A table's row as its document; `read`: its number, its values, its legacy encoding;
    `joined`: a CSV's, whose text may be a list joined by commas."""
    number, values, encoding = read
    field = _text_field_of(values, settings.text_fields)
    text = values.get(field)
    if joined and isinstance(text, str):  # Scrapy's list of paragraphs, `A.,B.` (io.joined_values)
        values = {**values, field: split_joined(text)}
    doc = from_row(values, where, number, f"{base_id}-{number}", settings)
    if encoding is not None and isinstance(doc, Document):
        doc.labels["encoding"] = encoding
    return doc


def _table_groups(
    groups: list[tuple[list[Any], dict[str, Any] | None]],
    where: str,
    base_id: str,
    settings: tuple[ReaderSettings, ReaderSettings],
    joined: bool = True,
) -> Iterator[Document | Quarantined]:
    """The documents of a table's rows gathered a page each (io.selection_rows): a page's
    record read with the second `settings` (ParseHub's as its JSON's items are); its rows a
    document each, with the first, when it reads as none."""
    for rows, record in groups:
        number = rows[0][0]
        doc = None
        if record is not None:
            read = (number, record, rows[0][2])
            doc = _table_row(read, where, base_id, settings[1], joined)
        if isinstance(doc, Document):
            yield doc
        else:
            yield from (_table_row(row, where, base_id, settings[0], joined) for row in rows)


def _record(
    path: Path,
    line_no: int,
    raw: bytes,
    base_id: str,
    settings: ReaderSettings,
    known: list[str] | None = None,
    shared: dict[str, Any] | None = None,
) -> Document | Quarantined | list[Document | Quarantined]:
    """`shared`: the fields of the folders above the file, each row's own fields win."""
    where = str(path)
    encoding = None
    line_id = f"{base_id}-{line_no}"  # the id a row without an id field is given
    try:
        try:
            row = loose_json.loads(raw)  # a raw tab inside a string is read (io.loose_json)
        except UnicodeDecodeError:
            # a line in a legacy code page ('caf\xe9' from a Windows-1252 export) is decoded as
            # a .txt file's bytes are, not lost for one byte; the encoding is on the document
            decoded = decode_line(raw, known if known is not None else [])
            if isinstance(decoded, str):
                return Quarantined(where, line_no, "encoding", decoded, id=line_id)
            text, encoding = decoded
            row = loose_json.loads(text)
    except (ValueError, RecursionError) as err:  # JSONDecodeError, a 5,000-digit number, depth
        keyed = _keyed_object(raw)  # `doc-17<TAB>{...}`: Hadoop's key, value (io.keyed_lines)
        if keyed is None:
            if isinstance(err, json.JSONDecodeError):  # in the file's lines (io.json_positions)
                from curate.io.json_positions import record_break

                kind, error = record_break(err, raw)
                return Quarantined(where, line_no, kind, error, id=line_id)
            error = f"not valid JSON: {_json_error(err)}"
            return Quarantined(where, line_no, "malformed_json", error, id=line_id)
        line_id, row = keyed
    row = text_row(row, settings.text_fields)  # `json.dumps(text)` a line (io.bare_strings)
    # `[{...}, {...}]` a line, or `{"page": 2, "articles": [...]}`: an API's pages (io.line_arrays)
    items = line_items(row, settings.text_fields)
    if items is not None:
        return [
            _line_item(item, where, line_no, f"{line_id}-{n}", settings, encoding)
            for n, item in enumerate(items, start=1)
        ]
    if isinstance(row, list) and row and all(isinstance(cell, str) for cell in row):
        from curate.io.array_lines import array_row  # `["d1", "..."]` among objects

        return array_row(row, where, line_no, base_id, settings)
    if not isinstance(row, dict):
        return Quarantined(
            where, line_no, "malformed_json", "a line must be a JSON object", id=line_id
        )
    row = {**shared, **row} if shared else row
    doc = from_row(row, where, line_no, default_id=line_id, settings=settings)
    if encoding is not None and isinstance(doc, Document):
        doc.labels["encoding"] = encoding
    return doc


def _keyed_object(raw: bytes) -> tuple[str, dict[str, Any]] | None:
    if b"\t" not in raw[: 64 + 64]:  # a line with no tab near its start: no key (fast path)
        return None
    from curate.io.keyed_lines import keyed_object

    return keyed_object(raw)


def _line_item(
    item: dict[str, Any],
    where: str,
    line_no: int,
    default_id: str,
    settings: ReaderSettings,
    encoding: Any,
) -> Document | Quarantined:
    doc = from_row(item, where, line_no, default_id, settings)
    if encoding is not None and isinstance(doc, Document):
        doc.labels["encoding"] = encoding
    return doc


def from_row(
    row: dict[str, Any],
    where: str,
    line_no: int | None,
    default_id: str,
    settings: ReaderSettings | None = None,
) -> Document | Quarantined:
    """A document from one JSONL/Parquet row: its text under `text_field` (or an `html` field
    for the recipe's extractor), its id under `id_field`, `title`, `url` or `source`."""
    settings = settings or DEFAULT_READER
    id_field = settings.id_field
    row = decoded_fields(row, (id_field, "title", "url", "source"))  # Spark's binary strings
    if isinstance(row.get("meta"), str) or isinstance(row.get("metadata"), str):
        from curate.io.meta_strings import with_meta_objects  # RedPajama's `meta` string

        row = with_meta_objects(row)
    text_field = _text_field_of(row, settings.text_fields)
    text = field_value(row, text_field)  # a dotted name reaches a nested field (io.fields)
    html = row.get("html")
    # a quarantined row names its id (or the one it would have had): `curate explain` finds it
    row_id = _row_id(row, id_field, default_id)
    # {"text": "", "html": "<html>..."}: a scraper whose own extraction failed kept the page
    blank = isinstance(text, str) and not text.strip() and isinstance(html, str) and html.strip()
    if (text is None and isinstance(html, str)) or blank:
        from curate.io.html import document_from_html

        page = document_from_html(
            row["html"], where, line_no, row, default_id, settings.extractor, id_field
        )
        return _field_label(_with_id(page, row_id), "html", settings)
    if html is None and isinstance(text, str) and text_opens_as_page(text):
        # {"text": "<!DOCTYPE html>..."}: the response body stored as the text (io.pages)
        from curate.io.html import document_from_html

        page = document_from_html(
            text, where, line_no, row, default_id, settings.extractor, id_field
        )
        return _field_label(_with_id(page, row_id), text_field, settings)
    aliased = None
    # `text` null or blank, `content` beside it: a concat of two frames, a scraper that fills
    # one of them (io.text_aliases); in-memory records are read as named (io.in_memory)
    blank = text is None or (isinstance(text, str) and not text.strip())
    if blank and where != IN_MEMORY:
        from curate.io.text_aliases import row_alias

        aliased = row_alias(row, settings.text_fields)
        text_field, text = (aliased, row[aliased]) if aliased is not None else (text_field, text)
    if text is None and where != IN_MEMORY and ("lexical" in row or "mobiledoc" in row):
        from curate.io.editor_json import editor_text  # Ghost's post as its editor's JSON

        found = editor_text(row)
        text_field, text = found if found is not None else (text_field, text)
    if text is None:
        why = _missing_text(row, settings.text_fields)
        return Quarantined(where, line_no, "missing_field", why, id=row_id)
    if isinstance(text, list) and text and all(isinstance(part, str) for part in text):
        # a list of paragraphs (as some news sets store an article): one per block, in order;
        # a list of an element's text nodes (Scrapy's `//text()`) as it renders (io.text_nodes)
        nodes = joined_nodes(text) if where != IN_MEMORY else None
        text = nodes if nodes is not None else "\n\n".join(part for part in text if part.strip())
    elif isinstance(text, list):  # [{"type": "text", "content": ...}] (io.paragraph_objects)
        from curate.io.paragraph_lists import joined_list
        from curate.io.paragraph_objects import joined_paragraphs, joined_spans
        from curate.io.selection_items import selection_paragraphs

        blocks = joined_paragraphs(text)
        blocks = blocks if blocks is not None else joined_spans(text)  # Telegram's spans
        blocks = blocks if blocks is not None else selection_paragraphs(text)  # ParseHub's
        blocks = blocks if blocks is not None else joined_list(text)  # [p, null, [s, s]]
        text = blocks if blocks is not None else text
    encoding = None
    if isinstance(text, bytes):  # Spark, Hive and Impala write Parquet strings as binary
        decoded = decode(text)
        if isinstance(decoded, str):
            return Quarantined(where, line_no, "encoding", f"{text_field!r}: {decoded}", id=row_id)
        text, encoding = decoded
    if not isinstance(text, str):
        why = f"{text_field!r} must be a string (or a list of strings), got {type(text).__name__}"
        return Quarantined(
            where, line_no, "wrong_type", why + _inner_text(text, text_field), id=row_id
        )
    if len(text) > MAX_DOCUMENT_CHARS:
        return _with_id(_too_large(where, line_no, len(text)), row_id)
    if text[:1] in ('"', " ") and where != IN_MEMORY:  # LinkedIn's quoted cell (io.linkedin_export)
        from curate.io.linkedin_export import without_export_quotes

        text = without_export_quotes(row, text)
    if text.endswith("chars]"):  # NewsAPI's `… [+2113 chars]` (io.truncation_marks)
        from curate.io.truncation_marks import without_truncation_mark

        text = without_truncation_mark(text)
    if "\\n" in text and where != IN_MEMORY:  # `First.\\n\\nSecond.` (io.escaped_breaks)
        from curate.io.escaped_breaks import with_real_breaks

        text = with_real_breaks(text)
    doc_id = row_id  # `_row_id` of the same row, worked out above
    title = row_title(row, text_field, where)
    source = row_source(row, text_field)
    doc = Document(
        id=doc_id,
        text=text,
        title=title,
        input_title=title,
        source=source if isinstance(source, str) else where,
        labels={"input_line": line_no} if line_no is not None else {},
    )
    if encoding is not None:
        doc.labels["encoding"] = encoding
    metadata = row_metadata(row, text_field)  # date and writers, for `bylines` (io.row_metadata)
    if metadata is not None:
        doc.labels[PAGE_METADATA] = metadata
    crawled = crawl_date(row)  # FineWeb's `date`: its crawl's, no page's (io.crawl_rows)
    if crawled is not None:
        doc.labels[CRAWLED_AT] = crawled
    if html is not None and isinstance(html, str) and html.strip():  # most rows: no html
        # {"url", "html", "text"}: a crawler's export; its page's title, date, writers and
        # address fill what the row lacks, its text stays (io.html_beside_text)
        from curate.io.html_beside_text import with_page_fields

        sourced = isinstance(source, str)
        doc = with_page_fields(doc, html, where, line_no, settings.extractor, sourced)
    repair_surrogates(doc)
    if aliased is not None:  # counted by field, as a file read from an alias is
        doc.labels[TEXT_FIELD] = aliased
    return _field_label(doc, text_field, settings)


def row_title(row: dict[str, Any], text_field: str, where: str) -> Any:
    """The title of a JSONL/Parquet row (or of a text file's JSON sidecar: io.sidecars)."""
    title = one_string(beside_text(row, text_field, "title"))  # `_source.title` (io.text_siblings)
    if title is None and where != IN_MEMORY:  # `headline`, `post_title` (io.text_siblings)
        title = one_string(other_title(row, text_field))
        title = title if title is not None else text_object_title(row, text_field)
        title = title if title is not None else metadata_title(row)  # Apify's, Firecrawl's
        title = title if title is not None else webflow_title(row)  # Webflow's `Name`
        title = title if title is not None else name_title(row, text_field)  # ParseHub's
        title = title if title is not None else link_title(row)  # Web Scraper's link's words
    if isinstance(title, dict):  # WordPress's `title.rendered` (io.text_siblings)
        title = title_part(title_form(title, text_field))  # the NYT's `headline.main`
    elif isinstance(title, list):  # `["Main", "Subtitle"]` (io.title_lists)
        title = listed_title(selected_title(title))  # ParseHub's `[{"name": ...}]`
    return title_or_none(title)  # R's `NA`, pandas' `nan` are no title (io.missing_titles)


def row_source(row: dict[str, Any], text_field: str) -> Any:
    """The source of a row: its `url`, a web address under another name or one object down
    (`link`, `metadata.url`: io.row_url) or `source`; not always a string (the caller keeps
    its file then)."""
    url = one_string(beside_text(row, text_field, "url"))
    return url or page_url(row, text_field) or row.get("source") or scraped_page(row)


def _names(text_field: str | tuple[str, ...]) -> tuple[str, ...]:
    return (text_field,) if isinstance(text_field, str) else tuple(text_field)


def _or_html(fields: tuple[str, ...]) -> str:
    """`'text' or 'html'`, `'text', 'content' or 'html'`: the fields a file is read by."""
    return ", ".join(map(repr, fields)) + " or 'html'"


def _inner_text(value: Any, field: str) -> str:
    """The advice for a text field holding an object whose texts are a level down
    (`{"text": {"content": "..."}}`: the row was "must be a string, got dict" alone). Each
    is named when there are several: a text in two languages (`{"text": {"en": ..., "de":
    ...}}`) had no advice at all (session 50)."""
    from curate.io.bare_strings import opens_texts

    if not isinstance(value, dict):
        return ""
    inner = [k for k, v in value.items() if isinstance(k, str) and opens_texts(v)]
    if not inner:
        return ""
    from curate.io.shell_words import shell_word

    options = [f"--text-field {shell_word(f'{field}.{key}')}" for key in inner[:MAX_NAMED]]
    if len(inner) == 1:
        return f"; its {inner[0]!r} holds a text: {options[0]}"
    names = ", ".join(repr(key) for key in inner[:MAX_NAMED])
    return f"; its {names} hold texts, one to read: {' or '.join(options)}"


def _text_field_of(row: dict[str, Any], fields: tuple[str, ...]) -> str:
    """The field a row's text is read from: the first of `fields` it holds a value under,
    passing over a blank one when a later field has text ({"text": "", "content": "..."}).
    One field: always that one, as before there were several."""
    held = [name for name in fields if field_value(row, name) is not None]
    for name in held:
        value = field_value(row, name)
        if not isinstance(value, str) or value.strip():
            return name
    return held[0] if held else fields[0]


def _row_id(row: dict[str, Any], id_field: str, default_id: str) -> str:
    """The id a row's document has: its id field, or the id made from file and line."""
    given = row.get(id_field)
    if isinstance(given, dict) and len(given) == 1 and "$oid" in given:
        given = given["$oid"]  # `mongoexport`'s ObjectId: `{"_id": {"$oid": "65f0..."}}`
    # a blank id (`" "`, a spreadsheet's cell of spaces) named a document no one can type
    blank = given is None or (isinstance(given, str) and not given.strip())
    return default_id if blank else id_text(given)  # `{"a": 1}`, `true` (io.id_text)


def _field_label(
    item: Document | Quarantined, field: str, settings: ReaderSettings
) -> Document | Quarantined:
    """With several text fields, a document says which one it was read from (label
    `text_field`, counted in the report); with one, nothing changes."""
    if isinstance(item, Document) and len(settings.text_fields) > 1:
        item.labels[TEXT_FIELD] = field
    return item


def _missing_text(row: dict[str, Any], text_field: str | tuple[str, ...]) -> str:
    """Why a row has no text, and how to point curate at the field that holds it."""
    fields = _names(text_field)
    present = [name for name in fields if has_field(row, name)]
    if present:
        return f"{present[0]!r} is null"
    from curate.io.scraper_errors import failed_page  # Apify's `#error` (io.scraper_errors)

    failed = failed_page(row)
    if failed is not None:
        return failed
    # `{"content": null}` of a file read by `content.text`: its advice said "no field" and
    # named `--text-field` beside the field it had (session 51's newcomer round)
    nulled = [(name, parent) for name in fields for parent in [_null_parent(row, name)] if parent]
    if nulled:
        name, parent = nulled[0]
        return f"{parent!r} is null, so the row has no {name!r}"
    wanted = ", ".join(map(repr, fields[:-1])) + " or " * (len(fields) > 1) + repr(fields[-1])
    names = sorted(str(key) for key in row)
    # the longest string, nested ones too: {"id": "7", "article": {"text": ...}} -> article.text
    strings = {path: value for path, value in string_paths(row) if path != "html"}
    from curate.io.id_text_rows import is_token

    tokens = {path for path, value in strings.items() if is_token(value)}
    strings = {path: value for path, value in strings.items() if path not in tokens}
    longest = max(strings, key=lambda k: (len(strings[k]), k), default=None)
    # a field of paragraph objects or a chat's turns reads as their joined text
    # (`io.paragraph_objects`): ShareGPT's `conversations` was "no text" to this advice
    from curate.io.paragraph_objects import joined_paragraphs

    blocks = {str(k): joined_paragraphs(v) for k, v in row.items() if isinstance(v, list)}
    blocks = {k: v for k, v in blocks.items() if v}
    widest = max(blocks, key=lambda k: (len(blocks[k]), k), default=None)
    if widest is not None and (longest is None or len(blocks[widest]) > len(strings[longest])):
        longest = widest
    # fields named already stay named: "--text-field content" alone would lose the `text` rows
    named = [*fields, longest] if fields != DEFAULT_READER.text_fields else [longest]
    from curate.io.shell_words import shell_word  # `' text'` quoted (io.shell_words)

    option = " ".join(f"--text-field {shell_word(name)}" for name in named)
    hint = f"; if {longest!r} holds the text: {option}" if longest else ""
    if not longest and tokens:  # NeMo Curator's `{"nemo_id", "_hashes"}`: no field to name
        hint = "; its fields hold ids, hashes or web addresses alone (or one-word codes), no text"
    if fields == DEFAULT_READER.text_fields:  # `content` and `body`: both (io.text_aliases)
        hint = ambiguous_hint(row) or hint
    shown = ", ".join(map(repr, names[:12])) + (", ..." if len(names) > 12 else "")
    return (
        f"no {wanted} field (the row has {shown or 'no fields'}){hint} "
        "(or reader.text_field in the recipe)"
    )


def _null_parent(row: dict[str, Any], name: str) -> str | None:
    """The object on a dotted field's path that the row holds as null, else None."""
    value: Any = row
    parts = name.split(".")
    for depth, part in enumerate(parts[:-1], start=1):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
        if value is None:
            return ".".join(parts[:depth])
    return None


def repair_surrogates(doc: Document) -> None:
    """JSON can carry UTF-16 surrogates ("\\udc80"), which no UTF-8 file can hold.

    A lone surrogate becomes U+FFFD (Python's json already joins valid pairs). The edit is on
    the ledger (stage "read", rule "surrogate") with `before` written as the JSON escape the
    input file holds, since the character itself cannot be stored.
    """
    from curate.document import Edit

    for field in ("text", "title"):
        value = doc.get(field)
        if not value or (value.isascii() or _encodes(value)):
            continue  # both C-speed tests; a regex scan of every text cost more than reading it
        # replayed in order, every earlier escape is already one character again
        for match in SURROGATE.finditer(value):
            escaped = f"\\u{ord(match.group()):04x}"
            doc.edits.append(Edit("read", "surrogate", field, match.start(), escaped, "\ufffd"))
        setattr(doc, field, SURROGATE.sub("\ufffd", value))


def _encodes(value: str) -> bool:
    """True when `value` holds no lone surrogate (only those fail to encode as UTF-8)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_parquet(
    path: Path, base_id: str | None = None, reader: Any = None
) -> Iterator[Document | Quarantined]:
    import pyarrow.parquet as pq

    base_id, settings = _naming(path, base_id, reader)
    try:
        parquet = pq.ParquetFile(path)
    except Exception as err:  # pyarrow raises several types for a broken file
        from curate.io.not_parquet import not_columnar

        instead = not_columnar(path)  # cut short, a web page, a server's error (io.not_parquet)
        kind = instead.kind if instead is not None else "unreadable"
        why = f"not a readable Parquet file: {instead.why if instead is not None else err}"
        yield Quarantined(str(path), None, kind, why)
        return
    settings = columnar_settings(  # `content` (io.text_aliases)
        settings, parquet.schema_arrow, lambda columns: _row_group_batches(parquet, columns)
    )
    yield from columnar_rows_to_damage(
        path,
        base_id,
        settings,
        parquet.schema_arrow.names,  # top-level columns: a struct's leaves are no columns
        lambda columns: _row_group_batches(parquet, columns),
    )


def _row_group_batches(parquet: Any, columns: list[str]) -> Iterator[Any]:
    """A Parquet file's batches a row group at a time: a damaged group ends the reading there,
    after the groups before it (a batch across groups lost them too)."""
    for group in range(parquet.num_row_groups):
        yield from parquet.iter_batches(batch_size=1024, row_groups=[group], columns=columns)


def columnar_rows_to_damage(
    path: Path, base_id: str, settings: ReaderSettings, names: list[str], batches: Any
) -> Iterator[Document | Quarantined]:
    """`columnar_rows`, and where the file turns out damaged (a Parquet page, an ORC stripe) a
    `truncated` record after the rows read: what was read stays, the rest is named (it stopped
    the run: "run failed: OSError: Couldn't deserialize thrift")."""
    rows = 0
    try:
        for item in columnar_rows(path, base_id, settings, names, batches):
            rows += 1
            yield item
    except Exception as err:  # pyarrow raises several types for a damaged file
        why = f"could not read past row {rows}: {type(err).__name__}: {' '.join(str(err).split())}"
        yield Quarantined(str(path), rows + 1, "truncated", why)


def columnar_rows(
    path: Path,
    base_id: str,
    settings: ReaderSettings,
    names: list[str],
    batches: Any,
) -> Iterator[Document | Quarantined]:
    """The rows of a columnar file (Parquet, Arrow) as documents, a row each; `batches(columns)`
    gives its record batches of those columns. A file without the text column is a quarantine
    record a row, as a JSON Lines file without the field is (io.missing_column)."""
    fields = settings.text_fields
    nested = tuple(f.split(".", 1)[0] for f in fields if f not in names)  # `article.text`
    columns = (settings.id_field, *fields, *nested, "html", "title", "url", "source")
    columns += (
        "metadata",
        "meta",
        "warc_headers",
    )  # a URL (io.row_url), a title (io.text_siblings)
    from curate.io.text_aliases import alias_columns  # `content` beside a null `text`

    columns += tuple(alias_columns(names, fields))
    if "title" not in names:  # `headline`, `post_title` (io.text_siblings)
        from curate.io.text_siblings import title_columns

        columns += tuple(title_columns(names))
    if "url" not in names:  # `link`, `webUrl` (io.row_url)
        from curate.io.row_url import url_columns

        columns += tuple(url_columns(names))
    from curate.io.crawl_rows import CRAWL_COLUMNS  # FineWeb's crawl date (io.crawl_rows)
    from curate.io.row_metadata import metadata_columns  # `date`, `author` (io.row_metadata)

    columns += (*metadata_columns(names), *CRAWL_COLUMNS)
    wanted = [c for c in dict.fromkeys(columns) if c in names]
    if not {*fields, *nested, "html"} & set(wanted):
        from curate.io.missing_column import rows_without_text

        yield from rows_without_text(path, base_id, settings, names, batches)
        return
    from curate.io.hive_partitions import partition_fields  # `date=2024-03-01/` folders

    shared = partition_fields(path, names)
    row_no = 0
    for batch in batches(wanted):
        for row in batch.to_pylist():
            row_no += 1
            row = {**shared, **row} if shared else row
            yield from_row(row, str(path), row_no, f"{base_id}-{row_no}", settings)


def from_records(
    records: Iterable[dict[str, Any]], reader: Any = None
) -> Iterator[Document | Quarantined]:
    """Documents from in-memory dicts (the Python API), numbered in order; `reader` is the
    recipe's `reader` section (the text and id fields, the HTML extractor)."""
    settings = reader_settings(reader)
    ids = UniqueIds()
    for seq, row in enumerate(records):
        item = (
            from_row(row, IN_MEMORY, seq + 1, f"doc-{seq}", settings)
            if isinstance(row, dict)
            else Quarantined(IN_MEMORY, seq + 1, "wrong_type", "a record must be a dict")
        )
        if isinstance(item, Document):
            item.labels.pop("input_line", None)
            ids.claim(item, f"<records>:{seq + 1}")
            item.seq = seq
            yield item
            continue
        yield dataclasses.replace(item, seq=seq)


def _json_error(err: Exception) -> str:
    """What json.loads said, in words for a reader of the quarantine."""
    if isinstance(err, RecursionError):
        return "nested too deep to read"
    return str(err)
