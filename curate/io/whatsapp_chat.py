"""A WhatsApp chat exported as text ("Export chat": `WhatsApp Chat with Town.txt`, `_chat.txt`).

Each message opens a line with its date and time, the sender and a colon: Android writes
`12/01/2024, 09:02 - Ann: text`, iOS `[12/01/2024, 09:02:32] Ann: text`; a message's further
lines follow without a date. The file was read as ONE document, every date and name in it. A
message is a document now, its lines joined; WhatsApp's own lines (no sender: "Messages and
calls are end-to-end encrypted", "Ann created group", "Cid joined using this group's invite
link") are skipped and counted by kind, as a message of a photo alone ("<Media omitted>",
"image omitted") or a deleted one is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# `12/01/2024, 09:02 - `, `[12/01/2024, 09:02:32] `, `1/12/24, 9:02 PM - `; marks of
# direction (U+200E) may stand before it
STAMP = re.compile(
    r"^\u200e?\[?(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}),? "
    r"(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[APap]\.?\s?[Mm]\.?)?)(?:\] | - )"
)
# a sender is a name or a number before `: `, never a quote (`changed the subject to "a: b"`)
SENDER = re.compile(r'^([^:"\n]{1,80}): ')
SYSTEM = "whatsapp system line (encryption notice, a join, a group change)"
NO_TEXT = "whatsapp message without text (a photo, a deleted message)"
# what WhatsApp writes in place of a message's text
PLACEHOLDERS = re.compile(
    r"^\u200e?(?:<Media omitted>|<attached: [^>\n]{1,300}>|(?:image|video|audio|sticker|GIF|"
    r"document) omitted|This message was deleted\.?|You deleted this message\.?|null|"
    r"Missed (?:voice|video) call|<This message was edited>)$",
    re.IGNORECASE,
)
HEAD_LINES = 8
NAMES = re.compile(r"whatsapp|^_chat\.txt$", re.IGNORECASE)  # Android's and iOS's names
NOTICE = "end-to-end encrypted"  # the line every chat opens with


def is_whatsapp_chat(path: Path) -> bool:
    """A `.txt` whose first lines open with WhatsApp's dates (see the module)."""
    if not path.name.lower().endswith(".txt"):
        return False
    try:
        with path.open(encoding="utf-8-sig", errors="replace") as handle:
            lines = [line for _, line in zip(range(HEAD_LINES), handle, strict=False)]
    except OSError:
        return False
    lines = [line for line in lines if line.strip()]
    if not lines or STAMP.match(lines[0]) is None:
        return False
    # two messages with a sender, and WhatsApp's name or its notice: a live blog's stamped
    # updates (`12/01/2024, 09:00 - LONDON: ...`) stay one text
    senders = [m for m in map(STAMP.match, lines) if m and SENDER.match(m.string[m.end() :])]
    named = NAMES.search(path.name) is not None or any(NOTICE in line for line in lines)
    return len(senders) >= 2 and named


def _messages(lines: Iterator[str]) -> Iterator[tuple[str | None, list[str]]]:
    """(sender, its lines) for each stamped line and the lines after it; None: WhatsApp's."""
    sender: str | None = None
    body: list[str] | None = None
    for line in lines:
        line = line.rstrip("\r\n")
        stamp = STAMP.match(line)
        if stamp is None:
            if body is not None:
                body.append(line)
            continue
        if body is not None:
            yield sender, body
        rest = line[stamp.end() :]
        named = SENDER.match(rest)
        sender = named.group(1) if named else None
        body = [rest[named.end() :] if named else rest]
    if body is not None:
        yield sender, body


def read_whatsapp_chat(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a message with text, in the chat's order; the others skipped by kind."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    settings = reader_settings(reader)
    try:
        with path.open(encoding="utf-8-sig", errors="strict") as handle:
            chat = list(_messages(handle))
    except (OSError, UnicodeDecodeError) as err:
        yield Quarantined(str(path), None, "encoding", f"{type(err).__name__}: {err}")
        return
    for number, (sender, body) in enumerate(chat, 1):
        if sender is None:
            yield Skipped(SYSTEM)
            continue
        text = "\n".join(body).strip()
        if not text or PLACEHOLDERS.match(text):
            yield Skipped(NO_TEXT)
            continue
        if text.startswith("\u200e"):  # iOS's notices, said in the group's name
            yield Skipped(SYSTEM)
            continue
        row_id = f"{base_id}-{number}"
        yield from_row({"id": row_id, "text": text}, str(path), number, row_id, settings)
