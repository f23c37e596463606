"""`_verdict` asks each rule's first test itself (`_gates`) and calls the rule only past it: the
verdicts must be those of calling every rule in order, as the stage did before.

Checked on lines built from the rules' own literals and marks (so that many lines reach a
rule), on hostile text, on generated news and the seeds, on lines long enough to make a
backtracking pattern slow, and with each rule switched off.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.stages.boilerplate import RULES, BoilerplateRemover, _fold
from curate.synth import news_corpus
from tests.conftest import hostile_text, seed_paragraphs

STAGE = BoilerplateRemover()
TABLE = STAGE._table
LITERALS = sorted(
    set(TABLE["furniture_keys"])
    | TABLE["furniture_starts"].keys
    | (TABLE["teaser_needs"] or set())
    | (TABLE["lead_needs"] or set())
)
PIECES = st.one_of(
    st.sampled_from(LITERALS),
    st.sampled_from(LITERALS).map(str.title),
    st.sampled_from(
        [
            "Read more:",
            "Lesen Sie auch:",
            "Popular on",
            "©",
            "Photo:",
            "Foto: dpa",
            "(Image credit:",
        ]
    ),
    st.sampled_from([",", "|", ".", ":", "»", "Reuters", "AFP/Getty Images", "2018", "the"]),
    st.text(max_size=12),
)
LINES = st.lists(PIECES, min_size=1, max_size=12).map(" ".join)
# switched off one at a time: each gate must then say no as the old `in self.rules` test did
SUBSETS = [RULES] + [tuple(r for r in RULES if r != off) for off in RULES[:8]] + [("line_model",)]


def _verdict_every_rule(stage: BoilerplateRemover, line: str) -> str | None:
    """The verdict as `_verdict` gave it before the gates: every rule called, in order."""
    words = len(line.split())
    folded = _fold(line)
    present = stage._table["literals"].present(folded)
    if "caption" in stage.rules and stage._is_caption(line, words, folded, present):
        return "caption"
    if "caption_credit" in stage.rules and stage._credit_tail(line, words):
        return "caption_credit"
    if "link_teaser" in stage.rules and stage._is_teaser(line, present):
        return "link_teaser"
    verdict = stage._furniture(line, words, folded, present)
    if verdict:
        return verdict if isinstance(verdict, str) else "furniture"
    if "keyword_list" in stage.rules and stage._is_keyword_list(line):
        return "keyword_list"
    return None


def _stages() -> list[BoilerplateRemover]:
    return [dataclasses.replace(STAGE, rules=rules) for rules in SUBSETS]


@settings(max_examples=400, deadline=None)
@given(st.one_of(LINES, hostile_text))
def test_gated_verdicts_are_every_rule_s(line: str) -> None:
    line = line.replace("\n", " ").strip()
    for stage in _stages():
        folded = _fold(line)
        present = stage._table["literals"].present(folded)
        expected = _verdict_every_rule(stage, line)
        assert stage._verdict(line) == expected
        assert stage._verdict(line, folded, present) == expected


def test_gated_verdicts_on_news_and_seeds() -> None:
    lines = [line for doc in news_corpus(150, seed=11) for line in doc["text"].split("\n\n")]
    lines = [line.strip() for line in lines + seed_paragraphs(0) if line.strip()]
    lines += [
        "Photo: Reuters",
        "(Image credit: Blue Origin)",
        "Read more: Looted colonial art",
        "Popular on IndieWire",
        "calendario stock car 2018, stock car brasil, stock car 2018, stock car, car 2018, x",
        "Follow us on Twitter",
    ]
    for stage in _stages():
        found = [stage._verdict(line) for line in lines]
        assert found == [_verdict_every_rule(stage, line) for line in lines]
    # the lines reached the rules: several kinds of verdict, not only None
    assert len({STAGE._verdict(line) for line in lines}) >= 4


@pytest.mark.parametrize(
    "line",
    [
        "a" * 20_000 + "@",  # an address pattern's run of word characters, then no domain
        "Photo: " * 3_000,
        "Read more " + "» " * 5_000,
        ", ".join(["stock car"] * 3_000),
        "1" * 10_000 + ":" + "2" * 10_000,
        "|" * 20_000,
        "Foto: " + "x " * 5_000 + "©",
    ],
)
def test_pathological_lines_get_the_same_verdict(line: str) -> None:
    for stage in _stages():
        assert stage._verdict(line) == _verdict_every_rule(stage, line)


def test_a_rules_file_without_a_credit_table_says_no_credit(tmp_path) -> None:
    """A user's table whose `caption_credit` is empty: the gate, like the rule, says no."""
    rules = tmp_path / "rules.yaml"
    rules.write_text("caption_credit: {}\n", encoding="utf-8")
    stage = BoilerplateRemover(rules_file=str(rules))
    assert stage._gates.credit_words == -1
    for line in ["Photo: © Reuters", "Text | Foto: dpa"]:
        assert stage._verdict(line) == _verdict_every_rule(stage, line)


