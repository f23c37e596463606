"""Mail as mail clients and servers keep it on disk: files of no mail's extension.

- Thunderbird keeps a folder of mail as one mbox file named as the folder, with no extension
  (`Mail/Local Folders/Newsletters`, `ImapMail/<server>/INBOX`), beside its index
  (`Newsletters.msf`, a Mork database);
- a Maildir (Dovecot, Postfix, `mbsync`, `offlineimap`) keeps a message a file in `cur/` or
  `new/`, named by its delivery (`1709535600.M1P2Q3.mailhost,S=1234:2,S`), beside its server's
  own lists (`dovecot-uidlist`, `dovecot.index.log`, `subscriptions`).
Both were passed over (the mbox as a file of no extension, a Maildir's messages by their
odd suffixes), and a Thunderbird index was counted by extension alone. An mbox file is read as
an `.mbox` is and a Maildir's message as an `.eml` is (io.mail), told by their first bytes: a
`From ` line then header lines, or header lines alone in a Maildir's `cur/` or `new/`. The
indexes and lists are skipped by kind (`mail index`), never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MAIL_INDEX = "mail index"
ADVICE = "a mail client's or server's index of its messages (the messages beside it are read)"
HEAD = 4096
HEADER = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,76}:[ \t]?")
KNOWN = {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"return-path"}
MAILDIR_PARTS = ("cur", "new")
DOVECOT_FILE = re.compile(r"dovecot(?:-uidlist|-keywords|\.index(?:\.log|\.cache)?(?:\.\d+)?)")
MAILDIR_LISTS = frozenset({"subscriptions", "maildirfolder", "courierimapuiddb"})


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD)
    except OSError:
        return b""


def _headers(lines: list[bytes]) -> bool:
    """`lines` (up to the first blank one) are a message's header: `Name: value` lines, or
    their folded continuations, two at least of the headers every message has."""
    names = []
    for line in lines:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        found = HEADER.match(line)
        if not found:
            return False
        names.append(line.split(b":", 1)[0].strip().lower())
    return len(KNOWN.intersection(names)) >= 2


def _in_maildir(path: Path) -> bool:
    box = path.parent.parent
    return (
        path.parent.name in MAILDIR_PARTS
        and sum((box / part).is_dir() for part in ("cur", "new", "tmp")) >= 2
    )


def mail_kind(path: Path) -> str | None:
    """`mbox` for a Thunderbird folder's file, `eml` for a Maildir's message, else None."""
    if path.suffix and not _in_maildir(path):
        return None  # a Thunderbird folder has no extension; a Maildir's message any name
    lines = _head(path).splitlines()[:64]
    if not lines:
        return None
    if lines[0].startswith(b"From ") and _headers(lines[1:]):
        return "mbox"
    if _in_maildir(path) and _headers(lines):
        return "eml"
    return None


def is_mail_file(path: Path) -> bool:
    """An mbox file or a Maildir message (see the module)."""
    return mail_kind(path) is not None


def read_mail_file(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """Its messages, as io.mail reads an `.mbox` or an `.eml`."""
    from curate.io.mail import _mbox, _message
    from curate.io.readers import Quarantined

    try:
        if mail_kind(path) == "mbox":
            yield from _mbox(path, base_id, reader)
        else:
            yield _message(path.read_bytes(), str(path), None, base_id, base_id, reader)
    except OSError as err:
        yield Quarantined(str(path), None, "unreadable", f"{type(err).__name__}: {err}")


def mail_index_kind(name: str) -> str | None:
    """`mail index` for Thunderbird's `.msf` and a Maildir server's lists (see the module)."""
    path = Path(name)
    lower = path.name.lower()
    if lower.endswith(".msf") and _head(path).startswith(b"// <!-- <mdb:mork"):
        return MAIL_INDEX
    if DOVECOT_FILE.fullmatch(lower):
        return MAIL_INDEX
    if lower in MAILDIR_LISTS and any((path.parent / p).is_dir() for p in ("cur", "new")):
        return MAIL_INDEX
    return None
