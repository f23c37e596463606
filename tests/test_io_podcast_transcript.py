"""A podcast's JSON transcript (Podcasting 2.0: `{"version", "segments": [{"speaker",
"startTime", "endTime", "body"}]}`) read an episode a document (io.podcast_transcript); each
segment was a document of its own (newcomer round 24)."""

from __future__ import annotations

import json

import pytest

from curate.io.podcast_transcript import is_podcast_transcript
from tests.newcomer_runs import documents, quarantined, read_all, run_counted

LINES = [
    "Good evening and welcome to the programme.",
    "The harbour authority approved a new ferry timetable on Monday.",
    "Thank you. Residents packed the town hall to protest the parking fees.",
]


def _transcript(speakers, times=("startTime", "endTime")):
    segments = [
        {"speaker": s, times[0]: 1.0 + 4 * i, times[-1]: 4.5 + 4 * i, "body": line}
        for i, (s, line) in enumerate(zip(speakers, LINES, strict=True))
    ]
    return {"version": "1.0.0", "segments": segments}


@pytest.mark.parametrize(
    "speakers, expected",
    [
        (["Host", "Host", "Host"], " ".join(LINES)),
        (["Host", "Host", "Guest"], f"{LINES[0]} {LINES[1]}\n\n{LINES[2]}"),
        ([None, None, None], " ".join(LINES)),  # no speakers named
    ],
)
def test_an_episodes_segments_are_one_document(tmp_path, speakers, expected):
    path = tmp_path / "in" / "episode-12.json"
    path.parent.mkdir()
    path.write_text(json.dumps(_transcript(speakers)))
    items = read_all(path.parent)
    assert [d.text for d in documents(items)] == [expected]
    assert not quarantined(items)
    report, _ = run_counted(str(path.parent), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 1


@pytest.mark.parametrize(
    "value",
    [
        {"segments": [{"body": LINES[0]}, {"body": LINES[1]}]},  # untimed: rows of a table
        {"segments": [{"text": LINES[0], "start": 0.0, "end": 1.0}], "text": LINES[0]},  # Whisper
        {"segments": []},
        [{"body": LINES[0], "startTime": 1}],
    ],
)
def test_json_of_no_podcast_transcript_is_not_one(tmp_path, value):
    path = tmp_path / "x.json"
    path.write_text(json.dumps(value))
    assert not is_podcast_transcript(path)
