"""An XML file parsed whole, or the quarantine record that says why it could not be.

The readers of XML kinds (NewsML-G2, Evernote's export, Timed Text) each parsed their file and
turned a parse error into a `malformed_xml` record with its line and column, and a read error
into `unreadable`, in the same eleven lines; here once.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any


def parse_xml(path: Path, kind: str) -> Any:
    """The root element of `path`, or a `Quarantined` record: "not <kind>: line 3, column 7:
    ..." (`kind`: "readable NewsML", "a readable Evernote export")."""
    import xml.etree.ElementTree as ElementTree

    from curate.io.readers import Quarantined

    try:
        return ElementTree.parse(path).getroot()
    except ElementTree.ParseError as err:
        line, column = err.position
        why = f"not {kind}: line {line}, column {column}: {err}"
        return Quarantined(str(path), line, "malformed_xml", why)
    except (OSError, zlib.error) as err:
        return Quarantined(str(path), None, "unreadable", f"could not read the file: {err}")
