"""What other tools leave beside their output: no input, skipped by kind, with a word.

A newcomer gives `curate run` the folder a tool wrote, whole:
- datatrove's filters write the documents they drop with an `exclusion_writer` to a
  `removed/` folder beside `output/` (`removed/2_gopher/00000.jsonl.gz` in its FineWeb
  example): given the parent folder, every document a filter removed was read back in as
  input, kept beside the ones it kept;
- Data-Juicer's tracer (`open_tracer: true`) writes `trace/filter-<op>.jsonl` (samples a filter
  dropped), `trace/mapper-<op>.jsonl` (`original text` and `processed_text` pairs) and
  `trace/duplicate-<op>.jsonl` (`dup1`, `dup2`) in its work folder: the dropped samples were
  read as documents, the pairs quarantined with advice to read `--text-field dup2`; its log,
  `log/export_<export>_time_<timestamp>.txt`, was read as an article, and its checkpoint
  (`use_checkpoint: true`: `ckpt/ckpt_op.json` and `ckpt/latest/`, the dataset part-way through
  its ops) read beside the export, every document twice;
- Hugging Face `datasets`' cache (`~/.cache/huggingface/datasets/`) holds beside its Arrow
  shards `filelock`'s `.lock` files, `.incomplete` downloads and builds, `dataset_info.json`,
  `state.json` and `dataset_dict.json` (the dataset's own description), `downloads/<hash>.json`
  (where a download came from), and `cache-<fingerprint>.arrow`, what `.map()` or `.filter()`
  made of the dataset: they were counted as `.lock`, `.incomplete`, `.json`, and a map's cache
  was read as documents a second time, beside the shard it was made from; so were the files
  `downloads/` keeps (`<sha256>`, `extracted/<hash>/train.jsonl`), the dataset's source before
  it was prepared as the Arrow shards beside;
- RedPajama-V2 ships beside `documents/` its `quality_signals/*.signals.json.gz`,
  `minhash/*.minhash.parquet` and `duplicates/*.duplicates.parquet`, no text in them: each row
  of the last two was quarantined, and datatrove's deduplication and tokenization leave
  `.minhash.sig`, `.dups`, `.remove`, `.clusters` and `.ds` files, counted by extension alone.

Session 52's ecosystem round: Dolma's taggers write their scores of each document to
`attributes/<tagger>/<shard>.json.gz` beside `documents/` (`{"id", "attributes": {...},
"source"}`, no text): given the dataset's folder, each file was passed over as `.json.gz`, no
word of what it was. Such a folder is passed over as "dolma attributes". A compressed file
beside the same bytes uncompressed (io.compressed_copies) is counted with a word too.

A browser's "Web Page, Complete" saves `page.html` with its images, styles, scripts and
frames in `page_files/` beside it (`page-Dateien/` in German, `page_fichiers/` in French): the
frames' own `.html` files were read as pages, each quarantined as "no main text found" or read
as a document of a widget, beside the page itself. Such a folder is passed over.

A folder (`FOLDER_KINDS`) is passed over, its files listed as skipped, when its name and its
files say which tool wrote it (never the folder given itself: `curate run out/removed` reads
what datatrove removed); a file (`file_kind`) when its name and, for `.json`, its keys do. Each
is counted by kind in the report, and the run says what each kind is (`hints`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from curate.io.compressed_copies import COMPRESSED_COPY, copy_kind
from curate.io.crawl_indexes import ADVICE as INDEX_ADVICE
from curate.io.crawl_indexes import WEB_ARCHIVE_INDEX, crawl_index_kind
from curate.io.mail_folders import ADVICE as MAIL_ADVICE
from curate.io.mail_folders import MAIL_INDEX, mail_index_kind
from curate.io.mirror_files import HTTRACK_CACHE, is_httrack_cache

DATATROVE_REMOVED = "datatrove removed documents"
JUICER_TRACE = "data-juicer trace"
JUICER_LOG = "data-juicer log"
JUICER_CHECKPOINT = "data-juicer checkpoint"
UNFINISHED = "unfinished download"
LOCK = "lock file"
DATASETS_METADATA = "datasets metadata"
DOWNLOAD_RECORD = "datasets download record"
MAP_CACHE = "datasets map cache"
DOWNLOAD = "datasets download"
SAVED_PAGE_FILES = "saved page's resources"
DOLMA_ATTRIBUTES = "dolma attributes"

ADVICE = {
    DATATROVE_REMOVED: (
        "documents datatrove's filters removed (its exclusion writers' `removed/` folder); "
        "give that folder itself to read them"
    ),
    JUICER_TRACE: "Data-Juicer's tracer output (samples a filter dropped, a mapper's pairs)",
    JUICER_CHECKPOINT: (
        "Data-Juicer's checkpoint, the dataset part-way through its ops (its export is read); "
        "give that folder itself to read it"
    ),
    UNFINISHED: "a download or a dataset build that did not finish; fetch or build it again",
    DOWNLOAD: (
        "what load_dataset downloaded, read as the prepared Arrow shards beside it; give the "
        "downloads folder itself to read it"
    ),
    SAVED_PAGE_FILES: (
        "the images, styles, scripts and frames a browser saved beside a page (Web Page, "
        "Complete); the page itself is read"
    ),
    HTTRACK_CACHE: "HTTrack's cache of the pages it mirrored (the pages beside it are read)",
    WEB_ARCHIVE_INDEX: INDEX_ADVICE,  # `cdx-00123.gz` (io.crawl_indexes)
    MAIL_INDEX: MAIL_ADVICE,  # Thunderbird's `Inbox.msf`, `dovecot-uidlist` (io.mail_folders)
    DOLMA_ATTRIBUTES: (
        "scores Dolma's taggers gave the documents beside (`attributes/<tagger>/`), no text; "
        "the documents are read"
    ),
    COMPRESSED_COPY: (
        "the same bytes as the uncompressed file beside it, read once as that file (`gunzip "
        "-k`); a compressed file that differs from its namesake is read"
    ),
    MAP_CACHE: (
        "what datasets' .map() or .filter() made of the shard beside it (read once, as the "
        "shard); give the cache file itself to read it"
    ),
}

# the files a tool writes beside the text, by the end of their name: no text in them
SUFFIX_KINDS = {
    ".signals.json.gz": "redpajama quality signals",  # `en_head.signals.json.gz`
    ".minhash.parquet": "redpajama minhash signatures",  # `en_head.minhash.parquet`
    ".duplicates.parquet": "redpajama duplicate ids",  # `en_head.duplicates.parquet`
    ".minhash.sig": "datatrove minhash signatures",  # `signatures/bucket_000/00000.minhash.sig`
    ".dups": "datatrove duplicate pairs",  # `buckets/00000/00000.dups`
    ".remove": "datatrove duplicate ids",  # `remove_ids/00000.remove`
    ".clusters": "datatrove duplicate ids",  # `clusters/00000.clusters`
    ".ds": "datatrove tokens",  # `tokenized/00000_unshuffled.ds`
    ".ds.index": "datatrove tokens",
    ".ds.metadata": "datatrove tokens",
    ".ds.loss": "datatrove tokens",
}
TEXT_FIELDS = {"text", "raw_content", "content"}  # a file holding one is read, whatever its name
SNIFF_BYTES = 1 << 20
DATATROVE_FIELDS = {"text", "id", "metadata"}  # datatrove's writers' `Document` adapter
DOLMA_FIELDS = {"id", "attributes"}  # a Dolma tagger's record of a document's scores
# Data-Juicer's `Tracer`: `mapper-clean_html_mapper.jsonl`, `filter-...`, `duplicate-...`
JUICER_TRACE_FILE = re.compile(r"(?:mapper|filter|duplicate)-[\w.-]+\.jsonl")
# Data-Juicer's `setup_logger`: `log/export_demo-processed.jsonl_time_20240105143000.txt`
JUICER_LOG_FILE = re.compile(r"export_.+_time_\d{14}(?:_[A-Z]+)?\.txt")
# `.map()`'s `cache-4f2a1b9c8d7e6f50.arrow` (`cache-<fingerprint>_00000_of_00002.arrow`)
MAP_CACHE_FILE = re.compile(r"cache-[0-9a-f]{8,64}(?:_\d+_of_\d+)?\.arrow")
# `datasets`' own descriptions, told by their keys: `save_to_disk`'s `state.json`,
# `dataset_info.json` (its features and splits), `DatasetDict`'s `dataset_dict.json`
METADATA_KEYS = {
    "dataset_info.json": {"features", "splits", "builder_name", "dataset_name", "citation"},
    "state.json": {"_data_files", "_fingerprint"},
    "dataset_dict.json": {"splits"},
}
PREPARED_DEPTH = 4
MAX_FOLDERS = 256  # `datasets` caches hold a few folders a dataset: found well before that
DOWNLOAD_KEYS = {"url", "etag"}  # `downloads/<sha256>.json` beside the file it describes


def _first_file(folder: Path) -> Path | None:
    for top, subfolders, names in os.walk(folder):
        subfolders.sort()
        for name in sorted(names):
            return Path(top) / name
    return None


def _first_keys(path: Path) -> set[str]:
    """The keys of a JSON Lines or Parquet file's first record (nothing if unreadable)."""
    try:
        if path.name.lower().endswith(".parquet"):
            import pyarrow.parquet as pq

            return set(pq.read_schema(path).names)
        from curate.io.compressed import open_binary

        with open_binary(path) as handle:
            first = json.loads(handle.readline(SNIFF_BYTES))
    except Exception:  # a sniff: whatever cannot be read is no evidence
        return set()
    return set(first) if isinstance(first, dict) else set()


