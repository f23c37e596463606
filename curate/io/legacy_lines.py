"""The code page of a table's lines that are not UTF-8, detected on many of them together.

A table's line that is not UTF-8 is decoded as a `.txt` file's bytes are, and the code page
found for the first such line is tried first on the others (io.readers' `decode_line`): a
whole Windows-1252 export would pay detection on every line otherwise. The first such line is
the header more often than not, and a header is a few words: Octoparse's Chinese export in GBK,
`标题,内容,链接`, was read as Korean cp949 (`깃痙,졍쌈,코휭`), and so was every row after it; the
file was passed over for want of a text column (session 51's newcomer round). The code page is
now detected on the file's first lines that are not UTF-8, `SAMPLE_BYTES` of them together,
as one text: the header and its rows tell GBK from cp949 where the header alone cannot.
"""

from __future__ import annotations

import codecs
from functools import lru_cache
from pathlib import Path

SAMPLE_BYTES = 64 * 1024  # of the lines that are not UTF-8, read together
SAMPLE_LINES = 2000  # lines looked at, at most


def legacy_encoding(path: Path, lines: object) -> list[str]:
    """`[code page]` of the first lines of `path` (opened by `lines(path)`, a context of raw
    lines) that are not UTF-8, or `[]` when they are all UTF-8 or decode as no one code page.
    A table is read line by line several times (its delimiter, its header, its rows): the
    answer is kept for the file as it is (its size and time of change)."""
    stat = path.stat()
    return list(_detected(str(path), stat.st_size, stat.st_mtime_ns, lines))


@lru_cache(maxsize=64)
def _detected(name: str, size: int, changed: int, lines: object) -> tuple[str, ...]:
    from curate.io.readers import decode

    path = Path(name)

    sample = bytearray()
    with lines(path) as handle:  # type: ignore[operator]
        for number, raw in enumerate(handle):
            if number >= SAMPLE_LINES or len(sample) >= SAMPLE_BYTES:
                break
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                sample += raw if raw.endswith(b"\n") else raw + b"\n"
    if not sample:
        return ()
    decoded = decode(bytes(sample))
    if isinstance(decoded, str) or decoded[1] == "utf-8":
        return ()
    try:  # "utf-8+cp1252": UTF-8 but for a stray byte (io.stray_bytes), no code page of lines
        codecs.lookup(decoded[1])
    except LookupError:
        return ()
    return (decoded[1],)
