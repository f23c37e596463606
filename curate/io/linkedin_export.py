"""LinkedIn's data export (`Shares.csv`, `Comments.csv`) writes a post's commentary inside
quotes of its own, then quotes the CSV cell again (three quotes each side): read as it stands, each
such post kept its surrounding `"..."` (newcomer round 23). A row of a LinkedIn export (a
`linkedin.com` link beside the text) is read without them; a quotation inside the text, or
one that opens it and ends before its end, stays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LINK_FIELDS = ("ShareLink", "Link")
_HOST = "linkedin.com/"


def _linkedin_row(row: Mapping[str, Any]) -> bool:
    return any(isinstance(row.get(f), str) and _HOST in row[f] for f in LINK_FIELDS)


def without_export_quotes(row: Mapping[str, Any], text: str) -> str:
    """`text` without the quotes LinkedIn's export put around the whole of it."""
    core = text.strip()
    if len(core) < 3 or core[0] != '"' or core[-1] != '"' or '"' in core[1:-1]:
        return text
    return core[1:-1].strip() if _linkedin_row(row) else text
