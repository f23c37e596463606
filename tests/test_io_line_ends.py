"""Lines that end in a lone carriage return (classic Mac OS) in UTF-8 and UTF-16, with and
without a byte order mark (io.line_ends): each line split as its writer meant, paragraphs kept,
no character changed."""

from __future__ import annotations

import json

import pytest

from curate.io.line_ends import lone_cr_as_lf
from tests.newcomer_runs import documents, quarantined, read_all, run_counted

# `č` is U+010D (`0D 01` in UTF-16 LE), `ഫ` U+0D2B (`0D` its high byte): no byte 0x0D is a line end
PARAGRAPHS = [
    "Občané se sešli v úterý, aby projednali rozpočet pro školy a silnice.",
    "Residents asked about the harbour bridge, closed since the storm.",
    "ഫലം അടുത്ത മാസം പ്രഖ്യാപിക്കും, മേയർ പറഞ്ഞു.",
]
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be"]  # utf-16: with its mark


def _write(path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sample_by", ["paragraph", "line"])
def test_a_text_file_is_split_at_each_carriage_return(tmp_path, encoding, sample_by):
    path = tmp_path / "story.txt"
    _write(path, "\r\r".join(PARAGRAPHS) + "\r", encoding)
    items = read_all(path, reader={"sample_by": sample_by})
    assert [d.text for d in documents(items)] == PARAGRAPHS
    assert not quarantined(items)


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_paragraph_of_several_lines_stays_one(tmp_path, encoding):
    path = tmp_path / "story.txt"
    _write(path, "First line of it\rsecond line of it.\r\r" + PARAGRAPHS[0] + "\r", encoding)
    items = read_all(path, reader={"sample_by": "paragraph"})
    assert [d.text for d in documents(items)] == [
        "First line of it\nsecond line of it.",
        PARAGRAPHS[0],
    ]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("sample_by", ["document", "paragraph"])
def test_a_markdown_file_keeps_its_heading_and_text(tmp_path, encoding, sample_by):
    path = tmp_path / "story.md"
    _write(path, "# Budget talks\r\r" + "\r\r".join(PARAGRAPHS) + "\r", encoding)
    docs = documents(read_all(path, reader={"sample_by": sample_by}))
    if sample_by == "document":
        [doc] = docs
        assert doc.title == "Budget talks"
        assert doc.text.split("\n\n") == PARAGRAPHS
    else:
        assert [d.text for d in docs] == ["Budget talks", *PARAGRAPHS]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("kind", ["csv", "jsonl", "tsv"])
def test_a_table_or_json_lines_file_is_read_a_row_a_line(tmp_path, encoding, kind):
    path = tmp_path / f"rows.{kind}"
    if kind == "jsonl":
        lines = [json.dumps({"text": p}, ensure_ascii=False) for p in PARAGRAPHS]
    else:
        sep = "," if kind == "csv" else "\t"
        lines = [f"id{sep}text"] + [f'{k}{sep}"{p}"' for k, p in enumerate(PARAGRAPHS)]
    _write(path, "\r".join(lines) + "\r", encoding)
    items = read_all(path)
    assert [d.text for d in documents(items)] == PARAGRAPHS
    assert not quarantined(items)


def test_the_run_counts_every_paragraph(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "a.txt", "\r\r".join(PARAGRAPHS) + "\r", "utf-16")
    _write(folder / "b.md", "# Title\r\r" + "\r\r".join(PARAGRAPHS) + "\r", "utf-16-le")
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"), "--sample-by", "paragraph")
    assert report["counts"]["read"] == 7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\rb\r\rc", "a\nb\n\nc"),
        ("a\r\nb", "a\r\nb"),  # Windows' line ends are left as they are
        ("a\r\n\rb", "a\r\n\nb"),
        ("no line end", "no line end"),
    ],
)
def test_lone_cr_as_lf(text, expected):
    assert lone_cr_as_lf(text) == expected
