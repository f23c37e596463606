"""One path given alone is one input: `LocalEngine().run(pipe, "news/", "out")`.

The engines and `read_inputs` take a list of inputs. A path given alone, as a string, was
read as the list of its characters: `"/data/news"` walked `/` (the whole disk, for minutes,
before failing on `d: no such file or directory`), and `"news"` failed on `n: no such file
or directory`. A `Path` alone stopped with "'PosixPath' object is not iterable".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def input_list(inputs: str | os.PathLike[str] | Iterable[str | Path]) -> list[str | Path]:
    """`inputs` as a list: a string or a path alone is a list of that one input."""
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]  # type: ignore[list-item]
    if isinstance(inputs, bytes):
        return [os.fsdecode(inputs)]
    return list(inputs)
