"""Input patterns: `"data/**/*.jsonl"` as datatrove's `glob_pattern` and `glob` read it, and
what to say when a pattern matches nothing.

`**` matched one folder level (Python's `glob` without `recursive`), so `"news/**/*.txt"`
passed over the files in `news/` itself and below the first level, and a pattern that
matched nothing stopped the run with "no such file or directory", as if a path were misspelt.
Now `**` is any depth (none included) and a pattern that matches nothing says so, with the
kinds of files its folder does hold.
"""

from __future__ import annotations

import glob
from collections import Counter
from pathlib import Path

MARKS = "*?["


def is_pattern(name: str) -> bool:
    """A name with glob marks that is no path itself."""
    return any(mark in name for mark in MARKS) and not Path(name).exists()


def expand(name: str) -> list[str]:
    """The paths `name` matches, sorted; `**` any number of folders, each real one once."""
    if "**" in name:  # a link up the tree: walked once (curate.io.deep_patterns)
        from curate.io.deep_patterns import expand_deep

        return expand_deep(name)
    return sorted(glob.glob(name, recursive=True))


def no_match(name: str) -> str:
    """Why the pattern `name` gives nothing, with what its folder holds."""
    parts = Path(name).parts
    fixed = parts[: next(i for i, part in enumerate(parts) if is_pattern(part))]
    folder = Path(*fixed) if fixed else Path(".")
    if not folder.is_dir():
        return f"{name}: the pattern matches no file ({folder}/ does not exist)"
    kinds = Counter(
        "".join(path.suffixes[-2:]).lower() or "(no extension)"
        for path in folder.rglob("*")
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts)
    )
    held = ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())[:8])
    from curate.io.readable_kinds import readable_kinds

    return (
        f"{name}: the pattern matches no file; {folder}/ holds {held or 'no files'} "
        f"(give the folder itself to read every file curate can); {readable_kinds()}"
    )


def expand_home(name: str) -> str:
    """`~/news` given in quotes (a Makefile, a YAML file, a notebook's `!curate run "~/news"`),
    which no shell expanded: the home folder, as the shell would have made it. It was "no such
    file or directory" for an input, and a folder named `~` in the working folder for --out.
    A path that exists as written is left alone."""
    import os

    if not name.startswith("~") or Path(name).exists():
        return name
    return os.path.expanduser(name)
