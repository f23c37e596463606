"""Shortcuts of the boilerplate stage that read a line's words give what the definitions give.

- `WordModel.margin` skips the Counter when each known term stands once in the line, and
  reads the line's tokens from its key (`facts`) when given it;
- `_repeats_title` and `_duplicates` read the words from the line's key (`facts`) and the
  title's `line_key` in place of a `\\w+` search of the casefolded text;
- `_section_tags` casefolds only the lines short enough to be a tag.

Each is checked against the plain definition on generated lines, with characters whose
casefolding is longer ("ß", "ﬁ", "İ") and repeated terms.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.document import line_key
from curate.stages.boilerplate import LETTER, LIST_ITEM, BoilerplateRemover, features
from curate.stages.boilerplate.line_words import WordModel, terms
from tests.conftest import hostile_text
from tests.test_stage_boilerplate_vocabulary import _margin_by_definition

STAGE = BoilerplateRemover()
WORD = re.compile(r"\w+")
PIECES = st.sampled_from(
    ["Photo", "AFP", "photo", "Straße", "STRASSE", "ﬁle", "File", "İstanbul", "2019", "|", "—"]
    + ["North", "Korea", "north korea", "Read", "more", "é", "ß" * 30, "x" * 41]
)
LINES = st.lists(PIECES, min_size=0, max_size=7).map(" ".join)
WORDS = WordModel(
    bias=-0.25,
    weights={"photo": 1.25, "afp": 0.5, "photo afp": 2.0, "straße": -0.75, "more": 0.3},
)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_margin_with_and_without_repeated_terms_is_the_definition(line: str) -> None:
    WORDS._margins.clear()
    assert WORDS.margin(line) == _margin_by_definition(WORDS, line)


# digits of every kind ("٣" and "²" are `\w` but no ASCII digit: they stay; "12" -> "00"),
# punctuation inside and between words, casefoldings that grow ("ß", "ﬁ", "İ")
KEYED = st.one_of(
    st.lists(
        st.one_of(PIECES, st.sampled_from(["12", "٣", "x²", "0000 via", "co-op", "l'été", "_"])),
        max_size=9,
    ).map(" ".join),
    hostile_text,
    st.text(),
)
KEYED_WORDS = WordModel(
    bias=0.5,
    weights={"photo": 1.25, "photo afp": 2.0, "00": 0.5, "0000 via": 0.25, "٣": -0.5, "ss": 1.0},
)


@settings(max_examples=500, deadline=None)
@given(KEYED)
def test_a_lines_terms_read_from_its_key_are_its_terms(line: str) -> None:
    """The stage gives `margin` the line's key (`features.facts`): the key's words with each
    ASCII digit 0 are the line's tokens, so the known terms and the margin are the same."""
    key = features.facts(line).key
    assert key == line_key.__wrapped__(line)
    known = [term for term in terms(line) if term in KEYED_WORDS.weights]
    assert KEYED_WORDS._known_terms(line, key) == known == KEYED_WORDS._known_terms(line)
    KEYED_WORDS._margins.clear()
    assert KEYED_WORDS.margin(line, key) == _margin_by_definition(KEYED_WORDS, line)


def _repeats_title_by_definition(title: set[str], line: str) -> bool:
    table = STAGE._table["headline"]
    other = set(WORD.findall(line.casefold()))
    if not other:
        return False
    common = len(title & other)
    if common >= table["min_similarity"] * len(title | other):
        return True
    return (
        len(other) >= table["min_words_contained"]
        and common >= table["min_contained"] * len(other)
        and len(line.split()) <= table["max_words"]
        and not STAGE._ends_with(line, "headline")
    )


@settings(max_examples=300, deadline=None)
@given(LINES, st.lists(LINES, min_size=1, max_size=5))
def test_title_repeats_read_from_keys_are_the_definition(title: str, texts: list[str]) -> None:
    words = set(WORD.findall(title.casefold()))
    for text in texts:
        assert STAGE._repeats_title(words, text) == _repeats_title_by_definition(words, text)
    kept = [(i * 100, i * 100 + len(text), text) for i, text in enumerate(texts)]
    count = 0
    while count < len(kept) and _repeats_title_by_definition(words, kept[count][2]):
        count += 1
    assert STAGE._duplicates(title, kept) == (kept[:count] if count < len(kept) else [])


def _section_tags_by_definition(lines: list[tuple[int, int, str]]) -> set[str]:
    table = STAGE._table["section_tag"]
    counts = Counter(line.casefold() for _, _, line in lines)
    tags = {
        line
        for line, count in counts.items()
        if count >= table["min_count"]
        and len(line) <= table["max_chars"]
        and len(line.split()) <= table["max_words"]
        and LETTER.search(line) is not None
        and not LIST_ITEM.match(line)
        and not STAGE._ends_with(line, "section_tag")
    }
    return tags if len(tags) <= table["max_distinct"] else set()


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=12))
def test_section_tags_of_the_short_lines_are_the_definition(texts: list[str]) -> None:
    lines = [(i * 100, i * 100 + len(text), text) for i, text in enumerate(texts)]
    assert STAGE._section_tags(lines) == _section_tags_by_definition(lines)


def test_a_line_that_casefolds_past_the_limit_is_no_tag_either_way() -> None:
    """A line of "ß" * 30 (30 characters, casefolded 60) is no tag, counted or not; two
    "North Korea" lines still are."""
    lines = [(i, i + 1, text) for i, text in enumerate(["ß" * 30, "SS" * 30, "ß" * 30])]
    lines += [(10, 11, "North Korea"), (12, 13, "north korea")]
    assert STAGE._section_tags(lines) == {"north korea"} == _section_tags_by_definition(lines)
