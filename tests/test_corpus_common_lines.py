"""`common_lines`: short lines standing in many different stories leave; a story's own lines,
however often the story is copied, stay."""

import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.corpus.common_lines import CommonLineRemover
from curate.document import Document, Edit, replay
from curate.recipe import load
from curate.stages.base import LedgerHelpers
from tests.conftest import run_corpus_stage

STAGE = CommonLineRemover()
SHARE_BAR = ["Twitter", "Facebook", "Email"]  # no site, no wording list: only recurrence
VOCABULARY = (
    "kim missile seoul launch talks minister sea army drill plan vote court storm harbour "
    "battery factory river bridge council budget school rail strike border election"
).split()


def paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words)).capitalize() + "."


def story(rng: random.Random, heading: str) -> list[str]:
    """A headline, two long paragraphs, a subheading, a third paragraph: one story's lines."""
    return [heading, paragraph(rng), paragraph(rng), f"{heading} in numbers", paragraph(rng)]


def title(i: int) -> str:
    """A distinct headline per story, in words: digits count as one ("12 comments")."""
    return f"Story of the {VOCABULARY[i % 25]} and the {VOCABULARY[i // 25]}"


def documents(texts: list[list[str]]) -> list[Document]:
    return [Document(id=f"d{i}", text="\n\n".join(lines), seq=i) for i, lines in enumerate(texts)]


def test_lines_recurring_across_different_stories_go_each_story_stays_whole():
    rng = random.Random(3)
    stories = [story(rng, f"Headline about {VOCABULARY[i]}") for i in range(6)]
    docs, summary = run_corpus_stage(
        STAGE, documents([[*s[:3], *SHARE_BAR, *s[3:]] for s in stories])
    )
    for doc, lines in zip(docs, stories, strict=True):
        assert doc.text.split("\n\n") == lines
        assert [e.rule for e in doc.edits] == ["common_line"] * 3
    assert summary["stories"] == 6 and summary["common_lines"] == 3
    assert summary["lines_removed"] == 18


def test_copies_of_one_story_are_one_story_their_subheadings_stay():
    # a wire story in five outlets: its subheading stands five times, in one story
    rng = random.Random(5)
    wire = story(rng, "Storm closes the harbour")
    copies = [[f"Outlet {i} edition", *wire] for i in range(5)]
    docs, summary = run_corpus_stage(STAGE, documents(copies))
    assert summary["stories"] == 1 and summary["lines_removed"] == 0
    assert all(not doc.edits for doc in docs)


def test_copies_do_not_add_up_to_furniture():
    # the line stands in 6 documents but only 2 stories (3 copies each): below `min_stories`
    rng = random.Random(11)
    first, second = story(rng, "First story"), story(rng, "Second story")
    texts = [[*first, "Shared note"] for _ in range(3)] + [
        [*second, "Shared note"] for _ in range(3)
    ]
    docs, summary = run_corpus_stage(STAGE, documents(texts))
    assert summary["stories"] == 2 and summary["lines_removed"] == 0


def test_the_threshold_grows_with_the_corpus():
    rng = random.Random(13)
    stories = [story(rng, title(i)) for i in range(40)]
    texts = [[*s, "Rare note"] if i < 4 else s for i, s in enumerate(stories)]
    # 4 stories of 40 carry the line: furniture at 3 stories, not at a 20% share (8 stories)
    _, loose = run_corpus_stage(STAGE, documents(texts))
    _, strict = run_corpus_stage(CommonLineRemover(min_share=0.2), documents(texts))
    assert loose["stories_needed"] == 3 and loose["lines_removed"] == 4
    assert strict["stories_needed"] == 8 and strict["lines_removed"] == 0


def test_long_lines_and_lines_without_letters_never_count():
    rng = random.Random(17)
    long_line = paragraph(rng, 90)
    texts = [[*story(rng, title(i)), long_line, "* * *", "2019"] for i in range(5)]
    _, summary = run_corpus_stage(
        CommonLineRemover(max_words=80, story_words=200), documents(texts)
    )
    assert summary["lines_removed"] == 0


def test_a_document_mostly_made_of_furniture_is_left_whole():
    rng = random.Random(19)
    texts = [[*story(rng, title(i)), *SHARE_BAR] for i in range(4)]
    texts.append(["Short page", *SHARE_BAR])
    docs, summary = run_corpus_stage(CommonLineRemover(max_removed_share=0.5), documents(texts))
    assert docs[-1].text.split("\n\n") == ["Short page", *SHARE_BAR]
    assert summary["documents_spared"] == 1 and summary["documents_edited"] == 4


@pytest.mark.parametrize(
    "setting", [{"min_stories": 1}, {"min_share": 1.5}, {"max_words": 0}, {"story_paragraphs": 0}]
)
def test_bad_settings_are_refused_when_built(setting):
    key = next(iter(setting))
    with pytest.raises(ValueError, match=f"common_lines.{key}"):
        CommonLineRemover(**setting)


