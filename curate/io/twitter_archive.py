"""The tweets of a Twitter / X archive: `data/tweets.js`, a JSON array behind a line of script.

The archive Twitter (X) gives its users ("Download an archive of your data") holds its tweets
in `data/tweets.js` (`tweets-part1.js`, ... when large), each file a JavaScript assignment:

    window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1234", "full_text": "...", ...}}, ... ]

Such a file was passed over as a `.js` file, so a newcomer's Twitter dump gave nothing. A file
is told by its first bytes (`window.YTD.tweets.part0 = `, or the `tweet`, `note-tweet`,
`community-tweet` parts), not by its name; the archive's other parts (`like.js`,
`direct-messages.js`, `account.js`) are no tweets of its owner and stay passed over. Each item
is a record, the object under its one key (`tweet`) when it has one: its text `full_text` (or
`text`), its id its `id_str` (or `id`). An array that does not parse is one `malformed_json`
record naming the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SUFFIX = ".js"
HEAD = 256  # bytes: the assignment is the file's first line
# `window.YTD.tweets.part0 = `: the tweets' parts (no nested repeats)
OPENS = re.compile(rb"\s*window\.YTD\.(tweets?|note_tweet|community_tweet)\.part\d+\s*=\s*")
BOM = b"\xef\xbb\xbf"
TEXTS = ("full_text", "text", "core.text")  # a tweet's; a note tweet's text is in its `core`
IDS = ("id_str", "id", "noteTweetId")


def is_tweets_js(path: Path) -> bool:
    """A `.js` file opening with a tweets part's assignment (see the module)."""
    if not path.name.lower().endswith(SUFFIX):
        return False
    from curate.io.compressed import first_bytes

    head = first_bytes(path, HEAD)
    if head is None:
        return False
    return OPENS.match(head.removeprefix(BOM)) is not None


def read_tweets_js(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """One document a tweet (see the module), in the file's order."""
    import dataclasses

    from curate.io.fields import field_value
    from curate.io.readers import MAX_JSON_ARRAY_BYTES, Quarantined, from_row
    from curate.io.settings import reader_settings

    where = str(path)
    try:
        if path.stat().st_size > MAX_JSON_ARRAY_BYTES:
            why = f"a tweets file of more than {MAX_JSON_ARRAY_BYTES:,} bytes"
            yield Quarantined(where, None, "too_large", why)
            return
        data = path.read_bytes().removeprefix(BOM)
    except OSError as err:
        yield Quarantined(where, None, "unreadable", f"{type(err).__name__}: {err}")
        return
    opened = OPENS.match(data)
    try:
        items = json.loads(data[opened.end() :] if opened else data)
    except ValueError as err:  # a cut download, a file edited by hand
        yield Quarantined(where, None, "malformed_json", f"the tweets' array: {err}")
        return
    if not isinstance(items, list):
        yield Quarantined(where, None, "unsupported", "no array of tweets after its assignment")
        return
    settings = reader_settings(reader)
    for number, item in enumerate(items, 1):
        row = _record(item)
        text = next((name for name in TEXTS if field_value(row, name) is not None), TEXTS[0])
        found_id = next((name for name in IDS if row.get(name) is not None), IDS[0])
        named = dataclasses.replace(settings, text_field=text, id_field=found_id)
        yield from_row(row, where, number, f"{base_id}-{number}", named)


def _record(item: Any) -> dict[str, Any]:
    """`{"tweet": {...}}` -> the tweet; an object of several keys as it is."""
    if isinstance(item, dict) and len(item) == 1:
        (inner,) = item.values()
        if isinstance(inner, dict):
            return inner
    return item if isinstance(item, dict) else {"text": item}
