"""A `.json` file that is not valid JSON: read up to the break, and the break quarantined.

A truncated download (`articles.json` cut mid-array) or a hand-edited file with one stray
comma was lost whole: in a folder it was listed among the skipped files with no reason (its
first record could not be parsed, so it looked like no file of records), and named alone or
broken past its first record it was one quarantine record, the records before the break with
it. Now such a file is read: the records before the break are documents, and the break is a
`malformed_json` quarantine record with the file, line and column where the JSON stops being
JSON.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from pathlib import Path
from typing import Any

_SPACE = re.compile(r"\s*")
_OPENS = (b"[", b"{")
CHUNK = 1 << 16


def looks_broken(path: Path, sniff: int = 1 << 16) -> bool:
    """A file that opens as JSON and does not parse: small enough for one sniff to hold it
    whole, or cut short (a `.json.gz` download that stopped: it was skipped unnamed)."""
    data, cut = read_to_cut(path, sniff + 1)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(_OPENS):
        return False
    if cut is not None:
        return True
    if len(data) > sniff:
        return False
    try:
        from curate.io.json_values import json_values

        json_values(data)
    except json.JSONDecodeError:  # broken syntax; a 5,000-digit number or depth is not
        return True
    except (ValueError, RecursionError):
        return False
    return False


def read_to_cut(path: Path, limit: int | None = None) -> tuple[bytes, BaseException | None]:
    """The file's bytes (decompressed) up to where they end or break, and the break: a cut
    `.gz` gives what it holds before the cut, not only an error."""
    from curate.io.compressed import READ_ERRORS, open_binary

    pieces: list[bytes] = []
    held = 0
    try:
        with open_binary(path) as handle:
            # gzip's and bzip2's read1: what one decoding gives, so a cut loses no more
            read = handle.read1 if isinstance(handle, (gzip.GzipFile, bz2.BZ2File)) else handle.read
            while limit is None or held < limit:
                piece = read(CHUNK if limit is None else min(CHUNK, limit - held))
                if not piece:
                    break
                pieces.append(piece)
                held += len(piece)
    except READ_ERRORS as err:
        return b"".join(pieces), err
    return b"".join(pieces), None


def salvage(data: bytes | str) -> tuple[list[Any], json.JSONDecodeError | None]:
    """The values before the first break of a JSON text, and the break (None when whole).

    An array's items are one value, a list; values one after another (`jq '.[]'`) each are."""
    if isinstance(data, bytes):
        data = data.decode(json.detect_encoding(data), "surrogatepass")
    text = data.lstrip("\ufeff")
    decoder = json.JSONDecoder()
    at = _SPACE.match(text, 0).end()  # type: ignore[union-attr]
    if text.startswith("[", at):
        items: list[Any] = []
        error = _array_items(text, at + 1, decoder, items)
        return ([items] if items else []), error
    values: list[Any] = []
    while at < len(text):
        try:
            value, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as err:
            return values, err
        values.append(value)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    return values, None


def _array_items(
    text: str, at: int, decoder: json.JSONDecoder, items: list[Any]
) -> json.JSONDecodeError | None:
    """Append the items of the array whose `[` is before `at`; the break, if any."""
    at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
    if text.startswith("]", at):
        return None
    while True:
        try:
            value, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError as err:
            return err
        items.append(value)
        at = _SPACE.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith("]", at):
            return None
        if not text.startswith(",", at):
            what = "the array is cut short" if at >= len(text) else "Expecting ',' delimiter"
            return json.JSONDecodeError(what, text, at)
        at = _SPACE.match(text, at + 1).end()  # type: ignore[union-attr]