def test_the_news_recipe_runs_it_after_the_line_stages():
    names = [entry["stage"] for entry in load("news")["stages"]]
    assert names.index("boilerplate") < names.index("common_lines") < names.index("dedup")
    # the removed copies count and heads are on there: measured on both halves (README)
    settings = next(e for e in load("news")["stages"] if e["stage"] == "common_lines")
    assert settings["count_removed"] and settings["heads"]


def reference_sketch(stage: CommonLineRemover, text: str) -> tuple:
    """The sketch as it was built from `line_keys`, every line with its offsets and key."""
    from curate.corpus.line_keys import line_keys

    story, lines, total, longs, past = [], {}, 0, [], []
    for _start, _end, words, key in line_keys(text):
        total += words
        if key is None:
            continue
        if words >= stage.story_words and len(story) < stage.story_paragraphs:
            story.append(key)
        elif words >= stage.story_words and stage.long_lines:
            longs.append(key)
        if words <= stage.max_words:
            lines[key] = lines.get(key, 0) + words
        if words > stage.max_words and words >= stage.story_words and stage.long_lines:
            past.append((key, words))
    # no shapes, no heads, no lines removed before: `shapes`, `heads`, `count_removed` off
    return tuple(story), total, tuple(lines.items()), (), (), tuple(longs), tuple(past), (), (), ()


@pytest.mark.parametrize(
    "stage",
    [
        STAGE,
        CommonLineRemover(max_words=3, story_words=2, story_paragraphs=2),
        CommonLineRemover(long_lines=True),
    ],
    ids=["default", "small", "long_lines"],
)
def test_sketch_equals_the_sketch_from_line_keys(stage):
    rng = random.Random(11)
    texts = ["\n\n".join(story(rng, f"Headline {i}") + SHARE_BAR) for i in range(20)] + [
        "word " * 50_000,  # one huge line
        "Twitter\n" * 5_000 + paragraph(rng, 200),  # many short lines, a long paragraph
        "Москва — СТОЛИЦА.\n北京是中国的首都。\n٣٤ تعليقات\n2019\n* * *\n\n\t\nİstanbul ẞ ＦＵＬＬ",
        "a b\n" * 3 + paragraph(rng, 90) + "\n" + paragraph(rng, 25) * 3,
        "",
    ]
    for text in texts:
        assert tuple(stage.sketch(Document(id="x", text=text))) == reference_sketch(stage, text)


# characters where reading a line's words off its spaces could go wrong (`word_lines`):
# whitespace the folding table makes spaces, case folds that grow, digits and letterless runs
TRICKY = "aZ09_ßẞΣσςﬁİı٣５²½①\u0301\u200d’“€\t\r\x0b\x0c\x1c\u2028\u00a0 .-\n\ud800한中"
SKETCHERS = [
    STAGE,
    CommonLineRemover(max_words=6, story_words=4, story_paragraphs=2),
    CommonLineRemover(max_words=1, story_words=1, story_paragraphs=1),
    CommonLineRemover(max_words=6, story_words=4, story_paragraphs=2, long_lines=True),
]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(alphabet=st.sampled_from(TRICKY), max_size=80), st.text(max_size=120)),
    st.sampled_from(SKETCHERS),
)
def test_sketch_equals_the_sketch_from_line_keys_on_any_text(text, stage):
    assert tuple(stage.sketch(Document(id="x", text=text))) == reference_sketch(stage, text)


@pytest.mark.parametrize(
    "text",
    [
        "Share this:\nTwitter   Facebook\n\n  Email  \n2019\n* * *",
        "A  long   line\twith\ttabs and   runs of    spaces\r\nand CRLF ends\r\n",
        "12 comments\n0 0 0\n_ _\n\u00a0\u2003 \n",  # letterless lines: no key
        ("word " * 30 + "\n") * 7,
    ],
)
@pytest.mark.parametrize("stage", SKETCHERS)
def test_sketch_of_runs_of_spaces_and_letterless_lines(text, stage):
    assert tuple(stage.sketch(Document(id="x", text=text))) == reference_sketch(stage, text)


def reference_stories_per_line(by_story) -> dict[int, int]:
    """The count as fit kept it before: a dict, each line counted once per story."""
    counts: dict[int, list[int]] = {}
    for root, _seq, sketch in by_story:
        for key, _ in sketch.lines:
            seen = counts.get(key)
            if seen is None:
                counts[key] = [1, root]
            elif seen[1] != root:
                seen[0] += 1
                seen[1] = root
    return {key: n for key, (n, _) in counts.items()}


