"""Session 39's newcomer inputs through the command line: the files a newcomer with a folder of
scraped news has first (a TSV of articles written by pandas or `csv.writer`, ...)."""

import csv
import io

import pytest

from tests.newcomer_runs import read_all, run_counted, texts_of

QUOTED_PARAGRAPHS = [
    # a paragraph opening with a quote: `""We will not back down,"" she said.` as written
    '"We will not back down," the minister said on Tuesday.\n\nThe vote is set for Friday.',
    # a quote inside the first line, closing at a later paragraph's start
    'Officials called it "a turning point\n\nfor the region" in a statement.',
    # CRLF inside the cell, a paragraph that is a quote alone, a tab inside the text
    'Crowds gathered.\r\n\r\n"Enough."\r\n\r\nThe mayor\tdid not answer "at once".',
]


def _tsv(rows, writer):
    if writer == "pandas":
        import pandas as pd

        return pd.DataFrame(rows).to_csv(sep="\t", index=False)
    buffer = io.StringIO()
    out = csv.writer(buffer, delimiter="\t", lineterminator=writer)
    out.writerow(list(rows[0]))
    out.writerows([list(row.values()) for row in rows])
    return buffer.getvalue()


@pytest.mark.parametrize("writer", ["pandas", "\n", "\r\n"])
def test_a_quoted_tsv_of_articles_over_several_lines_keeps_each_article_whole(tmp_path, writer):
    # a paragraph opening with a doubled quote was taken for a cell of text quotes: the file
    # was read unquoted, each article's later paragraphs quarantined as malformed rows (4
    # articles: read 46, quarantined 42, the 4 kept cut to their first paragraph)
    texts = texts_of(3)
    rows = [
        {"id": f"n{k}", "title": f"Story {k}", "text": f"{texts[k]}\n\n{QUOTED_PARAGRAPHS[k]}"}
        for k in range(3)
    ]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "news.tsv").write_bytes(_tsv(rows, writer).encode("utf-8"))
    read = {doc.id: doc.text for doc in read_all(folder)}
    assert read == {row["id"]: row["text"] for row in rows}
    report, _ = run_counted(folder, "--out", tmp_path / "out", "--workers", "1")
    assert report["counts"]["read"] == 3
    assert report["counts"]["quarantined"] == 0


@pytest.mark.parametrize(
    ("lines", "text_quotes"),
    [
        (['a\t"Yes," he said.\n'], True),  # a raw TSV: quotes are text
        (['a\t"two\n', 'lines" and more\n'], True),  # a quote closing inside a later line
        (['a\t"two\n', '""quoted"" line"\n', 'b\t"Hi," she said.\n'], True),
        (['a\t"two\n', '""quoted,"" she said."\n', "b\tplain\n"], False),
        (['a\t"He said ""yes"" and left."\tx\n'], False),
        (['a\t"""Hi,"" he said."\n', 'b\t""\n'], False),
        (['a\tplain "quoted" words\n'], False),  # a quote not opening its cell
    ],
)
def test_quotes_are_text_reads_a_quoted_cell_over_its_line_breaks(lines, text_quotes):
    from curate.io.table_header import quotes_are_text

    assert quotes_are_text(iter(["id\ttext\n", *lines])) is text_quotes
