"""UTF-16 without a byte order mark, in scripts other than Latin.

.NET's `Encoding.Unicode.GetBytes`, `iconv -t UTF-16LE` and many Windows exports write UTF-16
with no mark. Latin-script text shows it by a NUL in every other byte (`readers._utf16_shape`),
but Russian, Greek, Arabic, Hindi or Chinese do not: "Привет" is `1f 04 40 04 38 04 ...`, and
only the spaces, digits and line breaks carry a NUL. Such a `.txt` was quarantined as "binary
file (NUL bytes)", a JSON Lines file gave a `malformed_json` record a line, a `.csv` passed over.

The bytes are UTF-16 in the byte order whose NULs fall all on one side (the high byte of ASCII
characters) when that reading is text: no unassigned, private or control characters, mostly
letters (and their marks: a Hindi vowel sign), and the letters of one to three scripts (a
script is the first word of a character's Unicode name: CYRILLIC, CJK, HIRAGANA, ...).
Binary data read as UTF-16 is characters of every block, so it fails the last test; UTF-8
text with a stray NUL reads as CJK ideographs in UTF-16 ("Bush hid the facts"), so bytes that
are printable UTF-8 once their NULs are left out are never taken for UTF-16.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

MIN_PAIRS = 8
PRINTABLE_UTF8 = 0.95  # a sample this printable as UTF-8 (its NULs left out) is UTF-8
ALLOWED_CONTROLS = "\n\r\t"
MIN_LETTER_SHARE = 0.5  # of the characters that are not spaces
MIN_SCRIPT_SHARE = 0.9  # of the letters, in the `SCRIPTS` most frequent scripts
SCRIPTS = 3  # Japanese writes CJK, HIRAGANA and KATAKANA


def unmarked_utf16(sample: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when `sample` (a file's first bytes) is UTF-16 text without a
    byte order mark in any script; else None. Needs a NUL (an ASCII space, digit or line
    break), as the sign that the bytes are wide at all."""
    pairs = len(sample) // 2
    if pairs < MIN_PAIRS:
        return None
    even_nuls = sample[0 : 2 * pairs : 2].count(0)
    odd_nuls = sample[1 : 2 * pairs : 2].count(0)
    if _utf8_text(sample.replace(b"\x00", b"")):
        return None  # UTF-8 with a stray NUL: "Bush hid the facts" read as Chinese (io.nul_bytes)
    if odd_nuls and not even_nuls:
        encoding = "utf-16-le"
    elif even_nuls and not odd_nuls:
        encoding = "utf-16-be"
    else:
        return None
    text = sample[: 2 * pairs].decode(encoding, errors="surrogatepass")
    return encoding if _is_text(text) else None


def _utf8_text(data: bytes) -> bool:
    """Bytes that are UTF-8 text: printable, line breaks and spaces. UTF-16 of Cyrillic, Greek
    or Hindi is ASCII bytes too, but every other one a control (0x04, 0x03, a tab 0x09)."""
    import codecs

    try:  # the sample may end inside a character
        text = codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    printable = sum(ch.isprintable() or ch in "\n\r" for ch in text)
    return printable >= PRINTABLE_UTF8 * len(text)


def _is_text(text: str) -> bool:
    """Characters of text, mostly letters, the letters of one to three scripts."""
    scripts: Counter[str] = Counter()
    other = 0
    for ch in text[:-1]:  # the last may be half a surrogate pair cut by the sample
        category = unicodedata.category(ch)
        if category in ("Cn", "Co", "Cs") or (category == "Cc" and ch not in ALLOWED_CONTROLS):
            return False
        if category[0] == "M":
            continue  # a vowel sign or an accent that combines with the letter before it
        if ch.isalpha():
            scripts[unicodedata.name(ch, "?").split(" ", 1)[0]] += 1
        elif not ch.isspace():
            other += 1
    letters = sum(scripts.values())
    if not letters or letters < MIN_LETTER_SHARE * (letters + other):
        return False
    return sum(count for _, count in scripts.most_common(SCRIPTS)) >= MIN_SCRIPT_SHARE * letters
