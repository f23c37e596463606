"""Session 41's newcomer round through the reader and the run: Hugo's TOML front matter, the
code cells of Quarto and R Markdown reports, a page's address under another name or one
object down (OSCAR's and HPLT's too), a Parquet `text` of digit strings beside the prose, a
title beside the text one object down, Hugging Face's `metadata.csv` beside a folder of texts,
a front matter's `name:`, records under their ids, a `meta` stored as a string, a front
matter's address, date and writers (and one over a `.txt`), breaks written as `\\n`, a front
matter YAML refuses, and a `text` that is an object of its one text."""

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TITLES = [f"Harbour reopens after storm number {k}" for k in range(5)]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


def _rows_file(path, rows):
    """`rows` written as the file its suffix names: JSON Lines, Parquet or CSV."""
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    if path.suffix == ".jsonl":
        return _jsonl(path, rows)
    if path.suffix == ".parquet":
        pq.write_table(pa.Table.from_pylist(rows), path)
        return path
    with open(path, "w", newline="") as f:
        out = csv.DictWriter(f, fieldnames=list(rows[0]))
        out.writeheader()
        out.writerows(rows)
    return path


def _page(path, content):
    """The documents of one file written with `content` (bytes kept as written)."""
    path.write_bytes(content.encode())
    return documents(read_all(path))


def _published(out):
    files = sorted((out / "jsonl").glob("*.jsonl"))
    return [json.loads(line) for f in files for line in f.open(encoding="utf-8")]


# ---- Hugo's TOML front matter -------------------------------------------------------------

TOML_FORMS = [
    ("hugo-new", "+++\ntitle = '{title}'\ndate = 2024-03-01T10:00:00Z\ndraft = false\n+++\n"),
    ("headline", '+++\nheadline = "{title}"\ndate = 2024-03-01\n+++\n'),
    ("aligned", '+++\n  title   =   "{title}"\nslug    = "harbour"\n+++\n'),
    ("comment", '+++\ntitle = "{title}"  # the page\ntags = ["port", "storm"]\n+++\n'),
    ("quoted-key", '+++\n"title" = "{title}"\n+++\n'),
    ("before-table", '+++\ntitle = "{title}"\n\n[params]\ntitle = "Site"\nauthor = "X"\n+++\n'),
    ("toml-dashes", '---toml\ndescription = "A port"\ntitle = "{title}"\n---\n'),
]


@pytest.mark.parametrize(("shape", "form"), TOML_FORMS, ids=[s for s, _ in TOML_FORMS])
def test_a_toml_front_matter_gives_the_page_s_title(tmp_path, shape, form):
    # only `title = "..."` alone on its line was read: each of these pages had no title
    text = texts_of(1)[0]
    docs = _page(tmp_path / "a.md", form.format(title=TITLES[0]) + f"\n{text}\n")
    assert [(d.title, d.text) for d in docs] == [(TITLES[0], text)]


def test_a_toml_string_s_escapes_are_read_and_a_table_s_title_is_not_the_page_s(tmp_path):
    text = texts_of(1)[0]
    (tmp_path / "a.md").write_text(
        f'+++\ntitle = "Port \\"reopens\\" \\u2014 at last"\n+++\n{text}\n'
    )
    (tmp_path / "b.md").write_text(
        f'+++\ndate = 2024-03-01\n[params]\ntitle = "Site"\n+++\n{text}\n'
    )
    (tmp_path / "c.md").write_text(f"+++\ntitle = ''\nheadline = '{TITLES[1]}'\n+++\n{text}\n")
    docs = {d.id: d for d in documents(read_all(tmp_path))}
    assert docs["a"].title == 'Port "reopens" \u2014 at last'
    assert docs["b"].title is None
    assert docs["c"].title == TITLES[1]
    assert all(d.text == text for d in docs.values())


def test_toml_pages_through_the_run(tmp_path):
    texts = texts_of(len(TOML_FORMS))
    pages = tmp_path / "content"
    pages.mkdir()
    for k, (shape, form) in enumerate(TOML_FORMS):
        (pages / f"{shape}.md").write_text(form.format(title=TITLES[k % 5]) + f"\n{texts[k]}\n")
    out = tmp_path / "out"
    report, _ = run_counted(str(pages), "--out", str(out))
    assert report["counts"]["read"] == len(TOML_FORMS)
    rows = _published(out)
    assert sorted(r["title"] for r in rows) == sorted(TITLES[k % 5] for k in range(len(texts)))


# ---- Quarto, R Markdown and MyST code cells -----------------------------------------------

CELLS = [
    (
        "a.Rmd",
        "```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = TRUE)\nlibrary(dplyr)\n```",
    ),
    ("b.Rmd", "```{r}\nsummary(cars)\n```"),
    ("c.qmd", "```{python}\n#| echo: false\nimport pandas as pd\ndf = pd.read_csv('x.csv')\n```"),
    ("d.qmd", "~~~{ojs}\nviewof x = Inputs.range([0, 10])\n~~~"),
    ("e.md", "````{code-cell} ipython3\nprint('hello')\n````"),
    ("f.Rmd", "```{R, fig.width=7}\nplot(pressure)\n```"),
]


