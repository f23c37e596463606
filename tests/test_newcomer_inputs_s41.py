"""Session 41's newcomer round through the reader and the run: Hugo's TOML front matter, the
code cells of Quarto and R Markdown reports, a page's address under another name or one
object down, a Parquet `text` of digit strings beside the prose, a title beside the text one
object down, Hugging Face's `metadata.csv` beside a folder of texts, and a front matter's
`name:`."""

import json

import pytest

from tests.newcomer_runs import documents, quarantined, read_all, run_counted, texts_of

TITLES = [f"Harbour reopens after storm number {k}" for k in range(5)]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return path


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
    path = tmp_path / "a.md"
    path.write_text(form.format(title=TITLES[0]) + f"\n{text}\n")
    docs = documents(read_all(path))
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
