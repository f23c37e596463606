"""Why a file named `.parquet` (or `.arrow`, `.feather`) does not open, in words a newcomer
can act on.

pyarrow says "Parquet magic bytes not found in footer. Either the file is corrupted or this is
not a parquet file." for three different files:
- a download that stopped: the file opens with `PAR1` and ends without its footer, where
  Parquet keeps the index of its rows, so no row can be read;
- a web page saved under the data file's name: a `/blob/` link copied instead of `/resolve/`
  on the Hub (or GitHub), or a login page;
- an error the server sent as text or JSON (`Access to dataset ... is restricted`, a gated
  dataset fetched without a token): its first words are quoted;
- the file compressed whole (a body fetched with `Content-Encoding: gzip` saved as it came, or
  `gzip -c rows.jsonl > rows.parquet`): its compression is named (session 26).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

HEAD = 512
TOOLS = {".gz": "gunzip", ".zst": "zstd -d", ".bz2": "bunzip2", ".xz": "xz -d", ".lz4": "lz4 -d"}
PAGE_OPENINGS = (b"<!doctype html", b"<html", b"<?xml", b"<head")
PAGE = (
    "the file is a web page, not data: a download link that gave a page (a Hub or GitHub "
    "'/blob/' link instead of '/resolve/' or 'raw', or a login page)"
)


class Instead(NamedTuple):
    kind: str  # the quarantine kind: `truncated` (cut short) or `unreadable`
    why: str  # what the file is instead, and what to do


def not_columnar(path: Path, magic: bytes = b"PAR1") -> Instead | None:
    """What the file is instead, and what to do; None when its bytes say nothing more."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(HEAD)
            handle.seek(max(size - len(magic), 0))
            tail = handle.read(len(magic))
    except OSError:
        return None
    if head.startswith(magic) and tail != magic:
        return Instead(
            "truncated",
            f"the file ends at byte {size:,} without its footer (cut short: a download that "
            "stopped?); the footer indexes the rows, so none can be read: fetch the file again",
        )
    from curate.io.compressed import compressed_as

    hidden = compressed_as(head[:16])  # `requests` saving a `Content-Encoding: gzip` body
    if hidden is not None:
        return Instead(
            "unreadable",
            f"the file is compressed whole ({hidden[1:]}), not read as it is: decompress it "
            f"first ({TOOLS[hidden]} it) and give what it holds",
        )
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if opening.startswith(PAGE_OPENINGS):
        return Instead("unreadable", PAGE)
    if b"\x00" in head or not _utf8(head):
        return None
    text = " ".join(head[:200].decode("utf-8", "replace").split())
    return Instead(
        "unreadable",
        f"the file is text, not data: {text!r} (a server's error? a gated dataset needs a login)",
    )


def _utf8(head: bytes) -> bool:
    """The bytes are UTF-8 text, a character cut at their end aside."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(head) - 3 and err.reason == "unexpected end of data"
    return True


def page_for_rows(path: Path) -> str | None:
    """Why a JSON Lines, JSON or table file that opens as a web page holds no rows (a `/blob/`
    link fetched with wget: each of its lines was a `malformed_json` record), else None."""
    from curate.io.pages import opens_as_page

    if not opens_as_page(path):  # decompressed first: `.jsonl.gz` kept its name
        return None
    return PAGE
