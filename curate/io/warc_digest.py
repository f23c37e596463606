"""A WARC record whose bytes were damaged but still decode, told by its `WARC-Block-Digest`.

A bit flipped inside a `.warc.zst` frame without a checksum, or a `.warc.gz` member written
again after an edit, decodes without an error: the damaged page was published as if whole,
and a damaged `Content-Length` made the reader take the next record's bytes as this one's
(or stop short of them), losing the next record too. Crawlers (Heritrix, wget, warcio, Common
Crawl) write `WARC-Block-Digest: sha1:<base32>`; where a record has one it is checked, and a
record that does not match is quarantined with its file and byte offset, the reading going on
at the next record start (io.warc, io.warc_compressed). A record without a digest, or with one
of another algorithm or encoding, is read as before.
"""

from __future__ import annotations

import re
from typing import Any

HEADER = "WARC-Block-Digest"
# base32 in capitals, as the WARC standard writes it: FastWARC takes a lower-case one for a
# mismatch, so such a digest (and a hex or sha256 one) is not checked rather than misjudged
SHA1_BASE32 = re.compile(r"(?i:sha1):[A-Z2-7]{32}")
READ_KINDS = frozenset({"response", "resource", "conversion"})  # bodies read after the check


def digest_mismatch(record: Any, kind: str) -> str | None:
    """Why `record` (FastWARC's) is damaged when its sha1 block digest does not match, else
    None. A record of a kind whose body is read later is kept readable; others are consumed."""
    digest = record.headers.get(HEADER)
    if digest is None or SHA1_BASE32.fullmatch(digest.strip()) is None:
        return None
    if record.verify_block_digest(consume=kind not in READ_KINDS):
        return None
    return (
        f"the record's bytes do not match its {HEADER} ({digest.strip()}): damaged, though "
        "they decode; not read (the reading goes on at the next record)"
    )
