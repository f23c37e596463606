"""File names that are not UTF-8: a Latin-1 `café.txt` from an old tarball, an rsync or a
Samba share.

Python gives such a name with the undecodable bytes as lone surrogates (`caf\\udce9.txt`), and
an id or `source` made from it cannot be written as UTF-8: the run stopped at the first stage
that stored an id ("run failed: UnicodeEncodeError: 'utf-8' codec can't encode character
'\\udce9'"), every document lost. The file is still opened by its real name; the id, `source`
and the file named by a quarantine record spell the name's bytes as Windows-1252 (`café`)
when they decode so, else with `\\xe9` escapes.
"""

from __future__ import annotations

import os
import re

SURROGATE = re.compile("[\ud800-\udfff]")


def readable_name(name: str) -> str:
    """`name` as text that UTF-8 can hold; unchanged when it is so already."""
    if not SURROGATE.search(name):
        return name
    raw = os.fsencode(name)
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")
