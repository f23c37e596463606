"""`**` in an input pattern over a tree with linked folders, each real folder once.

Python's `glob("news/**/*.txt", recursive=True)` follows a linked folder every time it meets
it, so a link back up the tree (`news/2024/all -> ..`, as the folder walk of
`readers.walk_inputs` meets it too) is walked again inside itself until the path is too long
to resolve, forty levels down: every file was matched forty times over, and with two such links
the paths double at each level. `curate run "news/**/*.txt"` ran for minutes and more where
`curate run news` took a second. Here the tree under the pattern's fixed folder is walked as
the folder walk does (linked folders followed, a real folder once, a link up the tree not
followed), and each path is matched against the pattern, as `glob` matches it: `**` any number
of folders (none included), `*` and `?` within one name, `[...]` a class, and no wildcard
matching a name that starts with a dot.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

MARKS = "*?["


def expand_deep(name: str) -> list[str]:
    """The paths `name` (a pattern with `**`) matches, sorted, spelt from its fixed folder as
    `glob` spells them (`./news/...`; a folder with a trailing `/` for a pattern ending `/`)."""
    parts = name.split("/")
    folders_only = len(parts) > 1 and parts[-1] == ""  # `news/**/`: folders, as glob gives
    parts = parts[:-1] if folders_only else parts
    cut = next((i for i, part in enumerate(parts) if any(m in part for m in MARKS)), len(parts))
    fixed, rest = "/".join(parts[:cut]), tuple(parts[cut:])
    root = Path(fixed or ".") if cut else Path(".")
    if not rest or not root.is_dir():
        return []
    pattern = re.compile(_translate(rest))
    hidden_too = any(part.startswith(".") for part in rest)
    found: list[str] = [f"{fixed}/"] if cut and rest[-1] == "**" else []  # glob's `news/`
    walked: set[Path] = set()
    top = root.resolve()
    for folder, subfolders, names in os.walk(root, followlinks=True):
        real = Path(folder).resolve()
        if real in walked or (walked and top.is_relative_to(real)):
            subfolders.clear()  # read already, or a link up the tree (`up -> ..`)
            continue
        walked.add(real)
        subfolders[:] = sorted(d for d in subfolders if hidden_too or not d.startswith("."))
        here = Path(folder).relative_to(root)
        for entry in subfolders if folders_only else (*subfolders, *names):
            relative = (here / entry).as_posix()
            if pattern.fullmatch(relative):
                path = f"{fixed}/{relative}" if cut else relative
                found.append(path + "/" if folders_only else path)
    return sorted(found)


def _translate(parts: tuple[str, ...]) -> str:
    """A regular expression for the `/`-joined relative paths that `parts` match."""
    pieces = []
    for at, part in enumerate(parts):
        last = at == len(parts) - 1
        if part == "**":
            one = r"(?!\.)[^/]+"
            pieces.append(f"(?:{one}(?:/{one})*)?" if last else f"(?:{one}/)*")
            continue
        pieces.append(_name(part) + ("" if last else "/"))
    return "".join(pieces)


def _name(part: str) -> str:
    """One name's pattern: `*`, `?` and `[...]` within the name."""
    out = [] if part.startswith(".") else [r"(?!\.)"]
    at = 0
    while at < len(part):
        ch = part[at]
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[" and part.find("]", at + 2) != -1:  # `[]x]`: the first `]` is in it
            end = part.find("]", at + 2)
            inner = part[at + 1 : end]
            inner = "^" + inner[1:] if inner.startswith("!") else inner
            out.append("[" + inner.replace("\\", "\\\\") + "]")
            at = end
        else:
            out.append(re.escape(ch))
        at += 1
    return "".join(out)
