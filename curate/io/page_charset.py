"""A saved page in a Western code page that names none: read as Windows-1252, as a `.txt` is.

`wget` and a browser's "Save page as" keep a page's bytes but not the server's
`Content-Type: text/html; charset=iso-8859-1`, so many pages of older Spanish, Portuguese,
French or German sites name no charset at all. Their bytes went to charset detection as
trafilatura asks it (`io.page_decode`), whose first guess on such a page was often Windows-1250:
"próximo ańo", "terça-feira ŕ noite", "oposiçăo" (`ñ`, `à` and `ã` are `ń`, `ŕ` and `ă` there),
a Central European reading no word of the text holds. The `.txt` reader had the answer
(`readers.LATIN_COUSINS`, `io.latin_cousins`): when detection's first guess is one of the
Western family, Windows-1252 is read unless its reading shows signs inside words ("Za¿ó³æ" for
Polish), and a cousin that shows fewer wins. A page is now decoded so where detection ranked
Windows-1252 level with its first guess (the same chaos and coherence: it could not tell them
apart) and that changes the guess. A Turkish page in Windows-1254, ranked above Windows-1252,
stays as detection reads it (its cp1252 reading, "onayladý", shows no sign a word would not
hold: the `.txt` reader's rule alone would have taken it). A page naming its charset (`<meta
charset>`, `<meta http-equiv>`, `<?xml encoding>`), UTF-8 bytes and every other guess are left
to the reader's decoding as before.
"""

from __future__ import annotations

import re
from typing import Any

from curate.io.page_decode import UNICODE_NAMES

# where a page names its charset: the first 1,024 bytes, as the HTML standard's prescan reads
PRESCAN = 1024
DECLARED = re.compile(rb"<meta[^>]{0,300}?charset|<\?xml[^>]{0,200}?encoding", re.IGNORECASE)


class _Reading:
    """One guess's reading of the bytes, made when `western_or_cousin` asks for it."""

    def __init__(self, data: bytes, encoding: str) -> None:
        self.data, self.encoding = data, encoding

    def __str__(self) -> str:
        return self.data.decode(self.encoding, errors="replace")


def western_page(data: bytes) -> str | None:
    """The page's text when it is in a Western code page it does not name and detection's first
    guess was another of the family, Windows-1252 ranked level with it (see the module); None
    to decode it as before."""
    if data.isascii() or DECLARED.search(data[:PRESCAN]):
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    from curate.io.latin_cousins import WESTERN, western_or_cousin
    from curate.io.page_decode import detected
    from curate.io.readers import LATIN_COUSINS

    matches = [m for m in detected(data) or () if m.encoding not in UNICODE_NAMES]
    if not matches or matches[0].encoding not in LATIN_COUSINS:
        return None
    level = [m.encoding for m in matches if _rank(m) == _rank(matches[0])]
    if WESTERN not in level[1:]:
        return None  # cp1252 first, or ranked below: Turkish cp1254 stays cp1254
    cousins = [(name, _Reading(data, name)) for name in level if name in LATIN_COUSINS]
    text, encoding = western_or_cousin(data, cousins)
    return None if encoding == matches[0].encoding else text


def _rank(match: Any) -> tuple[float, float]:
    """How detection ranks a reading: its chaos, then its coherence."""
    return (match.chaos, -match.coherence)