@lru_cache(maxsize=1024)
def _datatrove_removed(folder: Path) -> bool:
    if folder.name != "removed":
        return False
    first = _first_file(folder)
    return first is not None and DATATROVE_FIELDS <= _first_keys(first)


@lru_cache(maxsize=1024)
def _dolma_attributes(folder: Path) -> bool:
    """Dolma's `attributes/` beside `documents/`, its records' keys a tagger's (the module)."""
    if folder.name != "attributes" or not (folder.parent / "documents").is_dir():
        return False
    first = _first_file(folder)
    keys = _first_keys(first) if first is not None else set()
    return DOLMA_FIELDS <= keys and not TEXT_FIELDS & keys


@lru_cache(maxsize=1024)
def _juicer_trace(folder: Path) -> bool:
    if folder.name != "trace" or not folder.is_dir():
        return False
    names = [entry.name for entry in folder.iterdir()]
    return bool(names) and all(JUICER_TRACE_FILE.fullmatch(name) for name in names)


@lru_cache(maxsize=256)
def _datasets_downloads(folder: Path) -> bool:
    """`downloads/` of a `datasets` cache that holds a prepared dataset beside it: a
    `dataset_info.json` at most `PREPARED_DEPTH` folders down (`org___news/default/0.0.0/x/`)."""
    if folder.name != "downloads":
        return False
    try:
        siblings = [entry for entry in folder.parent.iterdir() if entry != folder]
    except OSError:
        return False
    looked = 0  # folders listed: a user's `downloads/` beside a large tree is looked at briefly
    for sibling in siblings:
        for top, subfolders, names in os.walk(sibling):
            looked += 1
            if "dataset_info.json" in names:
                return True
            if looked >= MAX_FOLDERS:
                return False
            if len(Path(top).relative_to(sibling).parts) >= PREPARED_DEPTH:
                subfolders.clear()
    return False


