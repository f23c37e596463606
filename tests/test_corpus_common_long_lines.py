"""`common_lines` with `long_lines`: a long paragraph at the edge of many different stories
(a disclaimer, an author's bio, a letters note, a gambling-help line) leaves; a story's own
paragraphs (its copies, its rewrites, the background a wire service reuses inside different
stories) stay, and a recurring paragraph at a document's top no longer joins unrelated stories.

A generated corpus: stories made of random words, furniture paragraphs of several kinds and
lengths (20 to 120 words), in several languages' words, at the end, at the top, or both."""

import random

import pytest

from curate.corpus.common_lines import CommonLineRemover
from curate.document import Document
from tests.conftest import run_corpus_stage

STAGE = CommonLineRemover(long_lines=True)
WORDS = (
    "harbour council budget school rail strike border election storm bridge river factory "
    "minister court vote plan drill army sea launch talks missile battery farm clinic"
).split()
# furniture of several kinds, languages and lengths, none a word list the stage knows
FURNITURE = {
    "disclaimer": "The views expressed in this column are the writer's own and do not "
    "necessarily reflect those of the Harbour Examiner or of its editors, who welcome "
    "replies of up to 300 words.",
    "gambling": "18+ only. Gambling can be addictive, so please play responsibly and set "
    "limits. For free and confidential help call 0800 123 456 at any time of day or night.",
    "investment": "Nothing in this article is investment advice. Prices quoted were correct "
    "at the time of writing and may have changed since; past performance is no guide to the "
    "future returns of any fund, share or bond.",
    "letters": "Leserbriefe geben nicht die Meinung der Redaktion wieder. Die Redaktion "
    "behält sich vor, Zuschriften zu kürzen; anonyme Briefe werden nicht veröffentlicht, "
    "und ein Anspruch auf Abdruck besteht nicht.",
    "bio": " ".join(
        ["Maren Holt is a senior correspondent who has covered courts, councils and the coast"]
        + ["for the paper since 2009, and before that reported on farming and water"] * 4
        + ["for regional radio; her book on tidal towns is out next spring."]
    ),  # past `max_words` (80): never counted as a line
    "promo": "Jornalismo local precisa de você: assine a Folha por apenas 1 real no primeiro "
    "mês e tenha acesso ilimitado a todas as reportagens, colunas e edições digitais.",
}


def paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def story(rng: random.Random, number: int, long_paragraphs: int = 3) -> list[str]:
    """A headline, long paragraphs and a subheading: one story's own lines."""
    body = [paragraph(rng) for _ in range(long_paragraphs)]
    head = f"Story number {WORDS[number % 25]} {WORDS[number // 25]}"
    return [
        head,
        *body[:1],
        f"{head} in brief",
        *body[1:],
    ]


def documents(texts: list[list[str]]) -> list[Document]:
    return [Document(id=f"d{i}", text="\n\n".join(lines), seq=i) for i, lines in enumerate(texts)]


def removed(docs: list[Document]) -> list[set[str]]:
    """Per document, the lines the stage took out."""
    out = []
    for doc, lines in zip(docs, TEXTS, strict=True):
        out.append(set(lines) - set(doc.text.split("\n\n")))
    return out


TEXTS: list[list[str]] = []


def run(texts: list[list[str]], stage: CommonLineRemover = STAGE):
    TEXTS[:] = texts
    docs, summary = run_corpus_stage(stage, documents(texts))
    return removed(docs), summary


@pytest.mark.parametrize("kind", sorted(FURNITURE))
@pytest.mark.parametrize("where", ["end", "top"])
def test_a_paragraph_at_the_edge_of_different_stories_leaves(kind, where):
    rng = random.Random(len(kind))
    note = FURNITURE[kind]
    stories = [story(rng, i) for i in range(5)]
    texts = [[*s, note] if where == "end" else [s[0], note, *s[1:]] for s in stories]
    gone, summary = run(texts)
    assert gone == [{note}] * 5
    assert summary["stories"] == 5 and summary["common_long_lines"] == 1


def test_two_furniture_paragraphs_at_the_end_both_leave():
    rng = random.Random(2)
    end = [FURNITURE["disclaimer"], FURNITURE["bio"]]
    gone, _ = run([[*story(rng, i, 4), *end] for i in range(4)])
    assert gone == [set(end)] * 4


