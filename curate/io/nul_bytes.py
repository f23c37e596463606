"""NUL bytes in a text file that is text all the same: at its end, or a few inside.

A `.txt` article with a NUL byte or two inside was quarantined whole as "binary file (NUL
bytes)": a scraper that wrote a C string's terminator after a field, a copy from a database
export. Binary data (an image without its magic bytes, an executable, a database file) holds
other control bytes too and is seldom UTF-8 once its NULs are gone; an article with stray NULs
is nothing but UTF-8 text then. Stray means few: at most one byte in `MAX_SHARE` (a short
`text\x00more` stays binary, as a shape no article has). The NULs stay in the text, for the
`unicode` stage to remove on the ledger (rule `control`).

Session 28 (`nul_hole`): a run of NULs inside a text, an interrupted download resumed into a
preallocated file (aria2, a browser) or a crash's zero-filled block before the writer went on,
was "binary file (NUL bytes), not text", as an image is. Its text has a hole, so it is still
not read as a document; its quarantine says what the NULs are, where they stand, and what to do.
"""

from __future__ import annotations

import re

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return
OTHER_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")
MAX_SHARE = 100  # at most one NUL in this many bytes
NUL_RUN = re.compile(rb"\x00{512,}")  # a disk block's worth or more: a write that never was
MAX_RUNS = 4  # holes in one text file; more is the shape of binary data


def text_with_stray_nuls(data: bytes) -> bool:
    """Whether `data`, its few NUL bytes aside, is UTF-8 text with no other control byte."""
    if data.count(b"\x00") * MAX_SHARE > len(data):
        return False
    rest = data.replace(b"\x00", b"")
    if not rest.strip() or OTHER_CONTROLS.search(rest):
        return False
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def nul_padded(data: bytes) -> bool:
    """NUL bytes only at the end, after some text: a C string's terminator or a write padded or
    cut short (an article of 2 KB ending in `\\x00`), not a binary file; a NUL inside is."""
    text = data.rstrip(b"\x00")
    return bool(text.strip()) and b"\x00" not in text


def nul_hole(data: bytes) -> str | None:
    """Why a text file with a run of NUL bytes inside it is not read (see the module), or
    None when its NULs are no such run or the rest is no UTF-8 text."""
    runs = list(NUL_RUN.finditer(data))
    if not runs or len(runs) > MAX_RUNS or data[257:262] == b"ustar":  # a tar's padding
        return None
    if not text_with_stray_nuls(NUL_RUN.sub(b"", data)):
        return None
    held = sum(run.end() - run.start() for run in runs)
    return (
        f"{held:,} NUL bytes in place of text from byte {runs[0].start():,}, inside a text: a "
        "part of the file never written (an interrupted download, or the program writing it "
        "stopped); the text has a hole there, so it is not read. Download or write it again"
    )
