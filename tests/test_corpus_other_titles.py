"""`other_titles`: a line that is the title of a document of another story leaves; the
document's own headline, its copies' headlines, quotations and paragraphs stay."""

import json
import random

import pytest

from curate.corpus.other_titles import OtherTitleRemover, TitleSketch, title_variants
from curate.document import Document
from curate.pipeline import Pipeline
from tests.conftest import run_corpus_stage

STAGE = OtherTitleRemover()
VOCABULARY = (
    "kim missile seoul launch talks minister sea army drill plan vote court storm harbour "
    "battery factory river bridge council budget school rail strike border election"
).split()
TITLES = [
    "Fire damages Fort Orange Club in Albany",
    "Council votes to widen the river bridge",
    "Rail strike closes the harbour line for a week",
    "Minister plans a new school budget",
]


def paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)).capitalize() + "."


def article(rng: random.Random, title: str, *inserted: str, at: int = 2) -> list[str]:
    """A headline and three long paragraphs, `inserted` lines after the `at`-th line."""
    lines = [title, paragraph(rng), paragraph(rng), paragraph(rng)]
    return [*lines[:at], *inserted, *lines[at:]]


def documents(texts: list[list[str]], titles: list[str | None] | None = None) -> list[Document]:
    titles = titles or [None] * len(texts)
    return [
        Document(id=f"d{i}", text="\n\n".join(lines), title=title, seq=i)
        for i, (lines, title) in enumerate(zip(texts, titles, strict=True))
    ]


def removed(doc: Document) -> list[str]:
    """The lines the stage took out (the separators it took with them left aside)."""
    return [e.before.strip() for e in doc.edits if e.rule == "other_title" and e.before.strip()]


def test_a_run_of_related_headlines_leaves_and_the_article_stays():
    rng = random.Random(3)
    others = [article(rng, title) for title in TITLES[1:]]
    page = article(rng, TITLES[0], "More stories", *TITLES[1:], at=4)
    docs, summary = run_corpus_stage(STAGE, documents([page, *others]))
    assert removed(docs[0]) == TITLES[1:]
    assert docs[0].text.split("\n\n") == [line for line in page if line not in TITLES[1:]]
    assert all(not doc.edits for doc in docs[1:])
    assert summary["lines_removed"] == 3 and summary["documents_edited"] == 1


def test_a_single_headline_mid_article_leaves():
    rng = random.Random(5)
    docs, _ = run_corpus_stage(
        STAGE,
        documents([article(rng, TITLES[0], TITLES[1]), article(rng, TITLES[1])]),
    )
    assert removed(docs[0]) == [TITLES[1]]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        (f"{TITLES[0]} | Times Union", TITLES[0]),
        (f"{TITLES[0]} - Local - Times Union", TITLES[0]),
        (TITLES[0], "FIRE damages Fort Orange Club, in Albany!"),
    ],
)
def test_another_sources_title_is_known_without_its_site_name_case_or_punctuation(title, line):
    rng = random.Random(7)
    other = article(rng, "Albany news")
    docs, _ = run_corpus_stage(
        STAGE, documents([article(rng, "School budget passes", line), other], [None, title])
    )
    assert removed(docs[0]) == [line]


def test_a_quotation_that_is_a_title_stays():
    rng = random.Random(11)
    slogan = "Meth. We're on it."
    texts = [
        article(rng, "South Dakota campaign", f"“{slogan}”"),  # the quotation, alone on its line
        article(rng, slogan),  # another story titled by the slogan
    ]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    assert summary["lines_removed"] == 0 and not docs[0].edits


def test_a_documents_own_headline_stays_under_its_title_and_under_a_caption():
    rng = random.Random(13)
    body = [paragraph(rng) for _ in range(3)]
    caption = "Kim Jong Un attends a meeting in Pyongyang, March 1, 2023."
    own = ["Kicker", TITLES[0], *body]  # the `title` field repeated as the headline
    copy = [TITLES[0], *body]  # a copy of it elsewhere, titled by its first line
    captioned = [caption, TITLES[0], *body]  # a copy whose first line is a caption
    docs, summary = run_corpus_stage(
        STAGE, documents([own, copy, captioned], [TITLES[0], None, None])
    )
    assert summary["lines_removed"] == 0
    assert all(not doc.edits for doc in docs)