def _juicer_checkpoint(folder: Path) -> bool:
    return folder.name == "ckpt" and (folder / "ckpt_op.json").is_file()


def _unfinished(folder: Path) -> bool:
    return folder.name.endswith(".incomplete")  # `datasets`' build folder before its rename


# the endings a browser gives a saved page's folder, by the language of its menus
SAVED_PAGE_ENDINGS = ("_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_file")
PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")


def _saved_page_files(folder: Path) -> bool:
    """`page_files/` beside `page.html` (see the module)."""
    for ending in SAVED_PAGE_ENDINGS:
        if folder.name.endswith(ending) and len(folder.name) > len(ending):
            stem = folder.name[: -len(ending)]
            return any((folder.parent / f"{stem}{suffix}").is_file() for suffix in PAGE_SUFFIXES)
    return False


FOLDER_KINDS = (
    (_datatrove_removed, DATATROVE_REMOVED),
    (_dolma_attributes, DOLMA_ATTRIBUTES),
    (is_httrack_cache, HTTRACK_CACHE),  # `hts-cache/new.zip`: every page again (io.mirror_files)
    (_saved_page_files, SAVED_PAGE_FILES),
    (_juicer_trace, JUICER_TRACE),
    (_juicer_checkpoint, JUICER_CHECKPOINT),
    (_unfinished, UNFINISHED),
    (_datasets_downloads, DOWNLOAD),
)


# the tools' folders' names (`.incomplete` aside)
NAMES = ("removed", "attributes", "trace", "ckpt", "downloads", "hts-cache")


