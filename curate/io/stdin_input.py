"""`-` as an input: standard input, as `cat rows.jsonl | curate run - --out clean` means it.

curate reads files: a document's id and its quarantine record name its file and line, and
`--resume` and `--workers` read a file again or in parts, which a pipe cannot be. `-` stopped
the run with "-: no such file or directory", as if a path were misspelt; it now says what to do.
"""

from __future__ import annotations

from pathlib import Path

STDIN = "-"


def is_stdin(raw: str | Path) -> bool:
    """An input named `-` that is no file of that name."""
    return str(raw) == STDIN and not Path(STDIN).exists()


def stdin_message() -> str:
    return (
        "-: curate does not read standard input; save it to a file and give that "
        "(`... > rows.jsonl`, then `curate run rows.jsonl --out DIR`): documents are named "
        "by their file and line, and --resume and --workers read the file again"
    )
