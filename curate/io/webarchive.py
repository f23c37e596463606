"""A page Safari saved as one file (`.webarchive`): its main HTML read as a `.html` page.

Safari's File > Save As "Web Archive" writes a binary property list: `WebMainResource` holds
the page's bytes (`WebResourceData`), its address and charset, `WebSubresources` its pictures
and scripts. A folder of news pages saved so was passed over as `.webarchive 12`. The main
resource is decoded by its charset (else as a `.html` file is, by its `<meta>`) and read by the
HTML reader, its `source` the page's address; a file that is no such list, or holds no HTML, is
one `unreadable` record saying so.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

SUFFIX = ".webarchive"
MAX_BYTES = 256 * 1024 * 1024  # a page with its pictures; more is no saved page
# what plistlib raises on a damaged list: a binary one's offsets past its end (IndexError), an
# XML one's broken markup (ExpatError)
UNPARSED = (OSError, ValueError, OverflowError, LookupError, TypeError, ExpatError)


def is_webarchive(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


def read_webarchive(path: Path, base_id: str, reader: Any = None) -> Any:
    """One document (or one quarantine record) for a page saved by Safari."""
    from curate.io.html import page_document
    from curate.io.readers import Quarantined
    from curate.io.settings import extractor_of

    where = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            return Quarantined(where, None, "too_large", f"a web archive over {MAX_BYTES} bytes")
        archive = plistlib.loads(path.read_bytes())
    except UNPARSED as err:
        return Quarantined(where, None, "unreadable", f"not a readable Safari web archive: {err}")
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    data = main.get("WebResourceData") if isinstance(main, dict) else None
    if not isinstance(data, bytes) or "html" not in str(main.get("WebResourceMIMEType", "")):
        return Quarantined(where, None, "unreadable", "a web archive with no HTML main resource")
    charset = main.get("WebResourceTextEncodingName")
    html: str | bytes = data
    if isinstance(charset, str) and charset:
        try:
            html = data.decode(charset, errors="replace")
        except LookupError:
            html = data  # an unknown charset's name: the page's own <meta> decides
    source = main.get("WebResourceURL")
    return page_document(html, where, base_id, extractor_of(reader), source or None)
