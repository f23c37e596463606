"""Session 45's newcomer round: documents lost at the reader. An article kept as its title
beside a list of paragraph strings under a name of its own (`paragraphs`, `sentences`,
`text_blocks`, `articleParagraphs`): a file of two or three such rows was read from the title,
the article lost, one such row was quarantined, and a `.json` of one such article was read a
paragraph a document, its title lost (io.paragraph_objects.named_strings)."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of


def _rows_file(path, rows):
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
    elif path.suffix == ".json":
        path.write_text(json.dumps(rows[0] if len(rows) == 1 else rows))
    else:
        path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# ---- an article's paragraphs as strings beside its title -----------------------------------

LISTED = [  # (title's name, paragraphs' name)
    ("title", "paragraphs"),
    ("headline", "sentences"),
    ("title", "text_blocks"),
    ("Title", "articleParagraphs"),
    ("headline", "paras"),
    ("title", "story_parts"),
]


def _article(k: int, title: str, name: str) -> dict:
    return {"id": f"a{k}", title: f"Ferry timetable changes {k}", name: texts_of(3, start=5 * k)}


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet", ".json"])
@pytest.mark.parametrize("rows", [1, 2, 3])
@pytest.mark.parametrize(("title", "name"), LISTED)
def test_paragraph_strings_beside_a_title_are_the_article(tmp_path, suffix, rows, title, name):
    # 2-3 rows: the text was the title alone; 1 row: quarantined; a .json: a paragraph a doc
    written = [_article(k, title, name) for k in range(rows)]
    docs = documents(read_all(_rows_file(tmp_path / f"a{suffix}", written)))
    assert [d.text for d in docs] == ["\n\n".join(row[name]) for row in written]
    assert [d.title for d in docs] == [row[title] for row in written]
    assert all(d.labels.get("text_field") == name for d in docs)


LEFT = [  # a list beside a title that is no article's body: its strings read a document each
    {"title": "Saved posts", "tweets": texts_of(3)},  # a name of no paragraphs
    {"status": "ok", "texts": texts_of(3)},  # no title: a wrapper's texts
]


@pytest.mark.parametrize("value", LEFT)
def test_a_list_that_is_no_body_stays_records(tmp_path, value):
    docs = documents(read_all(_rows_file(tmp_path / "a.json", [value])))
    assert [d.text for d in docs] == texts_of(3)


def test_a_few_words_under_a_paragraphs_name_are_no_body(tmp_path):
    value = {"title": "Ferry timetable", "text_tags": ["ferry", "winter", "harbour"]}
    assert not documents(read_all(_rows_file(tmp_path / "a.json", [value])))


def test_a_table_of_many_rows_reads_its_paragraph_lists_as_before(tmp_path):
    written = [_article(k, "title", "paragraphs") for k in range(6)]
    docs = documents(read_all(_rows_file(tmp_path / "a.parquet", written)))
    assert [d.title for d in docs] == [row["title"] for row in written]


def test_a_run_over_three_such_rows_keeps_three_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _rows_file(folder / "a.jsonl", [_article(k, "headline", "paragraphs") for k in range(3)])
    report, _ = run_counted(folder, "--out", tmp_path / "out", "--overwrite")
    assert report["counts"]["kept"] == 3
    assert not quarantined(read_all(folder))
