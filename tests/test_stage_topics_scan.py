"""The topics stage finds keywords by one Aho-Corasick scan: the same tags as the `\\w+` word set
of the lower-cased title and text, on any string."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import Document
from curate.stages.topics import TopicLabeler
from curate.words import word_bytes

RULES = """min_hits: 2
topics:
  tech: [chip, chips, ai, g7, data_set, e-commerce, NATO]
  places: [new york, zürich, straße, éxito, 漢字, nato, ai]
  one: [x]
"""
PIECES = [
    "chip", "chips", "Chips", "ai", "AI", "g7", "data_set", "e-commerce", "NATO", "nato",
    "new", "york", "Zürich", "ZÜRICH", "straße", "STRASSE", "éxito", "Éxito", "漢字", "x", "X",
    "xx", "_", "9", "-", " ", "  ", "\n", "\t", ".", ",", "’", "“", "\xa0", "\u200b", "İ", "ſ",
    "K", "\u0301", "\x00", "\ud800",
]  # fmt: skip


def reference_tags(stage: TopicLabeler, title: str | None, text: str) -> list[str]:
    """The way before: the set of `word_bytes` of the lower-cased title and text."""
    min_hits, topics = stage._table
    words = set(word_bytes(f"{title or ''} {text}".lower()))
    found = [name for name, keywords in topics.items() if len(keywords & words) >= min_hits]
    return sorted(set(found)) + [t for t in stage.tags if t not in found]


@pytest.fixture(scope="module")
def stage(tmp_path_factory) -> TopicLabeler:
    rules = Path(tmp_path_factory.mktemp("topics")) / "topics.yaml"
    rules.write_text(RULES, encoding="utf-8")
    return TopicLabeler(rules_file=str(rules), tags=("user",))


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(st.none(), st.text(max_size=20)),
    st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)),
)
def test_same_tags_as_the_word_set(stage, title, text):
    doc = stage.process(Document("d", text, title=title))
    assert doc.labels["tags"] == reference_tags(stage, title, text)


@pytest.mark.parametrize(
    "title,text,tags",
    [
        (None, "The chip and the chips.", ["tech", "user"]),
        (None, "chipset chips", ["user"]),  # a keyword inside a longer word is no hit
        ("AI", "NATO.", ["places", "tech", "user"]),  # the title counts, case does not
        (None, "new york, new york", ["user"]),  # two words: never one `\\w+` word
        (None, "e-commerce g7", ["user"]),  # "e-commerce" is no word; "g7" alone is one hit
        (None, "data_set G7", ["tech", "user"]),
        (None, "ZÜRICH\u00a0éxito", ["places", "user"]),
        (None, "漢字 and ai", ["places", "user"]),
        (None, "chip \ud800 chips", ["tech", "user"]),  # a lone surrogate: words the slow way
        (None, "", ["user"]),
    ],
)
def test_kinds_of_hits(stage, title, text, tags):
    assert stage.process(Document("d", text, title=title)).labels["tags"] == tags


def test_rules_without_a_single_word_keyword_tag_nothing(tmp_path):
    rules = tmp_path / "topics.yaml"
    rules.write_text("min_hits: 1\ntopics:\n  city: [new york, e-mail]\n", encoding="utf-8")
    doc = TopicLabeler(rules_file=str(rules)).process(Document("d", "new york e-mail new"))
    assert doc.labels["tags"] == []
