"""Session 40's second newcomer round through the reader: titles kept one object down (the NYT
Article Search API's `headline.main`, a `meta` or `metadata` object, a front matter's
`headline:`), a `text` column of numbers beside the prose, an article's untyped paragraph
objects, and `.xht` / `.qmd` files."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

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


def _csv(path, rows):
    import csv

    with path.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


# (a `text` of numbers, the prose beside it under this name): a text of ids or counts
NUMBER_TEXTS = [
    ("ids", lambda k: 1000 + k, "body"),
    ("counts", lambda k: 3 * k, "content"),
    ("floats", lambda k: k / 4, "article"),
    ("prose-name", lambda k: 7 + k, "article_text"),
]
# a CSV's cells are strings: `00017` is a number there (a string column of Parquet stays a text)
NUMBER_CELLS = [("digit-strings", lambda k: f"{k:05d}", "body")]
WRITERS = [
    ("jsonl", lambda path, rows: _jsonl(path.with_suffix(".jsonl"), rows)),
    ("csv", lambda path, rows: _csv(path.with_suffix(".csv"), rows)),
    (
        "parquet",
        lambda path, rows: pq.write_table(pa.Table.from_pylist(rows), path.with_suffix(".parquet")),
    ),
]


NUMBER_CASES = [
    (*case, *writer)
    for case in NUMBER_TEXTS + NUMBER_CELLS
    for writer in WRITERS
    if case not in NUMBER_CELLS or writer[0] != "parquet"
]


@pytest.mark.parametrize(
    ("kind", "number", "field", "writer", "write"),
    NUMBER_CASES,
    ids=[f"{c[0]}-{c[3]}" for c in NUMBER_CASES],
)
def test_a_text_of_numbers_beside_the_prose_is_no_text(
    tmp_path, kind, number, field, writer, write
):
    # every row was quarantined ("must be a string, got int"), a CSV's `0`, `1` the texts
    texts = texts_of(5)
    rows = [{"text": number(k), "title": TITLES[k], field: texts[k]} for k in range(5)]
    write(tmp_path / "a", rows)
    items = read_all(tmp_path)
    docs = documents(items)
    assert not quarantined(items)
    assert [d.text for d in docs] == texts
    assert [d.title for d in docs] == TITLES


def test_a_text_of_numbers_then_text_or_with_no_prose_beside_stays_as_it_was(tmp_path):
    # a text column whose first rows are `42` and then sentences is a text column (short
    # answers); numbers with a title or a short note beside them are no other field's
    texts = texts_of(5)
    mixed = [{"text": "42", "body": texts[0]}] + [{"text": t, "body": "x"} for t in texts[1:]]
    path = _csv(tmp_path / "mixed.csv", mixed)
    assert [d.text for d in documents(read_all(path))] == ["42", *texts[1:]]
    alone = _jsonl(tmp_path / "alone.jsonl", [{"text": k, "title": TITLES[k]} for k in range(3)])
    assert len(quarantined(read_all(alone))) == 3 and not documents(read_all(alone))
    short = [
        {"text": k, "title": TITLES[k], "note": " ".join(texts[k].split()[:8])} for k in range(5)
    ]
    short = _jsonl(tmp_path / "short.jsonl", short)
    assert len(quarantined(read_all(short))) == 5
    two = [{"text": k, "body": texts[k], "content": texts[4 - k]} for k in range(3)]
    assert not documents(read_all(_jsonl(tmp_path / "two.jsonl", two)))


def test_a_text_of_numbers_through_the_run(tmp_path):
    texts = texts_of(10)
    _jsonl(tmp_path / "a.jsonl", [{"text": k, "body": texts[k]} for k in range(5)])
    _csv(tmp_path / "b.csv", [{"text": k, "body": texts[k + 5]} for k in range(5)])
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 10 and report["counts"]["quarantined"] == 0
    rows = [json.loads(line) for f in sorted((out / "jsonl").glob("*.jsonl")) for line in f.open()]
    assert sorted(r["text"] for r in rows) == sorted(texts)


def _paragraphs(k: int) -> list[str]:
    texts = texts_of(10)
    return [texts[k], texts[k + 5]]


# (field, a paragraph's object): untyped blocks under a name that says they are paragraphs
PARAGRAPH_ROWS = [
    ("paragraphs", lambda p: {"text": p}),
    ("Paragraphs", lambda p: {"content": p}),
    ("body_paragraphs", lambda p: {"text": p}),
    ("article_paragraphs", lambda p: {"value": p}),
]


@pytest.mark.parametrize(("field", "block"), PARAGRAPH_ROWS, ids=[f for f, _ in PARAGRAPH_ROWS])
def test_untyped_paragraphs_beside_a_title_are_the_article_s_body(tmp_path, field, block):
    # every row was quarantined ("if 'paragraphs' holds the text: --text-field paragraphs")
    rows = [
        {"id": f"a{k}", "title": TITLES[k], field: [block(p) for p in _paragraphs(k)]}
        for k in range(5)
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.text for d in docs] == ["\n\n".join(_paragraphs(k)) for k in range(5)]
    assert [d.title for d in docs] == TITLES


@pytest.mark.parametrize(("field", "block"), PARAGRAPH_ROWS, ids=[f for f, _ in PARAGRAPH_ROWS])
def test_one_article_of_untyped_paragraphs_in_a_json_file_is_one_document(tmp_path, field, block):
    # read a paragraph a document, its title lost
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": TITLES[0], field: [block(p) for p in _paragraphs(0)]}))
    [doc] = read_all(path)
    assert doc.text == "\n\n".join(_paragraphs(0)) and doc.title == TITLES[0]


def test_a_parquet_column_of_untyped_paragraphs_beside_a_title_is_the_body(tmp_path):
    table = pa.table(
        {
            "title": TITLES,
            "paragraphs": [[{"text": p} for p in _paragraphs(k)] for k in range(5)],
        }
    )
    pq.write_table(table, tmp_path / "a.parquet")
    docs = documents(read_all(tmp_path / "a.parquet"))
    assert [d.text for d in docs] == ["\n\n".join(_paragraphs(k)) for k in range(5)]
    assert [d.title for d in docs] == TITLES


def test_objects_of_a_text_under_another_name_or_without_a_title_keep_their_reading(tmp_path):
    # a post's comments are the same objects: only a paragraphs' name tells them; with no
    # title, or objects of more than a paragraph (a writer), or a chat's turns: as before
    texts = texts_of(5)
    cases = [
        [{"title": TITLES[k], "comments": [{"text": t}, {"text": t}]} for k, t in enumerate(texts)],
        [{"id": f"r{k}", "paragraphs": [{"text": t}, {"text": t}]} for k, t in enumerate(texts)],
        [
            {"title": TITLES[k], "paragraphs": [{"text": t, "author": "Jo"}]}
            for k, t in enumerate(texts)
        ],
        [
            {"title": TITLES[k], "paragraphs": [{"role": "user", "content": t}]}
            for k, t in enumerate(texts)
        ],
    ]
    for n, rows in enumerate(cases):
        items = read_all(_jsonl(tmp_path / f"{n}.jsonl", rows))
        assert len(quarantined(items)) == 5 and not documents(items), rows[0]
    path = tmp_path / "comments.json"  # a post's comments in a .json: still its records
    path.write_text(json.dumps({"title": TITLES[0], "comments": [{"text": t} for t in texts]}))
    assert [d.text for d in documents(read_all(path))] == texts


def test_untyped_paragraphs_through_the_run(tmp_path):
    rows = [
        {"title": TITLES[k], "paragraphs": [{"text": p} for p in _paragraphs(k)]} for k in range(5)
    ]
    _jsonl(tmp_path / "a.jsonl", rows)
    story = {
        "title": "One story of the drought",
        "paragraphs": [{"text": t} for t in texts_of(3, 20)],
    }
    (tmp_path / "story.json").write_text(json.dumps(story))
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["read"] == 6 and report["counts"]["kept"] == 6


XHT_PAGES = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html>',
    "<html>",
]


@pytest.mark.parametrize("opening", XHT_PAGES, ids=["xml", "doctype", "bare"])
def test_an_xht_page_is_read_as_xhtml_is(tmp_path, opening):
    # `.xht` (XHTML's short extension) was passed over as a skipped file
    texts = texts_of(2)
    for k in range(2):
        page = (
            f"{opening}<head><title>{TITLES[k]}</title></head><body><p>{texts[k]}</p></body></html>"
        )
        (tmp_path / f"page{k}.xht").write_text(page)
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.source)
    assert [d.title for d in docs] == TITLES[:2]
    assert [texts[k] in d.text for k, d in enumerate(docs)] == [True, True]


QUARTO = [
    ("a.qmd", '---\ntitle: "{title}"\nformat: html\n---\n\n{text}\n\n```{{python}}\nx = 1\n```\n'),
    (
        "b.Rmd",
        "---\ntitle: {title}\noutput: html_document\n---\n\n{text}\n\n```{{r}}\nx <- 1\n```\n",
    ),
    ("c.qmd", "# {title}\n\n{text}\n"),
]


@pytest.mark.parametrize(("name", "form"), QUARTO, ids=[n for n, _ in QUARTO])
def test_quarto_and_r_markdown_files_are_read_as_markdown_is(tmp_path, name, form):
    # `.qmd` and `.Rmd` were passed over as skipped files; read as `.md` (its code fences too)
    text = texts_of(1)[0]
    (tmp_path / name).write_text(form.format(title=TITLES[0], text=text))
    (tmp_path / "same.md").write_text(form.format(title=TITLES[0], text=text))
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.source)
    assert len(docs) == 2 and docs[0].title == TITLES[0] and text in docs[0].text
    assert (docs[0].text, docs[0].title) == (docs[1].text, docs[1].title)
