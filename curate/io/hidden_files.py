"""Hidden files and folders of an input folder: never read, but listed among the skipped.

`.DS_Store`, `.git/`, an editor's `.rows.jsonl.swp`, Spark's `.part-00000.parquet.crc`, a Hub
download's `.cache/` are no one's documents and are never opened, but a `.foo.jsonl` may be
someone's: they were passed over without a word, so a file hidden by a leading dot was lost
with nothing in the report to say so. They are now listed in `report.json`'s `skipped_files`
(a folder once, with a `/`), counted by kind (`hidden file`, `hidden folder`) in the summary
and the card. A file named on the command line is read, hidden or not. Curate's own staging
folder and lock beside a destination are not listed (they are the run's, not the input's), nor
are the files Windows hides by name (`Thumbs.db`, `desktop.ini`: io.system_files).
"""

from __future__ import annotations

from pathlib import PurePath

HIDDEN_FILE, HIDDEN_FOLDER = "hidden file", "hidden folder"
OWN_SUFFIXES = (".curate-tmp", ".curate-lock")  # publish.writer's staging folder and lock


def is_hidden(name: str) -> bool:
    """A name (no path) that starts with a dot, or one Windows hides (io.system_files)."""
    from curate.io.system_files import is_system_file

    return name.startswith(".") or is_system_file(name)


def listed(name: str) -> bool:
    """A hidden name worth listing: a dot name (someone's `.foo.jsonl` may be data), not
    curate's own staging folder or lock, nor Windows' `Thumbs.db` (io.system_files: the
    system's, never anyone's data, passed over without a word as before)."""
    return name.startswith(".") and not name.endswith(OWN_SUFFIXES)


def hidden_kind(skipped: str) -> str | None:
    """The kind of a skipped file or folder (`x/.git/`) that is hidden, else None."""
    from curate.io.archive_hidden import is_macos_forks

    name = PurePath(skipped.rstrip("/")).name
    if not is_hidden(name) and not is_macos_forks(name):  # a zip's `__MACOSX/` (io.archive_hidden)
        return None
    return HIDDEN_FOLDER if skipped.endswith("/") else HIDDEN_FILE
