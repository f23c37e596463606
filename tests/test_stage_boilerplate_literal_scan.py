"""`LiteralScan` finds in each line the literals the line-by-line automaton finds, and the
stage removes the same lines with it as without it.

One Hyperscan pass over a document's lines joined by line breaks stands for an automaton
pass over each line: a match must be given to the line it stands in, never span two lines,
and a literal must be found in a line exactly when it is a substring of it, whatever the
characters (accents, CJK, emoji, lone surrogates, line ends right after a literal).
"""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.pipeline import Pipeline
from curate.stages.boilerplate import _fold, _verdicts
from curate.stages.boilerplate.literal_scan import LiteralScan, hyperscan
from curate.synth import news_corpus
from tests.conftest import hostile_text, seed_paragraphs
from tests.test_stage_boilerplate_features_same import SHAPED

pytestmark = pytest.mark.skipif(hyperscan is None, reason="no hyperscan wheel")


def _stage(recipe: str = "news"):
    return next(s for s in Pipeline.from_recipe(recipe).stages if s.name == "boilerplate")


def _substrings(literals: list[str], texts: list[str]) -> list[set[str]]:
    return [{literal for literal in literals if literal and literal in text} for text in texts]


LITERALS = ["ab", "b", "bab", "é", "ée", "©", "日本", "🙂", " for s", "a\nb", "\ud800x"]
TEXTS = st.lists(
    st.one_of(
        st.text(alphabet="abé©日本🙂 fors\ud800x", max_size=30).map(lambda t: t.replace("\n", " ")),
        hostile_text.map(lambda t: t.replace("\n", " ")),
    ),
    max_size=12,
)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_each_line_gets_its_substrings(texts):
    scan = LiteralScan(LITERALS)
    assert scan.present(texts) == _substrings(scan.literals, texts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="ab fors.\t\x00", max_size=30), max_size=12))
def test_ascii_lines_encoded_at_once_get_their_substrings(texts):
    """ASCII lines are encoded joined (a character a byte): the same lines get the same hits."""
    scan = LiteralScan(LITERALS)
    assert scan.present(texts) == _substrings(scan.literals, texts)


def test_the_stage_literals_are_the_automaton_ones():
    stage = _stage()
    automaton, scan = stage._table["literals"], stage._table["literal_scan"]
    lines = [
        _fold(line)
        for doc in news_corpus(60, seed=9)
        for line in doc["text"].split("\n")
        if line.strip()
    ]
    lines += [_fold(line) for line in SHAPED + seed_paragraphs(0)]
    assert scan.present(lines) == [automaton.present(line) for line in lines]
    assert any(scan.present(lines))


def test_pickled_scan_compiles_again():
    scan = LiteralScan(LITERALS)
    scan.present(["xab"])
    again = pickle.loads(pickle.dumps(scan))
    assert again.present(["xab", "©"]) == [{"ab", "b"}, {"©"}]


@pytest.mark.parametrize("recipe", ["news", "web"])
def test_the_stage_removes_the_same_lines_without_it(recipe):
    docs = [
        (doc["text"] + "\n\n" + "\n\n".join(SHAPED[number % 7 :: 5]), doc.get("title"))
        for number, doc in enumerate(news_corpus(80, seed=12))
    ]

    def cleaned(scan: bool) -> list:
        _verdicts.cache_clear()  # each line judged again, not read from the first run
        stage = _stage(recipe)
        if not scan:
            stage._table["literal_scan"] = None
        out = [stage.process(Document(id=str(i), text=t, title=h)) for i, (t, h) in enumerate(docs)]
        return [(d.text, d.title, [e.to_dict() for e in d.edits]) for d in out]

    with_scan = cleaned(True)
    assert with_scan == cleaned(False)
    assert any(e["stage"] == "boilerplate" for _, _, edits in with_scan for e in edits)


def _label_lines() -> st.SearchStrategy[str]:
    stage = _stage()
    table = stage._table
    labels = table["link_teaser"]["labels"] + table["link_teaser"].get("lead_labels", [])
    label = st.sampled_from(labels).flatmap(
        lambda text: st.sampled_from([text, text.upper(), text.lower(), text.replace("'", "’")])
    )
    edge = st.sampled_from(["", "» ", "[", "(", "- ", "  ", "\u00a0", "x"])
    tail = st.sampled_from(["", ":", " »", " on IndieWire", ": Looted colonial art.", "-party"])
    return st.one_of(st.tuples(edge, label, tail).map("".join), hostile_text, st.text())


@settings(max_examples=1500, deadline=None)
@given(_label_lines())
def test_a_teaser_is_found_with_the_literals_as_without(line):
    stage = _stage()
    line = line.replace("\n", " ")
    folded = _fold(line)
    scanned = stage._table["literal_scan"].present([folded])[0]
    assert scanned == stage._table["literals"].present(folded)
    assert stage._is_teaser(line, scanned) == stage._is_teaser(line)
    assert stage._is_label_teaser(line, scanned) == stage._is_label_teaser(line)
    assert stage._is_lead_teaser(line, scanned) == stage._is_lead_teaser(line)


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        ["ab"],
        ["", "ab", "", "bab"],
        ["x" * 100_000 + "bab"],  # a very long line, its literals at the end
        ["bab" + "é" * 50_000 + "日本"],
        ["ab" if i % 3 else "🙂 for s" for i in range(10_000)],  # a match in every line
        ["é" * i + "ée" for i in range(300)],  # UTF-8 widths shift every line's end
    ],
)
def test_each_match_is_given_to_its_own_line(texts):
    """Where each text ends in the joined bytes is found for all matches at once: a match in
    the first or the last line, next to a line break, after wide characters, in 10,000 lines."""
    scan = LiteralScan(LITERALS)
    assert scan.present(texts) == _substrings(scan.literals, texts)
