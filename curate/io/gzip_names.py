"""`.gzip`: gzip under its long name (`rows.jsonl.gzip`, `pages.json.gzip`, `feed.csv.gzip`).

Some exporters and hand-written scripts name gzip output `.gzip` rather than `.gz` (pandas'
`compression="gzip"` takes the word from the option, and people keep it in the name). Such a
file named alone was one `unsupported` quarantine record ("unsupported file type .gzip"),
and a folder of them stopped the run ("no readable input files ... (.gzip 3)"). Each kind
read as `.gz` is now read as `.gzip` too, decoded as gzip (io.compressed).
"""

from __future__ import annotations

LONG_NAME = ".gzip"


def gzip_spellings(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """`.jsonl.gz` -> `.jsonl.gzip`: the same kinds under gzip's long name."""
    return tuple(suffix[: -len(".gz")] + LONG_NAME for suffix in suffixes if suffix.endswith(".gz"))
