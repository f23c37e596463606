"""`common_lines` with `shapes`: furniture that recurs across stories in SHAPE, with another
name, date or number each time, leaves; prose of a common shape, a story's copies, subheadings
and headlines stay. Made-up corpora, none from the evaluation data."""

import random

import pytest

from curate.corpus.common_lines import CommonLineRemover
from curate.corpus.line_shapes import EVERY, lower_words, shape_of, skeleton
from curate.document import Document
from tests.conftest import run_corpus_stage

STAGE = CommonLineRemover(shapes=True)
VOCABULARY = (
    "by the council voted on a plan to rebuild the bridge and the school after the storm while "
    "residents said the budget for rail and river works was late and the verdict of the court "
    "on the strike came as the minister met the army at the border to talk about the harbour"
).split()
FIRST = ["Maria", "John", "Aiko", "Kwame", "Ines", "Pavel", "Lena", "Tomás", "Sunita", "Omar"]
LAST = ["Lopez", "Smith", "Tanaka", "Mensah", "Duarte", "Novak", "Berg", "Ruiz", "Rao", "Haddad"]
AGENCIES = ["Reuters", "AFP", "EPA", "Getty Images", "AP", "Xinhua"]
MONTHS = ["Jan", "March", "Sept", "October", "Dec", "May"]


def paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)).capitalize() + "."


def name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# furniture a site prints with other names, dates and numbers on every page: what the shapes are
# for (exact lines never recur, so `common_lines` alone keeps them)
FURNITURE = {
    "byline": lambda rng: f"By {name(rng)}",
    "byline_caps": lambda rng: f"By {name(rng).upper()}, Staff Writer",
    "timestamp": lambda rng: (
        f"Mon, {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2001, 2024)} "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} GMT"
    ),
    "credit": lambda rng: f"Photo: {name(rng)} / {rng.choice(AGENCIES)}",
    "comments": lambda rng: f"Posted by {name(rng)} | {rng.randint(1, 99)} comments",
    "more": lambda rng: f"More from {name(rng)}",
    "gallery": lambda rng: f"Image {rng.randint(1, 9)} of {rng.randint(10, 40)}: {name(rng)}",
}


def story(rng: random.Random, index: int) -> list[str]:
    return [f"Headline number {VOCABULARY[index]} {index}", *(paragraph(rng) for _ in range(3))]


def documents(texts: list[list[str]]) -> list[Document]:
    return [Document(id=f"d{i}", text="\n\n".join(lines), seq=i) for i, lines in enumerate(texts)]


@pytest.mark.parametrize("kind", sorted(FURNITURE))
@pytest.mark.parametrize("seed", [1, 2])
def test_furniture_recurring_in_shape_leaves_each_story_stays(kind, seed):
    rng = random.Random(seed)
    stories = [story(rng, i) for i in range(8)]
    lines = [FURNITURE[kind](rng) for _ in stories]
    assert len(set(lines)) > 3, "the same line each time is not what this tests"
    texts = [[s[0], line, *s[1:]] for s, line in zip(stories, lines, strict=True)]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    for doc, lines in zip(docs, stories, strict=True):
        assert doc.text.split("\n\n") == lines
    assert summary["common_shapes"] >= 1
    # the exact lines alone (`common_lines` as it was) leave some of them: the shapes did it
    before, _ = run_corpus_stage(CommonLineRemover(), documents(texts))
    assert sum(not doc.edits for doc in before) >= 2


def test_off_by_default_and_exact_lines_still_common_lines():
    rng = random.Random(4)
    texts = [[*story(rng, i), f"By {name(rng)}", "Share on Twitter"] for i in range(8)]
    docs, summary = run_corpus_stage(CommonLineRemover(), documents(texts))
    assert all([e.rule for e in doc.edits] == ["common_line"] for doc in docs)
    assert all(doc.text.split("\n\n")[-1].startswith("By ") for doc in docs)
    assert "common_shapes" not in summary
    docs, _ = run_corpus_stage(STAGE, documents(texts))
    rules = [[e.rule for e in doc.edits if e.before.strip()] for doc in docs]
    assert all(found == ["common_shape", "common_line"] for found in rules)


# prose of one shape in every story: names and numbers differ, the words of a sentence do too,
# and a sentence of four words or more keeps its shape to itself
PROSE = [
    lambda rng: f"{name(rng)} told reporters on Monday that the plan was late.",
    lambda rng: f"“We will rebuild,” {name(rng)} said.",
    lambda rng: f"The council met {rng.randint(2, 30)} times in {rng.choice(MONTHS)}.",
    lambda rng: f"{name(rng)} of {rng.choice(AGENCIES)} declined to comment.",
    lambda rng: f"Asked about {name(rng)}, the minister would not say.",
]


@pytest.mark.parametrize("make", PROSE, ids=range(len(PROSE)))
def test_prose_sentences_of_a_common_shape_stay(make):
    rng = random.Random(7)
    texts = [[*story(rng, i), make(rng)] for i in range(10)]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    shaped = [edit for doc in docs for edit in doc.edits if edit.rule == "common_shape"]
    assert not shaped and summary["common_shapes"] == 0, shaped[:2]


def test_copies_of_one_wire_story_are_one_story():
    # one story with its byline in six outlets: the shape stands in one story only
    rng = random.Random(9)
    wire = story(rng, 0)
    byline = f"By {name(rng)}"
    texts = [[f"Outlet edition {VOCABULARY[i]}", byline, *wire] for i in range(6)]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    assert summary["stories"] == 1 and summary["lines_removed"] == 0


