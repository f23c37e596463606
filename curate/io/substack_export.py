"""Substack's export index (`posts.csv`): no text of its own, skipped and counted by kind.

Substack's "Export your data" gives a zip of `posts.csv` beside `posts/<post_id>.html`, the
posts themselves. `posts.csv` holds each post's metadata (`post_id`, `post_date`,
`is_published`, `email_sent_at`, `type`, `audience`, `title`, `subtitle`, ...) and no text:
it was quarantined a row at a time with advice to read `--text-field type`, a column of codes
(`newsletter`, `podcast`), while the posts beside it were read. Its header tells it, whatever
the file is called; it is skipped as the export's index (`substack post index`), unless a
text field the run names stands in it (`--text-field subtitle` reads the subtitles).
"""

from __future__ import annotations

import csv
from pathlib import Path

SUBSTACK_INDEX = "substack post index"
# the columns every Substack export's `posts.csv` opens with
INDEX_COLUMNS = frozenset({"post_id", "post_date", "is_published", "type", "audience"})
HEAD = 4096


def is_substack_index(path: Path, text_fields: tuple[str, ...] = ()) -> bool:
    """Whether `path` is a Substack export's `posts.csv` holding none of `text_fields`."""
    from curate.io.compressed import open_binary

    try:
        with open_binary(path) as handle:
            head = handle.read(HEAD)
    except (OSError, EOFError, ValueError):
        return False
    first = head.decode("utf-8", "replace").lstrip("\ufeff").splitlines()[:1]
    if not first:
        return False
    columns = {name.strip() for name in next(csv.reader(first))}
    return INDEX_COLUMNS <= columns and not columns & set(text_fields)


def index_kind(name: str) -> str | None:
    """The kind of a skipped file that is Substack's index, else None (io.readers'
    `skipped_kinds`)."""
    path = Path(name)
    if not name.lower().endswith((".csv", ".csv.gz")) or not path.is_file():
        return None
    return SUBSTACK_INDEX if is_substack_index(path) else None
