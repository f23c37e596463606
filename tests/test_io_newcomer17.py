"""Newcomer round 17's probes that lost or glued documents: `pdftotext`'s page breaks in
`--sample-by paragraph` / `line`, a `.txt` of `|`-separated rows."""

from __future__ import annotations

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(9)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252"])
@pytest.mark.parametrize("sample_by", ["paragraph", "line"])
@pytest.mark.parametrize(
    "page_end",
    ["\f", "\n\f", "\f\n", "\n\n\f\n"],  # pdftotext's, and the same with line ends around it
)
def test_a_page_break_ends_a_paragraph(tmp_path, encoding, sample_by, page_end):
    # `pdftotext` writes `\f` after each page: a page's last paragraph and the next page's
    # first were one unit, glued by it (9 paragraphs on 3 pages read as 7)
    pages = ["\n\n".join(TEXTS[i : i + 3]) for i in range(0, 9, 3)]
    path = tmp_path / "report.txt"
    path.write_bytes((page_end.join(pages) + page_end).encode(encoding))
    items = read_all(path, reader={"sample_by": sample_by})
    assert [d.text for d in documents(items)] == TEXTS
    assert not quarantined(items)


def test_a_paragraph_of_several_lines_stays_one_across_no_page_break(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("First line\nsecond line.\n\nNext one.\n")
    docs = documents(read_all(path, reader={"sample_by": "paragraph"}))
    assert [d.text for d in docs] == ["First line\nsecond line.", "Next one."]


@pytest.mark.parametrize(
    "row",
    [
        "{k}|{text}|world",  # id, text, label
        "{text}|{k}",  # text, id
        "world|{text}",  # label, text
    ],
)
def test_a_txt_of_pipe_rows_is_read_a_row_a_document(tmp_path, row):
    path = tmp_path / "train.txt"
    path.write_text("\n".join(row.format(k=k, text=t) for k, t in enumerate(TEXTS)) + "\n")
    docs = documents(read_all(path))
    assert [d.text for d in docs] == TEXTS
    report, _ = run_counted(str(path), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 9


@pytest.mark.parametrize(
    "text",
    [
        "| name | text |\n| --- | --- |\n| a | the council met on Tuesday |\n| b | it rained |\n",
        "Pipes | in a title line\nand prose | beside it\nthat goes on | and on\n",
    ],
)
def test_a_txt_with_pipes_in_prose_stays_one_document(tmp_path, text):
    path = tmp_path / "notes.txt"
    path.write_text(text)
    assert len(documents(read_all(path))) == 1
