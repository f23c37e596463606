"""A saved page whose charset detection misreads: a Western code page named nowhere, stray bytes.

`wget` and a browser's "Save page as" keep a page's bytes but not the server's
`Content-Type: text/html; charset=iso-8859-1`, so many pages of older Spanish, Portuguese,
French or German sites name no charset at all. Their bytes went to charset detection as
trafilatura asks it (`io.page_decode`), whose first guess on such a page was often Windows-1250:
"próximo ańo", "terça-feira ŕ noite", "oposiçăo" (`ñ`, `à` and `ã` are `ń`, `ŕ` and `ă` there),
a Central European reading no word of the text holds. The `.txt` reader had the answer
(`readers.LATIN_COUSINS`, `io.latin_cousins`): when detection's first guess is one of the
Western family, Windows-1252 is read unless its reading shows signs inside words ("Za¿ó³æ" for
Polish), and a cousin that shows fewer wins. A page is now decoded by detection's own measures
read in its documented order: of the Western family's readings as little chaotic as its first
guess, the most coherent; among those, Windows-1252 by the `.txt` reader's rule when it is one
of them (Spanish: cp1250 and cp1252 tie). Polish in ISO-8859-2 first read as ISO-8859-14
(Celtic, "przyjêġa budṡet", less coherent) is read as ISO-8859-2. A Turkish page in
Windows-1254, more coherent than Windows-1252, stays as detection reads it (its cp1252 reading,
"onayladý", shows no sign a word would not hold: the `.txt` reader's rule alone took it). A
page naming its charset (`<meta charset>`, `<meta http-equiv>`, `<?xml encoding>`), UTF-8
bytes and every other guess are left to the reader's decoding as before; a page declaring
UTF-8 over bytes that are none (a site's template over its database's Latin-1) names no
charset its bytes are in.

A UTF-8 page with a byte or two of Windows-1252 pasted in (`Caf\xe9`) is no UTF-8, so the whole
page went to detection and every accent came out garbled ("aprobĂł", "terĂ§a"); it is read as
UTF-8 with those bytes as Windows-1252 (`io.stray_bytes`, as the `.txt` reader reads it) when
the rest proves UTF-8 and the page names no other charset.
"""

from __future__ import annotations

import re
from typing import Any

from curate.io.page_decode import UNICODE_NAMES

# where a page names its charset: the first 1,024 bytes, as the HTML standard's prescan reads
PRESCAN = 1024
DECLARED = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""",
    re.IGNORECASE,
)
UTF8_NAMES = frozenset({b"utf-8", b"utf8"})


class _Reading:
    """One guess's reading of the bytes, made when `western_or_cousin` asks for it."""

    def __init__(self, data: bytes, encoding: str) -> None:
        self.data, self.encoding = data, encoding

    def __str__(self) -> str:
        return self.data.decode(self.encoding, errors="replace")


def western_page(data: bytes) -> str | None:
    """The page's text when it is in a Western code page it does not name and detection's first
    guess was a less coherent one of the family (see the module); None to decode it as
    before."""
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    if _names_charset(data[:PRESCAN]):
        return None
    from curate.io.stray_bytes import proven_utf8_with_strays

    strays = proven_utf8_with_strays(data)  # UTF-8 but for a pasted `\xe9` (io.stray_bytes)
    if strays is not None:
        return strays[0]
    from curate.io.latin_cousins import WESTERN, western_or_cousin
    from curate.io.page_decode import detected
    from curate.io.readers import LATIN_COUSINS

    matches = [m for m in detected(data) or () if m.encoding not in UNICODE_NAMES]
    if not matches or matches[0].encoding not in LATIN_COUSINS:
        return None
    family = [m for m in matches if m.encoding in LATIN_COUSINS and m.chaos == matches[0].chaos]
    best = min(map(_rank, family))
    level = [m.encoding for m in family if _rank(m) == best]
    if WESTERN in level:
        text, encoding = western_or_cousin(data, [(n, _Reading(data, n)) for n in level])
    else:  # Polish in ISO-8859-2 first read as ISO-8859-14 (Celtic), less coherent
        encoding = level[0]
        text = str(_Reading(data, encoding))
    return None if encoding == matches[0].encoding else text


def _rank(match: Any) -> tuple[float, float]:
    """How detection ranks a reading: its chaos, then its coherence."""
    return (match.chaos, -match.coherence)


def _names_charset(head: bytes) -> bool:
    """The page names a charset its bytes may be in: a `<meta>` or XML declaration of UTF-8
    on bytes that are no UTF-8 (a template's, over a database's Latin-1) names none."""
    found = DECLARED.search(head)
    if found is None:
        return False
    return (found.group(1) or found.group(2)).lower() not in UTF8_NAMES