def test_a_paragraph_or_a_label_that_is_a_title_stays():
    rng = random.Random(17)
    sentence = "The council voted on Tuesday to widen the river bridge by two lanes."
    texts = [
        article(rng, "Bridge plans", sentence, "Read more", "How it works"),
        article(rng, sentence),  # a title that is a sentence: the line is the paragraph
        article(rng, "Read more"),  # a two-word title: a label, never matched
        article(rng, "How It Works"),  # a utility page's title, a subheading elsewhere
    ]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    assert summary["lines_removed"] == 0


def test_a_page_of_headlines_only_is_left_whole():
    rng = random.Random(19)
    others = [article(rng, title) for title in TITLES[1:]]
    front = ["Latest news", *TITLES[1:]]
    docs, summary = run_corpus_stage(STAGE, documents([front, *others]))
    assert not docs[0].edits and summary["documents_spared"] == 1


def test_the_sketch_holds_hashes_not_text():
    rng = random.Random(23)
    sketch = STAGE.sketch(documents([article(rng, TITLES[0], TITLES[1])])[0])
    assert isinstance(sketch, TitleSketch)
    values = [*sketch.titles, *sketch.story, *(v for pair in sketch.lines for v in pair)]
    assert values and all(isinstance(value, int) for value in values)
    assert len(sketch.lines) == 1  # the candidate headline; the first line is a title


def test_title_variants_cut_site_suffixes_at_most_twice():
    assert title_variants("A fire | Local | Times Union") == [
        "A fire | Local | Times Union",
        "A fire | Local",
        "A fire",
    ]
    assert title_variants("A fire in Albany") == ["A fire in Albany"]


@pytest.mark.parametrize(
    "setting", [{"min_words": 0}, {"max_removed_share": 0.0}, {"story_paragraphs": 0}]
)
def test_bad_settings_are_refused_when_built(setting):
    key = next(iter(setting))
    with pytest.raises(ValueError, match=f"other_titles.{key}"):
        OtherTitleRemover(**setting)


def test_a_recipe_runs_it_the_same_with_two_workers():
    rng = random.Random(29)
    texts = [article(rng, title) for title in TITLES]
    texts[0] = article(rng, TITLES[0], "More stories", *TITLES[1:3], at=3)
    records = [{"id": f"d{i}", "text": "\n\n".join(lines)} for i, lines in enumerate(texts)]
    recipe = {"name": "titles", "stages": ["unicode", "other_titles"]}
    one = Pipeline.from_recipe(recipe).run(records)
    two = Pipeline.from_recipe(recipe).run(records, workers=2)
    assert one.kept == two.kept
    first = next(row for row in one.kept if row["id"] == "d0")
    assert TITLES[1] not in first["text"] and TITLES[0] in first["text"]
    assert one.report["corpus_stages"]["other_titles"]["lines_removed"] == 2


def test_explain_names_the_document_whose_title_the_line_was(tmp_path):
    from typer.testing import CliRunner

    from curate.cli import app

    rng = random.Random(31)
    texts = [article(rng, title) for title in TITLES]
    texts[0] = article(rng, TITLES[0], TITLES[2])
    rows = [{"id": f"d{i}", "text": "\n\n".join(lines)} for i, lines in enumerate(texts)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    (tmp_path / "recipe.yaml").write_text("name: titles\nstages: [unicode, other_titles]\n")
    runner = CliRunner()
    out = tmp_path / "out"
    done = runner.invoke(
        app, ["run", str(tmp_path / "in.jsonl"), "--out", str(out),
              "--recipe", str(tmp_path / "recipe.yaml"), "--quiet"],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    shown = runner.invoke(app, ["explain", str(out), "d0", "--edits-only"])
    assert shown.exit_code == 0, shown.output
    assert "other_titles/other_title" in shown.output
    assert "title of: d2" in shown.output
    untouched = runner.invoke(app, ["explain", str(out), "d1", "--edits-only"])
    assert "title of" not in untouched.output
