"""Chinese told from Korean and Japanese by its script, where langdetect cannot.

langdetect folds every Han character into one of a few hundred classes before it counts
n-grams, so a Traditional Chinese news text with no Hangul at all comes out Korean
("颱風今天清晨在花蓮登陸，中央氣象局表示..." is `ko` 0.71 / `zh-tw` 0.29, and a second
paragraph `ko` 1.0). Modern Korean prose is written in Hangul and Japanese prose always has
kana, so a text of Han characters with almost neither is Chinese, whatever the n-grams say.

Simplified or Traditional is read off the characters themselves: one that Big5 can encode
and GB2312 cannot (風, 選) is Traditional, one that GB2312 can and Big5 cannot (风, 选) is
Simplified; the characters both share (中, 今天) say nothing. Python's own codecs hold the
tables, so no list of characters is kept here.
"""

from __future__ import annotations

import functools

# a text is Chinese when Hangul and kana together are fewer than this share of its Han
# characters: a Korean text with hanja in brackets has far more Hangul than Han
OTHER_SCRIPT_SHARE = 0.1
MIN_HAN = 10  # fewer Han characters decide nothing
CHINESE = ("zh-cn", "zh-tw")
# labels this check may overrule: langdetect's Chinese, Korean and Japanese
OVERRULED = frozenset({"ko", "ja", *CHINESE})


def _is_han(code: int) -> bool:
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def _is_hangul(code: int) -> bool:
    return 0xAC00 <= code <= 0xD7A3 or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F


def _is_kana(code: int) -> bool:
    return 0x3041 <= code <= 0x30FF or 0xFF66 <= code <= 0xFF9F


@functools.cache
def _variant(char: str) -> int:
    """+1 Traditional only, -1 Simplified only, 0 either or neither."""
    big5 = _encodes(char, "big5")
    gb = _encodes(char, "gb2312")
    return (big5 and not gb) - (gb and not big5)


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def chinese_variant(sample: str, lang: str | None) -> str | None:
    """`zh-tw` or `zh-cn` when `sample` is Chinese by its script and `lang` (langdetect's
    label) says otherwise; None to keep `lang`."""
    if lang is not None and lang not in OVERRULED:
        return None
    han = other = lean = 0
    for char in sample:
        code = ord(char)
        if code < 0x3000:
            continue
        if _is_han(code):
            han += 1
            lean += _variant(char)
        elif _is_hangul(code) or _is_kana(code):
            other += 1
    if han < MIN_HAN or other >= OTHER_SCRIPT_SHARE * han:
        return None
    if lean > 0:
        variant = "zh-tw"
    elif lean < 0:
        variant = "zh-cn"
    else:  # no telling character: langdetect's Chinese label stands, else the commoner one
        variant = lang if lang in CHINESE else "zh-cn"
    return None if variant == lang else variant
