"""The rules' shortcuts for long prose lines give the verdict of every rule called in order.

Two shortcuts of `_verdicts_of` skip work a body paragraph cannot need: a line ending like a
sentence (a `teaser_tail` mark) with a letter past the widest teaser label is no teaser, so
neither the label's literal near the start (`_in_head`) nor the teaser patterns are tried; and
the caption markers anchored at the line start are tried only when one of their literals
stands in the line (`caption_starts`, found by the same literal scan). Each must give the
verdict of calling every rule with no literal or gate at all (`_every_rule`), on made-up lines
of the kinds the shortcuts touch (long prose, prose with a credit or a dateline at its end,
captions of 20+ words, teaser labels before long text, `©`, URLs, other scripts, lines of
10,000 words), on generated ones, and on every line of the line blind batches.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import RULES, BoilerplateRemover, _fold, features
from curate.synth import news_corpus
from tests.conftest import seed_paragraphs

STAGE = BoilerplateRemover()
BLIND = sorted((Path(__file__).parent.parent / "curate/evaluate/data").glob("line_blind_*.txt"))
PROSE = (
    "The council voted on Tuesday to extend the program for another two years, after a long "
    "debate in which several members questioned its cost and the way it had been run"
)


def _every_rule(stage: BoilerplateRemover, line: str) -> str | None:
    """The verdict with no gate and no literal looked for: each rule's own patterns, in order."""
    words = len(line.split())
    if "caption" in stage.rules and stage._is_caption(line, words):
        return "caption"
    if "caption_credit" in stage.rules and stage._credit_tail(line, words):
        return "caption_credit"
    if "link_teaser" in stage.rules and stage._is_teaser(line):
        return "link_teaser"
    verdict = stage._furniture(line, words)
    if verdict:
        return verdict if isinstance(verdict, str) else "furniture"
    if "keyword_list" in stage.rules and stage._is_keyword_list(line):
        return "keyword_list"
    return None


def _fast(stage: BoilerplateRemover, lines: list[str]) -> list[str | None]:
    """The verdicts as the stage finds them for a batch (the literal scan, or the automaton)."""
    folded = [_fold(line) for line in lines]
    scan = stage._table["literal_scan"]
    automaton = stage._table["literals"]
    present = scan.present(folded) if scan is not None else list(map(automaton.present, folded))
    assert present == [automaton.present(text) for text in folded]
    words = [each.words for each in features.facts_of(lines)]
    return stage._verdicts_of(lines, folded, present, words)


def _stages() -> list[BoilerplateRemover]:
    subsets = [RULES, tuple(r for r in RULES if r != "caption")]
    subsets.append(tuple(r for r in RULES if r != "link_teaser"))
    return [dataclasses.replace(STAGE, rules=rules) for rules in subsets]


def _assert_same(lines: list[str]) -> None:
    lines = [line.replace("\n", " ").strip() for line in lines]
    lines = [line for line in lines if line]
    for stage in _stages():
        assert _fast(stage, lines) == [_every_rule(stage, line) for line in lines]