def folder_kind(folder: Path) -> str | None:
    """The kind of a tool's folder (see the module), else None."""
    for test, kind in FOLDER_KINDS:
        if test(folder):
            return kind
    return None


def passed_over(folder: Path, subfolders: list[str]) -> list[str]:
    """Take the tools' folders out of `subfolders` (os.walk's, under `folder`); their files,
    to list as skipped."""
    files: list[str] = []
    for name in list(subfolders):
        if folder_kind(folder / name) is not None:
            subfolders.remove(name)
            files += sorted(str(path) for path in _files(folder / name))
    return files


def _files(folder: Path) -> Iterator[Path]:
    for top, _, names in os.walk(folder):
        yield from (Path(top) / name for name in names)


@lru_cache(maxsize=4096)
def _json_keys(path: Path) -> frozenset[str]:
    try:
        if path.stat().st_size > SNIFF_BYTES:
            return frozenset()
        value = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return frozenset()
    return frozenset(value) if isinstance(value, dict) else frozenset()


def _beside_shard(path: Path) -> bool:
    """Another `.arrow` file beside a map's cache: the shard it was made from."""
    try:
        return any(
            name.endswith(".arrow") and not MAP_CACHE_FILE.fullmatch(name)
            for name in os.listdir(path.parent)
        )
    except OSError:
        return False


def file_kind(name: str) -> str | None:
    """The kind of a tool's file (see the module), by its name and place, else None."""
    from curate.io.mirror_files import mirror_file_kind

    mirrored = mirror_file_kind(name)  # `hts-log.txt`, `robots.txt` (io.mirror_files)
    if mirrored is not None:
        return mirrored
    listed = crawl_index_kind(name) or mail_index_kind(name)  # `cdx-00123.gz`, `Inbox.msf`
    if listed is not None:
        return listed
    path = Path(name)
    lower = path.name.lower()
    suffix = next((s for s in SUFFIX_KINDS if lower.endswith(s)), None)
    if suffix is not None and not TEXT_FIELDS & _first_keys(path):
        return SUFFIX_KINDS[suffix]
    if lower.endswith(".lock"):
        return LOCK  # `filelock`'s: empty, or a process id
    if lower.endswith(".incomplete"):
        return UNFINISHED
    keys = METADATA_KEYS.get(lower)
    if keys is not None and keys & _json_keys(path):
        return DATASETS_METADATA
    if lower.endswith(".json") and path.parent.name == "downloads":
        return DOWNLOAD_RECORD if DOWNLOAD_KEYS <= _json_keys(path) else None
    if path.parent.name in ("log", "logs") and JUICER_LOG_FILE.fullmatch(path.name):
        return JUICER_LOG
    if MAP_CACHE_FILE.fullmatch(lower) and _beside_shard(path):
        return MAP_CACHE
    return None


def skipped_kind(name: str) -> str | None:
    """The kind of a skipped file: its tool's folder's, or its own (see the module)."""
    for folder in Path(name).parents:
        if (
            folder.name in NAMES
            or folder.name.endswith(".incomplete")
            or folder.name.endswith(SAVED_PAGE_ENDINGS)
        ):
            kind = folder_kind(folder)
            if kind is not None:
                return kind
    # a skipped `part-0.jsonl.gz` beside `part-0.jsonl`: skipped as its copy (io.compressed_copies)
    return file_kind(name) or copy_kind(name)


def hints(skipped: Iterable[str]) -> list[str]:
    """A line for each kind of tool's file skipped that asks for a word: its count, an
    example and what it is."""
    found: dict[str, list[str]] = {}
    for name in skipped:
        kind = skipped_kind(name)
        if kind in ADVICE:
            found.setdefault(kind, []).append(name)
    return [
        f"{len(names)} file(s) of {kind} not read, e.g. {names[0]}: {ADVICE[kind]}"
        for kind, names in found.items()
    ]


def member_kind(name: str) -> str | None:
    """The `Skipped` kind of an archive's member that is a lock file or an unfinished download,
    by its name (`data/a.jsonl.lock` in a zip of a cache: an `unsupported` record), else None."""
    lower = name.lower()
    kind = (
        LOCK if lower.endswith(".lock") else UNFINISHED if lower.endswith(".incomplete") else None
    )
    return f"archive_member_{kind.replace(' ', '_')}" if kind is not None else None
