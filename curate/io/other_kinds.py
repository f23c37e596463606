"""A file that holds another kind of records than its name says: read as what it holds.

A download saved under the wrong name, `df.to_json(lines=True)` written to `articles.csv`, a
table exported as `rows.jsonl` by a tool that names every export so, a JSON array saved as
`.txt`: each was read by its name and lost every record. JSON Lines in a `.csv` was "no 'text'
or 'html' column in the header" (its first object the header), a `.csv` table in a `.jsonl`
one `malformed_json` record a line ("Expecting value"), a table in a `.json` "no JSON records",
and a JSON array in a `.txt` ONE document of JSON source. (JSON Lines in a `.txt` was read
already: io.json_lines_txt.)

The first character decides what to look for, and the file is read as the other kind only
when that reading finds records with the text (the text field, a known alias, or `html`): a
`.csv`, `.tsv` or `.txt` opening with `[` or `{` is read as JSON when it holds records; a
`.jsonl` or `.json` opening with neither is read as a table when its first line is a header
naming the text field. A file that is neither is read by its name, as before, and says what
it lacks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

HEAD_BYTES = 4096  # what is read to find the first character
JSON_OPENERS = ("[", "{")


def first_character(path: Path) -> str:
    """The file's first character that is not white space (a byte order mark aside), or ""."""
    from curate.io.compressed import READ_ERRORS, open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(HEAD_BYTES)
    except READ_ERRORS:
        return ""
    for bom, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            text = head[2 : len(head) - len(head) % 2].decode(encoding, errors="replace")
            return text.lstrip()[:1]
    return head.decode("utf-8-sig", errors="replace").lstrip()[:1]


def other_kind(
    path: Path,
    named: str,
    holds_json: Callable[[Path], bool],
    holds_table: Callable[[Path], bool],
) -> str | None:
    """ "json" or "table" when `path`, named as `named` ("table", "text", "jsonl", "json"),
    holds records of that other kind (see the module); else None. `holds_json` and
    `holds_table` tell whether the file read so finds records with the text."""
    first = first_character(path)
    if not first:
        return None
    # JSON Lines in a `.txt` are read already (io.json_lines_txt): an array is what is left
    if (named == "table" and first in JSON_OPENERS) or (named == "text" and first == "["):
        return "json" if holds_json(path) else None
    if named in ("jsonl", "json") and first not in (*JSON_OPENERS, '"'):
        return "table" if holds_table(path) else None
    return None