MADE_UP = [
    PROSE + ".",
    PROSE + "!",
    PROSE + "?",
    PROSE + '."',
    PROSE + ".»",
    PROSE + ". ",
    PROSE + ".…",
    PROSE + "。",
    # a teaser label, then long text: ending like a sentence, with a separator, with no letter
    "Read more: " + PROSE + ".",
    "Read more: " + PROSE + " »",
    "Read more: " + PROSE + " -",
    "Read more » " + "..." * 30,
    "Lea también: " + PROSE + ".",
    "Lesen Sie auch die folgenden Beiträge zu diesem Thema und zu vielen anderen Themen:",
    "Das Thema könnte dich auch interessieren: " + PROSE + ".",
    "Popular on IndieWire " + PROSE + ".",
    "Popular on IndieWire and elsewhere today.",
    "Читайте также: " + "в городе открыли новую школу для детей из соседних районов." * 3,
    "Leia mais sobre " + PROSE + ".",
    "Please read more about the leader's plans, then follow the story as it goes on.",
    "More " + "  " * 40 + "x.",
    "Related " + "1 2 3 " * 20 + ".",
    # captions of 20+ words and credits or datelines at the end of prose
    "Photo by Jane Doe: " + PROSE + ".",
    "Photo: " + PROSE + ".",
    "Credits: " + PROSE + ".",
    "Figure 3: " + PROSE + ".",
    "FILE PHOTO: " + PROSE + ". REUTERS/John Smith/File Photo",
    PROSE + ". ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
    PROSE + " in this handout photo released by the ministry.",
    PROSE + ". (Photo: John Smith/Reuters)",
    PROSE + ". Foto: dpa",
    PROSE + " © 2021 Example Media. All rights reserved.",
    "© " + PROSE + ".",
    "Copyright " + PROSE + ".",
    "(c) " + PROSE + ".",
    "LONDON, March 3 (Reuters) - " + PROSE + ".",
    PROSE + ". Updated March 3, 2021 at 10:42 a.m.",
    "Updated: " + PROSE + ".",
    PROSE + " - see https://example.com/news/2021/03/03/story.html for more.",
    "https://example.com/" + "a/" * 40,
    "Follow us on Twitter and Facebook for " + PROSE + ".",
    "Sign up for our newsletter to get " + PROSE + ".",
    # other scripts, and a fold that changes characters
    "関連記事 " + "東京で新しい公園が開かれ、多くの家族が週末に訪れた。" * 5,
    "延伸阅读：" + "城市的新公园周末开放，许多家庭前来参观。" * 5,
    "İstanbul'da PHOTO bİld by the ſea, " + PROSE + ".",
    "ΦΩΤΟΓΡΑΦΊΑ: " + "η πόλη άνοιξε ένα νέο πάρκο για τις οικογένειες. " * 4,
    # very long lines
    " ".join(["word"] * 10_000) + ".",
    "Read more " + " ".join(["word"] * 10_000) + ".",
    "Photo: " + " ".join(["word"] * 10_000) + " Reuters",
    ("the photo, the image, the credit, " * 2_500) + "end.",
]


def test_made_up_long_lines_get_every_rules_verdict() -> None:
    _assert_same(MADE_UP)
    # the lines reached the rules: several verdicts, and the shortcuts' lines among them
    assert len({_every_rule(STAGE, line) for line in MADE_UP}) >= 4


WORDS = st.sampled_from(
    ["the", "more", "read", "photo", "lea", "also", "Reuters", "©", ":", "»", "-", "/", "2021"]
)
LABELS = st.sampled_from(
    ["Read more: ", "Lea también ", "Photo: ", "Photo by ", "Popular on ", "© ", "Foto: ", ""]
)
ENDS = st.sampled_from([".", "!", "?", '."', ".»", "…", "。", " »", ":", "", " Reuters"])
LONG = st.tuples(LABELS, st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=60), ENDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(LONG.map(lambda p: p[0] + " ".join(p[1]) + p[2]), min_size=1, max_size=8))
def test_generated_long_lines_get_every_rules_verdict(lines: list[str]) -> None:
    _assert_same(lines)


def _blind_lines(path: Path) -> list[str]:
    lines = []
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith(("C ", "N ")):
            lines.append(row.split(" ", 2)[2] if row.count(" ") >= 2 else "")
    return lines


@pytest.mark.parametrize("path", BLIND, ids=lambda path: path.stem)
def test_every_line_of_the_line_blind_batches_gets_every_rules_verdict(path: Path) -> None:
    lines = _blind_lines(path)
    assert len(lines) > 100
    _assert_same(lines)


def test_news_and_seed_lines_get_every_rules_verdict() -> None:
    lines = [line for doc in news_corpus(120, seed=5) for line in doc["text"].split("\n")]
    _assert_same(lines + seed_paragraphs(0))


def test_a_sentence_with_a_label_literal_past_the_label_tries_no_teaser(monkeypatch) -> None:
    """The shortcut is taken: body paragraphs holding "read more" or "lea" ask no teaser."""
    stage = dataclasses.replace(STAGE)
    calls: list[str] = []
    monkeypatch.setattr(
        BoilerplateRemover, "_is_teaser", lambda self, line, present=None: calls.append(line)
    )
    lines = [
        "Readers who want to read more about the plan can ask the council " + PROSE + ".",
        "Please read more about the leader's plans, then follow the story as it goes on.",
    ]
    assert _fast(stage, lines) == [None, None]
    assert calls == []


def test_the_start_markers_literals_are_looked_for_by_the_scan() -> None:
    """`caption_starts` is tried by its literals: each of them is among the scanned ones."""
    keys = STAGE._table["caption_starts"].keys
    assert keys and {"photo", "fot.", "file photo"} <= keys
    assert STAGE._table["caption_starts"].always is None  # no start marker tried on every line
    assert keys <= set(STAGE._table["literal_scan"].literals)
