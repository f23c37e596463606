"""A browser's record of a visit (`.har`, HTTP Archive 1.2): each page it fetched a document.

A newcomer who cannot get past a site's scripts saves the network log from the browser's
developer tools (Chrome's and Firefox's "Save all as HAR", `ex.com.har`): a JSON object whose
`log.entries` hold every request and its response, a page's HTML in `response.content.text`
(base64 when `encoding` says so) beside its styles, scripts, pictures and API calls. It was
passed over as a kind curate does not read. Each response of HTML is read as the same page's
`.html` is, its source the request's address, its id `<file id>-<entry>`; the other responses
are skipped by kind (`har resource`), counted, never read as text.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIX = ".har"
RESOURCE = "har resource"
LOG = re.compile(rb'\A\s*\{\s*"log"\s*:')


def is_har(path: Path) -> bool:
    """A `.har` file whose object opens with `"log"`."""
    if not path.name.lower().endswith(SUFFIX):
        return False
    from curate.io.json_exports import file_head

    try:
        return bool(LOG.match(file_head(path).removeprefix(b"\xef\xbb\xbf")))
    except OSError:
        return False


def _entries(value: Any) -> list[Any] | None:
    log = value.get("log") if isinstance(value, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    return entries if isinstance(entries, list) else None


def page_of(entry: Any) -> tuple[str, bytes | str] | None:
    """(address, HTML) of an entry whose response is a page, else None."""
    if not isinstance(entry, dict):
        return None
    request, response = entry.get("request") or {}, entry.get("response") or {}
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict) or not isinstance(content.get("text"), str):
        return None
    if "html" not in str(content.get("mimeType", "")).lower():
        return None
    text: bytes | str = content["text"]
    if content.get("encoding") == "base64":
        try:
            text = base64.b64decode(content["text"], validate=False)
        except (binascii.Error, ValueError):
            return None
    url = request.get("url") if isinstance(request, dict) else None
    return (url if isinstance(url, str) else ""), text


def read_har(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """Each page of the log, a document (see the module)."""
    from curate.io.html import page_document
    from curate.io.json_exports import loaded
    from curate.io.readers import Quarantined, Skipped
    from curate.io.settings import extractor_of

    where = str(path)
    entries = loaded(path, _entries)  # a quarantine record when it does not parse
    if isinstance(entries, Quarantined):
        yield entries
        return
    if not entries:
        yield Quarantined(where, None, "missing_field", "a .har without log.entries: no page")
        return
    for number, entry in enumerate(entries, 1):
        page = page_of(entry)
        if page is None:
            yield Skipped(RESOURCE)
            continue
        url, html = page
        yield page_document(html, where, f"{base_id}-{number}", extractor_of(reader), url or None)