@pytest.mark.parametrize(
    "subheads",
    [
        ["The Verdict", "The Budget", "The Bridge", "The Storm", "The Strike", "The Harbour"],
        ["What The Council Said", "What The Court Said", "What The Minister Said"] * 2,
        ["Behind The Budget", "Inside The Court", "After The Storm"] * 2,
    ],
    ids=["the_noun", "what_said", "where"],
)
def test_subheadings_in_title_case_stay(subheads):
    # a title-case subheading's words are written in lower case in its story: words, not names
    rng = random.Random(12)
    texts = [[*story(rng, i)[:2], subheads[i], *story(rng, i)[2:]] for i in range(len(subheads))]
    docs, _ = run_corpus_stage(STAGE, documents(texts))
    assert all(not doc.edits for doc in docs)


GERMAN = (
    "die stadt hat am montag den plan für die neue brücke vorgestellt und der rat stimmte "
    "nach der sitzung mit großer mehrheit dafür während die bürger"
).split()


def german(rng: random.Random) -> str:
    # German capitalises its nouns: one word in three here (a third to a half of real text)
    words = [w.capitalize() if i % 3 == 1 else w for i, w in enumerate(rng.choices(GERMAN, k=30))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def test_subheadings_of_a_language_that_capitalises_nouns_stay():
    # "Die Ergebnisse", "Der Preis": article and noun, no name; a shape `die A` would take them
    rng = random.Random(17)
    heads = ["Die Ergebnisse", "Der Preis", "Die Reinigung", "Das Fazit", "Die Kosten", "Der Test"]
    texts = [[f"Titel {GERMAN[i]}", german(rng), head, german(rng)] for i, head in enumerate(heads)]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    assert all(not doc.edits for doc in docs) and summary["common_shapes"] == 0


def test_a_page_of_short_lines_in_such_a_language_still_counts_as_one():
    # a page's short lines each open a sentence; the blank line between two is no third one
    rng = random.Random(19)
    heads = [
        "Die Ergebnisse",
        "Zur Person",
        "Das Fazit",
        "Der Preis",
        "Unsere Kirche",
        "Die Mischung",
    ]
    assert lower_words("\n\n".join([german(rng), *heads])) is EVERY
    assert lower_words("\n\n".join([paragraph(rng), "By Maria Lopez", "The Verdict"])) is not EVERY


def test_headlines_of_names_stay():
    heads = ["Obama Wins Iowa", "Merkel Meets Macron", "Tokyo Hosts Summit", "Brexit: May Loses"]
    heads += ["Sanchez Visits Lima", "Storm Kills 12"]
    rng = random.Random(13)
    texts = [[head, *story(rng, i)[1:]] for i, head in enumerate(heads)]
    docs, _ = run_corpus_stage(STAGE, documents(texts))
    assert all(not doc.edits for doc in docs)


def test_cleaning_clean_text_changes_nothing():
    rng = random.Random(21)
    texts = [[story(rng, i)[0], FURNITURE["credit"](rng), *story(rng, i)[1:]] for i in range(6)]
    docs, _ = run_corpus_stage(STAGE, documents(texts))
    assert all(doc.edits for doc in docs)
    again = documents([doc.text.split("\n\n") for doc in docs])
    again, summary = run_corpus_stage(STAGE, again)
    assert all(not doc.edits for doc in again) and summary["lines_removed"] == 0


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Maria Lopez", "by A"),
        ("by MARIA LOPEZ", "by A"),
        ("Photo: Jane Doe / Reuters", "photo : A / A"),
        ("Posted 3 hours ago | 12 comments", "posted 0 hours ago | 0 comments"),
        ("14 Jan 2008", "0 A 0"),
        ("Von Anna Schmidt", "von A"),
        ("Par Jean-Luc Picard, à Brest", "par A , à A"),
        ("E-Book", None),  # one word, nothing abstracted
    ],
)
def test_skeleton_abstracts_names_and_numbers_keeps_words(line, expected):
    seen = lower_words("by the river, von der brücke, par le port, photo taken, e-book")
    if expected is None:
        assert shape_of(line, seen, 8) is None
        return
    assert skeleton(line, seen, 8)[0] == expected
    assert shape_of(line, seen, 8) == (expected, skeleton(line, seen, 8)[1], True)


@pytest.mark.parametrize(
    "line",
    [
        "2024 Olympics",  # a number and a name, no word kept
        "The Verdict",  # words seen lower case: nothing abstracted, an exact line
        "He told the court that Maria Lopez had left.",  # a sentence
        "A B C D E F G H I J by",  # more words than `max_words`
        "2019",
        "* * *",
    ],
)
def test_lines_without_a_shape(line):
    assert shape_of(line, lower_words("the verdict was read"), 8) is None


@pytest.mark.parametrize(
    ("line", "vouched"),
    [
        ("By Maria Lopez", True),  # "by" is written in lower case: a word
        ("Obama Wins Iowa", False),  # "obama" never is: a name, the shape kept by nobody
        ("Obama: A Life", True),  # a label's punctuation
        ("Mon, 14 Jan 2008", True),  # two numbers
    ],
)
def test_a_document_vouches_for_a_first_word_it_writes_in_lower_case(line, vouched):
    assert shape_of(line, lower_words("written by the desk"), 8)[2] is vouched