@pytest.mark.parametrize(("name", "cell"), CELLS, ids=[n for n, _ in CELLS])
def test_a_code_cell_is_no_article_text(tmp_path, name, cell):
    # the cell's code was kept between the paragraphs (`library(dplyr)`, `summary(cars)`)
    first, second = texts_of(2)
    form = (
        f'---\ntitle: "{TITLES[0]}"\noutput: html_document\n---\n\n{first}\n\n{cell}\n\n{second}\n'
    )
    (tmp_path / name).write_text(form)
    docs = documents(read_all(tmp_path / name))
    assert [(d.title, d.text) for d in docs] == [(TITLES[0], f"{first}\n\n{second}")]


def test_code_the_author_shows_and_prose_directives_stay(tmp_path):
    # a fence of no braces, a Pandoc class and MyST's `{note}` hold what the reader sees
    text = texts_of(1)[0]
    kept = [
        ("a.md", "```python\nprint('shown')\n```", "print('shown')"),
        ("b.qmd", "```{.r}\nmean(x)\n```", "mean(x)"),
        (
            "c.md",
            "```{note}\nThe harbour stays shut at night.\n```",
            "The harbour stays shut at night.",
        ),
    ]
    for name, block, inside in kept:
        (tmp_path / name).write_text(f"{text}\n\n{block}\n")
        docs = documents(read_all(tmp_path / name))
        assert [d.text for d in docs] == [f"{text}\n\n{inside}"], name


def test_an_unclosed_cell_runs_to_the_end(tmp_path):
    text = texts_of(1)[0]
    (tmp_path / "a.Rmd").write_text(f"{text}\n\n```{{r}}\nx <- 1\n\nplot(x)\n")
    assert [d.text for d in documents(read_all(tmp_path / "a.Rmd"))] == [text]


def test_reports_through_the_run(tmp_path):
    texts = texts_of(len(CELLS))  # texts_of repeats itself past 10 (dedup would remove them)
    reports = tmp_path / "reports"
    reports.mkdir()
    for k, (name, cell) in enumerate(CELLS):
        body = f"{texts[k]}\n\n{cell}\n\nThe figures are in the appendix.\n"
        (reports / name).write_text(f'---\ntitle: "{TITLES[k % 5]}"\n---\n\n{body}')
    out = tmp_path / "out"
    report, _ = run_counted(str(reports), "--out", str(out))
    assert report["counts"]["kept"] == len(CELLS)
    rows = _published(out)
    for row in rows:
        assert not any(
            mark in row["text"] for mark in ("library(", "print(", "plot(", "import ", "Inputs.")
        )


# ---- a page's address under another name or one object down -------------------------------

URLS = [f"https://news.example.com/2024/harbour-{k}" for k in range(5)]
URL_SHAPES = [
    ("link", lambda k: {"link": URLS[k]}),
    ("URL", lambda k: {"URL": URLS[k]}),
    ("source_url", lambda k: {"source_url": URLS[k], "source": "Reuters"}),
    ("webUrl", lambda k: {"webUrl": URLS[k]}),
    ("canonical_url", lambda k: {"canonical_url": URLS[k]}),
    ("article_url", lambda k: {"article_url": URLS[k]}),
    ("meta.url", lambda k: {"meta": {"url": URLS[k], "lang": "en"}}),
    ("meta.link", lambda k: {"meta": {"link": URLS[k]}}),
    ("metadata.source_url", lambda k: {"metadata": {"source_url": URLS[k], "dump": "CC"}}),
    ("metadata.URL", lambda k: {"metadata": {"URL": URLS[k]}}),
]


@pytest.mark.parametrize(("shape", "fields"), URL_SHAPES, ids=[s for s, _ in URL_SHAPES])
def test_a_page_s_address_under_another_name_is_the_source(tmp_path, shape, fields):
    # each document's source was its file (only `url` and `metadata.url` were read)
    texts = texts_of(5)
    path = _jsonl(tmp_path / "a.jsonl", [{"text": texts[k], **fields(k)} for k in range(5)])
    docs = documents(read_all(path))
    assert [d.text for d in docs] == texts
    assert [d.source for d in docs] == URLS


def test_an_address_beside_the_text_one_object_down_is_the_source(tmp_path):
    texts = texts_of(3)
    rows = [{"id": k, "doc": {"content": texts[k], "link": URLS[k]}} for k in range(3)]
    guardian = [
        {"webTitle": TITLES[k], "webUrl": URLS[k], "fields": {"bodyText": texts[k]}}
        for k in range(3)
    ]
    for name, written in (("doc", rows), ("guardian", guardian)):
        docs = documents(read_all(_jsonl(tmp_path / f"{name}.jsonl", written)))
        assert [(d.text, d.source) for d in docs] == list(zip(texts, URLS[:3], strict=True)), name


def test_url_first_then_the_order_of_the_names_and_no_address_no_source(tmp_path):
    texts = texts_of(4)
    rows = [
        {"text": texts[0], "url": URLS[0], "link": URLS[1]},
        {"text": texts[1], "canonical_url": URLS[2], "link": URLS[1]},
        {"text": texts[2], "link": "/news/harbour", "source": "Reuters"},
        {"text": texts[3], "meta": {"url": "n/a"}, "metadata": {"link": URLS[3]}},
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.source for d in docs] == [URLS[0], URLS[1], "Reuters", URLS[3]]


