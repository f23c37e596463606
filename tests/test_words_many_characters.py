"""A text of many distinct non-ASCII characters (Chinese, Russian, a mixed page) is spaced by
one `str.translate`, not a pass over its bytes per character: the same bytes either way."""

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curate import words
from curate.corpus.folded_spaced import folded_spaced
from curate.words import word_bytes, word_spaced

CHINESE = "".join(chr(code) for code in range(0x4E00, 0x4E00 + 400))
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
MARKS = "’“”«»–—…·•€£¥°§¶†‡※、。，：；！？（）「」『』【】"
FOLDING = "ẞßİıſﬁﬀΣσςǅǄĲŉΐΰ\u0301\u0345Ω"  # characters whose folding is longer, or other


def _text(alphabet: str, size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts = []
    for index in range(size):
        parts.append(rng.choice(alphabet))
        if index % rng.randint(3, 9) == 0:
            parts.append(rng.choice(" ,.\n-'"))
    return "".join(parts)


TEXTS = [
    _text(CHINESE + MARKS, 3000, 1),
    _text(RUSSIAN + MARKS + "abc", 4000, 2),
    _text(CHINESE + RUSSIAN + FOLDING + MARKS + "Zz9_", 2000, 3),
    _text(FOLDING + MARKS + "abcXYZ", 1500, 4),
    "Café l’État “quoted” " * 50,  # few characters: the passes
    "",
]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_words_are_the_regex_words_on_both_paths(text, monkeypatch):
    expected = [word.encode("utf-8") for word in re.findall(r"\w+", text)]
    assert word_bytes(text) == expected
    monkeypatch.setattr(words, "FEW_CHARACTERS", 0)  # every non-ASCII text translated
    assert word_bytes(text) == expected
    monkeypatch.setattr(words, "FEW_CHARACTERS", 10**6)  # every one by passes
    assert word_bytes(text) == expected


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_folded_words_are_the_casefolded_texts_on_both_paths(text, monkeypatch):
    expected = word_spaced(text.casefold())
    assert folded_spaced(text) == expected
    for few in (0, 10**6):
        monkeypatch.setattr(words, "FEW_CHARACTERS", few)
        assert folded_spaced(text) == expected


def test_a_text_of_many_characters_takes_the_translation(monkeypatch):
    calls = []
    real = words._translated
    monkeypatch.setattr(words, "_translated", lambda *args: calls.append(1) or real(*args))
    word_spaced(TEXTS[0])
    assert calls == [1]
    word_spaced(TEXTS[4])  # 4 distinct non-ASCII characters
    assert calls == [1]


def test_a_lone_surrogate_among_many_characters():
    text = TEXTS[0][:500] + "\ud800" + TEXTS[1][:500]
    assert word_bytes(text) == [w.encode("utf-8") for w in re.findall(r"\w+", text)]
    assert word_spaced(text) is None


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list(CHINESE[:40] + RUSSIAN + MARKS + FOLDING + " a.")), min_size=1
    )
)
def test_any_text_of_these_characters(text):
    assert word_bytes(text) == [w.encode("utf-8") for w in re.findall(r"\w+", text)]
    assert folded_spaced(text) == word_spaced(text.casefold())


@pytest.mark.parametrize("text", [*TEXTS, TEXTS[1][:300] + "\ud800 É" + TEXTS[0][:300]])
def test_line_keys_are_the_same_on_both_paths(text, monkeypatch):
    from curate.corpus.line_keys import line_keys, word_lines

    monkeypatch.setattr(words, "FEW_CHARACTERS", 10**6)
    passes = word_lines(text), line_keys(text)
    monkeypatch.setattr(words, "FEW_CHARACTERS", 0)
    assert (word_lines(text), line_keys(text)) == passes
