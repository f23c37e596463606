"""A LexisNexis text export (`1 of N DOCUMENTS` before each article) read an article a
document, its headline the title, header and trailer lines out (io.nexis_text). It was ONE
document of every article with their `BYLINE:`, `LENGTH:`, `LOAD-DATE:` lines (newcomer
round 24)."""

from __future__ import annotations

import pytest

from curate.io.nexis_text import is_nexis_export
from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TEXTS = texts_of(3)
HEADLINES = ["FERRY TIMETABLE APPROVED", "LATE FROST HITS ORCHARDS", "Museum opens next spring"]


def _article(n: int, total: int, body: str, headline: str, header: str) -> str:
    return (
        f"                               {n} of {total} DOCUMENTS\n\n\n"
        "                                  The Portville Gazette\n\n"
        "                             March 4, 2024 Monday\n"
        "                                Final Edition\n\n"
        f"{headline}\n\n{header}\n\n\n{body}\n\nA second paragraph of the story.\n\n\n"
        "LOAD-DATE: March 5, 2024\n\nLANGUAGE: ENGLISH\n\nPUBLICATION-TYPE: Newspaper\n\n"
        "                  Copyright 2024 The Portville Gazette\n"
        "                     All Rights Reserved\n\n\n"
    )


HEADERS = [
    "BYLINE: Jane Doe\n\nSECTION: NEWS; Pg. 4\n\nLENGTH: 412 words",
    "SECTION: LOCAL\n\nLENGTH: 88 words\n\nDATELINE: PORTVILLE",
    "LENGTH: 1203 words",
]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_each_article_is_a_document_with_its_headline(tmp_path, line_end, encoding):
    text = "".join(
        _article(n, 3, body, headline, header)
        for n, (body, headline, header) in enumerate(
            zip(TEXTS, HEADLINES, HEADERS, strict=True), start=1
        )
    )
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "Nexis_Export.txt").write_bytes(text.replace("\n", line_end).encode(encoding))
    items = read_all(folder)
    docs = documents(items)
    assert [d.text for d in docs] == [f"{t}\n\nA second paragraph of the story." for t in TEXTS]
    assert [d.title for d in docs] == HEADLINES
    assert len({d.id for d in docs}) == 3 and not quarantined(items)
    report, _ = run_counted(str(folder), "--out", str(tmp_path / "out"))
    assert report["counts"]["read"] == 3


NOT_EXPORTS = [
    "A report on the 3 of 4 DOCUMENTS the council released.\n\nIt went on.\n",
    "Intro.\n\n2 of 5 DOCUMENTS\n\nA page of a longer export cut before its first.\n",
    "Plain prose with BYLINE: in it.\nLENGTH: 3 words\n",
]


def test_a_text_of_no_export_stays_one_document(tmp_path):
    # a counter inside a sentence, a first counter other than 1, header words in prose
    assert not any(is_nexis_export(text) for text in NOT_EXPORTS)
    for k, text in enumerate(NOT_EXPORTS):
        (tmp_path / f"note{k}.txt").write_text(text)
    assert [d.text for d in documents(read_all(tmp_path))] == NOT_EXPORTS


def test_a_header_like_line_in_the_body_stays_in_the_text(tmp_path):
    # `SOURCE:` and `BODY:` lines of the story's own, far below the header
    body = f"{TEXTS[0]}\n\nSOURCE: the harbour authority's minutes.\n\nBODY: a quoted heading."
    path = tmp_path / "Nexis.txt"
    path.write_text(_article(1, 1, body, HEADLINES[0], HEADERS[0]))
    [doc] = documents(read_all(path))
    assert doc.text == f"{body}\n\nA second paragraph of the story."
    assert doc.title == HEADLINES[0]