@pytest.mark.parametrize("holder", ["meta", "metadata"])
def test_a_parquet_struct_s_or_column_s_address_is_the_source(tmp_path, holder):
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = texts_of(5)
    for name in ("url", "link", "source_url"):
        table = pa.table({"text": texts, holder: [{name: URLS[k], "n": k} for k in range(5)]})
        pq.write_table(table, tmp_path / f"{name}.parquet")
        docs = documents(read_all(tmp_path / f"{name}.parquet"))
        assert [(d.text, d.source) for d in docs] == list(zip(texts, URLS, strict=True)), name
    pq.write_table(pa.table({"text": texts, "Link": URLS}), tmp_path / "column.parquet")
    assert [d.source for d in documents(read_all(tmp_path / "column.parquet"))] == URLS


def test_addresses_through_the_run(tmp_path):
    import csv

    texts = texts_of(10)
    _jsonl(tmp_path / "a.jsonl", [{"text": texts[k], "meta": {"url": URLS[k]}} for k in range(5)])
    with open(tmp_path / "b.csv", "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "text", "link"])
        writer.writerows([TITLES[k], texts[k + 5], URLS[k] + "?b"] for k in range(5))
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 10
    sources = sorted(r["source"] for r in _published(out))
    assert sources == sorted(URLS + [u + "?b" for u in URLS])


# ---- a Parquet or Arrow string column of digits named as a text is ----------------------

DIGITS = [
    ("padded", lambda k: f"{k:05d}"),
    ("ids", lambda k: str(1000 + k)),
    ("decimals", lambda k: f"{k * 1.5}"),
    ("thousands", lambda k: f"{k + 1},200"),
]
PROSE_NAMES = ["article", "body", "Story Text", "full_story"]


def _columnar(path, columns):
    import pyarrow as pa
    import pyarrow.feather as feather
    import pyarrow.parquet as pq

    table = pa.table(columns)
    if path.suffix == ".parquet":
        pq.write_table(table, path)
    else:
        feather.write_feather(table, path)
    return path


@pytest.mark.parametrize("suffix", [".parquet", ".arrow"])
@pytest.mark.parametrize(("kind", "digits"), DIGITS, ids=[k for k, _ in DIGITS])
def test_a_text_of_digit_strings_beside_the_prose_is_no_text(tmp_path, suffix, kind, digits):
    # a Parquet `text` of strings "01042" was read as the texts (an integer column was not)
    texts = texts_of(5)
    for name in PROSE_NAMES:
        columns = {"text": [digits(k) for k in range(5)], "title": TITLES, name: texts}
        path = _columnar(tmp_path / f"{name}{suffix}", columns)
        items = read_all(path)
        assert not quarantined(items)
        docs = documents(items)
        assert [d.text for d in docs] == texts, name
        assert [d.title for d in docs] == TITLES, name


def test_a_known_text_name_of_digit_strings_is_no_text_either(tmp_path):
    # `content` of counts and the prose under a name no list holds
    texts = texts_of(5)
    columns = {"id": [str(k) for k in range(5)], "content": ["300", "41", "7", "12", "9"]}
    path = _columnar(tmp_path / "a.parquet", columns | {"Story Text": texts})
    assert [d.text for d in documents(read_all(path))] == texts


def test_digit_strings_alone_or_before_prose_keep_their_reading(tmp_path):
    texts = texts_of(5)
    alone = _columnar(tmp_path / "alone.parquet", {"text": ["1", "2", "3"], "n": [1, 2, 3]})
    assert [d.text for d in documents(read_all(alone))] == ["1", "2", "3"]
    mixed = {"text": ["42", *texts[1:]], "body": ["x"] * 5}
    assert [d.text for d in documents(read_all(_columnar(tmp_path / "m.parquet", mixed)))] == [
        "42",
        *texts[1:],
    ]
    short = {"text": [str(k) for k in range(5)], "note": ["a short note"] * 5}
    docs = documents(read_all(_columnar(tmp_path / "short.parquet", short)))
    assert [d.text for d in docs] == [str(k) for k in range(5)]


def test_digit_strings_through_the_run(tmp_path):
    texts = texts_of(10)
    _columnar(tmp_path / "a.parquet", {"text": [f"{k:04d}" for k in range(5)], "body": texts[:5]})
    _columnar(tmp_path / "b.arrow", {"text": [str(k) for k in range(5)], "article": texts[5:]})
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 10 and report["counts"]["quarantined"] == 0
    assert sorted(r["text"] for r in _published(out)) == sorted(texts)


# ---- a title beside the text one object down, under another name --------------------------

INNER_TITLES = [
    ("article.body", lambda k, t: {"article": {"headline": TITLES[k], "body": t}}),
    ("data.content", lambda k, t: {"id": k, "data": {"Headline": TITLES[k], "content": t}}),
    ("post.content", lambda k, t: {"post": {"post_title": TITLES[k], "content": t}}),
    ("item.story", lambda k, t: {"item": {"story_title": TITLES[k], "story": t, "n": k}}),
    ("doc.texto", lambda k, t: {"doc": {"titulo": TITLES[k], "text": t}}),
]


@pytest.mark.parametrize(("shape", "row"), INNER_TITLES, ids=[s for s, _ in INNER_TITLES])
def test_a_title_beside_the_text_one_object_down_under_another_name(tmp_path, shape, row):
    # the text was read one object down, its `headline` beside it dropped: no title
    texts = texts_of(5)
    path = _jsonl(tmp_path / "a.jsonl", [row(k, texts[k]) for k in range(5)])
    docs = documents(read_all(path))
    assert [(d.text, d.title) for d in docs] == list(zip(texts, TITLES, strict=True))


def test_a_title_at_the_top_wins_and_two_names_give_none(tmp_path):
    texts = texts_of(2)
    rows = [
        {"title": TITLES[0], "article": {"headline": "Inner", "body": texts[0]}},
        {"article": {"headline": "One", "post_title": "Two", "body": texts[1]}},
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert [d.title for d in docs] == [TITLES[0], None]
    assert [d.text for d in docs] == texts


def test_inner_titles_through_the_run(tmp_path):
    texts = texts_of(5)
    _jsonl(tmp_path / "a.jsonl", [INNER_TITLES[0][1](k, texts[k]) for k in range(5)])
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 5
    assert sorted(r["title"] for r in _published(out)) == TITLES


# ---- a folder's metadata.csv naming its text files (Hugging Face's folder layout) ---------


def _metadata(folder, rows, form):
    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    if form == "csv":
        with open(folder / "metadata.csv", "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif form == "jsonl":
        _jsonl(folder / "metadata.jsonl", rows)
    else:
        pq.write_table(pa.Table.from_pylist(rows), folder / "metadata.parquet")


FOLDER_FORMS = [
    ("csv", "file_name", lambda k: f"{k:03d}.txt"),
    ("jsonl", "file_name", lambda k: f"{k:03d}.txt"),
    ("parquet", "file_name", lambda k: f"{k:03d}.txt"),
    ("csv", "filename", lambda k: f"./{k:03d}.txt"),
    ("csv", "file_name", lambda k: f"articles/{k:03d}.md"),
]


@pytest.mark.parametrize(
    ("form", "column", "name"), FOLDER_FORMS, ids=[f"{f}-{c}-{n(0)}" for f, c, n in FOLDER_FORMS]
)
def test_a_folder_s_metadata_table_gives_its_files_titles_and_sources(tmp_path, form, column, name):
    # each text had no title and its file as source, and metadata.csv was read as documents
    texts = texts_of(3)
    for k in range(3):
        path = tmp_path / name(k)
        path.parent.mkdir(exist_ok=True)
        path.write_text(texts[k])
    rows = [
        {column: name(k), "title": TITLES[k], "url": URLS[k], "date": "2024-03-01"}
        for k in range(3)
    ]
    _metadata(tmp_path, rows, form)
    items = read_all(tmp_path)
    docs = sorted(documents(items), key=lambda d: d.text)
    assert not quarantined(items)
    assert [(d.text, d.title, d.source) for d in docs] == list(
        zip(texts, TITLES[:3], URLS[:3], strict=True)
    )


def test_a_table_naming_no_input_or_of_no_file_column_is_read_as_before(tmp_path):
    texts = texts_of(3)
    for k in range(3):
        (tmp_path / f"{k}.txt").write_text(texts[k])
    rows = [{"file_name": f"other-{k}.txt", "title": TITLES[k], "text": texts[k]} for k in range(3)]
    _metadata(tmp_path, rows, "jsonl")  # names no input: a table of its own, read
    docs = documents(read_all(tmp_path))
    assert len(docs) == 6 and all(d.title is None for d in docs if d.id.isdigit())


def test_a_sidecar_of_its_own_wins_over_the_folder_s_row(tmp_path):
    texts = texts_of(2)
    for k in range(2):
        (tmp_path / f"{k}.txt").write_text(texts[k])
    (tmp_path / "0.json").write_text(json.dumps({"title": "Own title", "url": URLS[4]}))
    _metadata(tmp_path, [{"file_name": f"{k}.txt", "title": TITLES[k]} for k in range(2)], "csv")
    docs = {d.id: d for d in documents(read_all(tmp_path))}
    assert sorted(docs) == ["0", "1"]
    assert (docs["0"].title, docs["0"].source) == ("Own title", URLS[4])
    assert docs["1"].title == TITLES[1]


def test_a_folder_s_metadata_through_the_run(tmp_path):
    texts = texts_of(4)
    folder = tmp_path / "news"
    folder.mkdir()
    for k in range(4):
        (folder / f"{k:03d}.txt").write_text(texts[k])
    rows = [{"file_name": f"{k:03d}.txt", "title": TITLES[k], "url": URLS[k]} for k in range(4)]
    _metadata(folder, rows, "csv")
    out = tmp_path / "out"
    report, words = run_counted(str(folder), "--out", str(out))
    assert report["counts"]["read"] == 4 and report["counts"]["kept"] == 4
    assert report["sidecars_joined"] == 4 and "sidecars: 4" in words
    published = sorted(_published(out), key=lambda r: r["id"])
    assert [(r["title"], r["source"]) for r in published] == list(
        zip(TITLES[:4], URLS[:4], strict=True)
    )


# ---- a front matter's `name:` when it names the page ---------------------------------------

PAGE_NAMES = [
    "Harbour reopens after storm",
    "Council approves $14 million road budget",
    "Why the ferry stopped running?",
    "Flood Warnings Issued For Three Counties Tonight",
    "What changes in April, and why",
]
NOT_PAGE_NAMES = [
    "Jane Roe",
    "Maria de la Cruz",
    "Ana María López",
    "Mohammed bin Salman Al Saud",
    "Dr. Amina Yusuf",
    "default",
    "pdf-processing",
    "Article Layout",
]
FRONT_FORMS = [
    ("yaml", "---\nname: {name}\ndate: 2024-03-01\n---\n"),
    ("yaml-quoted", '---\nname: "{name}"\ntags: [port]\n---\n'),
    ("toml", '+++\nname = "{name}"\n+++\n'),
    ("json", '{{\n  "name": "{name}",\n  "draft": false\n}}\n'),
]


@pytest.mark.parametrize(("form", "head"), FRONT_FORMS, ids=[f for f, _ in FRONT_FORMS])
def test_a_name_that_reads_as_a_headline_is_the_page_s_title(tmp_path, form, head):
    # `name:` was never read: each such page had no title
    texts = texts_of(len(PAGE_NAMES) + len(NOT_PAGE_NAMES))
    names = PAGE_NAMES + NOT_PAGE_NAMES
    for k, name in enumerate(names):
        (tmp_path / f"{k:02d}.md").write_text(head.format(name=name) + f"\n{texts[k]}\n")
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.id)
    assert [d.text for d in docs] == texts
    assert [d.title for d in docs] == PAGE_NAMES + [None] * len(NOT_PAGE_NAMES)


def test_a_name_beside_a_person_s_keys_or_a_title_is_no_title(tmp_path):
    text = texts_of(1)[0]
    forms = {
        "role": f"---\nname: {PAGE_NAMES[0]}\nrole: editor\n---\n",
        "email": f"---\nname: {PAGE_NAMES[1]}\nemail: x@example.com\n---\n",
        "title": f"---\ntitle: {TITLES[0]}\nname: {PAGE_NAMES[2]}\n---\n",
        "skill": "---\nname: pdf-processing\ndescription: Extract text and tables from PDFs\n---\n",
    }
    for key, head in forms.items():
        (tmp_path / f"{key}.md").write_text(head + f"\n{text}\n")
    titles = {d.id: d.title for d in documents(read_all(tmp_path))}
    assert titles == {"role": None, "email": None, "title": TITLES[0], "skill": None}


def test_page_names_through_the_run(tmp_path):
    texts = texts_of(len(PAGE_NAMES))
    for k, name in enumerate(PAGE_NAMES):
        (tmp_path / f"{k}.md").write_text(f"---\nname: {name}\n---\n\n{texts[k]}\n")
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == len(PAGE_NAMES)
    assert sorted(r["title"] for r in _published(out)) == sorted(PAGE_NAMES)


# ---- a .json of records under their ids -----------------------------------------------------

KEYED = [
    ("ids", lambda k: f"art-{k}"),
    ("urls", lambda k: URLS[k]),
    ("numbers", lambda k: str(1000 + k)),
]


@pytest.mark.parametrize(("kind", "key"), KEYED, ids=[k for k, _ in KEYED])
def test_records_under_their_ids_keep_them(tmp_path, kind, key):
    # the same keys in every record (pandas' orient="index" shape) gave ids `a-1`, `a-2`;
    # one key more or less kept them (io.keyed_records)
    texts = texts_of(4)
    value = {key(k): {"title": TITLES[k], "text": texts[k]} for k in range(4)}
    (tmp_path / "a.json").write_text(json.dumps(value))
    docs = documents(read_all(tmp_path / "a.json"))
    assert [(d.id, d.text, d.title) for d in docs] == [
        (key(k), texts[k], TITLES[k]) for k in range(4)
    ]


def test_a_frame_s_own_ids_a_default_index_and_an_id_column_keep_their_reading(tmp_path):
    import pandas as pd

    texts = texts_of(3)
    frame = pd.DataFrame({"doc": ["d1", "d2", "d3"], "title": TITLES[:3], "text": texts})
    frame.set_index("doc").to_json(tmp_path / "indexed.json", orient="index")
    docs = documents(read_all(tmp_path / "indexed.json"))
    assert [d.id for d in docs] == ["d1", "d2", "d3"]
    frame.to_json(tmp_path / "range.json", orient="index")  # "0", "1", "2": no document's
    assert [d.id for d in documents(read_all(tmp_path / "range.json"))] == [
        "range-1",
        "range-2",
        "range-3",
    ]
    value = {f"k{k}": {"id": f"own{k}", "text": texts[k]} for k in range(3)}
    (tmp_path / "own.json").write_text(json.dumps(value))
    assert [d.id for d in documents(read_all(tmp_path / "own.json"))] == ["own0", "own1", "own2"]


# ---- a `meta` stored as a string of the object (RedPajama) -------------------------------

META_STRINGS = [
    ("python-repr", "meta", lambda k: str({"url": URLS[k], "title": TITLES[k], "source": "c4"})),
    ("json", "meta", lambda k: json.dumps({"url": URLS[k], "title": TITLES[k]})),
    ("json-metadata", "metadata", lambda k: json.dumps({"url": URLS[k], "headline": TITLES[k]})),
    ("spaced", "meta", lambda k: "  " + str({"title": TITLES[k], "link": URLS[k]}) + "\n"),
]


@pytest.mark.parametrize("writer", ["jsonl", "parquet", "csv"])
@pytest.mark.parametrize(("kind", "holder", "meta"), META_STRINGS, ids=[m[0] for m in META_STRINGS])
def test_a_meta_string_of_an_object_gives_the_title_and_source(
    tmp_path, writer, kind, holder, meta
):
    # the object was a string: no title, the file as source

    texts = texts_of(5)
    rows = [{"text": texts[k], holder: meta(k)} for k in range(5)]
    path = _rows_file(tmp_path / f"a.{writer}", rows)
    docs = documents(read_all(path))
    assert [(d.text, d.title, d.source) for d in docs] == list(
        zip(texts, TITLES, URLS, strict=True)
    )


def test_a_meta_string_of_no_object_stays_and_runs_no_code(tmp_path):
    texts = texts_of(4)
    rows = [
        {"text": texts[0], "meta": "news"},
        {"text": texts[1], "meta": "{not an object"},
        {"text": texts[2], "meta": "{__import__('os').system('echo x')}"},
        {"text": texts[3], "meta": "{'url': " + "[" * 500 + "]" * 500 + "}"},
    ]
    items = read_all(_jsonl(tmp_path / "a.jsonl", rows))
    docs = documents(items)
    assert [d.text for d in docs] == texts and not quarantined(items)
    assert all(d.title is None and d.source.endswith("a.jsonl") for d in docs)


def test_meta_strings_through_the_run(tmp_path):
    texts = texts_of(5)
    rows = [{"text": texts[k], "meta": META_STRINGS[0][2](k)} for k in range(5)]
    _jsonl(tmp_path / "a.jsonl", rows)
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 5
    published = _published(out)
    assert sorted((r["title"], r["source"]) for r in published) == list(
        zip(TITLES, URLS, strict=True)
    )


# ---- a front matter's address, date and writers; a front matter over a .txt ----------------

PAGE_FIELDS = [
    ("yaml", "---\ntitle: {title}\ndate: 2024-03-0{day}\nauthor: Jane Roe\nurl: {url}\n---\n"),
    (
        "yaml-list",
        "---\ntitle: '{title}'\ndate: 2024-03-0{day}T09:30:00Z\nauthors: [Jane Roe]\n"
        "source_url: {url}\n---\n",
    ),
    (
        "toml",
        '+++\ntitle = "{title}"\ndate = 2024-03-0{day}T09:30:00Z\nauthor = "Jane Roe"\n'
        'canonical_url = "{url}"\n+++\n',
    ),
    (
        "json",
        '{{\n  "title": "{title}",\n  "date": "2024-03-0{day}",\n  "author": "Jane Roe",\n'
        '  "link": "{url}"\n}}\n',
    ),
]


@pytest.mark.parametrize(("form", "head"), PAGE_FIELDS, ids=[f for f, _ in PAGE_FIELDS])
def test_a_front_matter_s_address_date_and_writer_reach_the_document(tmp_path, form, head):
    # the title alone was read: source the file, no date, no writer
    texts = texts_of(3)
    for k in range(3):
        page = head.format(title=TITLES[k], day=k + 1, url=URLS[k])
        (tmp_path / f"{k}.md").write_text(page + f"\n{texts[k]}\n")
    docs = sorted(documents(read_all(tmp_path)), key=lambda d: d.id)
    assert [(d.text, d.title, d.source) for d in docs] == list(
        zip(texts, TITLES, URLS, strict=False)
    )
    for k, doc in enumerate(docs):
        metadata = doc.labels["page_metadata"]
        assert metadata["date"].startswith(f"2024-03-0{k + 1}")
        assert metadata["structured_authors"] == ["Jane Roe"]


def test_a_path_is_no_source_and_a_front_matter_of_no_page_fields_adds_none(tmp_path):
    text = texts_of(1)[0]
    (tmp_path / "a.md").write_text(f"---\ntitle: {TITLES[0]}\nurl: /news/harbour/\n---\n\n{text}\n")
    (tmp_path / "b.md").write_text(f"---\ntitle: {TITLES[1]}\ntags: [port]\n---\n\n{text}\n")
    docs = {d.id: d for d in documents(read_all(tmp_path))}
    assert docs["a"].source.endswith("a.md") and docs["b"].source.endswith("b.md")
    assert "page_metadata" not in docs["a"].labels and "page_metadata" not in docs["b"].labels


TEXT_FRONT = [
    ("plain", "---\ntitle: {title}\ndate: 2024-03-01\nurl: {url}\n---\n\n{text}\n"),
    ("quoted", '---\ntitle: "{title}"\nauthor: "Jane Roe"\n---\n{text}\n'),
    ("dots", "---\ntitle: {title}\nsource: {url}\n...\n\n{text}\n"),
    ("crlf", "---\r\ntitle: {title}\r\ndate: 2024-03-01\r\n---\r\n\r\n{text}\r\n"),
]


@pytest.mark.parametrize(("form", "page"), TEXT_FRONT, ids=[f for f, _ in TEXT_FRONT])
def test_a_front_matter_over_a_txt_is_its_header(tmp_path, form, page):
    # the fields were the text's first lines and the page had no title
    text = texts_of(1)[0]
    docs = _page(tmp_path / "a.txt", page.format(title=TITLES[0], url=URLS[0], text=text))
    assert [(d.title, d.text) for d in docs] == [(TITLES[0], text)]


def test_a_txt_opening_with_a_rule_over_prose_stays_whole(tmp_path):
    text = texts_of(1)[0]
    page = f"---\nNote: the figures are provisional\n---\n\n{text}\n"  # no page's fields
    (tmp_path / "a.txt").write_text(page)
    assert [d.text.strip() for d in documents(read_all(tmp_path / "a.txt"))] == [page.strip()]


def test_front_matter_fields_through_the_run(tmp_path):
    texts = texts_of(3)
    for k in range(3):
        page = PAGE_FIELDS[0][1].format(title=TITLES[k], day=k + 1, url=URLS[k])
        (tmp_path / f"{k}.md").write_text(page + f"\n{texts[k]}\n")
    (tmp_path / "t.txt").write_text(
        TEXT_FRONT[0][1].format(title=TITLES[3], url=URLS[3], text=texts_of(4)[3])
    )
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 4
    rows = sorted(_published(out), key=lambda r: r["id"])
    assert [(r["title"], r["source"]) for r in rows] == list(zip(TITLES[:4], URLS[:4], strict=True))
    assert [r["published"][:10] for r in rows] == [
        "2024-03-01",
        "2024-03-02",
        "2024-03-03",
        "2024-03-01",
    ]
    assert [r["authors"] for r in rows[:3]] == [["Jane Roe"]] * 3


# ---- the web corpora's own address fields (OSCAR, HPLT) -----------------------------------

CORPUS_ROWS = [
    (
        "oscar",
        lambda k, t: {
            "content": t,
            "warc_headers": {"warc-record-id": "<urn:uuid:x>", "warc-target-uri": URLS[k]},
            "metadata": {"identification": {"label": "en", "prob": 0.9}},
        },
    ),
    ("hplt2", lambda k, t: {"f": "x.warc.gz", "u": URLS[k], "ts": "2023-01-01", "text": t}),
    ("WARC-Target-URI", lambda k, t: {"text": t, "warc_headers": {"WARC-Target-URI": URLS[k]}}),
]


@pytest.mark.parametrize("writer", ["jsonl", "parquet"])
@pytest.mark.parametrize(("corpus", "row"), CORPUS_ROWS, ids=[c for c, _ in CORPUS_ROWS])
def test_a_web_corpus_s_own_address_field_is_the_source(tmp_path, corpus, row, writer):
    # each document's source was its file

    texts = texts_of(5)
    rows = [row(k, texts[k]) for k in range(5)]
    path = _rows_file(tmp_path / f"a.{writer}", rows)
    docs = documents(read_all(path))
    assert [(d.text, d.source) for d in docs] == list(zip(texts, URLS, strict=True))


def test_a_u_or_a_header_of_no_address_is_no_source(tmp_path):
    texts = texts_of(2)
    rows = [
        {"text": texts[0], "u": "user-17"},
        {"text": texts[1], "warc_headers": {"warc-target-uri": "dns:example.com"}},
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))
    assert all(d.source.endswith("a.jsonl") for d in docs) and len(docs) == 2


# ---- line breaks written as `\n` ------------------------------------------------------------

ESCAPED_FORMS = [
    ("paragraphs", "\\n\\n", "\n\n"),
    ("windows", "\\r\\n\\r\\n", "\n\n"),
    ("lines", "\\n", "\n"),
    ("spaced", " \\n\\n ", " \n\n "),
]


@pytest.mark.parametrize("writer", ["jsonl", "csv", "parquet"])
@pytest.mark.parametrize(
    ("form", "written", "meant"), ESCAPED_FORMS, ids=[f[0] for f in ESCAPED_FORMS]
)
def test_breaks_written_as_backslash_n_are_read_as_breaks(tmp_path, writer, form, written, meant):
    # `First.\n\nSecond.` was one line with backslashes, published so

    firsts, seconds = texts_of(3), texts_of(3, start=3)
    rows = [{"title": TITLES[k], "text": firsts[k] + written + seconds[k]} for k in range(3)]
    path = _rows_file(tmp_path / f"a.{writer}", rows)
    docs = documents(read_all(path))
    assert [d.text for d in docs] == [firsts[k] + meant + seconds[k] for k in range(3)]


def test_backslashes_of_paths_code_and_a_lone_escape_stay(tmp_path):
    text = texts_of(1)[0]
    kept = [
        f"{text} The file is at C:\\new\\notes\\report.txt on the shared drive.",
        f'{text} The loop prints printf("%d\\n", x) and puts("done\\n") each time.',
        f"{text}\\nonly one escape here",
        f"{text}\nA real break, and a literal \\n and \\n beside it.",
        f"{text} A doubled backslash \\\\n and \\\\n is no break.",
    ]
    docs = documents(read_all(_jsonl(tmp_path / "a.jsonl", [{"text": t} for t in kept])))
    assert [d.text for d in docs] == kept


def test_escaped_breaks_through_the_run(tmp_path):
    firsts, seconds = texts_of(4), texts_of(4, start=4)
    rows = [{"text": firsts[k] + "\\n\\n" + seconds[k]} for k in range(4)]
    _jsonl(tmp_path / "a.jsonl", rows)
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 4
    assert sorted(r["text"] for r in _published(out)) == sorted(
        firsts[k] + "\n\n" + seconds[k] for k in range(4)
    )


# ---- a front matter YAML refuses (Jekyll builds it with a warning) -------------------------

BROKEN_YAML = [
    (
        "colon",
        "---\nlayout: post\ntitle: {head}: what changes in April\n---\n",
        "{head}: what changes in April",
    ),
    (
        "quote",
        '---\ntitle: "{head}" reopens at last\ndate: 2024-03-01\n---\n',
        '"{head}" reopens at last',
    ),
    (
        "list",
        "---\ntitle: {head}: the vote\ntags:\n  - port\n  - storm\n# draft\n---\n",
        "{head}: the vote",
    ),
    ("tab", "---\ntitle: {head}\n\tbad: indent: here\n---\n", "{head}"),
]


@pytest.mark.parametrize(("form", "head", "title"), BROKEN_YAML, ids=[b[0] for b in BROKEN_YAML])
def test_a_front_matter_yaml_refuses_is_read_a_line_a_key(tmp_path, form, head, title):
    # its lines stayed at the top of the text and the page had no title
    text = texts_of(1)[0]
    docs = _page(tmp_path / "a.md", head.format(head="Budget") + f"\n{text}\n")
    assert [(d.title, d.text) for d in docs] == [(title.format(head="Budget"), text)]


def test_prose_between_rules_is_no_front_matter(tmp_path):
    text = texts_of(1)[0]
    page = f"---\nWarning: this is: provisional\nThe figures may change.\n---\n\n{text}\n"
    docs = _page(tmp_path / "a.md", page)
    assert [d.title for d in docs] == [None]
    assert docs[0].text.startswith("Warning: this is: provisional\nThe figures may change.")


# ---- a `text` that is an object of its one text ---------------------------------------------

TEXT_OBJECTS = [
    ("value", lambda t: {"value": t, "format": "plain_text"}),
    ("rendered", lambda t: {"rendered": t, "protected": False}),
    ("body", lambda t: {"body": t, "format": "full_html", "summary": ""}),
    ("content", lambda t: {"content": t, "lang": "en"}),
]


@pytest.mark.parametrize("writer", ["jsonl", "parquet"])
@pytest.mark.parametrize(("kind", "wrap"), TEXT_OBJECTS, ids=[k for k, _ in TEXT_OBJECTS])
def test_a_text_object_of_its_one_text_is_read(tmp_path, kind, wrap, writer):
    # every row was quarantined ("'text' must be a string, got dict"), advising --text-field

    texts = texts_of(4)
    rows = [{"id": f"t{k}", "title": TITLES[k], "text": wrap(texts[k])} for k in range(4)]
    path = _rows_file(tmp_path / f"a.{writer}", rows)
    items = read_all(path)
    assert not quarantined(items)
    docs = documents(items)
    assert [(d.id, d.text, d.title) for d in docs] == [
        (f"t{k}", texts[k], TITLES[k]) for k in range(4)
    ]


def test_string_texts_after_an_object_and_objects_of_two_texts(tmp_path):
    texts = texts_of(4)
    rows = [{"text": {"value": texts[0]}}, {"text": texts[1]}, {"text": {"value": texts[2]}}]
    assert [d.text for d in documents(read_all(_jsonl(tmp_path / "a.jsonl", rows)))] == texts[:3]
    # two languages, a raw text beside its HTML: which is the text? Quarantined with advice
    two = [{"text": {"en": texts[k], "fr": texts[3]}} for k in range(2)]
    items = read_all(_jsonl(tmp_path / "two.jsonl", two))
    assert not documents(items) and len(quarantined(items)) == 2
    assert all("must be a string" in q.error for q in quarantined(items))


def test_text_objects_through_the_run(tmp_path):
    texts = texts_of(4)
    _jsonl(tmp_path / "a.jsonl", [{"text": {"value": t, "format": "plain"}} for t in texts])
    out = tmp_path / "out"
    report, _ = run_counted(str(tmp_path), "--out", str(out))
    assert report["counts"]["kept"] == 4 and report["counts"]["quarantined"] == 0
    assert sorted(r["text"] for r in _published(out)) == sorted(texts)
