"""Hidden members of a `.zip` or `.tar` of inputs: never read, but listed among the skipped.

A zip made by macOS's Finder holds `.DS_Store`, `__MACOSX/` (a `._name` resource fork of every
file) and a tar made on a Mac holds `._name` forks too. io.archives passes them over, as it
should, but without a word, while a folder's hidden files are listed (io.hidden_files). They
are now listed as a folder's are: `articles.zip/.DS_Store` a `hidden file`, a hidden folder
once (`articles.zip/__MACOSX/`, `shard.tar/docs/.git/`) a `hidden folder`. Windows' own
files (`Thumbs.db`) stay unlisted, as in a folder.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath

MACOS_FORKS = "__MACOSX"  # the Finder's folder of resource forks, hidden by name


def inputs_and_hidden(path: Path) -> tuple[bool, list[str]]:
    """Whether an archive holds inputs (io.archives' `holds_inputs`), and its hidden members
    (`<archive>/<member>`, a hidden folder once as `<archive>/<folder>/`), in one pass over it.
    An archive that breaks lists what came before the break (its reading says what is wrong)."""
    from curate.io.archives import _members, _passed_over, any_readable, archive_suffix

    if archive_suffix(path) is None:
        return False, []
    from curate.io.zip_damage import cut_zip

    if cut_zip(path):  # read, to say it is cut short (io.zip_damage)
        return True, []
    from curate.io.sniffed_members import member_holds_input

    readable = False  # a member of a kind read, by name or by its bytes: `wiki_00`, Spark's
    # `part-00000` (io.sniffed_members)
    hidden: dict[str, None] = {}  # in order, each once
    try:
        for name, opener in _members(path):
            if not _passed_over(name):
                readable = readable or any_readable([name]) or member_holds_input(name, opener)
            shown = hidden_name(name) or _marker(name)  # `out/_SUCCESS` (io.job_markers)
            if shown is not None:
                hidden[f"{path}/{shown}"] = None
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError, ValueError):
        pass
    return readable, list(hidden)


def hidden_name(member: str) -> str | None:
    """`a/.DS_Store` -> itself; `__MACOSX/a/._x` -> `__MACOSX/`; `a/.git/HEAD` -> `a/.git/`;
    None for a member that is not hidden, or is a Windows system file (io.system_files)."""
    from curate.io.system_files import is_system_file

    parts = PurePosixPath(member).parts
    if not parts or any(is_system_file(part) for part in parts):
        return None
    for depth, part in enumerate(parts):
        if part.startswith(".") or part == MACOS_FORKS:
            folder = depth < len(parts) - 1
            return "/".join(parts[: depth + 1]) + "/" * folder
    return None


def _marker(member: str) -> str | None:
    from curate.io.job_markers import is_job_marker

    return member if is_job_marker(member) else None


def is_macos_forks(name: str) -> bool:
    """`__MACOSX`: a folder hidden by name (listed as a `hidden folder`)."""
    return name == MACOS_FORKS
