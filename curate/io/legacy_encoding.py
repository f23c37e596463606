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


def implausible_share(text: str) -> float:
    """Share of the non-ASCII characters that no prose is written in."""
    wide = len(NON_ASCII.findall(text))
    return len(IMPLAUSIBLE.findall(text)) / wide if wide else 0.0


def plausible_best(matches: Any) -> Any:
    """charset_normalizer's best match, or the first of its candidates whose text holds the
    smallest share of implausible characters when the best one holds some; None for none."""
    best = matches.best()
    if best is None or implausible_share(str(best)) < SWITCH_SHARE:
        return best
    return min(matches, key=lambda match: implausible_share(str(match)))