MARKER_KEYS = sorted(TABLE["any_marker"]._filtered[0])
CAPTION_PIECES = st.one_of(
    st.sampled_from(MARKER_KEYS),
    st.sampled_from(MARKER_KEYS).map(str.upper),
    st.sampled_from(["Foto:", "Photo by", "Abb. 3:", "FILE PHOTO", "Fot. K", "REUTERS/Kim"]),
    st.sampled_from([".", "the", "Reuters", "Getty Images", "(Photo: AP)", "x"]),
)
CAPTION_LINES = st.lists(CAPTION_PIECES, min_size=1, max_size=8).map(" ".join)


def _assert_gated_verdict_is_every_rules(line: str) -> None:
    """The verdict through the gates, with and without the caller's literals, is the one every
    rule called on the line gives."""
    folded = _fold(line)
    present = TABLE["literals"].present(folded)
    expected = _verdict_every_rule(STAGE, line)
    assert STAGE._verdict(line) == expected
    assert STAGE._verdict(line, folded, present) == expected


@settings(max_examples=300, deadline=None)
@given(CAPTION_LINES)
def test_the_caption_gate_passes_every_line_with_a_marker(line: str) -> None:
    """A line reaches `_is_caption` only with a marker's literal or a start marker in it."""
    _assert_gated_verdict_is_every_rules(line)


def test_the_caption_gate_on_captions() -> None:
    lines = [
        "Foto: Christof Stache",  # a start marker, no floating literal
        "Photo by ev on Unsplash",
        "Abbildung 4: klassische Schwachschicht. Eine Grafik",
        "KCNA via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.",
        "Augusta National/Getty Images",
        "FILE PHOTO: A man walks past",
        "A plain line of the story that mentions nothing.",
    ]
    found = [STAGE._verdict(line) for line in lines]
    assert found == [_verdict_every_rule(STAGE, line) for line in lines]
    assert found.count("caption") >= 5


def test_a_rules_file_where_an_unfinished_line_is_a_caption_has_no_caption_gate(
    tmp_path,
) -> None:
    """`unfinished` at the threshold: a line with no marker may be a caption, so every line
    goes to the rule."""
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "caption: {threshold: 1, max_words: 20, unfinished: 1,"
        " markers: [{weight: 3, patterns: ['ATTENTION EDITORS']}]}\n",
        encoding="utf-8",
    )
    stage = BoilerplateRemover(rules_file=str(rules))
    assert stage._gates.caption_keys is None
    assert stage._verdict("A short line with no marker") == "caption"
    assert stage._verdict("A sentence with no marker.") is None


TEASER_KEYS = sorted(TABLE["teaser_needs"] | TABLE["lead_needs"])
TEASER_PIECES = st.one_of(
    st.sampled_from(TEASER_KEYS).map(str.title),
    st.sampled_from(["Read more:", "» Lire aussi", "[Related]", "Popular on", "Most read in"]),
    st.sampled_from(["-", "»", ":", "(", "  ", "news", "x" * 40, "the story of the day"]),
)
TEASER_LINES = st.lists(TEASER_PIECES, min_size=1, max_size=8).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEASER_LINES)
def test_the_teaser_gate_reads_the_labels_literals_where_a_label_stands(line: str) -> None:
    """A label's literal past the first `teaser_head` characters opens no teaser: the gate
    says no there, and the rule would too."""
    _assert_gated_verdict_is_every_rules(line)


def test_the_teaser_gate_on_labels_near_and_far_from_the_start() -> None:
    pad = "The long opening words of a paragraph go on and on, "
    lines = [
        "Read more: Looted colonial art",
        "»  Lesen Sie auch die folgenden Beiträge:",
        "Popular on IndieWire",
        "Most read in world news",
        "(Leggi anche su: I Cavalieri dello Zodiaco)",
        pad + "read more: of it",
        pad * 2 + "Popular on IndieWire",
    ]
    found = [STAGE._verdict(line) for line in lines]
    assert found == [_verdict_every_rule(STAGE, line) for line in lines]
    assert found.count("link_teaser") == 5
    assert STAGE._gates.teaser_head is not None  # the window is in use on the shipped labels


def test_a_long_label_of_a_rules_file_widens_the_teaser_window(tmp_path) -> None:
    label = "Here is a very long label that a site writes above its links"
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        f"link_teaser: {{max_tail_words: 15, separators: ':', labels: ['{label}']}}\n",
        encoding="utf-8",
    )
    stage = BoilerplateRemover(rules_file=str(rules))
    assert stage._gates.teaser_head >= len(label)
    assert stage._verdict(label + ":") == "link_teaser"