def test_a_top_paragraph_no_longer_joins_different_stories_so_their_short_lines_count():
    # unrelated stories under one top notice were one story: their share bar counted once
    rng = random.Random(4)
    share = ["Share on Twitter", "Share by email"]
    texts = [[s[0], FURNITURE["promo"], *s[1:], *share] for s in (story(rng, i) for i in range(4))]
    base, base_summary = run(texts, CommonLineRemover())
    assert base_summary["stories"] == 1 and base == [set()] * 4
    gone, summary = run(texts)
    assert summary["stories"] == 4
    assert gone == [{FURNITURE["promo"], *share}] * 4


@pytest.mark.parametrize("where", [1, 2])
def test_background_reused_inside_different_stories_stays(where):
    # a wire service's background paragraph in the middle of its different stories: content
    rng = random.Random(6)
    background = paragraph(rng, 40)
    texts = []
    for i in range(6):
        lines = story(rng, i, 4)
        texts.append([*lines[: where + 2], background, *lines[where + 2 :]])
    gone, summary = run(texts)
    assert gone == [set()] * 6 and summary["common_long_lines"] == 0


def test_copies_of_one_story_stay_whole_their_outlets_notes_go():
    rng = random.Random(8)
    wire = story(rng, 0, 5)
    copies = [[f"Outlet {WORDS[i]} edition", *wire, FURNITURE["disclaimer"]] for i in range(5)]
    others = [[*story(rng, i), FURNITURE["disclaimer"]] for i in range(1, 4)]
    gone, summary = run(copies + others)
    assert gone == [{FURNITURE["disclaimer"]}] * 8
    assert summary["stories"] == 4


def test_copies_and_rewrites_that_keep_the_lead_stay():
    # five copies, and two rewrites keeping the first two paragraphs then going their own way:
    # the kept lead stands at the top of own text in two stories only (`min_stories` 3)
    rng = random.Random(10)
    wire = story(rng, 0, 5)
    copies = [list(wire) for _ in range(5)]
    rewrites = [[*wire[:3], paragraph(rng), paragraph(rng)] for _ in range(2)]
    gone, summary = run(copies + rewrites)
    assert gone == [set()] * 7 and summary["common_long_lines"] == 0


def test_a_paragraph_at_the_edge_of_too_few_stories_stays_copies_do_not_vouch():
    # at the edge of two stories, and in three copies of a third that have no own text: it
    # stays, and still joins its documents as a shared long paragraph does
    rng = random.Random(12)
    stories = [[*story(rng, i), FURNITURE["gambling"]] for i in range(2)]
    copies = [[*story(rng, 9), FURNITURE["gambling"]]] * 3
    gone, summary = run(stories + copies)
    assert summary["stories"] == 1 and gone == [set()] * 5
    gone, summary = run([*stories, [*story(rng, 10), FURNITURE["gambling"]], *copies])
    assert summary["common_long_lines"] == 1 and gone == [{FURNITURE["gambling"]}] * 6


def test_off_by_default_and_off_leaves_long_edge_paragraphs():
    rng = random.Random(14)
    texts = [[*story(rng, i), FURNITURE["bio"]] for i in range(5)]
    gone, summary = run(texts, CommonLineRemover())
    assert gone == [set()] * 5 and "common_long_lines" not in summary
    assert not CommonLineRemover().long_lines


def test_order_of_documents_does_not_change_what_leaves():
    rng = random.Random(16)
    texts = [[*story(rng, i), FURNITURE["investment"]] for i in range(5)]
    texts += [[s[0], FURNITURE["promo"], *s[1:]] for s in (story(rng, i) for i in range(5, 9))]
    texts += [list(story(rng, 20, 4)) for _ in range(3)]
    first, _ = run(texts)
    order = list(range(len(texts)))
    random.Random(1).shuffle(order)
    shuffled, _ = run([texts[i] for i in order])
    assert [shuffled[order.index(i)] for i in range(len(texts))] == first


def test_cleaning_the_cleaned_corpus_changes_nothing():
    rng = random.Random(18)
    texts = [[*story(rng, i), FURNITURE["letters"], FURNITURE["bio"]] for i in range(5)]
    docs, _ = run_corpus_stage(STAGE, documents(texts))
    again, summary = run_corpus_stage(STAGE, documents([d.text.split("\n\n") for d in docs]))
    assert summary["lines_removed"] == 0 and all(not d.edits for d in again)
