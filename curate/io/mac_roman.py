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

An English text from a Mac whose only non-ASCII bytes are its typographic quotes, saved with
line feeds (TextEdit, BBEdit), has no misfit in either reading: its quotes, bytes D2-D5, are
Windows-1252's capitals `Ò Ó Ô Õ` ("ÒWe are ready,Ó she said"), Vietnamese cp1258's combining
hook, Baltic cp775's `š` ("the cityšs budget"), and such a reading was kept (session 52's
newcomer round). Mac Roman wins when the detector's reading has letters there and Mac Roman's
non-ASCII characters are punctuation at its place (`placed_punctuation`): an opening quote at
a word's start, a closing one at a word's end closing an opened one or after a small letter
or a sentence's mark, an apostrophe between letters one of them small (`it’s`, `I’m`,
`NASA’s`, `1972’s`), a dash not between capitals; nine in ten at least (a source's own slip,
`NPR ’s`), one at least a quote or a spaced dash. A Western text's capitals are no such marks:
"EL NIÑO LLEGÓ" read as Mac Roman is `NI—O` and `LLEG”`; `DONÕT`, Portuguese `PÕE` tell
nothing. Measured on the AEB benchmark's 181 gold article texts encoded in Mac Roman (sites
split in two halves by a hash of their host; the rules were read off half A's misses), the
texts whose only non-ASCII characters are quotes and dashes read right 45 of 48 (A) and 60 of
66 (B), from 9 and 10; the same texts in Windows-1252, Windows-1250, cp850 and Latin-1 read
as before, one for one.
"""

from __future__ import annotations

import re
import unicodedata

from curate.io.latin_cousins import signs_in_words

MAC_ROMAN = "mac_roman"
MAC_FAMILY = "mac_"  # Python's names of Apple's code pages: `mac_latin2`, `mac_iceland`, ...
QUOTES = re.compile("[\u2018-\u201e]")
# Mac Roman's punctuation of prose: bytes D2-D5 (quotes), D0, D1 (dashes), C9 (ellipsis); read
# in a Latin code page they are letters (cp1252's Ò Ó Ô Õ Ð Ñ É), in cp1258 a combining mark
NON_ASCII = re.compile("[^\x00-\x7f]")
OPENING, CLOSING, APOSTROPHE = "\u201c\u2018", "\u201d\u2019", "\u2019"
DASHES, ELLIPSIS = "\u2013\u2014\u2026", "\u2026"
QUOTE_MARKS = "\u2018\u2019\u201c\u201d"
# ... and where the text is a field's: a CSV cell's or a JSON string's `"`, a tag's `>` and `<`
OPEN_BEFORE = '([{-/\u2013\u2014\u201c\u2018">'
CLOSE_AFTER = '.,;:!?)]}-/\u2013\u2014\u2026\u201d\u2019"<'
# a non-ASCII letter touching an ASCII one: the only places a script can change inside a word
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
    mac = data.decode(MAC_ROMAN)
    if _letters(text) and placed_punctuation(mac):
        return mac, MAC_ROMAN  # "ÒWe are ready,Ó" is “We are ready,”
    mac_prior = classic_mac_lines(data) or encoding.startswith(MAC_FAMILY)
    found = misfits(text)
    if found == 0 and not mac_prior:
        return text, encoding
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


def placed_punctuation(text: str) -> bool:
    """The non-ASCII characters of `text` are punctuation where it stands (see the module):
    dashes, ellipses and typographic quotes, nine in ten at least at their places (a source's
    own slip: `NPR ’s`, `Night “ should’ve`) and one at least a quote or a spaced dash."""
    opened = {"\u201d": 0, "\u2019": 0}  # quotes opened and not closed, by their closing mark
    placed = misplaced = evidence = 0
    for found in NON_ASCII.finditer(text):
        at, mark = found.start(), found.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if mark in DASHES:
            spaced = before.isspace() and after.isspace()
            fits = spaced or mark == ELLIPSIS or not (before.isupper() and after.isupper())
            evidence += spaced and mark != ELLIPSIS  # `word – word`: cp1252's lone `Ð`
        elif mark in OPENING and _opens(before, after):
            opened[CLOSING[OPENING.index(mark)]] += 1
            fits = True
        elif mark in CLOSING and _closes(before, after) and _closing(opened, mark, before):
            opened[mark] = max(opened[mark] - 1, 0)
            fits = True
        elif mark == APOSTROPHE and before.isalnum() and (after.isalpha() or _ends(after)):
            # it’s, I’m, NASA’s, 1972’s, the students’ (`DONÕT`, Portuguese `PÕE`: no telling)
            fits = before.islower() or before.isdigit() or after.islower()
        else:
            fits = False
        placed += fits
        misplaced += not fits
        evidence += fits and mark in QUOTE_MARKS
    return evidence > 0 and misplaced * 10 <= placed


def _closing(opened: dict[str, int], mark: str, before: str) -> bool:
    """A closing quote closes one opened, or ends a sentence's or a word's small letters
    (`destruction,”`, `in!”`): `LLEGÓ` is no `LLEG”`."""
    return opened[mark] > 0 or before.islower() or before in ".,;:!?"


def _opens(before: str, after: str) -> bool:
    """An opening quote's place: a word's start (`“We`, `(‘Yes`)."""
    return (before.isspace() or before in OPEN_BEFORE) and not after.isspace()


def _closes(before: str, after: str) -> bool:
    """A closing quote's place: a word's end (`ready,”`, `students’ `)."""
    return not before.isspace() and _ends(after)


def _ends(after: str) -> bool:
    return after.isspace() or after in CLOSE_AFTER


def _letters(text: str) -> bool:
    """`text` reads a non-ASCII character as a letter or a combining mark (cp1252's `Ò`)."""
    return any(
        found.group().isalpha() or unicodedata.category(found.group()) == "Mn"
        for found in NON_ASCII.finditer(text)
    )
