"""`.lzma` and `.br`: the kinds read compressed as xz are read as LZMA and Brotli too.

`rows.jsonl.lzma` (`lzma -z`, `xz --format=lzma`, older dumps), `pages.json.br` (a server's
`Content-Encoding: br` saved as it came, `brotli rows.jsonl`) named alone were one
`unsupported` quarantine record ("unsupported file type .lzma"), and a folder of them was
skipped whole. The standard library's `lzma` reads `.lzma`, pyarrow (already a dependency)
Brotli (io.compressed): no package more.

Session 28: bzip2 under its other names. `rows.jsonl.bzip2` (the tool's name, as pandas'
`compression="bz2"` users and hand-written scripts spell it), `.bzip` and `.bz` (bzip2's first
and short names), and tars as `.tar.bzip2`, `.tar.bz`, `.tb2`, `.tz2` (GNU tar's names for
bzip2) were each one `unsupported` record ("unsupported file type .bzip2") and were skipped in
a folder: each kind read as `.bz2` is read under them (`bzip2_spellings`). A file whose last
suffix is no compression curate knows but whose bytes are one it reads (`rows.jsonl.gz2`,
`rows.csv.bzp`) is named with the name that reads it (`renamed_compression`).
"""

from __future__ import annotations

from pathlib import Path

OTHER_NAMES = (".lzma", ".br")  # beside `.xz`


BZIP2_NAMES = (".bzip2", ".bzip", ".bz")  # beside `.bz2`
# the kinds a compressed name may wrap (`rows.jsonl.gz2`): what `renamed_compression` names
WRAPPED_KINDS = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".txt", ".md", ".html", ".tar")
WRAPPED_KINDS += (".warc", ".xml", ".jl")


def other_compressions(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """`.jsonl.xz` -> `.jsonl.lzma`, `.jsonl.br`: the same kinds under the other compressions."""
    stems = [suffix[: -len(".xz")] for suffix in suffixes if suffix.endswith(".xz")]
    return tuple(stem + other for stem in stems for other in OTHER_NAMES)


def bzip2_spellings(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """`.jsonl.bz2` -> `.jsonl.bzip2`, `.jsonl.bzip`, `.jsonl.bz`: the same kinds under bzip2's
    other names."""
    stems = [suffix[: -len(".bz2")] for suffix in suffixes if suffix.endswith(".bz2")]
    return tuple(stem + other for stem in stems for other in BZIP2_NAMES)


def renamed_compression(path: Path) -> str | None:
    """For a file of a kind curate reads, compressed as it reads, under a last suffix it does
    not know (`rows.jsonl.gz2` that is gzip): the name to give it; else None."""
    from curate.io.compressed import compressed_as

    name = path.name
    stem, dot, _ = name.rpartition(".")
    if not dot or not stem.lower().endswith(WRAPPED_KINDS) or not path.is_file():
        return None  # a named pipe is never opened (it would wait for a writer)
    try:
        with open(path, "rb") as handle:
            found = compressed_as(handle.read(16))
    except OSError:
        return None
    if found is None or name.lower().endswith(found):
        return None  # named for what it is already: no name to give (`sitemap.xml.gz`)
    kinds = {".gz": "gzip", ".zst": "Zstandard", ".bz2": "bzip2", ".xz": "xz", ".lz4": "LZ4"}
    what = kinds.get(found, "LZMA")
    return f"its bytes are {what} data: rename it {stem}{found}, which curate reads"
