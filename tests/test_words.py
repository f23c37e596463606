import re

from hypothesis import given, settings
from hypothesis import strategies as st

from curate.words import word_bytes
from tests.conftest import SEED_000, SEED_003

ALPHABET = list("aZ_9 \t\n.,'’“”-ßİſﬁ\xa0\u2028\u200béü漢\u0301ǅΣ\x00\x85€²")


def findall_bytes(text: str) -> list[bytes]:
    return [word.encode("utf-8") for word in re.findall(r"\w+", text)]


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.text(alphabet=st.sampled_from(ALPHABET))))
def test_word_bytes_are_the_regex_words_encoded(text):
    assert word_bytes(text) == findall_bytes(text)


def test_seeds_and_a_lone_surrogate():
    for text in (SEED_000.read_text(encoding="utf-8"), SEED_003.read_text(encoding="utf-8")):
        assert word_bytes(text) == findall_bytes(text)
    text = "Caf\u00e9 \ud800 l\u2019\u00e9tat OK"
    assert word_bytes(text) == findall_bytes(text)  # the surrogate is in no word
