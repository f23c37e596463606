"""UTF-8 text with a few bytes of a Windows code page in it.

A file put together from two sources, or touched once in an old Windows editor, is UTF-8 but
for a byte or two (`Entr\\xe9e`): not UTF-8, and charset_normalizer finds no one encoding for
the whole, so the document was quarantined, "bytes decode as nothing". When such bytes are few
(at most one in `MAX_SHARE`, and at most `MAX_BYTES`), the text is read as UTF-8 and each of
them as Windows-1252 (Latin-1 for the five bytes it leaves undefined); the document's
`encoding` says so: `utf-8+cp1252`.

Such bytes are tried before a legacy encoding is guessed when the rest holds characters UTF-8
writes in several bytes (`é`, `’`, `—`): those prove the text UTF-8, and any one-byte code page
reads each of them as two or three signs. A JSON line `{"text": "...réuni... caf\\xc3"}` (a
text cut inside a character) was read whole as Mac Iceland: `r√©uni`, `s‚Äôest`, every
accent of the line garbled for one byte.
"""

from __future__ import annotations

import re

MAX_SHARE = 100
MAX_BYTES = 64
ENCODING = "utf-8+cp1252"
ESCAPED = re.compile("[\udc80-\udcff]")  # a byte `surrogateescape` could not decode


def _as_cp1252(match: re.Match[str]) -> str:
    byte = bytes([ord(match.group()) - 0xDC00])
    try:
        return byte.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d
        return byte.decode("latin-1")


def utf8_with_strays(data: bytes) -> tuple[str, str] | None:
    """(text, `ENCODING`) when `data` is UTF-8 but for a few bytes; else None."""
    text = data.decode("utf-8", errors="surrogateescape")
    strays = len(ESCAPED.findall(text))
    if not strays or strays > MAX_BYTES or strays * MAX_SHARE > len(data):
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    return ESCAPED.sub(_as_cp1252, text), ENCODING


# a character UTF-8 writes in more than one byte, not a byte it could not decode (\udc80-)
MULTIBYTE = re.compile("[\u0080-\udbff\ue000-\U0010ffff]")


def proven_utf8_with_strays(data: bytes) -> tuple[str, str] | None:
    """As `utf8_with_strays`, only when the rest of `data` holds a character of more than
    one UTF-8 byte: UTF-8 then, whatever a detector guesses for the whole."""
    mixed = utf8_with_strays(data)
    if mixed is None:
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    return mixed if MULTIBYTE.search(text) else None
