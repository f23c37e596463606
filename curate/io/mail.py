"""E-mail: a newsletter saved as `.eml`, a mailing list's archive as `.mbox`.

Newsletters and press lists reach a corpus as mail: a message saved from a mail client
(`Save as...` writes `.eml`), a list's archive (`.mbox`: Mailman's, Google Takeout's, a
`mailbox.mbox` export). Each was passed over as a kind curate does not read. A message is a
document: its title the `Subject` (its encoded words decoded), its text the message's plain
text part, else its HTML part read as a page is; its id the file's for an `.eml`, for an
`.mbox` its `Message-ID` (else `<file id>-<line>`), the line of its `From ` separator its line.
A message with no text part (an attachment alone) is a `missing_field` record, and one that
does not parse a `malformed` one, each naming the file and the line. Apple Mail keeps each
message as `Messages/<n>.emlx` (`.partial.emlx` when its attachments stayed on the server):
a line of the message's length in bytes, the message, then a property list of its flags; it
was passed over. Its message is read as an `.eml`'s, the property list left out.

A message's `Date` header is its `published` (in UTC, io.date_zones): a newsletter's issue is
dated by when it was sent, and every message's `published` was empty (session 46).
"""

from __future__ import annotations

import email
import email.policy
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIXES = (".eml", ".mbox", ".emlx")
MBOX = ".mbox"
EMLX = ".emlx"
SEPARATOR = b"From "  # an mbox message's first line: `From sender@example.org Mon Jan  1 ...`
QUOTED = b">From "  # a body's line that began with `From ` (mboxrd: one `>` taken off)


def read_mail(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The messages of an `.eml` (one) or an `.mbox` file, a document each (see the module)."""
    from curate.io.compressed import open_binary
    from curate.io.readers import Quarantined

    where = str(path)
    try:
        if not path.name.lower().endswith(MBOX):
            with open_binary(path) as handle:
                data = handle.read()
            if path.name.lower().endswith(EMLX):
                data = emlx_message(data)
            yield _message(data, where, None, base_id, base_id, reader)
            return
        yield from _mbox(path, base_id, reader)
    except (OSError, EOFError, zlib.error) as err:
        yield Quarantined(where, None, "unreadable", f"{type(err).__name__}: {err}")


def emlx_message(data: bytes) -> bytes:
    """An Apple Mail `.emlx` file's message: the bytes its first line counts (the property list
    after them left out); the data as it is when its first line is no count."""
    first, _, rest = data.partition(b"\n")
    if not first.strip().isdigit() or len(first) > 20:
        return data
    return rest[: int(first.strip())]


def _mbox(path: Path, base_id: str, reader: Any) -> Iterator[Any]:
    """One message at a time, from one `From ` line to the next after a blank line."""
    from curate.io.compressed import open_binary
    from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined

    where = str(path)
    lines: list[bytes] = []
    start = 0
    size = 0
    blank = True  # the line before: a separator opens the file or follows a blank line
    line_no = 0
    seen: set[str] = set()
    with open_binary(path) as handle:
        for raw in handle:
            line_no += 1
            if raw.startswith(SEPARATOR) and blank:
                if start:
                    yield _mbox_message(lines, size, where, start, base_id, reader, seen)
                elif lines and b"".join(lines).strip():
                    why = f"text before the first message's `From ` line (lines 1-{line_no - 1})"
                    yield Quarantined(where, 1, "malformed", why)
                lines, start, size = [], line_no, 0
            else:
                size += len(raw)
                if size <= MAX_DOCUMENT_CHARS * 4:
                    lines.append(raw[1:] if raw.startswith(QUOTED) else raw)
            blank = not raw.strip()
    if start:
        yield _mbox_message(lines, size, where, start, base_id, reader, seen)
    elif lines and b"".join(lines).strip():  # no separator at all: one message, as `.eml`
        yield _message(b"".join(lines), where, 1, f"{base_id}-1", f"{base_id}-1", reader)


def _mbox_message(
    lines: list[bytes],
    size: int,
    where: str,
    start: int,
    base_id: str,
    reader: Any,
    seen: set[str],
) -> Any:
    from curate.io.readers import MAX_DOCUMENT_CHARS, Quarantined

    default = f"{base_id}-{start}"
    if size > MAX_DOCUMENT_CHARS * 4:
        why = f"a message of more than {MAX_DOCUMENT_CHARS * 4:,} bytes"
        return Quarantined(where, start, "too_large", why, id=default)
    return _message(b"".join(lines), where, start, default, None, reader, seen)


def _message(
    data: bytes,
    where: str,
    line: int | None,
    default_id: str,
    doc_id: str | None,
    reader: Any,
    seen: set[str] | None = None,
) -> Any:
    """One message's document: `doc_id` its id, else its `Message-ID` (once), else
    `default_id`."""
    import dataclasses

    from curate.io.readers import Quarantined, from_row
    from curate.io.settings import reader_settings

    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
        subject = str(message.get("Subject") or "").strip() or None
        sent = str(message.get("Date") or "").strip() or None  # its `published` (see the module)
        if doc_id is None:
            given = str(message.get("Message-ID") or "").strip().strip("<>")
            doc_id = given if given and seen is not None and given not in seen else default_id
            if seen is not None:
                seen.add(doc_id)
        body = message.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body is not None else None
    except (ValueError, LookupError, TypeError, AttributeError) as err:
        why = f"a message that does not parse: {type(err).__name__}: {err}"
        return Quarantined(where, line, "malformed", why, id=doc_id or default_id)
    if not isinstance(content, str) or not content.strip():
        why = "the message holds no text part (text/plain or text/html)"
        return Quarantined(where, line, "missing_field", why, id=doc_id)
    field = "html" if body.get_content_subtype() == "html" else "text"
    content = content if field == "html" else content.strip("\r\n")  # its last line's end
    if field == "html":  # a newsletter laid out in tables (io.layout_tables)
        from curate.io.layout_tables import opened_layout_tables

        content = opened_layout_tables(content)
    row = {"id": doc_id, "title": subject, field: content, "date": sent}
    settings = dataclasses.replace(reader_settings(reader), text_field="text", id_field="id")
    return from_row(row, where, line, default_id=doc_id, settings=settings)
