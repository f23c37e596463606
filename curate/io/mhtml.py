"""A web page saved as one file (`.mhtml`, `.mht`): its HTML part read as a `.html` page.

Chrome and Edge save a page as "Webpage, Single File" (`Ctrl+S`), Internet Explorer and Word
as `.mht`: a MIME message holding the page's HTML (quoted-printable) beside its images. A
folder of news pages saved so was passed over as `.mhtml 12`, with no word of what reads them.
The first `text/html` part is decoded by its charset (else as a `.html` file is, by its
`<meta>`) and read by the HTML reader (the recipe's `reader.extractor`), its `source` the
page's address (`Snapshot-Content-Location`, else the part's `Content-Location`); a file with
no HTML part is one `unreadable` record saying so.
"""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

MHTML_SUFFIXES = (".mhtml", ".mht")


def is_mhtml(path: Path) -> bool:
    return path.name.lower().endswith(MHTML_SUFFIXES)


def _html_part(message: EmailMessage) -> EmailMessage | None:
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part  # type: ignore[return-value]
    return None


def read_mhtml(path: Path, base_id: str, reader: Any = None) -> Any:
    """One document (or one quarantine record) for a saved single-file page."""
    from curate.io.html import page_document
    from curate.io.readers import Quarantined
    from curate.io.settings import extractor_of

    where = str(path)
    try:
        with open(path, "rb") as handle:
            message = email.message_from_binary_file(handle, policy=email.policy.default)
        part = _html_part(message)  # type: ignore[arg-type]
        # the part's bytes: Chrome names no charset on the part, the page's <meta> does
        html = part.get_payload(decode=True) if part is not None else None
        charset = part.get_content_charset() if part is not None else None
        if isinstance(html, bytes) and charset:
            html = html.decode(charset, errors="replace")
    except (OSError, LookupError, ValueError) as err:
        return Quarantined(where, None, "unreadable", f"not a readable MHTML file: {err}")
    if not isinstance(html, (bytes, str)) or not html.strip():
        return Quarantined(where, None, "unreadable", "an MHTML file with no text/html part")
    location = message.get("Snapshot-Content-Location") or part.get("Content-Location")
    source = str(location) if location else None
    return page_document(html, where, base_id, extractor_of(reader), source)
