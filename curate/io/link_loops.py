"""A symbolic link that loops (`a -> b`, `b -> a`; `self -> self`) is named as one.

Named on the command line, such a link stopped the run with "a broken link (to b), no file"
while `b` stood right there: the user looked for a missing `b` that was not missing. The
message now follows the links and says they loop (`a -> b -> a`); in a folder such links are
counted as `link loop`, not `broken link`. A link to nothing is a broken link, as before.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

LINK_LOOP = "link loop"  # a skipped file's kind
MAX_SHOWN = 8  # links shown in a loop's chain (the kernel gives up after 40)


def loops(path: str | Path) -> bool:
    """The path is a link whose chain of links never reaches a file or folder."""
    try:
        os.stat(path)
    except OSError as err:
        return err.errno == errno.ELOOP
    return False


def loop_chain(path: str | Path) -> str:
    """`a -> b -> a`: the links followed from `path` until one comes again (or `MAX_SHOWN`)."""
    seen: list[str] = []
    here = os.path.abspath(path)
    shown = [str(path)]
    while here not in seen and len(seen) < MAX_SHOWN and os.path.islink(here):
        seen.append(here)
        target = os.readlink(here)
        shown.append(target)
        here = os.path.normpath(os.path.join(os.path.dirname(here), target))
    return " -> ".join(shown)


def broken_link_message(path: str | Path) -> str:
    """What a named link that reaches no file is: a loop, or a link to nothing."""
    if loops(path):
        return f"{path}: links that loop ({loop_chain(path)}), no file"
    return f"{path}: a broken link (to {os.readlink(path)}), no file"
