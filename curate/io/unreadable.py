"""Folders and files the user running curate may not read: named, never passed over.

On a shared machine a folder of someone else's (`drwx------`) was skipped without a word by the
walk (`os.walk` drops a folder it cannot list), every file in it lost with no count; it is
now listed in `report.json`'s `skipped_files` (`locked/`, kind `unreadable folder`). A file
that cannot be opened was a `truncated` record, "could not read past line 0: [Errno 13]
Permission denied"; it is an `unreadable` record saying so and what to do.
"""

from __future__ import annotations

import os
from pathlib import Path

UNREADABLE_FOLDER = "unreadable folder"


def folder_kind(skipped: str) -> str | None:
    """`unreadable folder` for a listed folder (`x/locked/`) that cannot be listed, else None."""
    if not skipped.endswith("/"):
        return None
    try:
        with os.scandir(skipped):
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None  # gone since the run, or a folder inside an archive (io.archive_hidden)
    except OSError:
        return UNREADABLE_FOLDER


def unreadable_file(path: Path) -> str | None:
    """Why `path` cannot be opened for reading (no permission), or None."""
    try:
        with open(path, "rb"):
            return None
    except PermissionError as err:
        return (
            f"cannot open the file: {err.strerror or 'permission denied'}; "
            "ask its owner to share it (chmod +r), or run curate as a user who may read it"
        )
    except OSError:
        return None  # the reader says what is wrong with it
