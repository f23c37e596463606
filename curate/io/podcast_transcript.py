"""A podcast's JSON transcript (Podcasting 2.0's `<podcast:transcript type="application/json">`):
the episode one document.

The file is `{"version": "1.0.0", "segments": [{"speaker": "Host", "startTime": 1.5,
"endTime": 5.0, "body": "Good evening."}, ...]}`, a timed cue a segment. Each segment was read
as a document of its own (`body` is a known text field), an episode cut into sentences. The
segments' words are joined in order, a speaker's run one paragraph, as a caption file's cues
are (io.subtitles).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SEGMENTS = re.compile(rb'"segments"\s*:\s*\[')
TIMES = ("startTime", "endTime")
NO_TEXT = "podcast transcript without words"


def _episode(value: Any) -> list[dict[str, Any]] | None:
    """[the transcript] when `value` is one (segments of timed `body` text), else None."""
    if not isinstance(value, dict) or not isinstance(value.get("segments"), list):
        return None
    segments = value["segments"]
    timed = all(
        isinstance(s, dict) and isinstance(s.get("body"), str) and any(t in s for t in TIMES)
        for s in segments
    )
    return [value] if segments and timed else None


def is_podcast_transcript(path: Path) -> bool:
    """A `.json` of a podcast's timed segments, by content."""
    from curate.io.json_exports import OBJECT, sniffed

    return sniffed(path, (OBJECT, SEGMENTS), _episode)


def transcript_text(segments: list[dict[str, Any]]) -> str:
    """The segments' words in order, a paragraph a speaker's run."""
    paragraphs: list[list[str]] = []
    speaker = object()
    for segment in segments:
        words = segment["body"].strip()
        if not words:
            continue
        if segment.get("speaker") != speaker or not paragraphs:
            paragraphs.append([])
            speaker = segment.get("speaker")
        paragraphs[-1].append(words)
    return "\n\n".join(" ".join(run) for run in paragraphs)


def read_podcast_transcript(path: Path, base_id: str, reader: Any = None) -> Iterator[Any]:
    """The episode's transcript, one document."""
    from curate.io.json_exports import read_rows

    def row_of(episode: dict[str, Any], number: int) -> dict[str, Any] | str:
        text = transcript_text(episode["segments"])
        return {"id": base_id, "text": text} if text else NO_TEXT

    yield from read_rows(path, reader, _episode, row_of)
