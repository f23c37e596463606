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


def _story(number):
    """A headline over an article's paragraphs (test_newcomer_fields.article: distinct)."""
    from tests.test_newcomer_fields import article

    body = article(number)
    return f"Council Weighs Plan Number {number}\n\n{body}\n\n{article(number + 40)}"


@pytest.mark.parametrize(
    ("rule", "count", "ends"),
    [
        ("---", 3, "\n"),  # a scraper's `f.write(text + "\\n---\\n")`: a rule after each
        ("* * *", 4, ""),  # stories pasted into one text
        ("=" * 40, 3, "\r\n"),  # a Windows tool's, CRLF
        ("#####", 5, "\n"),
    ],
)
def test_a_txt_of_articles_parted_by_rules_is_read_an_article_a_document(
    tmp_path, rule, count, ends
):
    # it was ONE document of every article (3 articles: read 1, kept 1)
    stories = [_story(k) for k in range(count)]
    trailing = rule == "---"
    text = f"\n{rule}\n".join(stories) + (f"\n{rule}\n" if trailing else "\n")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "all.txt").write_bytes(text.replace("\n", ends or "\n").encode("utf-8"))
    docs = read_all(folder)
    assert [doc.id for doc in docs] == [f"all-{k}" for k in range(1, count + 1)]
    assert [doc.text.replace("\r\n", "\n") for doc in docs] == stories
    assert all(doc.labels["encoding"] == "utf-8" for doc in docs)
    report, _ = run_counted(folder, "--out", tmp_path / "out", "--workers", "1")
    assert report["counts"]["read"] == count
    # each article comes out as it does from a file of its own
    alone = tmp_path / "alone"
    alone.mkdir()
    for k, story in enumerate(stories, start=1):
        (alone / f"all-{k}.txt").write_text(story + "\n", encoding="utf-8")
    run_counted(alone, "--out", tmp_path / "out_alone", "--workers", "1")
    assert _kept_texts(tmp_path / "out") == _kept_texts(tmp_path / "out_alone")


def _kept_texts(out):
    import json

    rows = [json.loads(line) for path in (out / "jsonl").glob("*.jsonl") for line in path.open()]
    return {row["id"]: (row["title"], row["text"]) for row in rows}


@pytest.mark.parametrize("rule", ["=" * 40, "-" * 80, "#" * 30, "~" * 12])
def test_articles_without_headlines_parted_by_a_drawn_rule_are_a_document_each(tmp_path, rule):
    # `f.write(text + "\n" + "=" * 40 + "\n")`: a rule a program drew parts articles
    from tests.test_newcomer_fields import article

    bodies = [f"{article(k)}\n\n{article(k + 40)}" for k in range(3)]
    (tmp_path / "dump.txt").write_text(f"\n{rule}\n".join(bodies) + "\n", encoding="utf-8")
    docs = read_all(tmp_path / "dump.txt")
    assert [doc.text for doc in docs] == bodies
    # typed section breaks (`---`, `***`, `* * *`) over prose stay one text: a feature's parts
    for typed in ("---", "***", "* * *", "*" * 20):
        (tmp_path / "feature.txt").write_text(f"\n{typed}\n".join(bodies), encoding="utf-8")
        assert len(read_all(tmp_path / "feature.txt")) == 1, typed


FEATURE = ("The river was quiet that morning, and the boats lay still in the harbour. " * 8).strip()


@pytest.mark.parametrize(
    "text",
    [
        # two articles parted by one rule: one rule may part a text from its note
        f"{_story(1)}\n---\n{_story(2)}\n",
        # a feature's sections between `* * *`: a piece opens with prose, not a headline
        f"{_story(1)}\n\n* * *\n\n{FEATURE}\n\n* * *\n\n{FEATURE} Again.\n",
        # a piece too short to be an article (an editor's note, a signature)
        f"{_story(1)}\n---\nEditor's note\n\nCorrected on Monday.\n---\n{_story(2)}\n",
        # headings underlined (`Title` over `=====`) inside one text
        f"Part One\n========\n\n{FEATURE}\n\nPart Two\n========\n\n{FEATURE}\n\n"
        f"Part Three\n==========\n\n{FEATURE}\n",
        # headings underlined by a drawn rule longer than themselves: one text's sections
        "".join(f"Part {k}\n{'=' * 40}\n\n{FEATURE}\n\n" for k in range(4)),
        "".join(f"Section {k} in brief\n{'-' * 72}\n{FEATURE}\n\n" for k in range(5)),
        # rules of two forms
        f"{_story(1)}\n---\n{_story(2)}\n***\n{_story(3)}\n",
        # one wire story's sections under headings in capitals, parted as AP parts them
        f"{_story(1)}\n\n___\n\nHOW WILL THE MAYOR PLAY?\n\n{FEATURE}\n\n___\n\n"
        f"WHAT SAY THE VOTERS?\n\n{FEATURE}\n\n___\n\nWILL 2020 BE DIFFERENT?\n\n{FEATURE}\n",
        f"{_story(1)}\n---\nTHE COST\n{FEATURE}\n---\nTHE DELAYS\n{FEATURE}\n---\nTHE VOTE\n"
        f"{FEATURE}\n",
        # pages of one text parted by form feeds (pdftotext)
        f"{_story(1)}\f{_story(2)}\f{_story(3)}\n",
    ],
)
def test_a_txt_whose_rules_do_not_part_articles_stays_one_document(tmp_path, text):
    (tmp_path / "one.txt").write_text(text, encoding="utf-8")
    docs = read_all(tmp_path / "one.txt")
    assert [doc.id for doc in docs] == ["one"]
    assert docs[0].text == text


