"""A video's or a meeting's transcript as timed pieces: the whole transcript one document.

Three shapes a newcomer saves beside a news video or a council meeting's recording:
- `youtube-transcript-api` (`YouTubeTranscriptApi.get_transcript(id)` dumped with `json.dump`):
  `[{"text": "the harbour authority", "start": 0.0, "duration": 2.2}, ...]`, a caption's
  line an item. Each item was read as a document of its own (16 documents of five words);
- yt-dlp's `--sub-format json3` (`<title> [<id>].en.json3`): YouTube's own timed text,
  `{"wireMagic": "pb3", "events": [{"tStartMs", "dDurationMs", "segs": [{"utf8": ...}]}]}`,
  a cue's words in `segs` and line breaks as events of `"\\n"` alone. It was passed over;
- Whisper's `--output_format tsv` (`<audio>.tsv`): a `start<TAB>end<TAB>text` header, then
  times in milliseconds and a segment's words a row. Each row was read as a document.
Their pieces' words are joined in order into one text (a caption file's cues are: io.subtitles),
its id the file's. A file of such pieces and no words is skipped by kind.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NO_WORDS = "timed transcript without words"
JSON3 = ".json3"
TSV = ".tsv"
WHISPER_HEADER = b"start\tend\ttext"
SEGMENT_ITEM = re.compile(rb'\A\s*\[\s*\{\s*"(?:text|start|duration)"\s*:')
JSON3_HEAD = re.compile(rb'\A\s*\{\s*"wireMagic"\s*:\s*"pb3"')
MAX_BYTES = 256 * 1024 * 1024


def _pieces(value: Any) -> list[str] | None:
    """The words of each timed piece of `value` (see the module), or None when it is no such
    transcript."""
    if isinstance(value, list):  # youtube-transcript-api: every item text, start, duration
        if value and all(
            isinstance(item, dict)
            and isinstance(item.get("text"), str)
            and isinstance(item.get("start"), int | float)
            and isinstance(item.get("duration"), int | float)
            and len(item) <= 4
            for item in value
        ):
            return [item["text"] for item in value]
        return None
    if isinstance(value, dict) and isinstance(value.get("events"), list):  # yt-dlp's json3
        pieces = []
        for event in value["events"]:
            if not isinstance(event, dict) or "tStartMs" not in event:
                return None
            segs = event.get("segs") or []
            pieces.append("".join(s.get("utf8", "") for s in segs if isinstance(s, dict)))
        return pieces
    return None


def _whisper_rows(data: bytes) -> list[str] | None:
    """A Whisper `.tsv`'s segments' words, or None when it is none."""
    text = data.decode("utf-8-sig", errors="replace")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    if not rows or [c.strip() for c in rows[0]] != ["start", "end", "text"]:
        return None
    pieces = []
    for row in rows[1:]:
        if not row:
            continue
        if len(row) != 3 or not (row[0].strip().isdigit() and row[1].strip().isdigit()):
            return None
        pieces.append(row[2])
    return pieces


def _head(path: Path) -> bytes:
    from curate.io.json_exports import file_head

    return file_head(path).removeprefix(b"\xef\xbb\xbf")


def is_timed_transcript(path: Path) -> bool:
    """A transcript of timed pieces (see the module), by its name and content."""
    lower = path.name.lower()
    try:
        if lower.endswith(TSV):
            return _head(path).startswith(WHISPER_HEADER) and _loaded(path) is not None
        if lower.endswith(".json"):
            return bool(SEGMENT_ITEM.match(_head(path))) and _loaded(path) is not None
        if lower.endswith(JSON3):
            return bool(JSON3_HEAD.match(_head(path))) and _loaded(path) is not None
    except (OSError, ValueError, RecursionError):
        return False
    return False


def _loaded(path: Path) -> list[str] | None:
    if path.stat().st_size > MAX_BYTES:
        return None
    data = path.read_bytes()
    if path.name.lower().endswith(TSV):
        return _whisper_rows(data)
    return _pieces(json.loads(data))


def joined(pieces: list[str]) -> str:
    """The pieces' words in order, one text (a piece's own line breaks are spaces)."""
    return " ".join(" ".join(piece.split()) for piece in pieces if piece.strip())


def read_timed_transcript(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The transcript, one document (see the module)."""
    from curate.io.readers import Quarantined, Skipped, from_row
    from curate.io.settings import reader_settings

    try:
        pieces = _loaded(path)
    except (OSError, ValueError, RecursionError) as err:
        yield Quarantined(str(path), None, "malformed_json", f"{type(err).__name__}: {err}")
        return
    text = joined(pieces or [])
    if not text:
        yield Skipped(NO_WORDS)
        return
    row = {"id": base_id, "text": text}
    yield from_row(row, str(path), None, base_id, reader_settings(reader))
