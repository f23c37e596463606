"""`.warc.gzip`, `.arc.gzip`: a web archive under gzip's long name, read as `.warc.gz`.

`.gzip` was read as `.gz` for JSON Lines, text, tables and tars (io.gzip_names), but a crawl
saved as `crawl.warc.gzip` (a crawler's or a hand-written script's name for its gzip output)
was still passed over, and a folder of such files stopped the run ("no readable input files
... (.gzip 1)"). Its records are gzip members, as a `.warc.gz`'s are: read by the same loop
(io.warc), which tells gzip by its first bytes, not by the name.
"""

from __future__ import annotations

from curate.io.gzip_names import gzip_spellings

ARC_NAMES = (".arc", ".arc.gz", ".arc.gzip")  # the Internet Archive's older format (io.warc)


def warc_gzip_names(suffixes: tuple[str, ...]) -> tuple[str, ...]:
    """`.warc.gz` -> `.warc.gzip`, `.arc.gz` -> `.arc.gzip`, `.wet.gz` -> `.wet.gzip`."""
    return gzip_spellings(suffixes)


def is_arc(name: str) -> bool:
    """An ARC file (not WARC), compressed or not, by its name."""
    return name.lower().endswith(ARC_NAMES)
