r"""`word_spaced(text.casefold())` without `str.casefold` on the whole text.

`str.casefold` has a fast path for ASCII text only; a news text with one curly quote takes the
slow one, character by character (0.04 s of `dedup`'s ~0.15 s on the bench's 2,000 texts).
Folding and spacing are each character's own, so here the UTF-8 bytes are changed one distinct
non-ASCII character at a time (its folding, spaced: usually itself or one space) and the ASCII
bytes by one table (A-Z lowered, every byte `\w` does not match a space). A character whose
folding is not folded already (no such one is known) sends its text to the slow path.
"""

from __future__ import annotations

import functools

from curate.words import _is_word_char, respaced, word_spaced

# ASCII letters lowered, every other ASCII byte `\w` does not match a space, the rest kept
_ASCII_FOLDED = bytes(
    ord(chr(byte).lower())
    if byte < 0x80 and chr(byte).isalnum()
    else byte
    if byte >= 0x80 or byte == ord("_")
    else ord(" ")
    for byte in range(256)
)


def folded_spaced(text: str) -> bytes | None:
    """`words.word_spaced(text.casefold())`: None for a text UTF-8 cannot hold."""
    spaced = respaced(text, _char_spaced, _ASCII_FOLDED)
    return spaced if spaced is not None else word_spaced(text.casefold())


@functools.cache
def _char_spaced(char: str) -> bytes | None:
    r"""A non-ASCII character's folding, each of its non-ASCII characters `\w` does not match
    made a space (its ASCII ones are left to the byte table); None when the folding would
    fold again (replacing it in the bytes could then differ from folding the text)."""
    folded = char.casefold()
    if any(c.casefold() != c for c in folded):
        return None
    return "".join(c if c.isascii() or _is_word_char(c) else " " for c in folded).encode("utf-8")
