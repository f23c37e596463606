"""The legacy encoding of bytes that are not UTF-8: charset_normalizer's, unless its text is
implausible and another of its candidates is not.

charset_normalizer (a dependency of requests, datasets and trafilatura) ranks the encodings the
bytes decode in by how chaotic and how coherent the text is. On a short text two East Asian
encodings can tie: 100 Japanese characters in EUC-JP came out as Korean cp949, "뿍ㅙㅲㅨㅞ둣쫠",
whose characters are Hangul jamo, the letters Korean prose never writes alone; Big5 Chinese
came out as Shift_JIS half-width katakana ("ｭｻｴ莟Sｰﾏｬ"). The text of a candidate is judged by
its share of such characters (jamo, half-width katakana, private use): from a quarter of the
best one's on, the first candidate with the fewest wins; below, nothing changes.
Deterministic: the same bytes, the same candidates, the same order.

When every candidate is implausible, the bytes are asked again of the single-byte code pages
of Cyrillic and Greek alone: charset_normalizer offered nothing but Shift_JIS ("崹ﾁﾗﾉﾔﾅﾌﾘﾓﾔﾗﾏ")
for 40 to 100 characters of Russian in KOI8-R, which it never proposes on its own.
"""

from __future__ import annotations

import re
from typing import Any

# characters no prose is written in: Hangul compatibility jamo, half-width katakana, private use
IMPLAUSIBLE = re.compile("[\u3130-\u318f\uff61-\uff9f\ue000-\uf8ff]")
NON_ASCII = re.compile("[^\x00-\x7f]")
# a best guess is doubted from this share on: the cp949 reading of EUC-JP Japanese is 60-70%
# jamo, while old Japanese text may hold some half-width katakana of its own
SWITCH_SHARE = 0.25
# asked when no candidate is plausible; KOI8-R first: Russian mail and Usenet archives
SINGLE_BYTE = ["koi8_r", "koi8_u", "cp1251", "cp866", "iso8859_5", "mac_cyrillic", "cp1253"]


def implausible_share(text: str) -> float:
    """Share of the non-ASCII characters that no prose is written in."""
    wide = len(NON_ASCII.findall(text))
    return len(IMPLAUSIBLE.findall(text)) / wide if wide else 0.0


def plausible_best(matches: Any, data: bytes | None = None) -> Any:
    """charset_normalizer's best match, or the first of its candidates whose text holds the
    smallest share of implausible characters when the best one holds some; None for none.
    With `data` (the bytes), a best still implausible gives way to the best single-byte
    Cyrillic or Greek reading that is not."""
    best = matches.best()
    if best is None or implausible_share(str(best)) < SWITCH_SHARE:
        return best
    best = min(matches, key=lambda match: implausible_share(str(match)))
    if data is None or implausible_share(str(best)) < SWITCH_SHARE:
        return best
    from charset_normalizer import from_bytes

    other = from_bytes(data, cp_isolation=SINGLE_BYTE).best()
    if other is not None and implausible_share(str(other)) < implausible_share(str(best)):
        return other
    return best
