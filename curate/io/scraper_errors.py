"""A scraper's record of a page it failed on: quarantined saying so, not advised a field.

Apify's actors write a record for every request, a failed one too: `{"#error": true,
"#debug": {"errorMessages": ["Navigation timed out after 60 seconds"], ...}, "url": ...}`. Such
a record has no text, and its quarantine advised `--text-field '#debug.errorMessages'`, which
would read the error as a document (session 51's newcomer round). It now says the scraper
failed on that page and why, in the scraper's last words.
"""

from __future__ import annotations

from typing import Any

ERROR_FLAG = "#error"
DEBUG = "#debug"
MAX_SHOWN = 200  # characters of the scraper's message


def failed_page(row: dict[str, Any]) -> str | None:
    """Why a row is a failed request's record, or None for any other row."""
    if row.get(ERROR_FLAG) is not True:
        return None
    debug = row.get(DEBUG)
    messages = debug.get("errorMessages") if isinstance(debug, dict) else None
    said = [m for m in messages if isinstance(m, str)] if isinstance(messages, list) else []
    why = f": {' '.join(said[-1].split())[:MAX_SHOWN]}" if said else ""
    return f"the scraper's record of a page it failed on ('{ERROR_FLAG}': true){why}; no text"
