"""`-` as an input: standard input, as `cat rows.jsonl | curate run - --out clean` means it;
and a pipe as an input: `curate run <(zcat rows.jsonl.gz)` gives `/dev/fd/63`, and a named
pipe (FIFO) in an input folder waited forever for a writer, the run silent.

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


def is_pipe(path: Path) -> bool:
    """A path that exists and is no regular file or folder: a pipe, a socket, a device (its
    reading could block forever, or never end)."""
    try:
        return path.exists() and not path.is_file() and not path.is_dir()
    except OSError:
        return False


def pipe_message(path: Path) -> str:
    return (
        f"{path}: a pipe, not a file (`<(zcat ...)`?); curate reads files: save it to one "
        "(`zcat rows.jsonl.gz > rows.jsonl`) or give the compressed file itself, which curate "
        "decompresses"
    )
