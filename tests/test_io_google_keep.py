"""Google Keep's notes (Takeout) read a note a document (io.google_keep): newcomer round 23.
A checklist was a document an item, a text note's `.json` passed over and its `.html` twin
read with Keep's date line."""

from __future__ import annotations

import io
import json
import zipfile

from curate.io.google_keep import IN_TRASH, NO_TEXT, TWIN
from curate.io.readers import Skipped
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

A, B, C = texts_of(3)


def _note(title: str, **more) -> str:
    note = {"color": "DEFAULT", "isTrashed": False, "isPinned": False, "isArchived": False,
            "title": title, "userEditedTimestampUsec": 1704099600000000, **more}  # fmt: skip
    return json.dumps(note)


def _twin(title: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><div class='note'><div class='heading'>"
        f"Jan 1, 2024, 9:00:00 AM</div><div class='title'>{title}</div>"
        f"<div class='content'>{text}</div></div></body></html>"
    )


NOTES = {
    "Market.json": _note("Market", textContent=A),
    "Market.html": _twin("Market", A),
    "Shopping.json": _note(
        "Shopping",
        listContent=[
            {"text": "milk", "isChecked": False},
            {"text": "bread", "isChecked": True},
            {"text": "eggs", "isChecked": False},
        ],
    ),
    "2024-01-01T09_00_00.000+01_00.json": _note("", textContent=B, isArchived=True),
    "Old.json": _note("Old", textContent=C, isTrashed=True),
    "Photo.json": _note("Photo", textContent="", attachments=[{"filePath": "a.png"}]),
}


def test_a_note_is_a_document(tmp_path):
    keep = tmp_path / "Takeout" / "Keep"
    keep.mkdir(parents=True)
    for name, text in NOTES.items():
        (keep / name).write_text(text, encoding="utf-8")
    items = read_all(tmp_path)
    assert not quarantined(items)
    docs = documents(items)
    assert sorted((d.title or "", d.text) for d in docs) == sorted(
        [("Market", A), ("Shopping", "milk\nbread\neggs"), ("", B)]
    )
    skipped = sorted(i.kind for i in items if isinstance(i, Skipped))
    assert skipped == sorted([IN_TRASH, NO_TEXT, TWIN])
    assert read_all(keep / "Market.html") == [Skipped(TWIN)]


def test_a_zipped_takeout_is_read(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, text in NOTES.items():
            archive.writestr(f"Takeout/Keep/{name}", text)
    (tmp_path / "takeout-20240102.zip").write_bytes(buf.getvalue())
    texts = sorted(d.text for d in documents(read_all(tmp_path / "takeout-20240102.zip")))
    assert A in texts and B in texts and "milk\nbread\neggs" in texts and C not in texts


def test_curate_run_counts_the_skipped_notes(tmp_path):
    (tmp_path / "in").mkdir()
    for name in ("Market.json", "Old.json", "Photo.json"):
        (tmp_path / "in" / name).write_text(NOTES[name])
    report, _ = run_counted(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    counts = report["counts"]
    assert (counts["read"], counts["skipped"], counts.get("quarantined", 0)) == (3, 2, 0)
    assert counts["kept"] + counts["removed"] == 1