@pytest.mark.parametrize("seed", range(6))
def test_stories_per_line_counts_each_story_once(seed):
    from curate.corpus.common_lines import CommonLineSketch, stories_per_line
    from curate.corpus.repeated_lines import CompactLines

    rng = random.Random(seed)
    pool = [rng.getrandbits(64) for _ in range(rng.choice([1, 5, 50, 2_000]))]  # hashes >= 2**63
    held = []
    for seq in range(rng.choice([1, 3, 40, 1_500])):
        keys = {rng.choice(pool) for _ in range(rng.choice([1, 2, 15, 300]))}
        sketch = CommonLineSketch((), 0, tuple((key, rng.randint(1, 80)) for key in keys))
        held.append((rng.randrange(max(1, seq // 3 + 1)), seq, CompactLines.of(sketch)))
    by_story = sorted(held, key=lambda row: (row[0], row[1]))
    keys, stories = stories_per_line(by_story)
    assert dict(zip(keys.tolist(), stories.tolist(), strict=True)) == (
        reference_stories_per_line(by_story)
    )
    assert stories_per_line([])[0].tolist() == []


class EarlierStage(LedgerHelpers):
    """A map stage before `common_lines` (the line model) that removed some whole lines."""

    name = "boilerplate"

    def remove(self, doc: Document, lines: set[str]) -> Document:
        spans, pos = [], 0
        for line in doc.text.split("\n"):
            if line in lines:
                spans.append(("line_model", pos, pos + len(line)))
            pos += len(line) + 1
        self.remove_blocks(doc, spans)
        return doc


def run_after_removals(stage, texts, removed) -> tuple[list[Document], dict]:
    """`texts` through `EarlierStage` (document i loses the lines `removed[i]`), then `stage`;
    each document's ledger replays its input to its text."""
    docs = [
        EarlierStage().remove(doc, lines)
        for doc, lines in zip(documents(texts), removed, strict=True)
    ]
    state = stage.fit((d.seq, d.id, stage.sketch(d)) for d in docs)
    for doc, text in zip(docs, texts, strict=True):
        stage.apply(doc, stage.decision_for(state, doc.seq))
        assert replay({"text": "\n\n".join(text)}, doc.edits)["text"] == doc.text
    return docs, stage.summary(state)


COUNTING = CommonLineRemover(count_removed=True)


@pytest.mark.parametrize(
    "furniture",
    [
        "Join the Conversation",
        "We use cookies to improve your experience. By continuing you accept our use of cookies.",
        "Sign up for our morning newsletter and never miss a story.",
        "Already a subscriber? Log in.",
        "Get the app: news alerts on your phone",
        "Diese Website verwendet Cookies.",
    ],
)
def test_copies_an_earlier_stage_removed_count_so_the_copy_it_left_goes(furniture):
    # the line model took the line from 2 stories and left it in a third: 3 stories carry it
    rng = random.Random(23)
    texts = [[*story(rng, title(i)), furniture] for i in range(3)]
    removed = [{furniture}, {furniture}, set()]
    docs, summary = run_after_removals(COUNTING, texts, removed)
    assert furniture not in docs[2].text.split("\n\n")
    assert [e.rule for e in docs[2].edits] == ["common_line"]
    assert summary["lines_removed"] == 1 and summary["common_lines"] == 1
    # counted only where it stands, it is in 1 story of 3: it stays (the setting is off)
    docs, summary = run_after_removals(STAGE, texts, removed)
    assert furniture in docs[2].text.split("\n\n") and summary["lines_removed"] == 0


def test_removed_copies_in_copies_of_one_story_are_one_story():
    # a wire story's subheading removed from two of its copies: still one story, it stays
    rng = random.Random(29)
    wire = story(rng, "Storm closes the harbour")
    texts = [[f"Outlet {i} edition", *wire] for i in range(3)]
    subheading = wire[3]
    docs, summary = run_after_removals(COUNTING, texts, [{subheading}, {subheading}, set()])
    assert subheading in docs[2].text.split("\n\n") and summary["lines_removed"] == 0


def test_a_line_removed_twice_and_left_once_needs_three_stories():
    # removed from one story, left in a second: 2 stories, below `min_stories`
    rng = random.Random(31)
    texts = [[*story(rng, title(i)), "Comment on this story"] for i in range(2)]
    docs, summary = run_after_removals(COUNTING, texts, [{"Comment on this story"}, set()])
    assert "Comment on this story" in docs[1].text and summary["lines_removed"] == 0


def test_the_headline_moved_to_the_title_and_rewrites_do_not_count():
    # a first line moved to the title (the `headline` rule) was not removed, and an edit that
    # rewrites a line (a dateline cut to its place) did not remove it: with the two stories
    # that carry the line, either would make 3
    rng = random.Random(37)
    line = "Council approves the harbour budget"
    texts = [[*story(rng, title(i)), line] for i in range(4)] + [story(rng, title(4))]
    docs = documents(texts)
    for doc in docs[:2]:
        EarlierStage().remove(doc, {line})
        doc.title = line
    docs[4].edits.append(Edit("bylines", "dateline", "text", 0, line, "Council"))
    state = COUNTING.fit((d.seq, d.id, COUNTING.sketch(d)) for d in docs)
    assert [COUNTING.sketch(doc).gone for doc in (docs[0], docs[1], docs[4])] == [()] * 3
    assert COUNTING.summary(state)["lines_removed"] == 0
    docs[0].title = None  # the same line removed, not moved: 3 stories, it goes
    state = COUNTING.fit((d.seq, d.id, COUNTING.sketch(d)) for d in docs)
    assert COUNTING.summary(state)["lines_removed"] == 2


def test_its_own_removals_do_not_count_again():
    # run twice, the second run counts no line the first removed: nothing more goes
    rng = random.Random(41)
    texts = [[*story(rng, title(i)), *SHARE_BAR] for i in range(4)]
    docs, first = run_after_removals(COUNTING, texts, [set()] * 4)
    assert first["lines_removed"] == 12
    assert all(COUNTING.sketch(doc).gone == () for doc in docs)


def test_counting_removed_copies_changes_nothing_without_removals():
    rng = random.Random(43)
    texts = [[*story(rng, title(i)), *(SHARE_BAR if i % 2 else [])] for i in range(8)]
    plain, on = documents(texts), documents(texts)
    _, summary = run_corpus_stage(STAGE, plain)
    _, counted = run_corpus_stage(COUNTING, on)
    assert [d.text for d in plain] == [d.text for d in on] and summary == counted


HEADS = CommonLineRemover(heads=True)


@pytest.mark.parametrize(
    "variants",
    [
        [f"Meer nieuws uit {place}" for place in ("Antwerpen", "Mechelen", "Lier")],
        [f"Home / Cricket / {section}" for section in ("T20", "Opinion", "Internationals")],
        [f"Published in The Herald, {day}, 2026" for day in ("June 9th", "May 2nd", "July 1st")],
        [
            f"Updated {time} GMT, {day} March"
            for time, day in (("11:42", 3), ("9:05", 14), ("7:30", 2))
        ],
        [f"View original content: https://wire.example/news/release-{i}-text" for i in "abc"],
    ],
)
def test_lines_whose_head_recurs_across_stories_go(variants):
    rng = random.Random(47)
    texts = [[*story(rng, title(i)), line] for i, line in enumerate(variants)]
    docs, summary = run_corpus_stage(HEADS, documents(texts))
    for doc, text in zip(docs, texts, strict=True):
        assert doc.text.split("\n\n") == text[:-1]
        assert [e.rule for e in doc.edits] == ["common_head"]
    assert summary["common_heads"] == 1 and summary["common_lines"] == 0
    docs, summary = run_corpus_stage(STAGE, documents(texts))  # off: each line is its own
    assert summary["lines_removed"] == 0


@pytest.mark.parametrize(
    "texts",
    [
        # a head in 2 stories only
        [["Altre notizie di Cronaca"], ["Altre notizie di Sport"], []],
        # in 3 copies of one story (the wire story's own subheading, its end edited)
        "copies",
        # two words have no head: "Local News", "Local Sport", "Local Weather"
        [["Local News"], ["Local Sport"], ["Local Weather"]],
        # longer than `head_max_words`: headlines that open alike
        [
            [f"What you need to know about the {w} plan before the vote next week"]
            for w in ("budget", "parking", "harbour")
        ],
    ],
    ids=["two_stories", "one_story", "two_words", "long"],
)
def test_lines_alike_in_too_few_stories_or_without_a_head_stay(texts):
    rng = random.Random(53)
    if texts == "copies":
        wire = story(rng, "Storm closes the harbour")
        texts = [[*wire, f"Storm damage in {place}"] for place in ("Ayr", "Troon", "Largs")]
    else:
        texts = [[*story(rng, title(i)), *extra] for i, extra in enumerate(texts)]
    _, summary = run_corpus_stage(HEADS, documents(texts))
    assert summary["lines_removed"] == 0


def test_removed_lines_heads_count_with_count_removed():
    # the line model took two of the three: their heads count where `count_removed` is on
    rng = random.Random(59)
    variants = ["Altre notizie di Cronaca", "Altre notizie di Sport", "Altre notizie di Eventi"]
    texts = [[*story(rng, title(i)), line] for i, line in enumerate(variants)]
    removed = [{variants[0]}, {variants[1]}, set()]
    docs, summary = run_after_removals(replace(HEADS, count_removed=True), texts, removed)
    assert variants[2] not in docs[2].text and summary["lines_removed"] == 1
    docs, summary = run_after_removals(HEADS, texts, removed)
    assert variants[2] in docs[2].text and summary["lines_removed"] == 0
