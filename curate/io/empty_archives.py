"""An archive that holds no file: named as empty, not with advice to unpack it.

`zip -r news.zip news/` of a folder whose files were moved, `tar czf` of an empty glob, a
download cut to its header: a `.zip` or `.tar(.gz)` of no member. It was passed over with "an
archive: unpack it and give the folder", advice that finds nothing, and counted as `.zip`. An
archive whose members are folders alone, or none, is now said to be empty and counted as the
kind `empty archive`; one that cannot be opened keeps its advice.
"""

from __future__ import annotations

import tarfile
import zipfile
from pathlib import Path

EMPTY_ARCHIVE = "empty archive"
ADVICE = "an empty archive: it holds no file, nothing to read"
SUFFIXES = (".zip", ".tar", ".tgz", ".tar.gz", ".tar.bz2", ".tar.xz")


def is_empty_archive(name: str) -> bool:
    """A `.zip` or `.tar(.gz)` that opens and holds folders alone, or nothing."""
    path = Path(name)
    if not path.name.lower().endswith(SUFFIXES) or not path.is_file():
        return False
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return not any(not info.is_dir() for info in archive.infolist())
        with tarfile.open(path) as archive:
            return not any(not member.isdir() for member in archive)
    except (OSError, EOFError, tarfile.TarError, zipfile.BadZipFile):
        return False  # a damaged archive: its advice stays


def empty_kind(skipped: str) -> str | None:
    """`empty archive` for a skipped file that is one, else None."""
    return EMPTY_ARCHIVE if not skipped.endswith("/") and is_empty_archive(skipped) else None