@pytest.mark.parametrize(
    ("rule", "encoding", "newline"),
    [("---", "utf-8", "\n"), ("=" * 40, "utf-8", "\r\n"), ("* * *", "utf-16", "\n")],
)
def test_a_dump_of_articles_too_large_to_read_whole_is_read_an_article_a_document(
    tmp_path, monkeypatch, rule, encoding, newline
):
    # a 12 MB `all_articles.txt` of a scraper's `---` after each article was quarantined
    # whole, with advice to read it a paragraph a document (each article's paragraphs apart)
    monkeypatch.setattr("curate.io.readers.MAX_DOCUMENT_CHARS", 4000)
    stories = [_story(k) for k in range(30)]
    text = "".join(f"{story}\n{rule}\n" for story in stories)
    assert len(text) > 4000 * 4
    path = tmp_path / "all_articles.txt"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    docs = read_all(path)
    assert [doc.id for doc in docs] == [f"all_articles-{k}" for k in range(1, 31)]
    assert [doc.text for doc in docs] == stories
    assert {doc.labels["encoding"] for doc in docs} == {
        "utf-8" if encoding == "utf-8" else "utf-16-le"
    }


@pytest.mark.parametrize(
    "part",
    [
        "\n\n",  # paragraphs alone: still the advice to read it a paragraph a document
        "\n---\n",  # rules over prose, no headlines: no articles told
    ],
)
def test_a_large_text_whose_rules_part_no_articles_is_still_quarantined(
    tmp_path, monkeypatch, part
):
    from tests.test_newcomer_fields import article

    monkeypatch.setattr("curate.io.readers.MAX_DOCUMENT_CHARS", 4000)
    path = tmp_path / "big.txt"
    path.write_text(part.join(article(k) for k in range(40)), encoding="utf-8")
    items = read_all(path)
    assert [item.kind for item in items] == ["too_large"]
    assert "--sample-by" in items[0].error


@pytest.mark.parametrize("rule", ["-" * 60, "=" * 20, "---"])
def test_articles_of_unbroken_lines_parted_by_rules_get_no_advice_to_read_a_line_each(
    tmp_path, rule
):
    # each article's paragraphs on lines of their own, no blank line: the run warned "read as
    # ONE document; if each line is a document, pass --sample-by line" though it read 25
    from tests.test_newcomer_fields import article

    lines = [
        f"Council Weighs Plan Number {k}\n{article(k)}\n{article(k + 40)}\n{article(k + 80)}\n"
        for k in range(25)
    ]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dump.txt").write_text(f"{rule}\n".join(lines), encoding="utf-8")
    report, text = run_counted(folder, "--out", tmp_path / "out", "--workers", "1")
    assert report["counts"]["read"] == 25
    assert "read as ONE document" not in text
    # without the rules the advice stands
    (folder / "dump.txt").write_text("".join(lines), encoding="utf-8")
    report, text = run_counted(folder, "--out", tmp_path / "out2", "--workers", "1")
    assert report["counts"]["read"] == 1
    assert "read as ONE document" in text


def test_a_dump_with_a_brief_an_empty_piece_and_a_stray_rule_is_still_read_an_article_each(
    tmp_path,
):
    # a real dump holds a brief and a page whose extraction failed; one such piece left the
    # whole file ONE document; a `***` inside an article is no rule of the dump's
    stories = [f"{_story(k)}\n(Reporting by Ana Ruiz; Editing by Tom Lee)" for k in range(8)]
    stories[2] = stories[2].replace("\n\n", "\n\n***\n\n", 1)
    pieces = [*stories[:4], "Photo gallery: the storm", "", *stories[4:]]
    (tmp_path / "dump.txt").write_text("".join(f"{p}\n---\n" for p in pieces), encoding="utf-8")
    docs = read_all(tmp_path / "dump.txt")
    assert [doc.text for doc in docs] == [*stories[:4], "Photo gallery: the storm", *stories[4:]]
    assert [doc.id for doc in docs] == [f"dump-{k}" for k in range(1, 10)]
    # too many short pieces: notes between an article's parts, the file stays whole
    notes = f"{_story(1)}\n---\nNote one\n---\nNote two\n---\n{_story(2)}\n---\n{_story(3)}\n"
    (tmp_path / "notes.txt").write_text(notes, encoding="utf-8")
    assert len(read_all(tmp_path / "notes.txt")) == 1


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("titulo", "texto"),
        ("Título", "cuerpo"),
        ("titular", "noticia"),
        ("titre", "contenu"),
        ("Titel", "Inhalt"),
        ("Überschrift", "artikel"),
        ("titolo", "testo"),
    ],
)
@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_a_title_column_named_in_another_language_is_the_title(tmp_path, title, text, suffix):
    # the text was read by its column's prose, the title lost (every document had none)
    import pandas as pd

    from tests.test_newcomer_fields import article

    titles = [f"Council Weighs Plan Number {k}" for k in range(4)]
    frame = pd.DataFrame({title: titles, text: [article(k) for k in range(4)]})
    path = tmp_path / f"noticias{suffix}"
    if suffix == ".jsonl":
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    elif suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        frame.to_parquet(path)
    docs = read_all(path)
    assert [doc.title for doc in docs] == titles
    assert [doc.text for doc in docs] == list(frame[text])
