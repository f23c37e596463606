"""Windows-1252 or its cousin: which reading of a short legacy text is prose.

Detectors confuse the Western code pages on short text ("très" read as cp1257 gives "trčs"), so
a cousin's guess gives way to cp1252 whenever the bytes decode so (`readers.LATIN_COUSINS`).
That read Polish in Windows-1250 as "Za¿ó³æ gêœl¹ jaŸñ, w £odzi" ("Zażółć gęślą jaźń, w
Łodzi"): ł, ą and ż are, in cp1252, the superscript ³, the superscript ¹ and the inverted
question mark ¿, signs no word holds. Each reading is scored by such signs between letters;
a cousin's reading (charset_normalizer's candidates of the family) wins only when it has
fewer, so a Western text, whose cp1252 reading has none, stays cp1252 as before. Polish without
ł, ą, ż or ś ("Dzień dobry", in cp1252 "Dzieñ dobry": letters all) is still read as cp1252.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

WESTERN = "cp1252"
NON_ASCII = re.compile("[^\x00-\x7f]")
# Within a word, the typographic apostrophe is the word's own (it’s, l’équipe, hat’s): Word and
# every CMS write it. Counted as a sign, it made "It’s a fine day in the café" cp1252's worse
# reading and "Itís a fine day in the cafť" (Mac Central European) the better one.
WORD_APOSTROPHES = frozenset("\u2019\u2018\u02bc")


def signs_in_words(text: str) -> int:
    """Non-ASCII characters that are no letter, with a letter on each side ("Za¿ó", "³ó"), or
    opening a word ("£odzi" for "Łodzi"). Only the non-ASCII characters are looked at, found
    by a regular expression: a long Western text costs little more than its scan."""
    count = 0
    last = len(text) - 1
    for found in NON_ASCII.finditer(text):
        at = found.start()
        ch = text[at]
        if ch.isupper() and at and text[at - 1].islower():
            count += 1  # a capital inside a word: "SmšrgŒsbord", "cafŽ" (Mac Roman read as cp1252)
            continue
        if ch.isalpha() or at == 0 or at == last or not text[at + 1].isalpha():
            continue
        if ch in WORD_APOSTROPHES:
            continue
        if text[at - 1].isalpha():
            count += 1
        elif unicodedata.category(ch)[0] in "NS" and text[at - 1] in " (":
            count += 1  # a word's first letter: "£odzi" for "Łodzi", "¯ó³ta" for "Żółta"
    return count


def western_or_cousin(data: bytes, cousins: list[tuple[str, Any]]) -> tuple[str, str]:
    """(text, encoding): cp1252's reading of `data` unless a cousin's (charset_normalizer's
    candidates of the family, best first; each read with `str`) has fewer signs in its words;
    the best cousin's when the bytes are no cp1252."""
    try:
        western = data.decode(WESTERN)
    except UnicodeDecodeError:
        encoding, match = cousins[0]
        return str(match), encoding
    text, encoding, fewest = western, WESTERN, signs_in_words(western)
    for name, match in cousins:
        if fewest == 0:
            break
        reading = str(match)
        signs = signs_in_words(reading)
        if signs < fewest:
            text, encoding, fewest = reading, name, signs
    return text, encoding
