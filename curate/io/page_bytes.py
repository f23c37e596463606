"""The source of a page saved as a file, as the HTML reader wants it.

Two ways a saved page was "binary data, not HTML" and lost:
- compressed under its own name: `curl URL > page.html` without `--compressed` keeps a gzip
  body as it came (and a `.html.gz` that is no gzip, or a saved page's `story.php?id=5` that
  is, went the same way); the bytes are decompressed by their first bytes, as a `.txt` file's
  are (`curate.io.compressed`);
- UTF-16 or UTF-32: Windows PowerShell 5 writes `Invoke-WebRequest ... > page.html` so, and
  Notepad's and Word's "Unicode"; the NUL bytes made it binary. It is decoded here (by its
  byte order mark, or its shape) and given to the extractor as text.

A page in a Western code page that names none is decoded here as a `.txt` file is
(`io.page_charset`): detection read Spanish "año" as "ańo".
"""

from __future__ import annotations

from pathlib import Path

WIDE_SNIFF = 4096  # NULs in the first bytes: the only pages worth a wide decode


def page_source(path: Path) -> bytes | str:
    """The page's bytes decompressed, or its text when they are UTF-16 or UTF-32. Raises
    `OSError` (or `EOFError`, `zlib.error`) as reading a compressed file does."""
    from curate.io.compressed import read_bytes
    from curate.io.page_charset import western_page
    from curate.io.readers import decode_wide

    data = read_bytes(path)
    if b"\x00" not in data[:WIDE_SNIFF]:
        western = western_page(data)  # Spanish "año" in Latin-1, no charset named
        return data if western is None else western
    wide = decode_wide(data)
    return wide[0] if isinstance(wide, tuple) else data  # not wide: the binary check says why
