"""Mac Roman: the code page of a text saved on classic Mac OS, which detectors rarely propose.

A `.txt` exported from a classic Mac OS application (SimpleText, ClarisWorks, an old Word or
FileMaker) is Mac Roman, its lines ended by a lone carriage return. charset_normalizer reads
short or mid-length such texts as another code page, and the mojibake was kept as the text
(session 51's newcomer round): "Café crème" as Arabic cp1256 ("Cafژ crڈme"), "naïve" and
"crêpes" as Mac Central European ("naēve", "crźpes"), "Perché è così" as "Perché Ź cosď",
"the ﬁrst ﬂoor" as Vietnamese cp1258 ("the ̃rst ßoor"), "Smith† and Jones‡" as Urdu cp1006.

The Mac Roman reading of such bytes is weighed against the detector's by their misfits: signs
inside words (io.latin_cousins: "piĚ", "SmšrgŒsbord") and letters of another script inside a
Latin word ("Cafژ", "Jonesﻓ"), which no prose writes. Mac Roman wins with fewer; with as many
when the lines end in lone carriage returns, the mark of classic Mac OS (Windows ends them in
CR LF, Unix in LF), or when the detector's guess is another of Apple's code pages (macOS's
TextEdit saves "Western (Mac OS Roman)" with line feeds, read as Mac Central European), and
it holds as many typographic quotes: Windows-1252's `it’s` and `“Yes”` read as Mac Roman are
`itís` and `ìYesî`, letters all, and such a text stays Windows-1252. Text in another script
keeps its reading: Japanese, Cyrillic or Greek read as Mac Roman is signs and capitals inside
words. Only a single-byte reading is weighed (the caller's): Mac Roman is one too.
"""

from __future__ import annotations

import re
import unicodedata

from curate.io.latin_cousins import signs_in_words

MAC_ROMAN = "mac_roman"
MAC_FAMILY = "mac_"  # Python's names of Apple's code pages: `mac_latin2`, `mac_iceland`, ...
# a non-ASCII letter touching an ASCII one: the only places a script can change inside a word
QUOTES = re.compile("[\u2018-\u201e]")
BESIDE_LATIN = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f]|[^\x00-\x7f](?=[A-Za-z])")


def classic_mac_lines(data: bytes) -> bool:
    """The bytes' lines end in a lone carriage return (classic Mac OS), none in a line feed."""
    return b"\r" in data and b"\n" not in data


def foreign_letters(text: str) -> int:
    """Letters of a script other than Latin inside or at the edge of a Latin word."""
    return sum(
        1
        for found in BESIDE_LATIN.finditer(text)
        if found.group().isalpha() and not unicodedata.name(found.group(), "").startswith("LATIN")
    )


def misfits(text: str) -> int:
    """What in `text` no prose writes: signs inside words, letters of two scripts in one."""
    return signs_in_words(text) + foreign_letters(text)


def mac_roman_or(data: bytes, text: str, encoding: str) -> tuple[str, str]:
    """(text, encoding) as detected, or Mac Roman's reading of `data` when it fits better
    (see the module)."""
    if encoding == MAC_ROMAN:
        return text, encoding
    mac_prior = classic_mac_lines(data) or encoding.startswith(MAC_FAMILY)
    found = misfits(text)
    if found == 0 and not mac_prior:
        return text, encoding
    mac = data.decode(MAC_ROMAN)
    if mac == text:  # Mac Icelandic's reading of no Icelandic letter: Mac Roman's own
        return mac, MAC_ROMAN
    mac_found = misfits(mac)
    if mac_found < found:
        return mac, MAC_ROMAN
    if mac_found == found and mac_prior and quotes(mac) >= quotes(text):
        return mac, MAC_ROMAN
    return text, encoding


def quotes(text: str) -> int:
    """Typographic quotation marks: Windows-1252's `’` is Mac Roman's `í` (`it’s`, `itís`)."""
    return len(QUOTES.findall(text))
