"""NUL bytes in a text file that is text all the same: at its end, or a few inside.

A `.txt` article with a NUL byte or two inside was quarantined whole as "binary file (NUL
bytes)": a scraper that wrote a C string's terminator after a field, a copy from a database
export. Binary data (an image without its magic bytes, an executable, a database file) holds
other control bytes too and is seldom UTF-8 once its NULs are gone; an article with stray NULs
is nothing but UTF-8 text then. Stray means few: at most one byte in `MAX_SHARE` (a short
`text\x00more` stays binary, as a shape no article has). The NULs stay in the text, for the
`unicode` stage to remove on the ledger (rule `control`).
"""

from __future__ import annotations

import re

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return
OTHER_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")
MAX_SHARE = 100  # at most one NUL in this many bytes


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
