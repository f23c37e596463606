"""Session 40's second newcomer round through the reader: titles kept one object down (the NYT
Article Search API's `headline.main`, a `meta` or `metadata` object, a front matter's
`headline:`), a `text` column of numbers beside the prose, an article's untyped paragraph
objects, and `.xht` / `.qmd` files."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, read_all, run_counted, texts_of

TITLES = [f"Harbour reopens after storm number {k}" for k in range(5)]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


# (row of the k-th article, beside its text): where a title is kept one object down
NESTED_TITLES = [
    ("nyt", lambda k: {"headline": {"main": TITLES[k], "kicker": None, "print_headline": "P"}}),
    ("title-main", lambda k: {"title": {"main": TITLES[k], "sub": "A subtitle"}}),
    ("meta", lambda k: {"meta": {"title": TITLES[k], "url": f"https://example.com/{k}"}}),
    ("meta-headline", lambda k: {"meta": {"headline": TITLES[k], "lang": "en"}}),
    ("metadata-headline", lambda k: {"metadata": {"Headline": TITLES[k]}}),
    ("metadata-nyt", lambda k: {"metadata": {"headline": {"main": TITLES[k]}}}),
]


@pytest.mark.parametrize(("shape", "row"), NESTED_TITLES, ids=[s for s, _ in NESTED_TITLES])
def test_a_title_one_object_down_is_the_document_s_title(tmp_path, shape, row):
    # each document had no title (the object was no string, `meta` was never looked in)
    texts = texts_of(5)
    path = _jsonl(
        tmp_path / "a.jsonl", [{"id": f"n{k}", **row(k), "text": texts[k]} for k in range(5)]
    )
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts
    assert [d.title for d in docs] == TITLES


@pytest.mark.parametrize("holder", ["meta", "metadata"])
def test_a_parquet_struct_s_title_is_the_document_s_title(tmp_path, holder):
    texts = texts_of(5)
    for key in ("title", "headline"):
        table = pa.table(
            {
                "id": [f"p{k}" for k in range(5)],
                "text": texts,
                holder: [{key: TITLES[k], "lang": "en"} for k in range(5)],
            }
        )
        path = tmp_path / f"{holder}-{key}.parquet"
        pq.write_table(table, path)
        docs = documents(read_all(path))
        assert [d.text for d in docs] == texts, key
        assert [d.title for d in docs] == TITLES, key


def test_a_title_beside_the_text_still_wins_over_one_object_down(tmp_path):
    texts = texts_of(3)
    rows = [
        {"title": TITLES[k], "meta": {"title": "Site name"}, "headline": {"main": "Other"}}
        | {"text": texts[k]}
        for k in range(3)
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.title for d in docs] == TITLES[:3]


def test_objects_with_no_title_in_them_give_none(tmp_path):
    # a `meta` of counts, a headline object without its `main`, two title names in one object
    texts = texts_of(3)
    rows = [
        {"meta": {"words": 120, "lang": "en"}, "text": texts[0]},
        {"headline": {"print_headline": None, "kicker": "Opinion"}, "text": texts[1]},
        {"meta": {"headline": "One", "post_title": "Two"}, "text": texts[2]},
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.text for d in docs] == texts
    assert [d.title for d in docs] == [None, None, None]


FRONT_MATTERS = [
    ("yaml-headline", "---\nheadline: {title}\ndate: 2024-01-02\n---\n\n"),
    ("yaml-Headline", '---\nlayout: post\nHeadline: "{title}"\n---\n\n'),
    ("yaml-post_title", "---\npost_title: {title}\n---\n\n"),
    ("json-headline", '---json\n{{"headline": "{title}"}}\n---\n\n'),
    ("hugo-json-headline", '{{\n  "headline": "{title}",\n  "draft": false\n}}\n\n'),
]


@pytest.mark.parametrize(("shape", "opening"), FRONT_MATTERS, ids=[s for s, _ in FRONT_MATTERS])
def test_a_front_matter_s_headline_is_the_markdown_file_s_title(tmp_path, shape, opening):
    # `headline:` in place of `title:`: the file had no title, or its first heading's
    texts = texts_of(3)
    for k in range(3):
        (tmp_path / f"post{k}.md").write_text(opening.format(title=TITLES[k]) + texts[k] + "\n")
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.source)
    assert [d.title for d in docs] == TITLES[:3]
    assert [d.text.strip() for d in docs] == texts[:3]


def test_a_front_matter_s_title_still_wins_and_a_name_is_no_title(tmp_path):
    # `name:` is a person's, a template's or a skill's as often as a page's: no title
    texts = texts_of(2)
    (tmp_path / "a.md").write_text(f"---\ntitle: {TITLES[0]}\nheadline: Sub\n---\n\n{texts[0]}\n")
    (tmp_path / "b.md").write_text(f"---\nname: Jane Roe\nrole: editor\n---\n\n{texts[1]}\n")
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.source)
    assert [d.title for d in docs] == [TITLES[0], None]


def test_titles_one_object_down_through_the_run(tmp_path):
    texts = texts_of(10)
    _jsonl(
        tmp_path / "nyt.jsonl",
        [{"headline": {"main": TITLES[k]}, "text": texts[k]} for k in range(5)],
    )
    _jsonl(
        tmp_path / "meta.jsonl",
        [{"meta": {"title": TITLES[k]}, "text": texts[k + 5]} for k in range(5)],
    )
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 10
    rows = [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl")) for line in f.open()]
    assert sorted(r["title"] for r in rows) == sorted(TITLES * 2)
