"""Text files with no extension, as 20 Newsgroups ships its posts (`sci.space/61042`).

A folder of them stopped with "no readable input files ... ((no extension) 6)", and among other
files they were passed over with a count: the reader of text is chosen by `.txt`, and nothing
said that these files were text. A few are looked at; when they hold text, the run says so and
what makes them readable. They are not read as text unasked: a folder's `Makefile` or a
crawler's state file has no extension either. Classic Mac OS saved its files with no extension
too, in Mac Roman: their letters were no UTF-8, so they were said to hold no text and the run
gave no advice (session 51's newcomer round); a head that is no UTF-8 is decoded as a `.txt`
file's bytes are.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SAMPLE = 20  # files looked at: a glance, not a read of the corpus
HEAD = 4096
TOOLING = frozenset({"makefile", "dockerfile", "procfile", "gemfile", "pipfile", "jenkinsfile"})


def text_without_extension(skipped: Iterable[str]) -> str | None:
    """One line when skipped files with no extension hold text, else None."""
    from curate.io.skipped_hints import is_project_file

    bare = [
        name
        for name in skipped
        if not Path(name).suffix
        and Path(name).name.lower() not in TOOLING
        and not is_project_file(Path(name).name)
    ]
    texts = [name for name in bare[:SAMPLE] if _holds_text(Path(name))]
    if not texts:
        return None
    lines = [name for name in texts if _holds_json_lines(Path(name))]
    if lines and len(lines) == len(texts):  # Spark's `saveAsTextFile` of `json.dumps` rows
        return (
            f"{len(lines)} file(s) with no extension hold JSON Lines and were not read, e.g. "
            f"{lines[0]}: curate reads JSON Lines named .jsonl; give them that ending (or "
            "copies of them with it)"
        )
    said = (
        f"{len(texts)} file(s) with no extension hold text and were not read"
        if len(bare) <= SAMPLE
        else f"{len(bare)} file(s) with no extension were not read, and {len(texts)} of the "
        f"first {SAMPLE} hold text"
    )
    return (
        f"{said}, e.g. {texts[0]}: "
        "curate reads text files named .txt; give them that ending (or copies of them with it)"
    )


def _holds_text(path: Path) -> bool:
    """The file's first bytes are text: no NUL, and UTF-8 (or a legacy code page's letters)."""
    from curate.io.compressed import first_bytes

    head = first_bytes(path, HEAD)
    if head is None:
        return False
    if not head.strip() or b"\x00" in head:
        return False
    from curate.io.readers import binary_kind

    if binary_kind(head) is not None:
        return False
    text = head.decode("utf-8", errors="replace")
    if text.count("\ufffd") > 4:  # a legacy code page's: classic Mac OS saved no extension
        from curate.io.readers import decode

        decoded = decode(head)
        if isinstance(decoded, str):
            return False
        text = decoded[0]
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return printable >= 0.95 * len(text)


def _holds_json_lines(path: Path) -> bool:
    """The file's first line is a JSON object (`part-00000` of a Spark or Hadoop job): named
    `.txt`, as the advice for text said, each file would be one document of JSON."""
    import json

    try:
        with path.open("rb") as handle:
            first = handle.readline(HEAD).strip()
    except OSError:
        return False
    if not first.startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(first), dict)
    except (ValueError, RecursionError):
        return False
