"""NUL bytes beside records (io.stray_lines `nul_pieces`, readers' `_nul_row`) and inside a
text (io.nul_bytes `nul_hole`): a crash's zero-filled blocks, a C string's terminator, an
interrupted download's hole."""

from __future__ import annotations

import json

import pytest

from curate.io.nul_bytes import nul_hole
from curate.io.stray_lines import nul_pieces
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(6)
LINES = [json.dumps({"id": f"d{k}", "text": t}).encode() for k, t in enumerate(TEXTS)]
BLOCK = b"\x00" * 4096


@pytest.mark.parametrize(
    ("data", "unwritten"),
    [
        # a crash's block, then the record written when the program ran again, on its line:
        # that record was `malformed_json` ("Expecting value: line 1 column 1")
        (b"\n".join(LINES[:3]) + b"\n" + BLOCK + b"\n".join(LINES[3:]) + b"\n", 1),
        (b"".join(line + b"\x00\n" for line in LINES), 0),  # a C string's terminator each
        (b"\x00".join(LINES) + b"\x00", 0),  # records separated by NULs alone
        (b"\n".join(LINES[:3]) + b"\n" + BLOCK + b"\n" + b"\n".join(LINES[3:]) + b"\n", 1),
        (b"\n".join(LINES) + b"\n" + BLOCK, 1),  # the file's end never written
    ],
)
def test_json_lines_beside_nul_bytes_are_read(tmp_path, data, unwritten):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(data)
    items = read_all(path)
    assert [d.text for d in documents(items)] == TEXTS
    quarantine = quarantined(items)
    assert len(quarantine) == unwritten
    for q in quarantine:
        assert q.kind == "truncated" and "4,096 NUL bytes in place of text" in q.error
        assert "never written" in q.error and q.line is not None


def test_a_nul_inside_a_string_stays_in_its_record(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"Report", b"Rep\x00ort") for line in LINES))
    assert nul_pieces(LINES[0].replace(b"Report", b"Rep\x00ort")) is None
    docs = documents(read_all(path))
    assert len(docs) == 6 and docs[0].text.startswith("Rep\x00ort")


def _rows(sep: str) -> list[bytes]:
    return [f"d{k}{sep}{t}\n".encode() for k, t in enumerate(TEXTS)]


@pytest.mark.parametrize("sep", [",", "\t"])
@pytest.mark.parametrize(
    "where",
    [
        lambda rows: b"".join(rows[:3]) + BLOCK + b"".join(rows[3:]),  # the next row on its line
        lambda rows: b"".join(rows[:3]) + BLOCK + b"\n" + b"".join(rows[3:]),
        lambda rows: b"".join(rows) + BLOCK,  # at the end: "a line break in an unquoted text?"
    ],
)
def test_a_table_beside_nul_bytes_keeps_its_rows_and_ids(tmp_path, sep, where):
    # the row after a block had the block in its id; a block alone was a row "ends before
    # 'text'; a line break in an unquoted text?"
    path = tmp_path / ("rows.csv" if sep == "," else "rows.tsv")
    path.write_bytes(f"id{sep}text\n".encode() + where(_rows(sep)))
    items = read_all(path)
    assert [(d.id, d.text) for d in documents(items)] == [(f"d{k}", t) for k, t in enumerate(TEXTS)]
    [q] = quarantined(items)
    assert q.kind == "truncated" and "4,096 NUL bytes in place of text" in q.error


@pytest.mark.parametrize("at", [1, 100, 300])
def test_a_text_with_a_hole_says_what_the_nuls_are(tmp_path, at):
    # it was "binary file (NUL bytes), not text", as an image is
    data = "\n\n".join(TEXTS).encode()
    path = tmp_path / "story.txt"
    path.write_bytes(data[:at] + BLOCK + data[at:])
    [item] = read_all(path)
    assert item.kind == "truncated" and f"from byte {at:,}" in item.error
    assert "never written" in item.error and "Download or write it again" in item.error


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(1, 32)) * 40 + BLOCK + b"text",  # other control bytes: binary
        b"a" * 257 + b"ustar\x00" + BLOCK,  # a tar's padding
        b"text\x00" * 5 + b"more",  # short NULs, no block
        b"\n\n".join(t.encode() for t in TEXTS),  # no NUL at all
    ],
)
def test_no_hole_in_other_bytes(data):
    assert nul_hole(data) is None


def test_a_run_counts_every_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_bytes(b"\n".join(LINES[:3]) + b"\n" + BLOCK + b"\n".join(LINES[3:]))
    (folder / "b.csv").write_bytes(b"id,text\n" + b"".join(_rows(","))[:-1] + b"\n" + BLOCK)
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 14  # 12 records, 2 blocks quarantined
    assert report["counts"]["quarantined"] == 2
