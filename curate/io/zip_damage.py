"""A zip cut short, or one of its members damaged: said so, and the sound members read.

A zip keeps its index (the central directory) at its end, and each member is stored on its own
and checked against the CRC-32 the index holds. Session 51's newcomer round found both ways a
zip goes wrong handled as a tar's are, which was wrong for a zip:

- A download that stopped leaves a zip of its first members and no index: zipfile cannot open
  it, so it was passed over as "an archive: unpack it and give the folder", advice `unzip`
  refuses too ("End-of-central-directory signature not found"). It is now one `truncated`
  record naming the cut (`cut_zip`), as a tar cut short is.
- A member whose bytes do not match its CRC-32 (a bad copy, a flipped bit) stopped the
  reading there: the member's records after the check's last chunk were lost, the last one
  said to be "cut short", and every member after it was lost with "could not read past member
  0". Members of a zip are independent (the index says where each starts), so the damaged
  member is one `unreadable` record naming it and why (`damaged_member`), and the archive's
  other members are read. Its records are not read: which of its bytes are wrong is unknown.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

LOCAL_HEADER = b"PK\x03\x04"  # how every zip's first member begins
# a member's local header: signature, version, flags, method, time, date, CRC-32, sizes (2),
# name length, extra length; the name follows
HEADER_FORMAT = "<4s5H3L2H"
HEADER_SIZE = struct.calcsize(HEADER_FORMAT)
MAX_NAME = 1024  # bytes of a member's name looked at
METHODS = frozenset({0, 8, 9, 12, 14})  # stored, deflate, deflate64, bzip2, LZMA
CUT_ZIP = (
    "a zip cut short: its members begin but the index a zip ends with is missing (a download "
    "or copy that stopped?); fetch it again"
)


def cut_zip(path: Path) -> bool:
    """A `.zip` whose first member's header is whole and which does not open: its end is
    missing. Bytes that only begin with the header's signature are no zip at all."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEADER_SIZE + MAX_NAME)
    except OSError:
        return False
    if len(head) < HEADER_SIZE or not head.startswith(LOCAL_HEADER):
        return False
    fields = struct.unpack_from(HEADER_FORMAT, head)
    method, name_size = fields[3], fields[9]
    whole = method in METHODS and 0 < name_size <= len(head) - HEADER_SIZE
    return whole and not zipfile.is_zipfile(path)


def damaged_member(err: BaseException | None) -> str | None:
    """Why a zip member's bytes are damaged, or None for another error (or none)."""
    if isinstance(err, zipfile.BadZipFile) or isinstance(err, zlib.error):
        why = " ".join(str(err).split())
        return (
            f"damaged ({why}): its bytes do not match what the zip recorded, so none of its "
            "records are read; the other members are; fetch or copy the archive again"
        )
    return None
